import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { zoekNamensHulpvragen } from "@/lib/data/keukentafel";
import { datum } from "@/lib/format";
import { buttonClass } from "@/components/ui/classes";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Aan de keukentafel" };

export default async function KeukentafelPage() {
  const user = await requireStaffPage("/beheer/keukentafel");
  vereisPaginaPermissie(user, "hulpvraag:namens:own", "hulpvraag:namens:any");
  const lijst = await metToegang("medewerker", zoekNamensHulpvragen(user));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Aan de keukentafel" }]} />
      <h1>Aan de keukentafel</h1>
      <p className="text-xl">
        Plaats een hulpvraag samen met een inwoner die dat niet online kan of wil doen. U regelt de reacties tot de inwoner de vraag zelf
        overneemt.
      </p>
      <p>
        <Link href="/beheer/keukentafel/nieuw" className={buttonClass()}>
          Nieuwe hulpvraag voor een inwoner
        </Link>
      </p>
      <h2>Geplaatst voor inwoners</h2>
      {lijst.length ? (
        <Table caption={<span className="sr-only">Hulpvragen geplaatst voor inwoners</span>}>
          <thead>
            <tr>
              <th scope="col">Nummer</th>
              <th scope="col">Hulpvraag</th>
              <th scope="col">Inwoner</th>
              <th scope="col">Wijk</th>
              <th scope="col">Geplaatst</th>
              <th scope="col">Overgenomen</th>
            </tr>
          </thead>
          <tbody>
            {lijst.map((h) => (
              <tr key={h.hulpvraagId}>
                <td>
                  <Link href={`/beheer/keukentafel/${h.hulpvraagId}`}>{h.referentie}</Link>
                </td>
                <td>{h.titel}</td>
                <td>{h.inwonerNaam}</td>
                <td>{h.wijk}</td>
                <td>
                  {datum(h.createdAt)}
                  {h.medewerker ? `, door ${h.medewerker}` : ""}
                </td>
                <td>{h.overgenomenOp ? datum(h.overgenomenOp) : "Nog niet"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p>U heeft nog geen hulpvragen voor inwoners geplaatst.</p>
      )}
    </>
  );
}
