import type { Metadata } from "next";
import Link from "next/link";
import { readPendingLogin } from "@/lib/auth/tweede-stap";
import { VerlopenInlogpoging } from "../verlopen";
import { CodeForm } from "@/components/tweestaps/code-form";
import { submitSecondStep } from "./actions";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Tweede stap van inloggen" };

export default async function TweedeStapPage() {
  const pending = await readPendingLogin();
  if (!pending || pending.fase !== "code") {
    return <VerlopenInlogpoging titel="Tweede stap van inloggen" />;
  }
  return (
    <div className="max-w-3xl">
      <h1>Tweede stap van inloggen</h1>
      <p className="text-xl">Uw wachtwoord klopt. Open de authenticator-app op uw telefoon en vul de code voor Sociale Basis in.</p>
      <Card as="section" className="mb-6" aria-labelledby="code-title">
        <h2 className="mt-0" id="code-title">
          Met de app op uw telefoon
        </h2>
        <CodeForm action={submitSecondStep} id="code" knop="Inloggen" />
      </Card>
      <Card as="details">
        <summary>Telefoon niet bij de hand? Gebruik een herstelcode</summary>
        <p>Elke herstelcode werkt één keer. Maak daarna nieuwe codes bij &apos;Mijn account&apos;.</p>
        <CodeForm action={submitSecondStep} id="herstelcode" herstel knop="Inloggen met herstelcode" variant="secondary" />
      </Card>
      <p className="mt-6">
        <Link href="/inloggen">Terug naar inloggen</Link>
      </p>
    </div>
  );
}
