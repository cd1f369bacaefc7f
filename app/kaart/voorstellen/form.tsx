"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, ChoiceGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { SUGGESTIE_LABELS } from "@/lib/validation/kaart";
import { stelPlekVoorAction } from "./actions";

export interface SuggestieStandaard {
  plek?: string;
  naam?: string;
  categorie?: string;
  wijk?: string;
  adres?: string;
  postcode?: string;
  beschrijving?: string;
  ligging?: string;
  rolstoeltoegankelijk?: boolean;
  telefoon?: string;
  website?: string;
  plekEmail?: string;
}

export function SuggestieForm(props: {
  standaard: SuggestieStandaard;
  categorieen: { value: string; label: string }[];
  wijken: { value: string; label: string }[];
}) {
  const [state, action] = useActionState(stelPlekVoorAction, null);
  const d = props.standaard;
  const correctie = !!d.plek;
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={SUGGESTIE_LABELS} ids={{ ligging: "ligging" }} />
      {d.plek ? <input type="hidden" name="plek" value={d.plek} /> : null}
      <TextField name="naam" label={SUGGESTIE_LABELS.naam} state={state} defaultValue={d.naam} />
      <SelectField name="categorie" label={SUGGESTIE_LABELS.categorie} state={state} defaultValue={d.categorie} options={props.categorieen} placeholder="Kies een soort" />
      {correctie ? (
        <input type="hidden" name="wijk" value={d.wijk} />
      ) : (
        <SelectField name="wijk" label={SUGGESTIE_LABELS.wijk} state={state} defaultValue={d.wijk} options={props.wijken} placeholder="Kies een wijk of dorp" />
      )}
      <TextField name="adres" label="Straat en huisnummer" optional hint="Voor een plek buiten: een straat of een beschrijving, zoals 'naast de kerk'." state={state} defaultValue={d.adres} autoComplete="off" />
      <TextField name="postcode" label={SUGGESTIE_LABELS.postcode} optional state={state} defaultValue={d.postcode} width="s" autoComplete="off" />
      <TextArea name="beschrijving" label={SUGGESTIE_LABELS.beschrijving} hint="Wat is er te doen, voor wie is het, wanneer is het open?" state={state} defaultValue={d.beschrijving} />
      <ChoiceGroup
        type="radio"
        name="ligging"
        label={SUGGESTIE_LABELS.ligging}
        state={state}
        defaultValue={d.ligging ? [d.ligging] : []}
        options={[
          { value: "BINNEN", label: "Binnen (een gebouw)" },
          { value: "BUITEN", label: "Buiten (een park, speeltuin, bankje)" },
        ]}
      />
      <Checkbox name="rolstoeltoegankelijk" label="De plek is goed te bereiken met een rolstoel" state={state} defaultChecked={d.rolstoeltoegankelijk} />
      <TextField name="telefoon" label={SUGGESTIE_LABELS.telefoon} optional state={state} defaultValue={d.telefoon} width="m" type="tel" autoComplete="off" />
      <TextField name="website" label={SUGGESTIE_LABELS.website} optional state={state} defaultValue={d.website} autoComplete="off" />
      <TextField name="plekEmail" label={SUGGESTIE_LABELS.plekEmail} optional state={state} defaultValue={d.plekEmail} type="email" autoComplete="off" />
      <TextArea
        name="toelichting"
        label={correctie ? "Wat klopt er niet?" : SUGGESTIE_LABELS.toelichting}
        optional={!correctie}
        hint="Alleen de opbouwwerker leest dit."
        state={state}
        rows={3}
      />
      <TextField
        name="email"
        label={SUGGESTIE_LABELS.email}
        optional
        hint="Alleen als wij u iets mogen vragen over uw voorstel. We gebruiken het voor niets anders."
        state={state}
        type="email"
        autoComplete="email"
      />
      <div className="absolute -left-[9999px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor="homepage">Laat dit veld leeg</label>
        <input id="homepage" name="homepage" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton>{correctie ? "Correctie versturen" : "Voorstel versturen"}</SubmitButton>
    </form>
  );
}
