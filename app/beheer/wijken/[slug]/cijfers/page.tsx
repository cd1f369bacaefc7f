import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { listCijfersBeheer } from "@/lib/data/cijfers";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Wijkprofiel } from "@/components/wijken/wijkprofiel";
import { CijferForm, CsvImportForm } from "../../forms";
import { metToegang } from "@/lib/auth/pagina";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Cijfers" };

export default async function CijfersPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ klaar?: string; aantal?: string }> }) {
  const { slug } = await routeParams(params, { slug: "slug" });
  const { klaar, aantal } = await searchParams;
  const user = await requireStaffPage(`/beheer/wijken/${slug}/cijfers`);
  const { wijk, cijfers } = await metToegang("medewerker", listCijfersBeheer(user, slug));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/wijken", label: "Wijken" }, { label: `Cijfers ${wijk.naam}` }]} />
      <h1>Cijfers van {wijk.naam}</h1>
      {klaar ? (
        <Alert type="ok" role="status">
          {klaar === "import" ? `${aantal ?? "De"} cijfers zijn geïmporteerd.` : "Het cijfer is opgeslagen."}
        </Alert>
      ) : null}
      <h2>Huidige cijfers</h2>
      <Wijkprofiel cijfers={cijfers} wijkNaam={wijk.naam} />
      <section aria-labelledby="cijfer-kop" className="max-w-3xl">
        <h2 id="cijfer-kop">Cijfer toevoegen of wijzigen</h2>
        <p>Een cijfer met hetzelfde onderwerp en jaar wordt vervangen.</p>
        <CijferForm slug={wijk.slug} />
      </section>
      <section aria-labelledby="import-kop" className="max-w-3xl">
        <h2 id="import-kop">Cijfers importeren (CSV)</h2>
        <p>
          Plak de inhoud van een CSV-bestand, met puntkomma of komma als scheidingsteken. Voorbeeld:
        </p>
        <Card as="pre">
          {"wijk;indicator;jaar;waarde;eenheid;bron\n"}
          {`${wijk.naam};Voelt zich vaak eenzaam;2024;12;%;GGD Gezondheidsmonitor 2024\n`}
          {`WK079701;Sociale kracht (rapportcijfer);2024;7,4;cijfer;Monitor Sociale Kracht 2024`}
        </Card>
        <p>U kunt alleen cijfers importeren voor de wijken waar u werkt. Klopt één regel niet, dan wordt niets geïmporteerd en ziet u per regel wat er mis is.</p>
        <CsvImportForm slug={wijk.slug} />
      </section>
    </>
  );
}
