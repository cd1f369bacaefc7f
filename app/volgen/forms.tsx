"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { ChoiceGroup, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { FREQUENTIES } from "@/lib/validation/volgen";
import { bevestigVolgenAction, meldAfAction, volgWijkAction, wijzigFrequentieAction } from "./actions";

const frequentieOpties = FREQUENTIES.map((f) => ({ value: f.value, label: f.label, hint: f.hint }));

/** "Volg deze wijk" on the wijk page. Works without JavaScript. */
export function VolgForm({ slug, wijkNaam, knop = "Volg deze wijk" }: { slug: string; wijkNaam: string; knop?: string }) {
  const [state, action] = useActionState(volgWijkAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ email: "E-mailadres", frequentie: "Hoe vaak" }} ids={{ email: "volg-email", frequentie: "volg-frequentie" }} />
      <input type="hidden" name="wijk" value={slug} />
      <TextField
        id="volg-email"
        name="email"
        type="email"
        autoComplete="email"
        label="Uw e-mailadres"
        hint={`U krijgt eerst een e-mail om te bevestigen dat u ${wijkNaam} wilt volgen. Bent u ingelogd? Laat het dan leeg: we gebruiken het adres van uw account.`}
        state={state}
      />
      <ChoiceGroup id="volg-frequentie" name="frequentie" type="radio" label="Hoe vaak wilt u een e-mail?" options={frequentieOpties} defaultValue={["WEEK"]} state={state} />
      <div hidden>
        <label htmlFor="volg-website">Laat dit veld leeg</label>
        <input id="volg-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <SubmitButton>{knop}</SubmitButton>
    </form>
  );
}

export function BevestigForm({ token, wijkNaam }: { token: string; wijkNaam: string }) {
  const [state, action] = useActionState(bevestigVolgenAction, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Ja, ik wil {wijkNaam} volgen</SubmitButton>
    </form>
  );
}

export function FrequentieForm({ token, frequentie }: { token: string; frequentie: string }) {
  const [state, action] = useActionState(wijzigFrequentieAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ frequentie: "Hoe vaak" }} ids={{ frequentie: "frequentie" }} />
      <input type="hidden" name="token" value={token} />
      <ChoiceGroup id="frequentie" name="frequentie" type="radio" label="Hoe vaak wilt u een e-mail?" options={frequentieOpties} defaultValue={[frequentie]} state={state} />
      <SubmitButton>Opslaan</SubmitButton>
    </form>
  );
}

export function AfmeldForm({ token, wijkNaam }: { token: string; wijkNaam: string }) {
  const [state, action] = useActionState(meldAfAction, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton variant="danger">Stop met {wijkNaam} volgen</SubmitButton>
    </form>
  );
}
