"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { loginWithPasswordAction, sendMagicLinkAction, consumeMagicLinkAction } from "./actions";

export function MagicLinkForm({ terug }: { terug?: string }) {
  const [state, action] = useActionState(sendMagicLinkAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ email: "E-mailadres" }} />
      <input type="hidden" name="terug" value={terug ?? ""} />
      <TextField
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        label="E-mailadres"
        hint="U krijgt een e-mail met een link. Met die link bent u ingelogd. U heeft geen wachtwoord nodig."
        state={state}
      />
      <SubmitButton>Stuur mij een inloglink</SubmitButton>
    </form>
  );
}

export function PasswordForm({ terug }: { terug?: string }) {
  const [state, action] = useActionState(loginWithPasswordAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ email: "E-mailadres", wachtwoord: "Wachtwoord" }} ids={{ email: "medewerker-email" }} />
      <input type="hidden" name="terug" value={terug ?? ""} />
      <TextField id="medewerker-email" name="email" type="email" autoComplete="username" label="E-mailadres" state={state} />
      <TextField id="wachtwoord" name="wachtwoord" type="password" autoComplete="current-password" label="Wachtwoord" state={state} width="m" />
      <SubmitButton>Inloggen</SubmitButton>
    </form>
  );
}

export function RedeemLinkForm({ email, token, terug }: { email: string; token: string; terug: string }) {
  const [state, action] = useActionState(consumeMagicLinkAction, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="terug" value={terug} />
      <SubmitButton>Inloggen als {email}</SubmitButton>
    </form>
  );
}
