"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { bevestigSteunAction, steunAlsBewonerAction, vraagSteunAanAction } from "./actions";

/** "Steun dit initiatief" without an account: an e-mail address, then the link in the mail. */
export function SteunForm({ referentie }: { referentie: string }) {
  const [state, action] = useActionState(vraagSteunAanAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ email: "Uw e-mailadres" }} ids={{ email: "steun-email" }} />
      <input type="hidden" name="referentie" value={referentie} />
      <TextField
        id="steun-email"
        name="email"
        type="email"
        autoComplete="email"
        label="Uw e-mailadres"
        hint="U krijgt een e-mail met een link. Pas als u op die link klikt, telt uw steun mee. We bewaren uw e-mailadres niet."
        state={state}
      />
      <SubmitButton>Steun dit initiatief</SubmitButton>
    </form>
  );
}

/** A signed-in resident: one click. */
export function SteunIngelogdForm({ referentie }: { referentie: string }) {
  const [state, action] = useActionState(steunAlsBewonerAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="referentie" value={referentie} />
      <SubmitButton>Steun dit initiatief</SubmitButton>
    </form>
  );
}

/** The page behind the link in the mail: one button confirms. */
export function SteunBevestigForm({ referentie, token }: { referentie: string; token: string }) {
  const [state, action] = useActionState(bevestigSteunAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="referentie" value={referentie} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Ja, ik steun dit initiatief</SubmitButton>
    </form>
  );
}
