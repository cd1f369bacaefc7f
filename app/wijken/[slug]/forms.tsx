"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { ChoiceGroup, SelectField, TextArea, TextField, Checkbox } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { Honeypot } from "@/components/form/honeypot";
import { SIGNAAL_SOORTEN } from "@/lib/validation/wijken";
import { maakSignaalAction, maakVerhaalAction } from "../actions";

export function SignaalForm({ slug, wijkNaam }: { slug: string; wijkNaam: string }) {
  const [state, action] = useActionState(maakSignaalAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary
        state={state}
        labels={{ soort: "Soort", tekst: "Uw bericht", email: "E-mailadres" }}
        ids={{ soort: "signaal-soort", tekst: "signaal-tekst", email: "signaal-email" }}
      />
      <input type="hidden" name="wijk" value={slug} />
      <ChoiceGroup
        id="signaal-soort"
        name="soort"
        type="radio"
        label="Wat wilt u doorgeven?"
        state={state}
        options={SIGNAAL_SOORTEN.map((s) => ({ value: s.value, label: s.label }))}
      />
      <TextArea id="signaal-tekst" name="tekst" label="Uw bericht" hint={`Wat is uw idee, zorg of wens voor ${wijkNaam}?`} state={state} rows={5} />
      <TextField
        id="signaal-email"
        name="email"
        type="email"
        autoComplete="email"
        label="Uw e-mailadres"
        optional
        hint="Alleen als u wilt horen wat we met uw bericht doen. Laat het leeg om anoniem te blijven. We tonen uw e-mailadres nergens."
        state={state}
      />
      <Honeypot id="signaal-website" />
      <SubmitButton>Versturen</SubmitButton>
    </form>
  );
}

export function VerhaalForm({ slug, onderwerpen }: { slug: string; onderwerpen: { value: string; label: string }[] }) {
  const [state, action] = useActionState(maakVerhaalAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary
        state={state}
        labels={{ titel: "Titel", tekst: "Uw verhaal", auteurNaam: "Naam bij het verhaal", email: "E-mailadres", toestemming: "Toestemming" }}
        ids={{ titel: "verhaal-titel", tekst: "verhaal-tekst", auteurNaam: "verhaal-naam", email: "verhaal-email", toestemming: "verhaal-toestemming", over: "verhaal-over" }}
      />
      <input type="hidden" name="wijk" value={slug} />
      <TextField id="verhaal-titel" name="titel" label="Titel" state={state} />
      <TextArea id="verhaal-tekst" name="tekst" label="Uw verhaal" hint="Kort is goed: wat maakte u mee, wat betekent het voor u?" state={state} rows={6} />
      {onderwerpen.length ? (
        <SelectField id="verhaal-over" name="over" label="Gaat uw verhaal over een plek of initiatief?" optional state={state} placeholder="Over de wijk in het algemeen" options={onderwerpen} />
      ) : null}
      <TextField id="verhaal-naam" name="auteurNaam" label="Naam bij het verhaal" hint="Bijvoorbeeld uw voornaam, of 'een buurtbewoner'." state={state} width="m" />
      <TextField id="verhaal-email" name="email" type="email" autoComplete="email" label="Uw e-mailadres" optional hint="Voor vragen van de opbouwwerker. We tonen het nergens." state={state} />
      <Checkbox
        id="verhaal-toestemming"
        name="toestemming"
        label="Ik geef toestemming om mijn verhaal met deze naam op deze website te zetten."
        hint="De opbouwwerker leest uw verhaal eerst."
        state={state}
      />
      <Honeypot id="verhaal-website" />
      <SubmitButton>Verhaal insturen</SubmitButton>
    </form>
  );
}
