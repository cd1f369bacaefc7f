"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { HulpvraagFields } from "@/app/vrijwilligers/forms";
import { wijzigHulpvraagAction } from "./actions";

export function WijzigHulpvraagForm({ id, wijken, defaults }: { id: string; wijken: { value: string; label: string }[]; defaults: Record<string, string> }) {
  const [state, action] = useActionState(wijzigHulpvraagAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ soort: "Soort hulp", titel: "Korte omschrijving", beschrijving: "Uitleg", wijkId: "Wijk of dorp" }} />
      <input type="hidden" name="id" value={id} />
      <HulpvraagFields state={state} wijken={wijken} defaults={defaults} />
      <SubmitButton>Wijzigingen opslaan</SubmitButton>
    </form>
  );
}
