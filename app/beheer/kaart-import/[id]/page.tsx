import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { bekijkKaartImport } from "@/lib/data/kaart-import";
import { datumTijd } from "@/lib/format";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { KaartBevestigForm } from "../forms";

export const metadata: Metadata = { title: "Import van de sociale kaart controleren" };

function Lijst({ id, titel, items, uitleg }: { id: string; titel: string; items: { label: string; naam: string; externId: string }[]; uitleg: string }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {titel} ({items.length})
      </h2>
      {items.length ? (
        <>
          <p>{uitleg}</p>
          <ul className="columns-1 md:columns-2">
            {items.map((i) => (
              <li key={`${i.label}-${i.externId}`}>
                {i.naam} <span className="text-muted">({i.label})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Geen.</p>
      )}
    </section>
  );
}

export default async function KaartImportControlePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ klaar?: string }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireStaffPage(`/beheer/kaart-import/${id}`);
  vereisPaginaPermissie(user, "plek:moderate:any");
  const imp = await metToegang("medewerker", bekijkKaartImport(user, id));
  const klaar = (await searchParams).klaar === "1";
  const r = imp.resultaat;
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/kaart-import", label: "Sociale kaart inlezen" }, { label: "Controleren" }]} />
      <h1>Import controleren</h1>
      <p className="text-xl max-w-3xl">
        Bestand {imp.bestandsnaam} ({imp.formaat === "hsds" ? "Open Referral HSDS" : "CSV"}), bron {imp.bron}.
        {imp.toegepastOp ? null : " Er is nog niets veranderd."}
      </p>
      {imp.toegepastOp && r ? (
        <Alert type="ok" role={klaar ? "status" : undefined} id="resultaat">
          <strong>
            Ingelezen op {datumTijd(imp.toegepastOp)}: {r.plekkenNieuw} nieuwe plekken, {r.plekkenBijgewerkt} plekken bijgewerkt, {r.activiteitenNieuw} nieuwe
            activiteiten, {r.activiteitenBijgewerkt} activiteiten bijgewerkt.
          </strong>{" "}
          <Link href="/kaart">Bekijk de kaart</Link>.
        </Alert>
      ) : imp.fouten.length ? (
        <Alert type="warning" role="alert" id="fouten">
          <h2 className="mt-0 text-[1.2rem]">Er is niets ingelezen. Verbeter eerst deze {imp.fouten.length === 1 ? "fout" : `${imp.fouten.length} fouten`}:</h2>
          <ul>
            {imp.fouten.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
          <p>
            Pas het bestand aan en <Link href="/beheer/kaart-import#inlezen">kies het opnieuw</Link>. Het portaal leest alles in één keer in, of niets.
          </p>
        </Alert>
      ) : (
        <section aria-labelledby="bevestigen" className="my-4 max-w-3xl">
          <h2 id="bevestigen">Bevestigen</h2>
          <p>
            Alles klopt. Er komen {imp.nieuwePlekken.length} plekken en {imp.nieuweActiviteiten.length} activiteiten bij, en {imp.bijgewerktePlekken.length} plekken en{" "}
            {imp.bijgewerkteActiviteiten.length} activiteiten worden bijgewerkt.
          </p>
          <KaartBevestigForm id={imp.id} />
          <p className="mt-4">
            <Link href="/beheer/kaart-import">Annuleren, niets veranderen</Link>
          </p>
        </section>
      )}
      {imp.waarschuwingen.length ? (
        <Alert type="info">
          {imp.waarschuwingen.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </Alert>
      ) : null}
      {imp.toegepastOp ? null : (
        <>
          <Lijst id="nieuw-plekken" titel="Nieuwe plekken" items={imp.nieuwePlekken} uitleg="Deze plekken staan nog niet op de kaart." />
          <Lijst id="bij-plekken" titel="Plekken die worden bijgewerkt" items={imp.bijgewerktePlekken} uitleg="Deze plekken kwamen eerder uit dezelfde bron, met hetzelfde extern id." />
          <Lijst id="nieuw-activiteiten" titel="Nieuwe activiteiten" items={imp.nieuweActiviteiten} uitleg="Deze activiteiten staan nog niet op de kaart." />
          <Lijst id="bij-activiteiten" titel="Activiteiten die worden bijgewerkt" items={imp.bijgewerkteActiviteiten} uitleg="Deze activiteiten kwamen eerder uit dezelfde bron." />
          {imp.nieuweOrganisaties.length ? (
            <section aria-labelledby="organisaties">
              <h2 id="organisaties">Nieuwe organisaties ({imp.nieuweOrganisaties.length})</h2>
              <ul>
                {imp.nieuweOrganisaties.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
