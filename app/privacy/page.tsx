import type { Metadata } from "next";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Privacyverklaring" };

export default function PrivacyPage() {
  const g = env().GEMEENTE_NAAM;
  return (
    <div className="max-w-3xl prose">
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
          alleen om uw aanvraag te beoordelen en contact met u op te nemen. We bewaren het tot 2 jaar na het besluit.
          Een concept dat u niet indient, verwijderen we na 6 maanden.
        </li>
        <li>
          <strong>Signalen en verhalen</strong> over uw wijk. Een e-mailadres is niet verplicht. Geeft u het wel, dan
          gebruiken we het alleen om te laten weten wat er met uw signaal is gedaan.
        </li>
        <li>
          <strong>Hulpvragen en aanbod van vrijwilligers</strong>. Uw naam en contactgegevens worden nooit openbaar
          getoond. Ze worden pas gedeeld als u dat zelf goedkeurt.
        </li>
      </ul>
      <h2>Uw rechten</h2>
      <p>
        U kunt uw gegevens altijd bekijken en downloaden op <a href="/mijn">Mijn pagina</a>. Een concept of een
        ingetrokken initiatief kunt u daar zelf verwijderen. Voor andere vragen kunt u contact opnemen met de
        functionaris gegevensbescherming van de gemeente.
      </p>
      <h2>Cookies</h2>
      <p>
        We gebruiken alleen een functionele cookie om u ingelogd te houden. We gebruiken geen cookies om u te volgen.
      </p>
    </div>
  );
}
