import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { kaartBeheerKeuzes, kaartWijzigingen, leesPlekBeheer, metWijkVanAdres, plekFormWaarden } from "@/lib/data/kaart/beheer";
import { adresZoekStaat } from "@/lib/pdok/adres-formulier";
import { uitzonderingenTekst } from "@/lib/validation/kaartbeheer";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { PlekForm } from "../../plek-form";
import { ArchiefKnop } from "../../archief-knop";
import { Geschiedenis } from "../../geschiedenis";

export const metadata: Metadata = { title: "Plek bijhouden" };

export default async function PlekBeheerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireStaffPage(`/beheer/kaart/plek/${id}`);
  vereisPaginaPermissie(user, "kaart:edit:own", "kaart:edit:any");
  const sp = await searchParams;
  const p = await metToegang("medewerker", leesPlekBeheer(user, id));
  const [keuzes, wijzigingen, beginState] = await Promise.all([
    metToegang("medewerker", kaartBeheerKeuzes(user)),
    metToegang("medewerker", kaartWijzigingen(user, "plek", id)),
    adresZoekStaat(sp).then((s) => metWijkVanAdres(user, s)),
  ]);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/kaart", label: "Sociale kaart bijhouden" }, { label: p.naam }]} />
      <h1>{p.naam}</h1>
      {sp.opgeslagen ? (
        <Alert type="ok" role="status">
          De plek is opgeslagen.
        </Alert>
      ) : sp.gearchiveerd ? (
        <Alert type="ok" role="status">
          De plek is gearchiveerd.
        </Alert>
      ) : sp.hersteld ? (
        <Alert type="ok" role="status">
          De plek staat weer op de kaart.
        </Alert>
      ) : null}
      <ArchiefKnop soort="plek" id={p.id} slug={p.slug} status={p.status} />
      {p.status !== "GEARCHIVEERD" ? (
        <PlekForm
          pad={`/beheer/kaart/plek/${p.id}`}
          beginState={beginState}
          defaults={plekFormWaarden(p, uitzonderingenTekst)}
          wijken={keuzes.opties.wijken}
          categorieen={keuzes.opties.categorieen}
          organisaties={keuzes.opties.organisaties}
          knop="Wijzigingen opslaan"
        />
      ) : null}
      <Geschiedenis rijen={wijzigingen} />
    </div>
  );
}
