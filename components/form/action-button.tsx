"use client";
/** A one-button form for a server action (accept, close, hide...): works without JavaScript, shows errors. */
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { SubmitButton } from "./submit-button";

export function ActionButton({
  action,
  fields,
  label,
  variant = "primary",
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state && !state.ok ? (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      ) : null}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
