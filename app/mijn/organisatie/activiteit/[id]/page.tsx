import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireUserPage } from "@/lib/auth/session";
import { metToegang } from "@/lib/auth/pagina";
import { kaartBeheerKeuzes, leesActiviteitBeheer } from "@/lib/data/kaart/beheer";
import { activiteitFormWaarden } from "@/lib/validation/kaartbeheer";
import { routeParams } from "@/lib/route-params";
import { openVoorstelVan } from "@/lib/data/kaart/voorstellen";
import { ControleMelding } from "../../controle-melding";
import { ActiviteitForm } from "@/app/beheer/kaart/activiteit-form";
import { bewaarActiviteitAlsLidAction } from "../../actions";

export const metadata: Metadata = { title: "Activiteit van mijn organisatie" };

export default async function LidActiviteitPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireUserPage(`/mijn/organisatie/activiteit/${id}`);
  const sp = await searchParams;
  const x = await metToegang("eigen", leesActiviteitBeheer(user, id));
  const open = await metToegang("eigen", openVoorstelVan(user, "activiteit", id));
  const keuzes = await metToegang("eigen", kaartBeheerKeuzes(user));
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/mijn", label: "Mijn pagina" }, { href: "/mijn/organisatie", label: "Mijn organisatie" }, { label: x.titel }]} />
      <h1>{x.titel}</h1>
      <ControleMelding opgeslagen={!!sp.opgeslagen} ingediend={!!sp.ingediend} open={open} wat="activiteit" />
      {x.status === "GEARCHIVEERD" ? (
        <p>Deze activiteit is gearchiveerd. Neem contact op met de gemeente als hij terug moet op de kaart.</p>
      ) : (
        <ActiviteitForm
          defaults={activiteitFormWaarden(x)}
          wijken={keuzes.opties.wijken}
          plekken={keuzes.opties.plekken}
          organisaties={keuzes.opties.organisaties}
          knop="Wijzigingen opslaan"
          actie={bewaarActiviteitAlsLidAction}
        />
      )}
    </div>
  );
}
