import type { Metadata } from "next";
import { env } from "@/lib/env";
import { MagicLinkForm, PasswordForm } from "./forms";

export const metadata: Metadata = { title: "Inloggen" };

export default async function InloggenPage({ searchParams }: { searchParams: Promise<{ terug?: string; error?: string }> }) {
  const { terug, error } = await searchParams;
  const oidc = !!env().OIDC_ISSUER;
  return (
    <div className="max-w-3xl">
      <h1>Inloggen</h1>
      {error ? (
        <div className="notice notice--warning" role="alert">
          Inloggen is niet gelukt. Probeer het opnieuw.
        </div>
      ) : null}
      <p className="lead">
        U heeft geen account nodig om de sociale kaart te bekijken. Inloggen is nodig om een initiatief te volgen, hulp te
        vragen of vrijwilliger te worden.
      </p>
      <section aria-labelledby="inwoner-title" className="card" style={{ marginBottom: "1.5rem" }}>
        <h2 id="inwoner-title" style={{ marginTop: 0 }}>
          Inloggen als inwoner
        </h2>
        <MagicLinkForm terug={terug} />
        {oidc ? (
          <form method="post" action="/inloggen/gemeente" style={{ marginTop: "1rem" }}>
            <input type="hidden" name="terug" value={terug ?? ""} />
            <p>Of log in met het account dat u bij de gemeente heeft:</p>
            <button type="submit" className="button button--secondary">
              {env().OIDC_NAME}
            </button>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="medewerker-title" className="card">
        <h2 id="medewerker-title" style={{ marginTop: 0 }}>
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
      </section>
    </div>
  );
}
