/**
 * The summary of a hulpvraag placed at the kitchen table, written as a letter the staff member can
 * print and leave with the resident: reference number, the question as it is online, what happens next.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang } from "@/lib/auth/pagina";
import { leesNamensSamenvatting } from "@/lib/data/keukentafel";
import { datum, datumTijd } from "@/lib/format";
import { instellingen } from "@/lib/instellingen";
import { routeParams } from "@/lib/route-params";
import { TOESTEMMING_WIJZEN } from "@/lib/validation/keukentafel";
import { HULP_SOORTEN, labelVan } from "@/lib/validation/vrijwilligers";

export const metadata: Metadata = { title: "Samenvatting voor de inwoner" };

export default async function NamensSamenvattingPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ geplaatst?: string }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireStaffPage(`/beheer/keukentafel/${id}`);
  const s = await metToegang("medewerker", leesNamensSamenvatting(user, id));
  const { geplaatst } = await searchParams;
  const { gemeenteNaam, naamIngesteld } = await instellingen();
  return (
    <div className="max-w-3xl">
      <div className="print:hidden">
        <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/keukentafel", label: "Aan de keukentafel" }, { label: s.referentie }]} />
        {geplaatst ? (
          <Alert type="ok" role="status">
            De hulpvraag staat online met nummer {s.referentie}.{" "}
            {s.inwonerEmail ? "De inwoner krijgt een e-mail met een link om de vraag zelf over te nemen." : "De inwoner heeft geen e-mailadres: u regelt de reacties."}{" "}
            Druk deze samenvatting af en geef hem aan de inwoner.
          </Alert>
        ) : null}
      </div>
      <article aria-labelledby="brief-titel" className="text-xl">
        {naamIngesteld ? <p>Gemeente {gemeenteNaam}</p> : null}
        <h1 id="brief-titel">Uw hulpvraag {s.referentie}</h1>
        <p>Beste {s.inwonerNaam},</p>
        <p>
          Op {datum(s.createdAt)} heeft u samen met {s.medewerker ?? "een medewerker van de gemeente"} deze hulpvraag geplaatst. Buurtgenoten
          in {s.wijk} kunnen hem lezen op de website. Uw naam, adres en telefoonnummer staan er niet bij.
        </p>
        <dl>
          <dt className="font-bold">Uw nummer</dt>
          <dd>{s.referentie}</dd>
          <dt className="font-bold">Soort hulp</dt>
          <dd>{labelVan(HULP_SOORTEN, s.soort)}</dd>
          <dt className="font-bold">Uw vraag</dt>
          <dd>{s.titel}</dd>
          <dt className="font-bold">Uitleg</dt>
          <dd className="whitespace-pre-line">{s.beschrijving}</dd>
          <dt className="font-bold">Online tot</dt>
          <dd>{datum(s.verlooptOp)}</dd>
        </dl>
        <h2>Wat gebeurt er nu?</h2>
        {s.overgenomenOp ? (
          <p>U heeft de hulpvraag op {datum(s.overgenomenOp)} zelf overgenomen. U regelt de reacties nu zelf op de website.</p>
        ) : (
          <>
            <p>
              Als een buurtgenoot wil helpen, krijgt {s.medewerker ?? "de medewerker"} bericht. Die belt u{s.inwonerTelefoon ? ` op ${s.inwonerTelefoon}` : ""} en
              regelt samen met u de afspraak.
            </p>
            {s.inwonerEmail ? (
              <p>
                U krijgt ook een e-mail op {s.inwonerEmail}. Daarin staat een link waarmee u de vraag zelf kunt overnemen, als u dat wilt. De
                link werkt tot {s.overnameVerlooptOp ? datum(s.overnameVerlooptOp) : "30 dagen na vandaag"}.
              </p>
            ) : null}
          </>
        )}
        <p>Heeft u vragen? Noem uw nummer {s.referentie} als u de gemeente belt.</p>
        <h2>Uw toestemming</h2>
        <p>
          U gaf op {datumTijd(s.toestemmingOp)} toestemming om deze vraag namens u te plaatsen ({labelVan(TOESTEMMING_WIJZEN, s.toestemmingWijze).toLowerCase()}). U
          kunt deze toestemming altijd intrekken: dan halen wij de vraag weg.
        </p>
      </article>
      <p className="print:hidden">
        <Link href="/beheer/keukentafel">Terug naar Aan de keukentafel</Link>
      </p>
    </div>
  );
}
