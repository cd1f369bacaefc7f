"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, ChoiceGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionState } from "@/lib/actions";
import { HULP_SOORTEN, opties } from "@/lib/validation/vrijwilligers";
import { biedHulpAan, meld, plaatsHulpvraag, reageerOpVacature } from "./actions";

type Option = { value: string; label: string };

const CONTACT_LABELS = { naam: "Uw naam", telefoon: "Telefoonnummer", toestemming: "Toestemming" };

export function HulpvraagFields({ state, wijken, defaults }: { state: ActionState; wijken: Option[]; defaults?: Record<string, string> }) {
  return (
    <>
      <ChoiceGroup type="radio" name="soort" label="Bij wat voor hulp zoekt u iemand?" options={opties(HULP_SOORTEN)} state={state} defaultValue={defaults?.soort ? [defaults.soort] : []} />
      <TextField name="titel" label="Wat vraagt u, in een paar woorden?" hint="Bijvoorbeeld: Wie kan mij naar het ziekenhuis brengen?" state={state} defaultValue={defaults?.titel} />
      <TextArea
        name="beschrijving"
        label="Vertel wat meer"
        hint="Wat moet er gebeuren en wanneer? Schrijf hier geen naam, adres, e-mailadres of telefoonnummer: deze tekst is voor iedereen te lezen."
        state={state}
        defaultValue={defaults?.beschrijving}
      />
      <SelectField name="wijkId" label="In welke wijk of welk dorp?" options={wijken} placeholder="Kies een wijk of dorp" state={state} defaultValue={defaults?.wijkId} />
    </>
  );
}

export function HulpvraagForm({ wijken, naam, telefoon }: { wijken: Option[]; naam: string; telefoon: string }) {
  const [state, action] = useActionState(plaatsHulpvraag, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary
        state={state}
        labels={{ soort: "Soort hulp", titel: "Korte omschrijving", beschrijving: "Uitleg", wijkId: "Wijk of dorp", ...CONTACT_LABELS }}
        ids={{ soort: "soort" }}
      />
      <HulpvraagFields state={state} wijken={wijken} />
      <h2>Uw gegevens</h2>
      <p>
        Uw naam en telefoonnummer zijn <strong>niet</strong> openbaar. Alleen als u het aanbod van een buurtgenoot aanneemt, ziet die uw
        naam, e-mailadres en telefoonnummer. U ziet dan ook de gegevens van die buurtgenoot.
      </p>
      <TextField name="naam" label="Uw naam" autoComplete="name" state={state} defaultValue={naam} width="m" />
      <TextField name="telefoon" label="Telefoonnummer" type="tel" autoComplete="tel" inputMode="tel" optional state={state} defaultValue={telefoon} width="m" />
      <SubmitButton>Hulpvraag plaatsen</SubmitButton>
    </form>
  );
}

function ConsentFields({ state, naam, telefoon, wie }: { state: ActionState; naam: string; telefoon: string; wie: string }) {
  return (
    <>
      <TextField name="naam" label="Uw naam" autoComplete="name" state={state} defaultValue={naam} width="m" />
      <TextField name="telefoon" label="Telefoonnummer" type="tel" autoComplete="tel" inputMode="tel" optional state={state} defaultValue={telefoon} width="m" />
      <Checkbox name="toestemming" label={`Ik geef toestemming om mijn naam, e-mailadres en telefoonnummer te delen met ${wie}.`} state={state} />
    </>
  );
}

export function AanbodForm({ hulpvraagId, naam, telefoon }: { hulpvraagId: string; naam: string; telefoon: string }) {
  const [state, action] = useActionState(biedHulpAan, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ bericht: "Bericht", ...CONTACT_LABELS }} />
      <input type="hidden" name="hulpvraagId" value={hulpvraagId} />
      <TextArea name="bericht" label="Uw bericht aan de vrager" hint="Vertel kort wie u bent en wanneer u kunt helpen." state={state} rows={4} />
      <p>
        De vrager ziet eerst alleen uw bericht. Neemt de vrager uw aanbod aan? Dan ziet u elkaars naam, e-mailadres en telefoonnummer.
      </p>
      <ConsentFields state={state} naam={naam} telefoon={telefoon} wie="de vrager, als die mijn aanbod aanneemt" />
      <SubmitButton>Ik bied hulp aan</SubmitButton>
    </form>
  );
}

export function VacatureReactieForm({ vacatureId, naam, telefoon }: { vacatureId: string; naam: string; telefoon: string }) {
  const [state, action] = useActionState(reageerOpVacature, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ bericht: "Bericht", ...CONTACT_LABELS }} />
      <input type="hidden" name="vacatureId" value={vacatureId} />
      <TextArea name="bericht" label="Uw bericht" hint="Vertel kort waarom u dit wilt doen en wanneer u kunt." state={state} rows={4} />
      <p>De contactpersoon krijgt uw bericht per e-mail, met uw naam, e-mailadres en telefoonnummer (als u dat invult).</p>
      <ConsentFields state={state} naam={naam} telefoon={telefoon} wie="de contactpersoon van deze vacature" />
      <SubmitButton>Reageren</SubmitButton>
    </form>
  );
}

export function MeldForm({ entiteit, entiteitId }: { entiteit: "Vacature" | "Hulpvraag"; entiteitId: string }) {
  const [state, action] = useActionState(meld, null);
  return (
    <details className="[&>summary]:cursor-pointer [&>summary]:text-link [&>summary]:underline" open={!!state && !state.ok}>
      <summary>Melden: klopt er iets niet?</summary>
      <form action={action} noValidate>
        <ErrorSummary state={state} labels={{ reden: "Reden" }} ids={{ reden: "melding-reden" }} />
        <input type="hidden" name="entiteit" value={entiteit} />
        <input type="hidden" name="entiteitId" value={entiteitId} />
        <TextArea id="melding-reden" name="reden" label="Wat is er niet in orde?" hint="Bijvoorbeeld: oplichting, kwetsende tekst of persoonlijke gegevens. Een medewerker kijkt ernaar." state={state} rows={3} />
        <SubmitButton variant="secondary">Melding versturen</SubmitButton>
      </form>
    </details>
  );
}
