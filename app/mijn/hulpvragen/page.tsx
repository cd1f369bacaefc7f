import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireUserPage } from "@/lib/auth/session";
import { zoekMijnAanbiedingen, zoekMijnHulpvragen } from "@/lib/data/hulpvragen";
import { datum } from "@/lib/format";
import { gesprekPad } from "@/lib/data/berichten";
import { ContactGegevens, HulpvraagStatus } from "./status";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/classes";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Mijn hulpvragen" };

const AANBOD_STATUS = { AANGEBODEN: "Wacht op antwoord", GEACCEPTEERD: "Aangenomen", AFGEWEZEN: "Niet aangenomen" } as const;

export default async function MijnHulpvragenPage() {
  const user = await requireUserPage("/mijn/hulpvragen");
  const [vragen, aanbiedingen] = await Promise.all([zoekMijnHulpvragen(user), zoekMijnAanbiedingen(user)]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/mijn", label: "Mijn pagina" }, { label: "Mijn hulpvragen" }]} />
      <h1>Mijn hulpvragen</h1>
      <p>
        <Link href="/vrijwilligers/hulpvragen/nieuw" className={buttonClass("primary")}>
          Nieuwe hulpvraag
        </Link>
      </p>
      <section aria-labelledby="mijn-vragen">
        <h2 id="mijn-vragen">Uw vragen</h2>
        {vragen.length ? (
          <Table caption={<span className="sr-only">Uw vragen</span>}>
            <thead>
              <tr>
                <th scope="col">Vraag</th>
                <th scope="col">Wijk</th>
                <th scope="col">Status</th>
                <th scope="col">Aanbiedingen</th>
                <th scope="col">Open tot</th>
              </tr>
            </thead>
            <tbody>
              {vragen.map((v) => (
                <tr key={v.id}>
                  <td>
                    <Link href={`/mijn/hulpvragen/${v.id}`}>{v.titel}</Link>
                  </td>
                  <td>{v.wijk.naam}</td>
                  <td>
                    <HulpvraagStatus status={v.status} />
                  </td>
                  <td className="tabular-nums sm:text-right">{v.aanbiedingen.length}</td>
                  <td>{datum(v.verlooptOp)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p>U heeft nog geen hulp gevraagd.</p>
        )}
      </section>

      <section aria-labelledby="mijn-aanbod">
        <h2 id="mijn-aanbod">Waar u hulp aanbood</h2>
        {aanbiedingen.length ? (
          <ul className="list-none p-0">
            {aanbiedingen.map((a) => (
              <Card as="li" key={a.id} className="mb-4">
                <h3 className="mt-0 text-[1.1rem]">{a.hulpvraag.titel}</h3>
                <p>
                  {a.hulpvraag.wijk.naam} · <StatusBadge>{AANBOD_STATUS[a.status]}</StatusBadge>
                </p>
                <p className="text-muted">Uw bericht: {a.bericht}</p>
                <p>
                  <Link href={gesprekPad(a.id)}>Berichten met de vrager over {a.hulpvraag.titel}</Link>
                </p>
                {a.contact ? (
                  <ContactGegevens contact={a.contact} wie="de vrager" />
                ) : (
                  <p>U ziet de contactgegevens van de vrager pas als die uw aanbod aanneemt.</p>
                )}
              </Card>
            ))}
          </ul>
        ) : (
          <p>
            U heeft nog geen hulp aangeboden. Bekijk de <Link href="/vrijwilligers/hulpvragen">hulpvragen</Link>.
          </p>
        )}
      </section>
    </>
  );
}
