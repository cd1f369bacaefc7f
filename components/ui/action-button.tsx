"use client";
/** A one-button form for a server action (accept, close, hide...): works without JavaScript, shows errors. */
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions";
import { SubmitButton } from "./submit-button";
import { formErrorClass } from "./classes";

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
    <form action={formAction} className="mr-2 mb-2 inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state && !state.ok ? (
        <p className={formErrorClass} role="alert">
          {state.message}
        </p>
      ) : null}
      <SubmitButton variant={variant}>{label}</SubmitButton>
    </form>
  );
}
