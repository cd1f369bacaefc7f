import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionButton } from "@/components/form/action-button";
import { requireUserPage } from "@/lib/auth/session";
import { metToegang } from "@/lib/auth/pagina";
import { leesGesprek, gesprekPad } from "@/lib/data/berichten";
import { leesContactVan } from "@/lib/data/vrijwilligers";
import { datumTijd, kalenderdag } from "@/lib/format";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { blokkeerGesprekAction, deblokkeerGesprekAction } from "../actions";
import { AfspraakForm, BerichtForm, DeelTelefoonForm, MeldGesprekForm } from "../forms";

export const metadata: Metadata = { title: "Gesprek over een hulpvraag" };

/** 2026-12-15 -> 15-12-2026, as the form asks for it. */
const invoer = (iso: string) => iso.split("-").reverse().join("-");

type Props = { params: Promise<{ aanbodId: string }>; searchParams: Promise<Record<string, string | undefined>> };

const MELDINGEN: Record<string, string> = {
  verstuurd: "Uw bericht is verstuurd. De ander krijgt een e-mail dat er een nieuw bericht is.",
  gedeeld: "Uw telefoonnummer staat nu in het gesprek.",
  afspraak: "De dag van de afspraak staat nu in het gesprek.",
  geblokkeerd: "U heeft dit gesprek geblokkeerd. Er kunnen geen berichten meer worden gestuurd.",
  gedeblokkeerd: "De blokkade is opgeheven. U kunt weer berichten sturen.",
  gemeld: "Dank u wel. De opbouwwerker van de wijk kijkt naar uw melding.",
};

export default async function GesprekPage({ params, searchParams }: Props) {
  const { aanbodId } = await routeParams(params, { aanbodId: "id" });
  const sp = await searchParams;
  const user = await requireUserPage(gesprekPad(aanbodId));
  const g = await metToegang("eigen", leesGesprek(user, aanbodId));
  const melding = Object.keys(MELDINGEN).find((k) => sp[k]);
  const { telefoon } = g.gesloten ? { telefoon: "" } : await leesContactVan(user);
  const terug = g.rol === "vrager" ? { href: `/mijn/hulpvragen/${g.hulpvraag.id}`, label: g.hulpvraag.titel } : { href: "/mijn/hulpvragen", label: "Mijn hulpvragen" };
  return (
    <>
      <Breadcrumbs items={[{ href: "/mijn", label: "Mijn pagina" }, { href: "/mijn/hulpvragen", label: "Mijn hulpvragen" }, ...(g.rol === "vrager" ? [terug] : []), { label: "Gesprek" }]} />
      <h1>Gesprek met {g.ander}</h1>
      <p>
        Over de hulpvraag: <strong>{g.hulpvraag.titel}</strong>
      </p>
      {melding ? (
        <Alert type="ok" role="status">
          {MELDINGEN[melding]}
        </Alert>
      ) : null}
      <p>
        Alleen u en {g.ander} lezen dit gesprek. Uw e-mailadres en adres staan er niet in. Medewerkers van de gemeente lezen niet mee.
        {g.aanbodStatus === "GEACCEPTEERD"
          ? " Het aanbod is aangenomen: u ziet elkaars contactgegevens bij de hulpvraag."
          : " Pas als de vrager het aanbod aanneemt, ziet u elkaars naam, e-mailadres en telefoonnummer."}
      </p>

      <section aria-labelledby="berichten" className="max-w-3xl">
        <h2 id="berichten">Berichten</h2>
        <ol className="list-none p-0">
          {g.berichten.map((b) => (
            <Card as="li" key={b.id} className={`mb-3 ${b.vanMij ? "ml-8" : "mr-8"}`}>
              <p className="m-0 text-muted">
                {b.vanMij ? "U schreef" : `${b.van.charAt(0).toUpperCase()}${b.van.slice(1)} schreef`} · {datumTijd(b.createdAt)}
              </p>
              {b.soort === "AFSPRAAK" ? (
                <p className="mb-0">
                  {b.vanMij ? "U legde de dag van de afspraak vast: " : "Legde de dag van de afspraak vast: "}
                  <strong>{kalenderdag(b.tekst)}</strong>
                </p>
              ) : b.soort === "TELEFOON" ? (
                <p className="mb-0">
                  {b.vanMij ? "U deelde uw telefoonnummer: " : "Deelde een telefoonnummer: "}
                  <a href={`tel:${b.tekst.replace(/[^0-9+]/g, "")}`}>{b.tekst}</a>
                </p>
              ) : (
                <p className="mb-0 whitespace-pre-line break-words">{b.tekst}</p>
              )}
            </Card>
          ))}
        </ol>
      </section>

      {g.gesloten ? (
        <Alert type="warning">{g.gesloten}</Alert>
      ) : (
        <>
          <section aria-labelledby="schrijven" className="max-w-3xl">
            <h2 id="schrijven">Bericht sturen</h2>
            <BerichtForm aanbodId={g.aanbodId} ander={g.ander} />
          </section>
          <section aria-labelledby="afspraak" className="max-w-3xl">
            <h2 id="afspraak">Wanneer helpt u?</h2>
            <p>
              {g.afgesprokenOp ? (
                <>
                  De afspraak is op <strong>{kalenderdag(g.afgesprokenOp)}</strong>. Verandert de dag? Vul dan de nieuwe dag in.
                </>
              ) : (
                "Heeft u een dag afgesproken? Vul die hier in. Dan staat hij voor u allebei in het gesprek."
              )}{" "}
              Een paar dagen na die dag vragen we de vrager of het gelukt is.
            </p>
            <AfspraakForm aanbodId={g.aanbodId} ander={g.ander} datum={g.afgesprokenOp ? invoer(g.afgesprokenOp) : ""} />
          </section>
          <section aria-labelledby="telefoon" className="max-w-3xl">
            <h2 id="telefoon">Liever bellen?</h2>
            <p>U kunt zelf kiezen om uw telefoonnummer te delen. Doe dat alleen als u de ander vertrouwt.</p>
            <DeelTelefoonForm aanbodId={g.aanbodId} ander={g.ander} telefoon={telefoon} />
          </section>
        </>
      )}

      <section aria-labelledby="veilig" className="max-w-3xl">
        <h2 id="veilig">Niet prettig?</h2>
        <p>Voelt dit gesprek niet goed? Blokkeer het dan. Er kunnen dan geen berichten meer worden gestuurd. U kunt het gesprek ook melden.</p>
        {g.geblokkeerd === "door-mij" ? (
          <ActionButton action={deblokkeerGesprekAction} fields={{ aanbodId: g.aanbodId }} label="Blokkade opheffen" variant="secondary" />
        ) : g.geblokkeerd === null ? (
          <ActionButton action={blokkeerGesprekAction} fields={{ aanbodId: g.aanbodId }} label="Blokkeer" variant="danger" />
        ) : null}
        <MeldGesprekForm aanbodId={g.aanbodId} />
      </section>
      <p>
        <Link href={terug.href}>Terug naar {g.rol === "vrager" ? "uw hulpvraag" : "mijn hulpvragen"}</Link>
      </p>
    </>
  );
}
