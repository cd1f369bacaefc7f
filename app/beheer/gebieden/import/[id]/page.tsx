import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { bekijkCbsImport, GEBIED_SOORTEN } from "@/lib/data/gebieden";
import { datumTijd } from "@/lib/format";
import { routeParams } from "@/lib/route-params";
import { BevestigForm } from "../../forms";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "CBS-import controleren" };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireStaffPage(`/beheer/gebieden/import/${id}`);
  vereisPaginaPermissie(user, "wijken:manage");
  const imp = await metToegang("medewerker", bekijkCbsImport(user, id));
  const samenvatting = `${imp.nieuw.length} nieuw, ${imp.bijgewerkt.length} bijgewerkt, ${imp.zonderCode.length} bestaande gebieden zonder CBS-code`;
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/gebieden", label: "Gebieden" }, { label: "CBS-import controleren" }]} />
      <h1>CBS-import controleren</h1>
      <p className="text-xl max-w-3xl">
        Bestand {imp.bestandsnaam}, gemeente {imp.gemeentecode}. Er is nog niets veranderd.
      </p>
      <Alert id="samenvatting" role="status">
        <strong>{samenvatting}.</strong>
      </Alert>
      {imp.toegepastOp ? (
        <Alert type="ok">Deze import is bevestigd op {datumTijd(imp.toegepastOp)}.</Alert>
      ) : imp.fouten.length ? (
        <Alert type="warning" role="alert">
          <p>Deze import kan zo niet worden bevestigd:</p>
          <ul>
            {imp.fouten.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          <p>
            <Link href="/beheer/gebieden#cbs">Kies een ander bestand</Link>.
          </p>
        </Alert>
      ) : (
        <section aria-labelledby="bevestigen" className="my-4 max-w-3xl">
          <h2 id="bevestigen">Bevestigen</h2>
          <BevestigForm
            id={imp.id}
            nieuw={imp.nieuw.map((n) => ({ sleutel: n.sleutel, label: `${n.naam} (${GEBIED_SOORTEN[n.soort].toLowerCase()}${n.code ? `, ${n.code}` : ""})` }))}
          />
          <p className="mt-4">
            <Link href="/beheer/gebieden">Annuleren, niets veranderen</Link>
          </p>
        </section>
      )}

      <section aria-labelledby="nieuw">
        <h2 id="nieuw">Nieuw ({imp.nieuw.length})</h2>
        {imp.nieuw.length ? (
          <>
            <p>Deze gebieden passen bij geen bestaand gebied. Het portaal maakt ze aan als u bevestigt (u kunt hieronder kiezen).</p>
            <ul className="columns-1 md:columns-2">
              {imp.nieuw.map((n) => (
                <li key={n.code ?? n.naam}>
                  {n.naam} ({GEBIED_SOORTEN[n.soort].toLowerCase()}
                  {n.code ? `, ${n.code}` : ""})
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Geen.</p>
        )}
      </section>

      <section aria-labelledby="bijgewerkt">
        <h2 id="bijgewerkt">Bijgewerkt ({imp.bijgewerkt.length})</h2>
        {imp.bijgewerkt.length ? (
          <>
            <p>Deze gebieden bestaan al. Ze krijgen de grens en de CBS-code uit het bestand; de naam blijft.</p>
            <ul className="columns-1 md:columns-2">
              {imp.bijgewerkt.map((b) => (
                <li key={b.code ?? b.naam}>
                  {b.naam}
                  {b.bestandsnaam !== b.naam ? ` (in het bestand: ${b.bestandsnaam})` : ""}
                  {b.code ? `, ${b.code}` : ""}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Geen.</p>
        )}
      </section>

      <section aria-labelledby="zonder">
        <h2 id="zonder">Bestaande gebieden zonder CBS-code ({imp.zonderCode.length})</h2>
        {imp.zonderCode.length ? (
          <>
            <p>Deze gebieden staan niet in het bestand. Ze blijven zoals ze zijn. Gebruikt de gemeente ze niet meer? Archiveer ze dan.</p>
            <ul className="columns-1 md:columns-2">
              {imp.zonderCode.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>Geen.</p>
        )}
      </section>
    </>
  );
}
