import type { Metadata } from "next";
import Link from "next/link";
import { requireUserPage } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Mijn pagina" };

export default async function MijnPage() {
  const user = await requireUserPage("/mijn");
  return (
    <>
      <h1>Mijn pagina</h1>
      <p className="lead">U bent ingelogd met {user.email}.</p>
      <ul className="card-grid" style={{ listStyle: "none", padding: 0 }}>
        <li className="card">
          <h2 style={{ marginTop: 0, fontSize: "1.2rem" }}>
            <Link href="/mijn/initiatieven">Mijn initiatieven</Link>
          </h2>
          <p>Volg uw aanvragen, beantwoord vragen en vertel hoe het ging.</p>
        </li>
        <li className="card">
          <h2 style={{ marginTop: 0, fontSize: "1.2rem" }}>
            <Link href="/mijn/vrijwilliger">Mijn vrijwilligersprofiel</Link>
          </h2>
          <p>Laat weten waar u mee wilt helpen.</p>
        </li>
        <li className="card">
          <h2 style={{ marginTop: 0, fontSize: "1.2rem" }}>
            <Link href="/mijn/hulpvragen">Mijn hulpvragen</Link>
          </h2>
          <p>Vraag een buur om hulp, of bekijk wie u wil helpen.</p>
        </li>
        <li className="card">
          <h2 style={{ marginTop: 0, fontSize: "1.2rem" }}>
            <Link href="/mijn/gegevens">Mijn gegevens</Link>
          </h2>
          <p>Bekijk en download alles wat we over u bewaren, of verwijder uw account.</p>
        </li>
      </ul>
    </>
  );
}
