"use client";
import { useActionState } from "react";
import { ErrorSummary, SuccessMessage } from "@/components/form/error-summary";
import { TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { makeNewRecoveryCodes, resetColleagueTotp } from "./actions";

/** New recovery codes after a current code; the new codes are shown once in the result. */
export function NieuweHerstelcodesForm() {
  const [state, action] = useActionState(makeNewRecoveryCodes, null);
  const codes = state?.ok ? ((state.data?.codes as string[] | undefined) ?? []) : [];
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ code: "Code uit de app" }} ids={{ code: "herstel-code" }} />
      <SuccessMessage state={state} />
      {codes.length ? (
        <ul className="columns-2 list-none pl-0 text-[1.1rem]" aria-label="Nieuwe herstelcodes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
      ) : null}
      <TextField
        id="herstel-code"
        name="code"
        label="Code uit de app"
        hint="Vul eerst de 6 cijfers uit de app in. Daarna ziet u tien nieuwe herstelcodes. De oude codes werken dan niet meer."
        autoComplete="one-time-code"
        inputMode="numeric"
        width="s"
        state={state}
      />
      <SubmitButton variant="secondary">Nieuwe herstelcodes maken</SubmitButton>
    </form>
  );
}

/** Beheerder: reset a colleague's second step (their own current code is asked too). */
export function TerugzettenForm() {
  const [state, action] = useActionState(resetColleagueTotp, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ email: "E-mailadres van de medewerker", code: "Uw eigen code uit de app" }} ids={{ email: "collega-email", code: "collega-code" }} />
      <SuccessMessage state={state} />
      <TextField id="collega-email" name="email" type="email" autoComplete="off" label="E-mailadres van de medewerker" state={state} />
      <TextField
        id="collega-code"
        name="code"
        label="Uw eigen code uit de app"
        hint="Ter controle dat u het echt bent: de 6 cijfers die uw app nu laat zien."
        autoComplete="one-time-code"
        inputMode="numeric"
        width="s"
        state={state}
      />
      <SubmitButton variant="danger">Tweede stap terugzetten</SubmitButton>
    </form>
  );
}
