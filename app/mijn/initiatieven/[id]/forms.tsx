"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { beantwoordVraagAction, trekInitiatiefInAction, bewaarVerantwoordingAction, verwijderInitiatiefAction } from "../actions";

export function AntwoordForm({ id }: { id: string }) {
  const [state, action] = useActionState(beantwoordVraagAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ tekst: "Uw antwoord" }} ids={{ tekst: "antwoord" }} />
      <input type="hidden" name="initiatiefId" value={id} />
      <TextArea id="antwoord" name="tekst" label="Uw antwoord" rows={5} state={state} />
      <SubmitButton>Antwoord versturen</SubmitButton>
    </form>
  );
}

export function IntrekForm({ id }: { id: string }) {
  const [state, action] = useActionState(trekInitiatiefInAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ zeker: "Intrekken" }} ids={{ zeker: "zeker-intrekken" }} />
      <input type="hidden" name="initiatiefId" value={id} />
      <Checkbox id="zeker-intrekken" name="zeker" label="Ja, ik wil mijn aanvraag intrekken" state={state} hint="De gemeente stopt dan met de beoordeling. Dit kunt u niet ongedaan maken." />
      <SubmitButton variant="danger">Aanvraag intrekken</SubmitButton>
    </form>
  );
}

export function VerwijderForm({ id }: { id: string }) {
  const [state, action] = useActionState(verwijderInitiatiefAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ zeker: "Verwijderen" }} ids={{ zeker: "zeker-verwijderen" }} />
      <input type="hidden" name="initiatiefId" value={id} />
      <Checkbox id="zeker-verwijderen" name="zeker" label="Ja, verwijder dit initiatief en alles wat erbij hoort" state={state} />
      <SubmitButton variant="danger">Definitief verwijderen</SubmitButton>
    </form>
  );
}

export function VerantwoordingForm({ id, groot }: { id: string; groot: boolean }) {
  const [state, action] = useActionState(bewaarVerantwoordingAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary
        state={state}
        labels={{ bereikt: "Wat is bereikt", deelnemers: "Aantal deelnemers", bijdragen: "Wie droeg wat bij", citaten: "Wat vonden de deelnemers", openbaar: "Openbaar" }}
      />
      <input type="hidden" name="initiatiefId" value={id} />
      <TextArea name="bereikt" label="Wat is er bereikt?" hint={groot ? "Vertel wat er is gebeurd en wat het heeft opgeleverd. Minstens een paar zinnen." : "Een paar zinnen is genoeg."} state={state} />
      <TextField name="deelnemers" label="Hoeveel mensen deden ongeveer mee?" inputMode="numeric" width="s" optional={!groot} state={state} />
      {groot ? (
        <TextArea name="bijdragen" label="Wie droeg wat bij?" hint="Bijvoorbeeld: buren bakten taarten, de voetbalclub leende tafels uit." rows={3} state={state} />
      ) : null}
      <TextArea name="citaten" label="Wat vonden de deelnemers ervan?" hint="Bijvoorbeeld een paar dingen die mensen zeiden." optional rows={3} state={state} />
      <Checkbox name="openbaar" label="De gemeente mag dit verhaal op de website laten zien" hint="Zonder namen. Zo inspireert u anderen." state={state} />
      <SubmitButton>Verhaal versturen</SubmitButton>
    </form>
  );
}
