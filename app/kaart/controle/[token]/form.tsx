"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { meldNietMeerAction } from "./actions";

/** The confirmation for "bestaat niet meer": works without JavaScript (a plain POST of the token). */
export function NietMeerForm({ token, naam }: { token: string; naam: string }) {
  const [state, action] = useActionState(meldNietMeerAction, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton variant="danger">Ja, {naam} bestaat niet meer</SubmitButton>
    </form>
  );
}
