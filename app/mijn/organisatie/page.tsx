import type { Metadata } from "next";
import Link from "next/link";
import { requireUserPage } from "@/lib/auth/session";
import { mijnOrganisaties } from "@/lib/data/organisaties";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

export const metadata: Metadata = { title: "Mijn organisatie" };

export default async function MijnOrganisatiePage() {
  const user = await requireUserPage("/mijn/organisatie");
  const organisaties = await mijnOrganisaties(user);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/mijn", label: "Mijn pagina" }, { label: "Mijn organisatie" }]} />
      <h1>Mijn organisatie</h1>
      {organisaties.length === 0 ? (
        <p>U bent geen lid van een organisatie op de sociale kaart. Wilt u de plekken en activiteiten van uw organisatie bijhouden? Neem contact op met de gemeente.</p>
      ) : null}
      {organisaties.map((o) => (
        <section key={o.id} aria-labelledby={`org-${o.id}`}>
          <h2 id={`org-${o.id}`}>{o.naam}</h2>
          <h3>Plekken</h3>
          {o.plekken.length === 0 ? <p>Nog geen plekken.</p> : null}
          <ul className="list-disc pl-6">
            {o.plekken.map((p) => (
              <li key={p.id}>
                <Link href={`/mijn/organisatie/plek/${p.id}`}>{p.naam}</Link>
              </li>
            ))}
          </ul>
          <h3>Activiteiten</h3>
          {o.activiteiten.length === 0 ? <p>Nog geen activiteiten.</p> : null}
          <ul className="list-disc pl-6">
            {o.activiteiten.map((x) => (
              <li key={x.id}>
                <Link href={`/mijn/organisatie/activiteit/${x.id}`}>{x.titel}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
