/**
 * The summary of an initiative filled in at the kitchen table, written as a letter the staff member can
 * print and leave with the resident: reference number, the idea as submitted, what happens next.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang } from "@/lib/auth/pagina";
import { leesInitiatiefNamensSamenvatting } from "@/lib/data/keukentafel";
import { datum, datumTijd } from "@/lib/format";
import { instellingen } from "@/lib/instellingen";
import { STATUS_LABELS } from "@/lib/initiatief/labels";
import { routeParams } from "@/lib/route-params";
import { TOESTEMMING_WIJZEN } from "@/lib/validation/keukentafel";
import { labelVan } from "@/lib/validation/vrijwilligers";

export const metadata: Metadata = { title: "Samenvatting voor de inwoner" };

export default async function InitiatiefNamensPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ ingediend?: string }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireStaffPage(`/beheer/keukentafel/initiatief/${id}`);
  const s = await metToegang("medewerker", leesInitiatiefNamensSamenvatting(user, id));
  const { ingediend } = await searchParams;
  const { gemeenteNaam, naamIngesteld, reactietermijnWerkdagen } = await instellingen();
  const nummer = s.referentie ?? "nog geen nummer";
  return (
    <div className="max-w-3xl">
      <div className="print:hidden">
        <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/keukentafel", label: "Aan de keukentafel" }, { label: s.referentie ?? "Initiatief" }]} />
        {ingediend && s.referentie ? (
          <Alert type="ok" role="status">
            Het initiatief is ingediend met nummer {s.referentie}.{" "}
            {s.inwonerEmail ? "De inwoner krijgt een e-mail met een link om het initiatief zelf over te nemen." : "De inwoner heeft geen e-mailadres: u beantwoordt de vragen van de gemeente."}{" "}
            Druk deze samenvatting af en geef hem aan de inwoner.
          </Alert>
        ) : null}
        {!s.referentie ? (
          <Alert type="info">
            Dit initiatief is nog niet ingediend. <Link href="/mijn/initiatieven">Ga verder bij Mijn initiatieven</Link>.
          </Alert>
        ) : null}
      </div>
      <article aria-labelledby="brief-titel" className="text-xl">
        {naamIngesteld ? <p>Gemeente {gemeenteNaam}</p> : null}
        <h1 id="brief-titel">Uw initiatief {nummer}</h1>
        <p>Beste {s.inwonerNaam},</p>
        <p>
          Op {datum(s.createdAt)} heeft u samen met {s.medewerker ?? "een medewerker van de gemeente"} dit initiatief ingevuld
          {s.wijk ? ` voor ${s.wijk}` : ""}.
        </p>
        <dl>
          <dt className="font-bold">Uw nummer</dt>
          <dd>{nummer}</dd>
          <dt className="font-bold">Uw initiatief</dt>
          <dd>{s.titel || "–"}</dd>
          <dt className="font-bold">Wat u wilt doen</dt>
          <dd className="whitespace-pre-line">{s.ikWil || "–"}</dd>
          <dt className="font-bold">Stand van zaken</dt>
          <dd>{STATUS_LABELS[s.status]}</dd>
        </dl>
        <h2>Wat gebeurt er nu?</h2>
        {s.overgenomenOp ? (
          <p>U heeft het initiatief op {datum(s.overgenomenOp)} zelf overgenomen. U volgt het nu zelf op de website, bij Mijn initiatieven.</p>
        ) : (
          <>
            <p>
              Een medewerker van de gemeente bekijkt uw initiatief. Binnen {reactietermijnWerkdagen} werkdagen hoort u van ons. Heeft de
              gemeente een vraag, dan krijgt {s.medewerker ?? "de medewerker"} die. Die belt u{s.inwonerTelefoon ? ` op ${s.inwonerTelefoon}` : ""} en
              beantwoordt de vraag samen met u.
            </p>
            {s.inwonerEmail ? (
              <p>
                U krijgt ook een e-mail op {s.inwonerEmail}. Daarin staat een link waarmee u het initiatief zelf kunt overnemen, als u dat
                wilt. De link werkt tot {s.overnameVerlooptOp ? datum(s.overnameVerlooptOp) : "30 dagen na het indienen"}.
              </p>
            ) : null}
          </>
        )}
        <p>Heeft u vragen? Noem uw nummer {nummer} als u de gemeente belt.</p>
        <h2>Uw toestemming</h2>
        <p>
          U gaf op {datumTijd(s.toestemmingOp)} toestemming om dit initiatief namens u in te vullen en in te dienen (
          {labelVan(TOESTEMMING_WIJZEN, s.toestemmingWijze).toLowerCase()}). U kunt deze toestemming altijd intrekken: dan trekken wij het
          initiatief in.
        </p>
      </article>
      <p className="print:hidden">
        <Link href="/beheer/keukentafel">Terug naar Aan de keukentafel</Link>
      </p>
    </div>
  );
}
