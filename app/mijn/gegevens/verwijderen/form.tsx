"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { verwijderMijnAccountAction } from "../actions";

export function VerwijderForm() {
  const [state, action] = useActionState(verwijderMijnAccountAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ bevestig: "Bevestiging" }} />
      <Checkbox name="bevestig" label="Ik begrijp dat mijn account en mijn gegevens worden verwijderd en dat dit niet terug te draaien is" state={state} />
      <SubmitButton variant="danger">Verwijder mijn account</SubmitButton>
    </form>
  );
}
