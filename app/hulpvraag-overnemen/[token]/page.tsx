/**
 * The resident's link from the mail after a hulpvraag was placed for them at the kitchen table: sign in
 * with that address, then take the hulpvraag over with one button (works without JavaScript).
 */
import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/classes";
import { currentUser } from "@/lib/auth/session";
import { leesOvername } from "@/lib/data/keukentafel";
import { OvernemenForm } from "@/app/beheer/keukentafel/forms";

export const metadata: Metadata = { title: "Hulpvraag overnemen", robots: { index: false } };

export default async function OvernemenPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [o, user] = await Promise.all([leesOvername(token), currentUser()]);
  if (!o) {
    return (
      <div className="max-w-3xl">
        <h1>Deze link werkt niet</h1>
        <p className="text-xl">Misschien is de link niet helemaal overgenomen uit de e-mail. Vraag de medewerker die u hielp om een nieuwe link.</p>
      </div>
    );
  }
  const pad = `/hulpvraag-overnemen/${token}`;
  return (
    <div className="max-w-3xl">
      <h1>Uw hulpvraag {o.referentie} overnemen</h1>
      <p className="text-xl">
        Een medewerker heeft samen met u de hulpvraag &ldquo;{o.titel}&rdquo; geplaatst. Als u hem overneemt, krijgt u zelf de reacties van
        buurtgenoten en regelt u zelf het contact. De medewerker doet dat dan niet meer.
      </p>
      {o.status === "overgenomen" ? (
        <Alert type="info">Deze hulpvraag is al overgenomen. Kijk bij Mijn hulpvragen.</Alert>
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
        <OvernemenForm token={token} />
      )}
    </div>
  );
}
