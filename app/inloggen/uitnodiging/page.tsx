import type { Metadata } from "next";
import Link from "next/link";
import { ROL_NAMEN } from "@/lib/auth/permissions";
import { bekijkUitnodiging } from "@/lib/data/gebruikers";
import { env } from "@/lib/env";
import { datumTijd } from "@/lib/format";
import { instellingen } from "@/lib/instellingen";
import { OidcUitnodigingForm, WachtwoordKiezenForm } from "./forms";

export const metadata: Metadata = { title: "Uitnodiging" };

export default async function UitnodigingPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const u = typeof token === "string" ? await bekijkUitnodiging(token) : null;
  if (!u || typeof token !== "string") {
    return (
      <div className="max-w-3xl">
        <h1>Deze link werkt niet meer</h1>
        <p>De link is al gebruikt of verlopen. Vraag de beheerder van het portaal om een nieuwe uitnodiging.</p>
        <p>
          Heeft u al een wachtwoord? <Link href="/inloggen">Log dan in</Link>.
        </p>
      </div>
    );
  }
  const { gemeenteNaam } = await instellingen();
  const oidc = env().STAFF_LOGIN === "oidc";
  return (
    <div className="max-w-3xl">
      <h1>Welkom bij de Sociale Basis {gemeenteNaam}</h1>
      <p className="text-xl">
        U bent uitgenodigd als <strong>{ROL_NAMEN[u.rol].toLowerCase()}</strong> met het e-mailadres <strong>{u.email}</strong>.
      </p>
      <p>Deze link werkt tot {datumTijd(u.verlooptOp)} en maar één keer.</p>
      {oidc ? (
        <OidcUitnodigingForm token={token} knop={env().OIDC_NAME} />
      ) : (
        <>
          <p>
            Kies eerst een wachtwoord. Is voor uw rol een tweede stap nodig, dan stelt u daarna een app op uw telefoon in.
          </p>
          <WachtwoordKiezenForm token={token} naam={u.naam ?? ""} />
        </>
      )}
    </div>
  );
}
