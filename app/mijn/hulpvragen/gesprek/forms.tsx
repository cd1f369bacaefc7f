"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { BERICHT_MAX } from "@/lib/validation/berichten";
import { deelTelefoonAction, legAfspraakVastAction, meldGesprekAction, stuurBerichtAction } from "./actions";

export function BerichtForm({ aanbodId, ander }: { aanbodId: string; ander: string }) {
  const [state, action] = useActionState(stuurBerichtAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ tekst: "Uw bericht" }} />
      <input type="hidden" name="aanbodId" value={aanbodId} />
      <TextArea
        name="tekst"
        label="Uw bericht"
        hint={`Alleen ${ander} leest dit. Schrijf hier liever geen adres of e-mailadres. Maximaal ${BERICHT_MAX} tekens.`}
        state={state}
        rows={4}
      />
      <SubmitButton>Bericht sturen</SubmitButton>
    </form>
  );
}

export function DeelTelefoonForm({ aanbodId, ander, telefoon }: { aanbodId: string; ander: string; telefoon: string }) {
  const [state, action] = useActionState(deelTelefoonAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ telefoon: "Uw telefoonnummer" }} ids={{ telefoon: "deel-telefoon" }} />
      <input type="hidden" name="aanbodId" value={aanbodId} />
      <TextField
        id="deel-telefoon"
        name="telefoon"
        label="Uw telefoonnummer"
        hint={`Dit nummer komt als bericht in het gesprek. Dan kan ${ander} u bellen. Dat kunt u niet terugdraaien.`}
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        state={state}
        defaultValue={telefoon}
        width="m"
      />
      <SubmitButton variant="secondary">Deel mijn telefoonnummer</SubmitButton>
    </form>
  );
}

export function MeldGesprekForm({ aanbodId }: { aanbodId: string }) {
  const [state, action] = useActionState(meldGesprekAction, null);
  return (
    <details className="[&>summary]:cursor-pointer [&>summary]:text-link [&>summary]:underline" open={!!state && !state.ok}>
      <summary>Meld dit gesprek</summary>
      <form action={action} noValidate>
        <ErrorSummary state={state} labels={{ reden: "Wat is er niet in orde?" }} ids={{ reden: "gesprek-reden" }} />
        <input type="hidden" name="aanbodId" value={aanbodId} />
        <TextArea
          id="gesprek-reden"
          name="reden"
          label="Wat is er niet in orde?"
          hint="Bijvoorbeeld: oplichting, bedreiging of kwetsende berichten. De opbouwwerker van de wijk leest uw uitleg. De berichten zelf leest die niet: schrijf op wat er gebeurde."
          state={state}
          rows={3}
        />
        <SubmitButton variant="secondary">Melding versturen</SubmitButton>
      </form>
    </details>
  );
}

export function AfspraakForm({ aanbodId, ander, datum }: { aanbodId: string; ander: string; datum: string }) {
  const [state, action] = useActionState(legAfspraakVastAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ datum: "Dag van de afspraak" }} ids={{ datum: "afspraak-datum" }} />
      <input type="hidden" name="aanbodId" value={aanbodId} />
      <TextField
        id="afspraak-datum"
        name="datum"
        label="Dag van de afspraak"
        hint={`Bijvoorbeeld 15-12-2026. ${ander.charAt(0).toUpperCase()}${ander.slice(1)} ziet de dag in het gesprek.`}
        state={state}
        defaultValue={datum}
        width="m"
      />
      <SubmitButton variant="secondary">Afspraak vastleggen</SubmitButton>
    </form>
  );
}
