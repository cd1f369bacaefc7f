"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SelectField, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { koppelWijkAction, nodigMedewerkerUitAction, wijzigRolAction } from "./actions";

const ROL_OPTIES = [
  { value: "OPBOUWWERKER", label: "Opbouwwerker (werkt in eigen wijken)" },
  { value: "AMBTENAAR", label: "Ambtenaar (beoordeelt initiatieven)" },
  { value: "BEHEERDER", label: "Beheerder (alles, ook gebruikers en instellingen)" },
];

export function UitnodigingForm() {
  const [state, action] = useActionState(nodigMedewerkerUitAction, null);
  return (
    <form action={action} noValidate aria-labelledby="uitnodigen-titel">
      <h2 id="uitnodigen-titel">Een medewerker uitnodigen</h2>
      <ErrorSummary state={state} labels={{ email: "E-mailadres", naam: "Naam", rol: "Rol" }} />
      <TextField name="email" label="E-mailadres" type="email" inputMode="email" autoComplete="off" state={state} width="m" />
      <TextField name="naam" label="Naam" optional state={state} width="m" />
      <SelectField name="rol" label="Rol" options={ROL_OPTIES} placeholder="Kies een rol" state={state} />
      <SubmitButton>Uitnodiging versturen</SubmitButton>
    </form>
  );
}

export function RolForm({ id, rol }: { id: string; rol: string }) {
  const [state, action] = useActionState(wijzigRolAction, null);
  return (
    <form action={action} noValidate aria-labelledby="rol-titel">
      <h2 id="rol-titel">Rol</h2>
      <ErrorSummary state={state} labels={{ rol: "Rol" }} />
      <input type="hidden" name="id" value={id} />
      <SelectField name="rol" label="Rol van dit account" options={[...ROL_OPTIES, { value: "INWONER", label: "Inwoner (geen toegang tot beheer)" }]} state={state} defaultValue={rol} />
      <SubmitButton>Rol wijzigen</SubmitButton>
    </form>
  );
}

export function WijkToevoegenForm({ id, wijken }: { id: string; wijken: { id: string; naam: string }[] }) {
  const [state, action] = useActionState(koppelWijkAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ wijkId: "Wijk of dorp" }} />
      <input type="hidden" name="id" value={id} />
      <SelectField name="wijkId" label="Wijk of dorp toevoegen" options={wijken.map((w) => ({ value: w.id, label: w.naam }))} placeholder="Kies een wijk of dorp" state={state} />
      <SubmitButton variant="secondary">Wijk toevoegen</SubmitButton>
    </form>
  );
}
