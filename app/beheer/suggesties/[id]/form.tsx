"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, ChoiceGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { AdresZoeker } from "@/components/form/adres-zoeker";
import type { ActionState } from "@/lib/actions";
import { SUGGESTIE_LABELS, type SuggestieGegevens } from "@/lib/validation/kaart";
import { beslisSuggestieAction } from "../actions";

export function ModeratieForm(props: { id: string; gegevens: SuggestieGegevens; categorieen: { value: string; label: string }[]; wijken: { value: string; label: string }[]; beginState?: ActionState }) {
  const [state, action] = useActionState(beslisSuggestieAction, props.beginState ?? null);
  const g = props.gegevens;
  const num = (n?: number) => (n === undefined ? "" : String(n).replace(".", ","));
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={SUGGESTIE_LABELS} />
      <input type="hidden" name="id" value={props.id} />
      <h2>Gegevens voor de kaart</h2>
      <p>U kunt de gegevens verbeteren voordat u ze goedkeurt.</p>
      <TextField name="naam" label={SUGGESTIE_LABELS.naam} state={state} defaultValue={g.naam} />
      <SelectField name="categorie" label={SUGGESTIE_LABELS.categorie} state={state} defaultValue={g.categorie} options={props.categorieen} placeholder="Kies een soort" />
      <SelectField name="wijk" label={SUGGESTIE_LABELS.wijk} hint="U kunt alleen wijken kiezen waar u voorstellen mag behandelen." state={state} defaultValue={g.wijk} options={props.wijken} placeholder="Kies een wijk of dorp" />
      <TextField name="adres" label={SUGGESTIE_LABELS.adres} optional state={state} defaultValue={g.adres} />
      <TextField name="postcode" label={SUGGESTIE_LABELS.postcode} optional state={state} defaultValue={g.postcode} width="s" />
      <AdresZoeker pad={`/beheer/suggesties/${props.id}`} state={state} />
      <TextArea name="beschrijving" label={SUGGESTIE_LABELS.beschrijving} state={state} defaultValue={g.beschrijving} />
      <ChoiceGroup type="radio" name="ligging" label={SUGGESTIE_LABELS.ligging} state={state} defaultValue={[g.ligging]} options={[{ value: "BINNEN", label: "Binnen" }, { value: "BUITEN", label: "Buiten" }]} />
      <Checkbox name="rolstoeltoegankelijk" label={SUGGESTIE_LABELS.rolstoeltoegankelijk} state={state} defaultChecked={g.rolstoeltoegankelijk} />
      <TextField name="telefoon" label={SUGGESTIE_LABELS.telefoon} optional state={state} defaultValue={g.telefoon} width="m" />
      <TextField name="website" label={SUGGESTIE_LABELS.website} optional state={state} defaultValue={g.website} />
      <TextField name="plekEmail" label={SUGGESTIE_LABELS.plekEmail} optional state={state} defaultValue={g.plekEmail} />
      <div className="flex flex-wrap gap-4">
        <TextField name="lat" label={SUGGESTIE_LABELS.lat} hint="Bijvoorbeeld 51,6865" state={state} defaultValue={num(g.lat)} width="m" inputMode="text" />
        <TextField name="lng" label={SUGGESTIE_LABELS.lng} hint="Bijvoorbeeld 5,1330" state={state} defaultValue={num(g.lng)} width="m" inputMode="text" />
      </div>
      <p className="mb-1.5 text-muted">De plek staat nu op het midden van de postcode of de wijk. Pas de coördinaten aan als u de precieze plek weet.</p>
      <div className="my-5 flex flex-wrap items-center gap-3">
        <SubmitButton name="besluit" value="goedkeuren">
          Goedkeuren en publiceren
        </SubmitButton>
      </div>
      <h2>Afwijzen</h2>
      <TextArea name="reden" label="Reden van afwijzen" hint="Alleen nodig als u het voorstel afwijst. De reden blijft intern." state={state} rows={3} optional />
      <div className="my-5 flex flex-wrap items-center gap-3">
        <SubmitButton name="besluit" value="afwijzen" variant="danger">
          Afwijzen
        </SubmitButton>
      </div>
    </form>
  );
}
