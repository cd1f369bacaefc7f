import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { zoekNamensHulpvragen, zoekNamensInitiatieven } from "@/lib/data/keukentafel";
import { STATUS_LABELS } from "@/lib/initiatief/labels";
import { datum } from "@/lib/format";
import { buttonClass } from "@/components/ui/classes";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Aan de keukentafel" };

export default async function KeukentafelPage() {
  const user = await requireStaffPage("/beheer/keukentafel");
  vereisPaginaPermissie(user, "hulpvraag:namens:own", "hulpvraag:namens:any");
  const [lijst, initiatieven] = await Promise.all([metToegang("medewerker", zoekNamensHulpvragen(user)), metToegang("medewerker", zoekNamensInitiatieven(user))]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Aan de keukentafel" }]} />
      <h1>Aan de keukentafel</h1>
      <p className="text-xl">
        Plaats een hulpvraag of vul een initiatief in, samen met een inwoner die dat niet online kan of wil doen. U regelt het contact tot de
        inwoner het zelf overneemt.
      </p>
      <p className="flex flex-wrap gap-3">
        <Link href="/beheer/keukentafel/nieuw" className={buttonClass()}>
          Nieuwe hulpvraag voor een inwoner
        </Link>
        <Link href="/beheer/keukentafel/initiatief" className={buttonClass("secondary")}>
          Nieuw initiatief voor een inwoner
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
      <h2>Initiatieven ingevuld voor inwoners</h2>
      {initiatieven.length ? (
        <Table caption={<span className="sr-only">Initiatieven ingevuld voor inwoners</span>}>
          <thead>
            <tr>
              <th scope="col">Nummer</th>
              <th scope="col">Initiatief</th>
              <th scope="col">Inwoner</th>
              <th scope="col">Stand van zaken</th>
              <th scope="col">Begonnen</th>
              <th scope="col">Overgenomen</th>
            </tr>
          </thead>
          <tbody>
            {initiatieven.map((i) => (
              <tr key={i.initiatiefId}>
                <td>
                  <Link href={`/beheer/keukentafel/initiatief/${i.initiatiefId}`}>{i.referentie ?? "Nog niet ingediend"}</Link>
                </td>
                <td>{i.titel || "–"}</td>
                <td>{i.inwonerNaam}</td>
                <td>{STATUS_LABELS[i.status]}</td>
                <td>
                  {datum(i.createdAt)}
                  {i.medewerker ? `, door ${i.medewerker}` : ""}
                </td>
                <td>{i.overgenomenOp ? datum(i.overgenomenOp) : "Nog niet"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p>U heeft nog geen initiatieven voor inwoners ingevuld.</p>
      )}
    </>
  );
}
