import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { huidigeSlug } from "@/lib/data/gebieden";
import { listAgendaVersies } from "@/lib/data/agenda";
import { isAppError } from "@/lib/errors";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { routeParams } from "@/lib/route-params";
import { datumTijd } from "@/lib/format";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Versies van de sociale agenda" };

async function load(slug: string) {
  try {
    return await listAgendaVersies(slug);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  }
}

export default async function VersiesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await routeParams(params, { slug: "slug" });
  const data = await load(slug);
  if (!data) {
    const nieuw = await huidigeSlug(slug); // a renamed gebied
    if (nieuw) permanentRedirect(`/wijken/${nieuw}/agenda/versies`);
    notFound();
  }
  const { wijk, versies } = data;
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/wijken", label: "Wijken en dorpen" }, { href: `/wijken/${wijk.slug}`, label: wijk.naam }, { label: "Versies van de agenda" }]} />
      <h1>Versies van de sociale agenda van {wijk.naam}</h1>
      <p className="max-w-3xl">Elke gepubliceerde versie blijft bewaard. Zo ziet u wat er veranderde, wanneer en door wie.</p>
      {versies.length ? (
        <Table>
          <caption className="sr-only">Gepubliceerde versies, nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Versie</th>
              <th scope="col">Gepubliceerd op</th>
              <th scope="col">Door</th>
              <th scope="col">Toelichting</th>
            </tr>
          </thead>
          <tbody>
            {versies.map((v) => (
              <tr key={v.versie}>
                <td>
                  <Link href={`/wijken/${wijk.slug}/agenda/versies/${v.versie}`}>Versie {v.versie}</Link>
                </td>
                <td>{datumTijd(v.createdAt)}</td>
                <td>{v.auteurNaam ?? "onbekend"}</td>
                <td>{v.toelichting}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p>Er is nog geen versie gepubliceerd.</p>
      )}
    </>
  );
}
