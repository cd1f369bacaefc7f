"use client";
/** One form for a code from the authenticator app (or, with `herstel`, a recovery code). Works without JavaScript. */
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionState } from "@/lib/actions";

export function CodeForm({
  action,
  id,
  knop,
  herstel = false,
  label,
  hint,
  variant,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  id: string;
  knop: string;
  herstel?: boolean;
  label?: string;
  hint?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(action, null);
  const fieldLabel = label ?? (herstel ? "Herstelcode" : "Code uit de app");
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={{ code: fieldLabel }} ids={{ code: id }} />
      <TextField
        id={id}
        name="code"
        label={fieldLabel}
        hint={hint ?? (herstel ? "Bijvoorbeeld k7pzm-3qd8x." : "De 6 cijfers die de app nu laat zien.")}
        autoComplete={herstel ? "off" : "one-time-code"}
        inputMode={herstel ? "text" : "numeric"}
        width={herstel ? "m" : "s"}
        state={state}
      />
      <SubmitButton variant={variant}>{knop}</SubmitButton>
    </form>
  );
}
