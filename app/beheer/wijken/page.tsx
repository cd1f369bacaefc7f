import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { listBeheerWijken } from "@/lib/data/wijken";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Wijken: agenda, signalen, verhalen en cijfers" };

export default async function BeheerWijkenPage() {
  const user = await requireStaffPage("/beheer/wijken");
  const wijken = await listBeheerWijken(user);
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Wijken" }]} />
      <h1>Sociale agenda, signalen en verhalen</h1>
      {wijken.length ? (
        <>
          <p className="text-xl">{user.rol === "BEHEERDER" ? "Alle wijken en dorpen." : "De wijken en dorpen waar u werkt."}</p>
          <Table>
            <caption className="sr-only">Wijken met wat er op u wacht</caption>
            <thead>
              <tr>
                <th scope="col">Wijk of dorp</th>
                <th scope="col">Sociale agenda</th>
                <th scope="col">Signalen</th>
                <th scope="col">Verhalen</th>
                <th scope="col">Cijfers</th>
              </tr>
            </thead>
            <tbody>
              {wijken.map((w) => (
                <tr key={w.id}>
                  <th scope="row">
                    <Link href={`/wijken/${w.slug}`}>{w.naam}</Link>
                  </th>
                  <td>
                    <Link href={`/beheer/wijken/${w.slug}/agenda`}>Agenda van {w.naam} bewerken</Link>
                    <br />
                    <span className="text-muted">{w.laatsteVersie ? `Versie ${w.laatsteVersie.versie} gepubliceerd` : "Nog niet gepubliceerd"}</span>
                  </td>
                  <td>
                    <Link href={`/beheer/wijken/${w.slug}/signalen`}>Signalen {w.naam}</Link>
                    <br />
                    <span className="text-muted">{w.nieuweSignalen} nieuw</span>
                  </td>
                  <td>
                    <Link href={`/beheer/wijken/${w.slug}/verhalen`}>Verhalen {w.naam}</Link>
                    <br />
                    <span className="text-muted">{w.teModereren} te beoordelen</span>
                  </td>
                  <td>
                    <Link href={`/beheer/wijken/${w.slug}/cijfers`}>Cijfers {w.naam}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      ) : (
        <p>U werkt (nog) niet in een wijk. Vraag de beheerder om u aan een wijk te koppelen.</p>
      )}
    </>
  );
}
