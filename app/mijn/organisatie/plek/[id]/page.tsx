import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireUserPage } from "@/lib/auth/session";
import { metToegang } from "@/lib/auth/pagina";
import { kaartBeheerKeuzes, leesPlekBeheer, metWijkVanAdres, plekFormWaarden } from "@/lib/data/kaart/beheer";
import { adresZoekStaat } from "@/lib/pdok/adres-formulier";
import { uitzonderingenTekst } from "@/lib/validation/kaartbeheer";
import { routeParams } from "@/lib/route-params";
import { openVoorstelVan } from "@/lib/data/kaart/voorstellen";
import { ControleMelding } from "../../controle-melding";
import { PlekForm } from "@/app/beheer/kaart/plek-form";
import { bewaarPlekAlsLidAction } from "../../actions";

export const metadata: Metadata = { title: "Plek van mijn organisatie" };

export default async function LidPlekPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireUserPage(`/mijn/organisatie/plek/${id}`);
  const sp = await searchParams;
  const p = await metToegang("eigen", leesPlekBeheer(user, id));
  const open = await metToegang("eigen", openVoorstelVan(user, "plek", id));
  const [keuzes, beginState] = await Promise.all([metToegang("eigen", kaartBeheerKeuzes(user)), adresZoekStaat(sp).then((s) => metWijkVanAdres(user, s))]);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/mijn", label: "Mijn pagina" }, { href: "/mijn/organisatie", label: "Mijn organisatie" }, { label: p.naam }]} />
      <h1>{p.naam}</h1>
      <ControleMelding opgeslagen={!!sp.opgeslagen} ingediend={!!sp.ingediend} open={open} wat="plek" />
      {p.status === "GEARCHIVEERD" ? (
        <p>Deze plek is gearchiveerd. Neem contact op met de gemeente als hij terug moet op de kaart.</p>
      ) : (
        <PlekForm
          pad={`/mijn/organisatie/plek/${p.id}`}
          beginState={beginState}
          defaults={plekFormWaarden(p, uitzonderingenTekst)}
          wijken={keuzes.opties.wijken}
          categorieen={keuzes.opties.categorieen}
          organisaties={keuzes.opties.organisaties}
          knop="Wijzigingen opslaan"
          actie={bewaarPlekAlsLidAction}
        />
      )}
    </div>
  );
}
