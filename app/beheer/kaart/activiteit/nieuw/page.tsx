import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { kaartBeheerKeuzes } from "@/lib/data/kaart/beheer";
import { ActiviteitForm } from "../../activiteit-form";

export const metadata: Metadata = { title: "Nieuwe activiteit" };

export default async function NieuweActiviteitPage() {
  const user = await requireStaffPage("/beheer/kaart/activiteit/nieuw");
  vereisPaginaPermissie(user, "kaart:edit:own", "kaart:edit:any");
  const keuzes = await metToegang("medewerker", kaartBeheerKeuzes(user));
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/kaart", label: "Sociale kaart bijhouden" }, { label: "Nieuwe activiteit" }]} />
      <h1>Nieuwe activiteit</h1>
      <ActiviteitForm
        defaults={{ doelgroepen: ["IEDEREEN"], sfeer: "GEMEENSCHAPPELIJK", wanneer: "rooster", frequentie: "WEKELIJKS", wijkId: keuzes.wijken.length === 1 ? keuzes.wijken[0].id : "" }}
        wijken={keuzes.opties.wijken}
        plekken={keuzes.opties.plekken}
        organisaties={keuzes.opties.organisaties}
        knop="Activiteit opslaan"
      />
    </div>
  );
}
