import type { Metadata } from "next";
import Link from "next/link";
import { requireUserPage } from "@/lib/auth/session";
import { Card } from "@/components/ui/card";
import { mijnOrganisaties } from "@/lib/data/organisaties";

export const metadata: Metadata = { title: "Mijn pagina" };

export default async function MijnPage() {
  const user = await requireUserPage("/mijn");
  const organisaties = await mijnOrganisaties(user);
  return (
    <>
      <h1>Mijn pagina</h1>
      <p className="text-xl">U bent ingelogd met {user.email}.</p>
      <ul className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0">
        <Card as="li">
          <h2 className="mt-0 text-[1.2rem]">
            <Link href="/mijn/initiatieven">Mijn initiatieven</Link>
          </h2>
          <p>Volg uw aanvragen, beantwoord vragen en vertel hoe het ging.</p>
        </Card>
        <Card as="li">
          <h2 className="mt-0 text-[1.2rem]">
            <Link href="/mijn/vrijwilliger">Mijn vrijwilligersprofiel</Link>
          </h2>
          <p>Laat weten waar u mee wilt helpen.</p>
        </Card>
        <Card as="li">
          <h2 className="mt-0 text-[1.2rem]">
            <Link href="/mijn/hulpvragen">Mijn hulpvragen</Link>
          </h2>
          <p>Vraag een buur om hulp, of bekijk wie u wil helpen.</p>
        </Card>
        {organisaties.length ? (
          <Card as="li">
            <h2 className="mt-0 text-[1.2rem]">
              <Link href="/mijn/organisatie">Mijn organisatie</Link>
            </h2>
            <p>Houd de plekken en activiteiten van {organisaties.map((o) => o.naam).join(", ")} bij.</p>
          </Card>
        ) : null}
        <Card as="li">
          <h2 className="mt-0 text-[1.2rem]">
            <Link href="/mijn/gegevens">Mijn gegevens</Link>
          </h2>
          <p>Bekijk en download alles wat we over u bewaren, of verwijder uw account.</p>
        </Card>
      </ul>
    </>
  );
}
