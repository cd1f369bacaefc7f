import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { kaartBeheerKeuzes, kaartWijzigingen, leesActiviteitBeheer } from "@/lib/data/kaart/beheer";
import { activiteitFormWaarden } from "@/lib/validation/kaartbeheer";
import { keerTekst, roosterTekst, volgendeKeren } from "@/lib/kaart/rooster";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { ActiviteitForm } from "../../activiteit-form";
import { ArchiefKnop } from "../../archief-knop";
import { Geschiedenis } from "../../geschiedenis";

export const metadata: Metadata = { title: "Activiteit bijhouden" };

export default async function ActiviteitBeheerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireStaffPage(`/beheer/kaart/activiteit/${id}`);
  vereisPaginaPermissie(user, "kaart:edit:own", "kaart:edit:any");
  const sp = await searchParams;
  const x = await metToegang("medewerker", leesActiviteitBeheer(user, id));
  const [keuzes, wijzigingen] = await Promise.all([metToegang("medewerker", kaartBeheerKeuzes(user)), metToegang("medewerker", kaartWijzigingen(user, "activiteit", id))]);
  const volgende = x.rooster ? volgendeKeren(x.rooster, new Date(), 5) : [];
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/kaart", label: "Sociale kaart bijhouden" }, { label: x.titel }]} />
      <h1>{x.titel}</h1>
      {sp.opgeslagen ? (
        <Alert type="ok" role="status">
          De activiteit is opgeslagen.
        </Alert>
      ) : sp.gearchiveerd ? (
        <Alert type="ok" role="status">
          De activiteit is gearchiveerd.
        </Alert>
      ) : sp.hersteld ? (
        <Alert type="ok" role="status">
          De activiteit staat weer op de kaart.
        </Alert>
      ) : null}
      <ArchiefKnop soort="activiteit" id={x.id} slug={x.slug} status={x.status} />
      {x.rooster ? (
        <>
          <p>
            <strong>{roosterTekst(x.rooster)}.</strong> De volgende keren:
          </p>
          <ul className="mb-4 list-disc pl-6">
            {volgende.map((k) => (
              <li key={`${k.datum}-${k.verplaatstVan ?? ""}`}>{keerTekst(k)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {x.status !== "GEARCHIVEERD" ? (
        <ActiviteitForm defaults={activiteitFormWaarden(x)} wijken={keuzes.opties.wijken} plekken={keuzes.opties.plekken} organisaties={keuzes.opties.organisaties} knop="Wijzigingen opslaan" />
      ) : null}
      <Geschiedenis rijen={wijzigingen} />
    </div>
  );
}
