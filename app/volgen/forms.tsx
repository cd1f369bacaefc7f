"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { ChoiceGroup, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { Honeypot } from "@/components/form/honeypot";
import { FREQUENTIES } from "@/lib/validation/volgen";
import {
  bevestigInitiatiefVolgenAction,
  bevestigVolgenAction,
  meldAfAction,
  meldAfInitiatiefAction,
  volgInitiatiefAction,
  volgWijkAction,
  wijzigFrequentieAction,
} from "./actions";

/** What is followed: a wijk (or dorp), or one initiative. */
type Soort = "wijk" | "initiatief";

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
      <Honeypot id="volg-website" />
      <SubmitButton>{knop}</SubmitButton>
    </form>
  );
}

/** "Volg dit initiatief" on the public page of an initiative. Works without JavaScript. */
export function VolgInitiatiefForm({ referentie }: { referentie: string }) {
  const [state, action] = useActionState(volgInitiatiefAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ email: "Uw e-mailadres" }} ids={{ email: "volg-initiatief-email" }} />
      <input type="hidden" name="referentie" value={referentie} />
      <TextField
        id="volg-initiatief-email"
        name="email"
        type="email"
        autoComplete="email"
        label="Uw e-mailadres"
        hint="U krijgt eerst een e-mail om te bevestigen. Bent u ingelogd? Laat het dan leeg: we gebruiken het adres van uw account."
        state={state}
      />
      <Honeypot id="volg-initiatief-website" />
      <SubmitButton>Volg dit initiatief</SubmitButton>
    </form>
  );
}

/** `naam`: the wijk's name, or "dit initiatief". */
export function BevestigForm({ token, naam, soort = "wijk" }: { token: string; naam: string; soort?: Soort }) {
  const [state, action] = useActionState(soort === "wijk" ? bevestigVolgenAction : bevestigInitiatiefVolgenAction, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Ja, ik wil {naam} volgen</SubmitButton>
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

export function AfmeldForm({ token, naam, soort = "wijk" }: { token: string; naam: string; soort?: Soort }) {
  const [state, action] = useActionState(soort === "wijk" ? meldAfAction : meldAfInitiatiefAction, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton variant="danger">Stop met {naam} volgen</SubmitButton>
    </form>
  );
}
