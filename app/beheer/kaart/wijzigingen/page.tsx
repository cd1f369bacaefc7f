import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { recenteKaartWijzigingen } from "@/lib/data/kaart/beheer";
import { datumTijd } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { ActionButton } from "@/components/form/action-button";
import { maakWijzigingOngedaanAction } from "../actions";

export const metadata: Metadata = { title: "Recente wijzigingen op de kaart" };

const ACTIES: Record<string, string> = {
  aangemaakt: "Toegevoegd",
  gewijzigd: "Gewijzigd",
  gearchiveerd: "Gearchiveerd",
  hersteld: "Teruggezet uit het archief",
  ongedaan_gemaakt: "Wijziging ongedaan gemaakt",
};

export default async function KaartWijzigingenPage({ searchParams }: { searchParams: Promise<{ ongedaan?: string | string[] }> }) {
  const user = await requireStaffPage("/beheer/kaart/wijzigingen");
  vereisPaginaPermissie(user, "kaart:edit:own", "kaart:edit:any");
  const { ongedaan } = await searchParams;
  const rijen = await metToegang("medewerker", recenteKaartWijzigingen(user));
  return (
    <div className="max-w-4xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/kaart", label: "Sociale kaart bijhouden" }, { label: "Recente wijzigingen" }]} />
      <h1>Recente wijzigingen op de kaart</h1>
      <p>De laatste wijzigingen van medewerkers en van leden van organisaties, nieuwste eerst. Per wijziging ziet u wat er was en wat het werd.</p>
      {ongedaan ? (
        <Alert type="ok" role="status">
          De wijziging is ongedaan gemaakt.
        </Alert>
      ) : null}
      {rijen.length === 0 ? <p>Er zijn nog geen wijzigingen.</p> : null}
      <ol className="list-none p-0">
        {rijen.map((r) => (
          <li key={r.id} className="mb-6 border-b border-gray-300 pb-4">
            <h2 className="mb-1 text-[1.2rem]">
              <Link href={`/beheer/kaart/${r.soort}/${r.itemId}`}>{r.naam}</Link>
            </h2>
            <p className="mb-2">
              {ACTIES[r.actie] ?? r.actie} op {datumTijd(r.createdAt)} door {r.door ?? "onbekend"}
            </p>
            {r.verschillen.length ? (
              <dl className="mb-2">
                {r.verschillen.map((v) => (
                  <div key={v.veld} className="mb-1">
                    <dt className="font-bold">{v.label}</dt>
                    <dd className="ml-0">
                      <del>{v.voor}</del> → <ins>{v.na}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {r.ongedaanTeMaken ? <ActionButton action={maakWijzigingOngedaanAction} fields={{ id: r.id }} label="Ongedaan maken" variant="secondary" /> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
