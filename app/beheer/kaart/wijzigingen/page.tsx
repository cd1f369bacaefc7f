import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { recenteKaartWijzigingen } from "@/lib/data/kaart/beheer";
import { openKaartVoorstellen } from "@/lib/data/kaart/voorstellen";
import { datumTijd } from "@/lib/format";
import type { VeldVerschil } from "@/lib/kaart/wijziging-diff";
import { Alert } from "@/components/ui/alert";
import { ActionButton } from "@/components/form/action-button";
import { keurVoorstelGoedAction, maakWijzigingOngedaanAction } from "../actions";
import { AfwijzenForm } from "./afwijzen-form";

export const metadata: Metadata = { title: "Recente wijzigingen op de kaart" };

const ACTIES: Record<string, string> = {
  aangemaakt: "Toegevoegd",
  gewijzigd: "Gewijzigd",
  gearchiveerd: "Gearchiveerd",
  hersteld: "Teruggezet uit het archief",
  ongedaan_gemaakt: "Wijziging ongedaan gemaakt",
};

const PER_PAGINA = 50;

function Verschillen({ verschillen }: { verschillen: VeldVerschil[] }) {
  if (!verschillen.length) return null;
  return (
    <dl className="mb-2">
      {verschillen.map((v) => (
        <div key={v.veld} className="mb-1">
          <dt className="font-bold">{v.label}</dt>
          <dd className="ml-0">
            <del>{v.voor}</del> → <ins>{v.na}</ins>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export default async function KaartWijzigingenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireStaffPage("/beheer/kaart/wijzigingen");
  vereisPaginaPermissie(user, "kaart:edit:own", "kaart:edit:any");
  const sp = await searchParams;
  const tot = typeof sp.tot === "string" && !Number.isNaN(Date.parse(sp.tot)) ? new Date(sp.tot) : undefined;
  const [rijen, voorstellen] = await Promise.all([metToegang("medewerker", recenteKaartWijzigingen(user, PER_PAGINA, tot)), tot ? [] : metToegang("medewerker", openKaartVoorstellen(user))]);
  const ouder = rijen.length === PER_PAGINA ? rijen[rijen.length - 1].createdAt.toISOString() : null;
  return (
    <div className="max-w-4xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/kaart", label: "Sociale kaart bijhouden" }, { label: "Recente wijzigingen" }]} />
      <h1>Recente wijzigingen op de kaart</h1>
      {sp.ongedaan ? (
        <Alert type="ok" role="status">
          De wijziging is ongedaan gemaakt.
        </Alert>
      ) : null}
      {sp.goedgekeurd ? (
        <Alert type="ok" role="status">
          De wijziging is goedgekeurd en staat nu op de kaart. Het lid krijgt een e-mail.
        </Alert>
      ) : null}
      {sp.afgewezen ? (
        <Alert type="ok" role="status">
          De wijziging is afgewezen. Het lid krijgt een e-mail met uw uitleg.
        </Alert>
      ) : null}
      {tot ? null : (
        <section aria-labelledby="wacht-kop" className="mb-8">
          <h2 id="wacht-kop">Wacht op controle ({voorstellen.length})</h2>
          {voorstellen.length === 0 ? (
            <p>Er wachten geen wijzigingen van organisaties op controle.</p>
          ) : (
            <>
              <p>Deze wijzigingen van leden van organisaties staan nog niet op de kaart. Keur ze goed of wijs ze af.</p>
              <ol className="list-none p-0">
                {voorstellen.map((v) => (
                  <li key={v.id} className="mb-6 border-b border-gray-300 pb-4">
                    <h3 className="mb-1 text-[1.1rem]">
                      <Link href={`/beheer/kaart/${v.soort}/${v.itemId}`}>{v.naam}</Link>
                    </h3>
                    <p className="mb-2">
                      Ingediend op {datumTijd(v.createdAt)} door {v.door ?? "onbekend"}
                      {v.organisatie ? ` (${v.organisatie})` : ""}
                    </p>
                    <Verschillen verschillen={v.verschillen} />
                    <ActionButton action={keurVoorstelGoedAction} fields={{ id: v.id }} label={`Goedkeuren: ${v.naam}`} />
                    <AfwijzenForm id={v.id} naam={v.naam} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
      <h2>{tot ? `Wijzigingen voor ${datumTijd(tot)}` : "Recente wijzigingen"}</h2>
      <p>De wijzigingen van medewerkers en van leden van organisaties, nieuwste eerst. Per wijziging ziet u wat er was en wat het werd.</p>
      {rijen.length === 0 ? <p>Er zijn {tot ? "geen oudere" : "nog geen"} wijzigingen.</p> : null}
      <ol className="list-none p-0">
        {rijen.map((r) => (
          <li key={r.id} className="mb-6 border-b border-gray-300 pb-4">
            <h3 className="mb-1 text-[1.1rem]">
              <Link href={`/beheer/kaart/${r.soort}/${r.itemId}`}>{r.naam}</Link>
            </h3>
            <p className="mb-2">
              {ACTIES[r.actie] ?? r.actie} op {datumTijd(r.createdAt)} door {r.door ?? "onbekend"}
            </p>
            <Verschillen verschillen={r.verschillen} />
            {r.ongedaanTeMaken ? <ActionButton action={maakWijzigingOngedaanAction} fields={{ id: r.id }} label="Ongedaan maken" variant="secondary" /> : null}
          </li>
        ))}
      </ol>
      <nav aria-label="Bladeren door wijzigingen" className="flex flex-wrap gap-4">
        {tot ? <Link href="/beheer/kaart/wijzigingen">Nieuwste wijzigingen</Link> : null}
        {ouder ? <Link href={`/beheer/kaart/wijzigingen?tot=${encodeURIComponent(ouder)}`}>Oudere wijzigingen</Link> : null}
      </nav>
    </div>
  );
}
