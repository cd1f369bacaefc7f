import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { instellingenBeheer } from "@/lib/data/instellingen";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { InstellingenForm } from "./form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Instellingen" };

export default async function InstellingenPage({ searchParams }: { searchParams: Promise<{ bewaard?: string }> }) {
  const { bewaard } = await searchParams;
  const user = await requireStaffPage("/beheer/instellingen");
  vereisPaginaPermissie(user, "instellingen:manage");
  const i = await metToegang("medewerker", instellingenBeheer(user));
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Instellingen" }]} />
      <h1>Instellingen van de gemeente</h1>
      {bewaard ? (
        <Alert type="ok" role="status">
          De instellingen zijn opgeslagen. Inwoners zien de nieuwe gegevens meteen.
        </Alert>
      ) : null}
      <p>
        Deze gegevens staan op de website en in e-mails aan inwoners. Elke wijziging komt in het logboek, met wie hem deed
        en wat er veranderde.
      </p>
      <InstellingenForm
        defaults={{
          gemeenteNaam: i.naamIngesteld ? i.gemeenteNaam : "",
          gemeenteCode: i.gemeenteCode ?? "",
          telefoon: i.telefoon ?? "",
          email: i.email ?? "",
          adres: i.adres ?? "",
          privacyContact: i.privacyContact ?? "",
          welkomTekst: i.welkomTekst ?? "",
          kleinBedrag: String(i.kleinBedrag),
          vierOgenBedrag: String(i.vierOgenBedrag),
          reactietermijnWerkdagen: String(i.reactietermijnWerkdagen),
          hulpvraagGeldigDagen: String(i.hulpvraagGeldigDagen),
          kaartControle: i.kaartControle ? "controle" : "direct",
        }}
      />
    </div>
  );
}
