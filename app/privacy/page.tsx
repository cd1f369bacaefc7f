import type { Metadata } from "next";
import Link from "next/link";
import { bewaartermijnen, termijnZin } from "@/lib/bewaartermijnen";
import { instellingen } from "@/lib/instellingen";

export const metadata: Metadata = { title: "Privacyverklaring" };

export default async function PrivacyPage() {
  const inst = await instellingen();
  const g = inst.gemeenteNaam;
  const t = bewaartermijnen();
  return (
    <div className="max-w-3xl [&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-6">
      <h1>Privacyverklaring</h1>
      <p>
        De gemeente {g} is verantwoordelijk voor de gegevens op deze website. We vragen alleen wat nodig is en bewaren
        het niet langer dan nodig.
      </p>
      <h2>Welke gegevens bewaren we?</h2>
      <ul>
        <li>
          <strong>Uw e-mailadres</strong> als u inlogt. Zo kunnen we u een inloglink sturen en kunt u uw aanvragen volgen.
        </li>
        <li>
          <strong>Uw initiatief</strong>: wat u wilt doen, wat u nodig heeft en uw contactgegevens. We gebruiken dit
          alleen om uw aanvraag te beoordelen en contact met u op te nemen.
        </li>
        <li>
          <strong>Signalen en verhalen</strong> over uw wijk. Een e-mailadres is niet verplicht. Geeft u het wel, dan
          gebruiken we het alleen om te laten weten wat er met uw signaal is gedaan.
        </li>
        <li>
          <strong>Hulpvragen en aanbod van vrijwilligers</strong>. Uw naam en contactgegevens worden nooit openbaar
          getoond. Ze worden pas gedeeld als u dat zelf goedkeurt.
        </li>
        <li>
          <strong>Volg je wijk</strong> en <strong>Volg dit initiatief</strong>: uw e-mailadres (en hoe vaak u nieuws uit de wijk wilt). We gebruiken het alleen
          voor die e-mail.
          Bevestigt u niet, dan verwijderen we het na 7 dagen. Stopt u, dan verwijderen we het na 30 dagen.
        </li>
      </ul>
      <h2 id="bewaartermijnen">Hoe lang bewaren we het?</h2>
      <p>Als de termijn voorbij is, verwijderen we de gegevens:</p>
      <ul>
        {Object.entries(t).map(([k, v]) => (
          <li key={k}>{termijnZin(v)}</li>
        ))}
      </ul>
      <h2>Uw rechten</h2>
      <p>
        Op <Link href="/mijn/gegevens">Mijn gegevens</Link> ziet u alles wat we over u bewaren. U kunt het daar ook
        downloaden (als JSON-bestand) en uw account verwijderen. Als u uw account verwijdert, wissen we meteen uw
        account, naam, e-mailadres, telefoonnummer, vrijwilligersprofiel, hulpvragen, uw aanbod aan anderen en uw
        reacties op vacatures. Uw concepten verwijderen we. Een aanvraag waarover nog geen besluit is, trekken we in.
        Ingediende initiatieven, verhalen, signalen en vacatures die u plaatste, blijven bestaan zolang de termijnen
        hierboven dat zeggen, maar zonder uw naam en contactgegevens. Een concept of een ingetrokken initiatief kunt u ook los verwijderen
        op <Link href="/mijn/initiatieven">Mijn initiatieven</Link>. Voor andere vragen kunt u contact opnemen met de
        functionaris gegevensbescherming van de gemeente.
      </p>
      <h2 id="privacycontact">Vragen over privacy</h2>
      {inst.privacyContact ? (
        <p className="whitespace-pre-line" data-testid="privacycontact">
          {inst.privacyContact}
        </p>
      ) : (
        <p>Neem contact op met de gemeente {g}. Vraag naar de functionaris gegevensbescherming.</p>
      )}
      <h2>Cookies</h2>
      <p>
        We gebruiken alleen een functionele cookie om u ingelogd te houden. We gebruiken geen cookies om u te volgen.
      </p>
    </div>
  );
}
