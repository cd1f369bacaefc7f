"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, TextField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { bewaarHuisstijlAction } from "./actions";

export function HuisstijlForm({ themas, defaults }: { themas: { value: string; label: string; hint: string }[]; defaults: { thema: string; hoofdkleur: string; accentkleur: string; logoUrl: string } }) {
  const [state, action] = useActionState(bewaarHuisstijlAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ thema: "Voorbeeldthema", hoofdkleur: "Hoofdkleur", accentkleur: "Kleur voor links", logoUrl: "Logo" }} />
      <ChoiceGroup type="radio" name="thema" label="Voorbeeldthema" hint="De basis: kleuren, vormen en focusrand." options={themas} state={state} defaultValue={[defaults.thema]} />
      <TextField name="hoofdkleur" label="Hoofdkleur" hint="Voor de kop, de voet en de knoppen. Een kleurcode zoals #154273." optional state={state} defaultValue={defaults.hoofdkleur} width="s" />
      <TextField name="accentkleur" label="Kleur voor links" hint="Een kleurcode zoals #154273." optional state={state} defaultValue={defaults.accentkleur} width="s" />
      <TextField
        name="logoUrl"
        label="Logo"
        hint="Een bestand op deze website, zoals /logo-gemeente.svg. Zet het bestand eerst in de map public."
        optional
        state={state}
        defaultValue={defaults.logoUrl}
        width="m"
      />
      <SubmitButton>Huisstijl opslaan</SubmitButton>
    </form>
  );
}
