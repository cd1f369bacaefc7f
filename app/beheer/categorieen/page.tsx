import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { listCategorieenBeheer } from "@/lib/data/categorieen";
import { CategorieForm } from "./forms";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Categorieën" };

const MELDING: Record<string, string> = { nieuw: "De categorie is toegevoegd.", verwijderd: "De categorie is verwijderd." };

export default async function CategorieenPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const { opgeslagen } = await searchParams;
  const user = await requireStaffPage("/beheer/categorieen");
  vereisPaginaPermissie(user, "categorieen:manage");
  const categorieen = await metToegang("medewerker", listCategorieenBeheer(user));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Categorieën" }]} />
      <h1>Categorieën van de sociale kaart</h1>
      {opgeslagen && MELDING[opgeslagen] ? (
        <Alert type="ok" role="status">
          {MELDING[opgeslagen]}
        </Alert>
      ) : null}
      <p className="text-xl max-w-3xl">
        Elke plek op de kaart heeft een categorie. Een categorie die in gebruik is kan niet weg; archiveer haar dan. Een gearchiveerde
        categorie staat niet meer in de filters, maar de plekken houden haar.
      </p>
      <div className="overflow-x-auto">
        <Table>
          <thead>
            <tr>
              <th scope="col">Volgorde</th>
              <th scope="col">Naam</th>
              <th scope="col">Soort</th>
              <th scope="col">Kleur en icoon</th>
              <th scope="col" className="tabular-nums sm:text-right">Plekken</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {categorieen.map((c) => (
              <tr key={c.id}>
                <td>{c.volgorde}</td>
                <td>
                  <Link href={`/beheer/categorieen/${c.id}`}>{c.naam}</Link>
                </td>
                <td>{c.soort === "ONTMOETINGSPLEK" ? "Ontmoetingsplek" : "Voorziening"}</td>
                <td>
                  <svg width="28" height="28" viewBox="0 0 28 28" role="img" aria-label={`kleur ${c.kleur}, icoon ${c.icoon}`} className="inline-block align-middle mr-2">
                    <circle cx="14" cy="14" r="13" fill={c.kleur} />
                    <text x="14" y="19" textAnchor="middle" fontSize="14" fontWeight="bold" fill="#ffffff">
                      {c.icoon}
                    </text>
                  </svg>
                  {c.kleur}
                </td>
                <td className="tabular-nums sm:text-right">{c.plekken}</td>
                <td>{c.gearchiveerdOp ? "Gearchiveerd" : "In gebruik"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <section aria-labelledby="nieuw" className="max-w-3xl">
        <h2 id="nieuw">Nieuwe categorie</h2>
        <CategorieForm knop="Categorie toevoegen" />
      </section>
    </>
  );
}
