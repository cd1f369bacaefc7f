"use client";
import { useActionState } from "react";
import type { Actie } from "@/lib/actions";
import { ErrorSummary } from "@/components/form/error-summary";
import { SelectField, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { CATEGORIE_ICONEN } from "@/lib/validation/gebieden";
import { maakCategorieAction, wijzigCategorieAction } from "./actions";

const LABELS = { naam: "Naam", soort: "Soort", kleur: "Kleur", icoon: "Icoon", volgorde: "Volgorde" };

export interface CategorieWaarden {
  id?: string;
  naam?: string;
  soort?: string;
  kleur?: string;
  icoon?: string;
  volgorde?: number;
}

export function CategorieForm({ categorie, knop }: { categorie?: CategorieWaarden; knop: string }) {
  const action: Actie = categorie?.id ? wijzigCategorieAction : maakCategorieAction;
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {categorie?.id ? <input type="hidden" name="id" value={categorie.id} /> : null}
      <TextField name="naam" label="Naam" state={state} defaultValue={categorie?.naam ?? ""} width="m" />
      <SelectField
        name="soort"
        label="Soort"
        state={state}
        defaultValue={categorie?.soort ?? "ONTMOETINGSPLEK"}
        options={[
          { value: "ONTMOETINGSPLEK", label: "Ontmoetingsplek" },
          { value: "VOORZIENING", label: "Voorziening" },
        ]}
      />
      <TextField
        name="kleur"
        label="Kleur"
        state={state}
        defaultValue={categorie?.kleur ?? "#1f5f8b"}
        width="s"
        hint="Als #rrggbb, bijvoorbeeld #1f5f8b. Op de kaart staat witte tekst op deze kleur: kies een donkere kleur (contrast minstens 4,5 : 1)."
      />
      <SelectField name="icoon" label="Icoon" state={state} defaultValue={categorie?.icoon ?? "B"} options={CATEGORIE_ICONEN.map((i) => ({ value: i, label: i }))} hint="De letter in het rondje op de kaart." />
      <TextField name="volgorde" label="Volgorde" state={state} defaultValue={String(categorie?.volgorde ?? 0)} width="s" inputMode="numeric" hint="Lage getallen staan bovenaan in de filters en de legenda." />
      <SubmitButton>{knop}</SubmitButton>
    </form>
  );
}
