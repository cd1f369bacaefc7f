"use client";
/** Reject one member's change with a reason (the member gets it by e-mail). Unique ids: several stand on one page. */
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { wijsVoorstelAfAction } from "../actions";

export function AfwijzenForm({ id, naam }: { id: string; naam: string }) {
  const [state, action] = useActionState(wijsVoorstelAfAction, null);
  const veldId = `reden-${id}`;
  return (
    <form action={action} noValidate className="mt-2">
      <ErrorSummary state={state} labels={{ reden: "Reden" }} ids={{ reden: veldId }} />
      <input type="hidden" name="id" value={id} />
      <TextArea id={veldId} name="reden" label={`Reden om de wijziging van ${naam} niet over te nemen`} hint="Het lid krijgt deze uitleg per e-mail." state={state} rows={2} />
      <SubmitButton variant="danger">Afwijzen</SubmitButton>
    </form>
  );
}
