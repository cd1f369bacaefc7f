"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { WACHTWOORD_MIN } from "@/lib/validation/gebruikers";
import { accepteerUitnodigingAction, accepteerUitnodigingOidcAction } from "./actions";

export function WachtwoordKiezenForm({ token, naam }: { token: string; naam: string }) {
  const [state, action] = useActionState(accepteerUitnodigingAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ naam: "Uw naam", wachtwoord: "Wachtwoord", herhaal: "Wachtwoord nog een keer" }} />
      <input type="hidden" name="token" value={token} />
      <TextField name="naam" label="Uw naam" autoComplete="name" optional state={state} defaultValue={naam} width="m" />
      <TextField
        name="wachtwoord"
        label="Kies een wachtwoord"
        hint={`Minstens ${WACHTWOORD_MIN} tekens. Een zin van een paar woorden is sterk en goed te onthouden.`}
        type="password"
        autoComplete="new-password"
        state={state}
        width="m"
      />
      <TextField name="herhaal" label="Typ het wachtwoord nog een keer" type="password" autoComplete="new-password" state={state} width="m" />
      <SubmitButton>Wachtwoord opslaan en verder</SubmitButton>
    </form>
  );
}

export function OidcUitnodigingForm({ token, knop }: { token: string; knop: string }) {
  const [state, action] = useActionState(accepteerUitnodigingOidcAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Uitnodiging aannemen</SubmitButton>
      <p>Daarna logt u in met de knop &apos;{knop}&apos;.</p>
    </form>
  );
}
