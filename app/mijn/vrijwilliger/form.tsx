"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, ChoiceGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { opties, WERK_SOORTEN } from "@/lib/validation/vrijwilligers";
import { bewaarProfielAction } from "./actions";

export interface ProfielDefaults {
  naam: string;
  telefoon: string;
  wijkId: string;
  interesses: string[];
  beschikbaarheid: string;
  aanbod: string;
  vindbaar: boolean;
}

export function ProfielForm({ wijken, defaults }: { wijken: { value: string; label: string }[]; defaults: ProfielDefaults }) {
  const [state, action] = useActionState(bewaarProfielAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary
        state={state}
        labels={{ naam: "Uw naam", telefoon: "Telefoonnummer", wijkId: "Wijk", interesses: "Onderwerpen", beschikbaarheid: "Beschikbaarheid", aanbod: "Wat u kunt bieden" }}
      />
      <TextField name="naam" label="Uw naam" autoComplete="name" state={state} defaultValue={defaults.naam} width="m" />
      <TextField name="telefoon" label="Telefoonnummer" type="tel" autoComplete="tel" inputMode="tel" optional state={state} defaultValue={defaults.telefoon} width="m" />
      <SelectField name="wijkId" label="In welke wijk of welk dorp wilt u helpen?" optional options={wijken} placeholder="Maakt niet uit" state={state} defaultValue={defaults.wijkId} />
      <ChoiceGroup type="checkbox" name="interesses" label="Waar wilt u mee helpen?" hint="Kies een of meer onderwerpen." options={opties(WERK_SOORTEN)} state={state} defaultValue={defaults.interesses} />
      <TextField name="beschikbaarheid" label="Wanneer heeft u tijd?" hint="Bijvoorbeeld: dinsdagmiddag, of af en toe in het weekend." optional state={state} defaultValue={defaults.beschikbaarheid} />
      <TextArea name="aanbod" label="Wat kunt u goed of wat wilt u bieden?" optional state={state} defaultValue={defaults.aanbod} rows={4} />
      <Checkbox
        name="vindbaar"
        label="Organisaties mogen mij vinden en benaderen"
        hint="Medewerkers van de gemeente en het opbouwwerk zien dan uw naam, e-mailadres, wijk en wat u hierboven invult. Uw telefoonnummer zien ze niet. U kunt dit altijd weer uitzetten."
        state={state}
        defaultChecked={defaults.vindbaar}
      />
      <SubmitButton>Profiel opslaan</SubmitButton>
    </form>
  );
}
