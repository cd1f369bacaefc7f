import type { Metadata } from "next";
import Link from "next/link";
import { instellingen } from "@/lib/instellingen";
import { DOEL_LABELS_BEWONER } from "@/lib/initiatief/labels";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { buttonClass } from "@/components/ui/classes";

export const metadata: Metadata = { title: "Initiatief starten" };

export default async function InitiatiefPage() {
  const e = await instellingen();
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Initiatief starten" }]} />
      <h1>Initiatief starten</h1>
      <p className="text-xl">
        Heeft u een idee voor uw buurt of dorp? Wilt u bijvoorbeeld een koffieochtend, een buurtmoestuin of een straatfeest organiseren? De gemeente{" "}
        {e.gemeenteNaam} helpt u graag, zo eenvoudig mogelijk.
      </p>
      <p>
        <Link className={buttonClass("primary")} href="/initiatief/nieuw">
          Start uw aanvraag
        </Link>
      </p>
      <h2>Wat kunt u vragen?</h2>
      <ul className="mb-3 list-disc pl-6">
        <li>Geld uit het fonds sociale basis. Tot en met € {e.kleinBedrag} is een korte uitleg genoeg, zonder begroting.</li>
        <li>Een ruimte, bijvoorbeeld in een buurthuis of dorpshuis.</li>
        <li>Materiaal, zoals tafels of een partytent.</li>
        <li>Contact met anderen, zoals een opbouwwerker of een vereniging.</li>
        <li>Bekendheid: hulp om mensen te bereiken.</li>
      </ul>
      <h2>Welke initiatieven steunen we?</h2>
      <p>Uw initiatief is voor iedereen toegankelijk, wordt vooral door vrijwilligers gedaan en is niet bedoeld om winst te maken. Het helpt bij minstens één van deze doelen:</p>
      <ul className="mb-3 list-disc pl-6">
        {Object.values(DOEL_LABELS_BEWONER).map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
      <h2>Hoe werkt het?</h2>
      <ol className="mb-3 list-decimal pl-6">
        <li>U vult het formulier in. U heeft geen account nodig. Wat u invult, wordt meteen bewaard.</li>
        <li>U krijgt een e-mail met uw nummer en een link om uw aanvraag te volgen.</li>
        <li>Binnen {e.reactietermijnWerkdagen} werkdagen hoort u van ons. Heeft de gemeente een vraag, dan beantwoordt u die op Mijn initiatieven.</li>
        <li>Na afloop vertelt u kort hoe het ging: wat is bereikt, wie hielp mee en wat vonden de deelnemers ervan?</li>
      </ol>
      <h2>Uw gegevens</h2>
      <p>
        We vragen alleen wat nodig is om uw aanvraag te beoordelen en u te bereiken. We bewaren uw aanvraag tot 2 jaar na het besluit; een concept dat u niet
        verstuurt, verwijderen we na 6 maanden. U kunt uw gegevens downloaden, en een concept of ingetrokken aanvraag zelf verwijderen. Lees de{" "}
        <Link href="/privacy">privacyverklaring</Link>.
      </p>
    </div>
  );
}
