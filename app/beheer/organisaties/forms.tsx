"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { ORGANISATIE_LABELS } from "@/lib/validation/organisaties";
import { verwijderLidAction, voegLidToeAction } from "./actions";

export function LidToevoegenForm({ organisatieId }: { organisatieId: string }) {
  const [state, action] = useActionState(voegLidToeAction, null);
  return (
    <form action={action} noValidate aria-labelledby="lid-titel">
      <h2 id="lid-titel">Een lid toevoegen</h2>
      <p>Het lid heeft al een account op dit portaal. Vul het e-mailadres van dat account in.</p>
      <ErrorSummary state={state} labels={ORGANISATIE_LABELS} />
      <input type="hidden" name="organisatieId" value={organisatieId} />
      <TextField name="email" label={ORGANISATIE_LABELS.email} type="email" inputMode="email" autoComplete="off" state={state} width="m" />
      <SubmitButton>Lid toevoegen</SubmitButton>
    </form>
  );
}

export function LidVerwijderenForm({ organisatieId, userId, naam }: { organisatieId: string; userId: string; naam: string }) {
  const [state, action] = useActionState(verwijderLidAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{}} />
      <input type="hidden" name="organisatieId" value={organisatieId} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="secondary">Haal {naam} weg</SubmitButton>
    </form>
  );
}
