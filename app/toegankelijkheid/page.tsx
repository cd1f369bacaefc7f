import type { Metadata } from "next";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Toegankelijkheidsverklaring" };

export default function ToegankelijkheidPage() {
  return (
    <div className="max-w-3xl [&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-6">
      <h1>Toegankelijkheidsverklaring</h1>
      <p>
        De gemeente {env().GEMEENTE_NAAM} wil dat iedereen deze website kan gebruiken. De website moet voldoen aan de
        WCAG 2.1 op niveau AA, zoals de wet voorschrijft (Besluit digitale toegankelijkheid overheid).
      </p>
      <h2>Wat we doen</h2>
      <ul>
        <li>Alle pagina&apos;s worden bij elke wijziging automatisch getest met axe.</li>
        <li>Alles wat op de kaart staat, staat ook in een lijst. U kunt de kaart overslaan.</li>
        <li>Alle formulieren werken met het toetsenbord en zonder JavaScript.</li>
        <li>We schrijven in eenvoudige taal (taalniveau B1).</li>
      </ul>
      <h2>Wat nog niet goed gaat</h2>
      <p>
        De achtergrondkaart komt van het Kadaster. Deze kaartafbeeldingen hebben geen tekstalternatief; gebruik de lijst
        naast de kaart.
      </p>
      <h2>Contact</h2>
      <p>
        Loopt u tegen een probleem aan? Laat het ons weten via de <a href="/contact">contactpagina</a>. We reageren
        binnen 5 werkdagen.
      </p>
    </div>
  );
}
