import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { hasPermission, ROL_NAMEN } from "@/lib/auth/permissions";
import { tweestapsStatus } from "@/lib/auth/totp";
import { CodeForm } from "@/components/tweestaps/code-form";
import { NieuweHerstelcodesForm, TerugzettenForm } from "./forms";
import { startTotpSetup, switchOffTotp } from "./actions";
import { datum } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/classes";

export const metadata: Metadata = { title: "Mijn account en beveiliging" };


export default async function AccountPage({ searchParams }: { searchParams: Promise<{ ingesteld?: string; uitgezet?: string }> }) {
  const user = await requireStaffPage("/beheer/account");
  const status = await tweestapsStatus(user.id);
  const { ingesteld, uitgezet } = await searchParams;
  return (
    <div className="max-w-3xl">
      <h1>Mijn account en beveiliging</h1>
      <p className="text-xl">
        {user.naam ?? user.email}, {ROL_NAMEN[user.rol].toLowerCase()}.
      </p>
      {ingesteld ? (
        <Alert type="ok" role="status">
          De tweestapsverificatie staat aan. Vanaf nu vult u bij het inloggen ook een code uit de app in.
        </Alert>
      ) : null}
      {uitgezet ? (
        <Alert type="ok" role="status">
          De tweestapsverificatie staat uit.
        </Alert>
      ) : null}
      <h2>Tweestapsverificatie</h2>
      {status.actief ? (
        <>
          <p>
            <strong>Staat aan</strong>
            {status.actiefSinds ? ` sinds ${datum(status.actiefSinds)}` : ""}. U heeft nog {status.herstelcodesOver}{" "}
            {status.herstelcodesOver === 1 ? "herstelcode" : "herstelcodes"} over.
          </p>
          <Card as="section" className="mb-6" aria-labelledby="herstel-title">
            <h3 className="mt-0" id="herstel-title">
              Nieuwe herstelcodes
            </h3>
            <NieuweHerstelcodesForm />
          </Card>
          {status.verplicht ? (
            <p>Voor uw rol is de tweestapsverificatie verplicht. U kunt hem niet uitzetten.</p>
          ) : (
            <Card as="section" aria-labelledby="uit-title">
              <h3 className="mt-0" id="uit-title">
                Tweestapsverificatie uitzetten
              </h3>
              <p>Dan logt u weer in met alleen uw wachtwoord. Dat is minder veilig.</p>
              <CodeForm action={switchOffTotp} id="uit-code" knop="Uitzetten" variant="danger" />
            </Card>
          )}
        </>
      ) : (
        <>
          <p>
            <strong>Staat uit.</strong> Met de tweestapsverificatie vult u bij het inloggen ook een code in uit een app op uw
            telefoon. Dan kan niemand inloggen met alleen uw wachtwoord.
            {status.verplicht ? " Voor uw rol is dit verplicht." : " Voor opbouwwerkers is dit niet verplicht, wel aan te raden."}
          </p>
          <form action={startTotpSetup}>
            <button type="submit" className={buttonClass("primary")}>
              Tweestapsverificatie instellen
            </button>
          </form>
        </>
      )}
      {hasPermission(user, "gebruikers:manage") && status.actief ? (
        <Card as="section" className="mt-8" aria-labelledby="collega-title">
          <h2 className="mt-0" id="collega-title">
            Tweede stap van een collega terugzetten
          </h2>
          <p>
            Is een collega zijn telefoon én zijn herstelcodes kwijt? Zet dan zijn tweede stap terug. Bij de volgende keer
            inloggen stelt hij de app opnieuw in. Controleer eerst (bijvoorbeeld door te bellen) dat het verzoek echt van
            deze collega komt.
          </p>
          <TerugzettenForm />
        </Card>
      ) : null}
    </div>
  );
}
