"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, ChoiceGroup, SelectField, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { opties } from "@/lib/validation/vrijwilligers";
import { TOESTEMMING_WIJZEN } from "@/lib/validation/keukentafel";
import { HulpvraagFields } from "@/app/vrijwilligers/forms";
import { neemInitiatiefOverAction, neemOverAction, plaatsNamensAction, startInitiatiefNamensAction } from "./actions";

type Option = { value: string; label: string };

const LABELS = {
  soort: "Soort hulp",
  titel: "Korte omschrijving",
  beschrijving: "Uitleg",
  wijkId: "Wijk of dorp",
  inwonerNaam: "Naam van de inwoner",
  inwonerEmail: "E-mailadres van de inwoner",
  inwonerTelefoon: "Telefoonnummer van de inwoner",
  toestemmingWijze: "Hoe gaf de inwoner toestemming?",
  toestemming: "Toestemming",
};

export function NamensForm({ wijken }: { wijken: Option[] }) {
  const [state, action] = useActionState(plaatsNamensAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} ids={{ soort: "soort", toestemmingWijze: "toestemmingWijze" }} />
      <h2>De hulpvraag</h2>
      <p>Schrijf de vraag samen met de inwoner op, in de woorden van de inwoner. Deze tekst is voor iedereen te lezen.</p>
      <HulpvraagFields state={state} wijken={wijken} />
      <InwonerEnToestemming state={state} wat="deze hulpvraag" />
      <SubmitButton>Hulpvraag plaatsen voor de inwoner</SubmitButton>
    </form>
  );
}

type State = Parameters<typeof TextField>[0]["state"];

/** The resident's details (not public) and the consent: the same on the hulpvraag and the initiative form. */
function InwonerEnToestemming({ state, wat }: { state: State; wat: "deze hulpvraag" | "dit initiatief" }) {
  return (
    <>
      <h2>De inwoner</h2>
      <p>
        Deze gegevens zijn <strong>niet</strong> openbaar. Tot de inwoner {wat === "deze hulpvraag" ? "de vraag" : "het initiatief"} zelf overneemt,{" "}
        {wat === "deze hulpvraag" ? "krijgt u de reacties van buurtgenoten en regelt u het contact." : "beantwoordt u de vragen van de gemeente en regelt u het contact."}
      </p>
      <TextField name="inwonerNaam" label="Naam van de inwoner" autoComplete="off" state={state} width="m" />
      <TextField
        name="inwonerEmail"
        label="E-mailadres van de inwoner"
        type="email"
        autoComplete="off"
        optional
        hint={`Als de inwoner een e-mailadres heeft, krijgt die een link om ${wat} zelf over te nemen.`}
        state={state}
        width="m"
      />
      <TextField name="inwonerTelefoon" label="Telefoonnummer van de inwoner" type="tel" autoComplete="off" inputMode="tel" optional state={state} width="m" />
      <h2>Toestemming</h2>
      <ChoiceGroup type="radio" name="toestemmingWijze" label="Hoe gaf de inwoner toestemming?" options={opties(TOESTEMMING_WIJZEN)} state={state} />
      <Checkbox
        name="toestemming"
        label={`De inwoner wil dat ik ${wat} namens hem of haar ${wat === "deze hulpvraag" ? "plaats" : "invul en indien"}, en weet dat ik de naam en contactgegevens bewaar zolang ${wat === "deze hulpvraag" ? "de vraag" : "het initiatief"} loopt.`}
        state={state}
      />
    </>
  );
}

export function InitiatiefNamensForm({ wijken }: { wijken: Option[] }) {
  const [state, action] = useActionState(startInitiatiefNamensAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} ids={{ toestemmingWijze: "toestemmingWijze" }} />
      <SelectField name="wijkId" label="Wijk of dorp" options={wijken} placeholder="Kies een wijk of dorp" state={state} />
      <InwonerEnToestemming state={state} wat="dit initiatief" />
      <SubmitButton>Verder: het initiatief invullen</SubmitButton>
    </form>
  );
}

export function OvernemenForm({ token, soort = "hulpvraag" }: { token: string; soort?: "hulpvraag" | "initiatief" }) {
  const [state, action] = useActionState(soort === "initiatief" ? neemInitiatiefOverAction : neemOverAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ token: "Link" }} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{soort === "initiatief" ? "Initiatief overnemen" : "Hulpvraag overnemen"}</SubmitButton>
    </form>
  );
}
