import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { lijstOrganisaties } from "@/lib/data/organisaties";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Aanbieders" };

export default async function OrganisatiesPage() {
  const user = await requireStaffPage("/beheer/organisaties");
  vereisPaginaPermissie(user, "kaart:edit:any");
  const rijen = await metToegang("medewerker", lijstOrganisaties(user));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Aanbieders" }]} />
      <h1>Aanbieders</h1>
      <p className="max-w-3xl">
        Organisaties zoals de bibliotheek, een buurthuis of een sportclub. Leden van een organisatie houden zelf de plekken en activiteiten van hun
        organisatie bij, en niets anders.
      </p>
      <Table>
        <thead>
          <tr>
            <th scope="col">Organisatie</th>
            <th scope="col">Leden</th>
            <th scope="col">Plekken</th>
            <th scope="col">Activiteiten</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((o) => (
            <tr key={o.id}>
              <td>
                <Link href={`/beheer/organisaties/${o.id}`}>{o.naam}</Link>
              </td>
              <td>{o.leden}</td>
              <td>{o.plekken}</td>
              <td>{o.activiteiten}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
