import type { Metadata } from "next";
import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Aanvraag verstuurd" };

export default async function VerstuurdPage({ searchParams }: { searchParams: Promise<{ referentie?: string }> }) {
  const { referentie } = await searchParams;
  const ref = referentie && /^INI-\d{4}-\d{4,}$/.test(referentie) ? referentie : null;
  const user = await currentUser();
  return (
    <div className="max-w-3xl">
      <h1>Uw aanvraag is verstuurd</h1>
      {ref ? (
        <Alert type="ok" role="status">
          Uw nummer is <strong data-testid="referentie">{ref}</strong>
        </Alert>
      ) : null}
      <p className="text-xl">Bedankt! We hebben u een e-mail gestuurd met een bevestiging.</p>
      <h2>Wat gebeurt er nu?</h2>
      <ol className="mb-3 list-decimal pl-6">
        <li>Een medewerker van de gemeente bekijkt uw aanvraag.</li>
        <li>Binnen {env().REACTIETERMIJN_WERKDAGEN} werkdagen hoort u van ons. Hebben we een vraag, dan krijgt u een e-mail.</li>
        <li>U volgt uw aanvraag op Mijn initiatieven. Daar beantwoordt u ook onze vragen.</li>
      </ol>
      <p>
        {user ? (
          <Link href="/mijn/initiatieven">Naar Mijn initiatieven</Link>
        ) : (
          <>In de e-mail staat een link waarmee u inlogt en uw aanvraag volgt. U heeft geen wachtwoord nodig.</>
        )}
      </p>
    </div>
  );
}
