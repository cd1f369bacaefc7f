import type { Metadata } from "next";
import { env } from "@/lib/env";
import { MagicLinkForm, PasswordForm } from "./forms";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/classes";

export const metadata: Metadata = { title: "Inloggen" };

export default async function InloggenPage({ searchParams }: { searchParams: Promise<{ terug?: string; error?: string }> }) {
  const { terug, error } = await searchParams;
  const oidc = !!env().OIDC_ISSUER;
  return (
    <div className="max-w-3xl">
      <h1>Inloggen</h1>
      {error ? (
        <Alert type="warning" role="alert">
          Inloggen is niet gelukt. Probeer het opnieuw.
        </Alert>
      ) : null}
      <p className="text-xl">
        U heeft geen account nodig om de sociale kaart te bekijken. Inloggen is nodig om een initiatief te volgen, hulp te
        vragen of vrijwilliger te worden.
      </p>
      <Card as="section" aria-labelledby="inwoner-title" className="mb-6">
        <h2 className="mt-0" id="inwoner-title">
          Inloggen als inwoner
        </h2>
        <MagicLinkForm terug={terug} />
        {oidc ? (
          <form className="mt-4" method="post" action="/inloggen/gemeente">
            <input type="hidden" name="terug" value={terug ?? ""} />
            <p>Of log in met het account dat u bij de gemeente heeft:</p>
            <button type="submit" className={buttonClass("secondary")}>
              {env().OIDC_NAME}
            </button>
          </form>
        ) : null}
      </Card>
      <Card as="section" aria-labelledby="medewerker-title">
        <h2 className="mt-0" id="medewerker-title">
          Inloggen voor medewerkers
        </h2>
        <p>Voor opbouwwerkers, ambtenaren en beheerders.</p>
        {env().STAFF_LOGIN === "oidc" ? (
          <p>
            Medewerkers loggen in met de knop &apos;{env().OIDC_NAME}&apos;{oidc ? " hierboven" : ""}, niet met een wachtwoord.
          </p>
        ) : (
          <p>Beheerders en ambtenaren vullen na hun wachtwoord ook een code in uit een app op hun telefoon (tweestapsverificatie).</p>
        )}
        <PasswordForm terug={terug} />
      </Card>
    </div>
  );
}
