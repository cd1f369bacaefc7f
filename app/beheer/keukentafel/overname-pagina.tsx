/**
 * The resident's page behind the take-over link from the mail, for a hulpvraag or an initiative filled in
 * at the kitchen table: sign in with that address, then take it over with one button (works without
 * JavaScript).
 */
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/classes";
import { currentUser } from "@/lib/auth/session";
import { leesInitiatiefOvername, leesOvername } from "@/lib/data/keukentafel";
import { OvernemenForm } from "./forms";

const TEKST = {
  hulpvraag: {
    pad: "/hulpvraag-overnemen",
    titel: "Uw hulpvraag",
    uitleg: (titel: string) =>
      `Een medewerker heeft samen met u de hulpvraag \u201c${titel}\u201d geplaatst. Als u hem overneemt, krijgt u zelf de reacties van buurtgenoten en regelt u zelf het contact. De medewerker doet dat dan niet meer.`,
    al: "Deze hulpvraag is al overgenomen. Kijk bij Mijn hulpvragen.",
  },
  initiatief: {
    pad: "/initiatief-overnemen",
    titel: "Uw initiatief",
    uitleg: (titel: string) =>
      `Een medewerker heeft samen met u het initiatief \u201c${titel}\u201d ingediend. Als u het overneemt, volgt u het zelf bij Mijn initiatieven en beantwoordt u zelf de vragen van de gemeente. De medewerker doet dat dan niet meer.`,
    al: "Dit initiatief is al overgenomen. Kijk bij Mijn initiatieven.",
  },
} as const;

export async function OvernamePagina({ token, soort }: { token: string; soort: keyof typeof TEKST }) {
  const t = TEKST[soort];
  const [o, user] = await Promise.all([soort === "initiatief" ? leesInitiatiefOvername(token) : leesOvername(token), currentUser()]);
  if (!o) {
    return (
      <div className="max-w-3xl">
        <h1>Deze link werkt niet</h1>
        <p className="text-xl">Misschien is de link niet helemaal overgenomen uit de e-mail. Vraag de medewerker die u hielp om een nieuwe link.</p>
      </div>
    );
  }
  const pad = `${t.pad}/${token}`;
  return (
    <div className="max-w-3xl">
      <h1>
        {t.titel} {o.referentie} overnemen
      </h1>
      <p className="text-xl">{t.uitleg(o.titel)}</p>
      {o.status === "overgenomen" ? (
        <Alert type="info">{t.al}</Alert>
      ) : o.status === "verlopen" ? (
        <Alert type="warning">Deze link is verlopen. Vraag de medewerker om een nieuwe link.</Alert>
      ) : !user ? (
        <>
          <p>Log eerst in met het e-mailadres waar deze link naartoe is gestuurd: {o.email}.</p>
          <p>
            <Link href={`/inloggen?terug=${encodeURIComponent(pad)}`} className={buttonClass()}>
              Inloggen
            </Link>
          </p>
        </>
      ) : user.email.toLowerCase() !== o.email.toLowerCase() ? (
        <Alert type="warning">
          U bent ingelogd als {user.email}. Deze link is voor een ander e-mailadres. Log uit en log in met het adres waar de link naartoe is
          gestuurd.
        </Alert>
      ) : (
        <OvernemenForm token={token} soort={soort} />
      )}
    </div>
  );
}
