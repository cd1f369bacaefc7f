"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { ChoiceGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import type { Actie, FormValues } from "@/lib/actions";
import { DOELGROEPEN, SFEREN } from "@/lib/validation/kaart";
import { KAARTBEHEER_LABELS, WANNEER } from "@/lib/validation/kaartbeheer";
import { FREQUENTIES, WEEKDAGEN, WEEK_VAN_MAAND } from "@/lib/kaart/rooster";
import { bewaarActiviteitAction } from "./actions";

type Option = { value: string; label: string };

export function ActiviteitForm(props: { defaults: FormValues; wijken: Option[]; plekken: Option[]; organisaties: Option[]; knop: string; actie?: Actie }) {
  // `actie`: another server action with the same schema (the member's page, app/mijn/organisatie)
  const [state, action] = useActionState(props.actie ?? bewaarActiviteitAction, null);
  const d = props.defaults;
  const v = (k: string) => (Array.isArray(d[k]) ? (d[k] as string[])[0] : ((d[k] as string | undefined) ?? ""));
  const lijst = (k: string) => (Array.isArray(d[k]) ? (d[k] as string[]) : d[k] ? [d[k] as string] : []);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={KAARTBEHEER_LABELS} ids={{ doelgroepen: "doelgroepen", sfeer: "sfeer", wanneer: "wanneer", dagen: "dagen" }} />
      {v("id") ? <input type="hidden" name="id" value={v("id")} /> : null}
      <h2>Wat is het?</h2>
      <TextField name="titel" label={KAARTBEHEER_LABELS.titel} hint="Bijvoorbeeld: Koffieochtend in De Ontmoeting" state={state} defaultValue={v("titel")} />
      <TextArea name="beschrijving" label="Wat gebeurt er?" state={state} defaultValue={v("beschrijving")} rows={5} />
      <ChoiceGroup type="checkbox" name="doelgroepen" label={KAARTBEHEER_LABELS.doelgroepen} options={[...DOELGROEPEN]} state={state} defaultValue={lijst("doelgroepen")} />
      <ChoiceGroup type="radio" name="sfeer" label={KAARTBEHEER_LABELS.sfeer} options={[...SFEREN]} state={state} defaultValue={lijst("sfeer")} />
      <SelectField name="wijkId" label={KAARTBEHEER_LABELS.wijkId} hint="U kunt alleen wijken kiezen waar u de kaart mag bijhouden." placeholder="Kies een wijk of dorp" options={props.wijken} state={state} defaultValue={v("wijkId")} />
      <SelectField name="plekId" label="Waar is het?" optional placeholder="Geen vaste plek" options={props.plekken} state={state} defaultValue={v("plekId")} />
      <SelectField name="organisatieId" label="Organisatie" optional placeholder="Geen organisatie" options={props.organisaties} state={state} defaultValue={v("organisatieId")} />
      <TextField name="kosten" label={KAARTBEHEER_LABELS.kosten} hint="Bijvoorbeeld: gratis, of € 2 per keer" optional state={state} defaultValue={v("kosten")} width="m" />
      <TextField name="aanmelden" label={KAARTBEHEER_LABELS.aanmelden} hint="Bijvoorbeeld: niet nodig, of bel 0416 123 456" optional state={state} defaultValue={v("aanmelden")} />

      <h2>Wanneer?</h2>
      <ChoiceGroup type="radio" name="wanneer" label={KAARTBEHEER_LABELS.wanneer} options={[...WANNEER]} state={state} defaultValue={[v("wanneer") || "rooster"]} />
      <div className="flex flex-wrap gap-4">
        <TextField name="startTijd" label={KAARTBEHEER_LABELS.startTijd} hint="Bijvoorbeeld 10:00" state={state} defaultValue={v("startTijd")} width="s" inputMode="text" />
        <TextField name="eindTijd" label={KAARTBEHEER_LABELS.eindTijd} hint="Bijvoorbeeld 12:00" state={state} defaultValue={v("eindTijd")} width="s" inputMode="text" />
      </div>
      <h3>Eén keer</h3>
      <TextField name="datum" label={KAARTBEHEER_LABELS.datum} hint="Alleen bij één keer. Bijvoorbeeld 15-03-2027" optional state={state} defaultValue={v("datum")} width="m" />
      <h3>Terugkerend</h3>
      <SelectField name="frequentie" label={KAARTBEHEER_LABELS.frequentie} optional placeholder="Kies hoe vaak" options={[...FREQUENTIES]} state={state} defaultValue={v("frequentie")} />
      <ChoiceGroup type="checkbox" name="dagen" label={KAARTBEHEER_LABELS.dagen} optional options={WEEKDAGEN.map((w) => ({ value: w.value, label: w.label }))} state={state} defaultValue={lijst("dagen")} />
      <SelectField name="weekVanMaand" label="Alleen bij elke maand: welke week?" optional placeholder="Kies een week" options={[...WEEK_VAN_MAAND]} state={state} defaultValue={v("weekVanMaand")} />
      <div className="flex flex-wrap gap-4">
        <TextField name="vanaf" label={KAARTBEHEER_LABELS.vanaf} hint="Eerste datum, bijvoorbeeld 05-01-2027" optional state={state} defaultValue={v("vanaf")} width="m" />
        <TextField name="totEnMet" label={KAARTBEHEER_LABELS.totEnMet} hint="Laatste datum; leeg als er geen einde is" optional state={state} defaultValue={v("totEnMet")} width="m" />
      </div>
      <TextArea
        name="uitgevallen"
        label={KAARTBEHEER_LABELS.uitgevallen}
        hint="Bijvoorbeeld in de schoolvakantie. Eén datum per regel, zoals 29-12-2026."
        optional
        state={state}
        defaultValue={v("uitgevallen")}
        rows={3}
      />
      <TextArea
        name="verplaatst"
        label={KAARTBEHEER_LABELS.verplaatst}
        hint="Eén keer op een andere dag of tijd. Eén per regel, zoals: 22-12-2026 naar 23-12-2026 14:00-15:30"
        optional
        state={state}
        defaultValue={v("verplaatst")}
        rows={3}
      />
      <h3>Of in woorden</h3>
      <TextField name="herhaling" label={KAARTBEHEER_LABELS.herhaling} hint="Alleen als er geen vaste tijden zijn, bijvoorbeeld: op afspraak" optional state={state} defaultValue={v("herhaling")} />
      <SelectField
        name="status"
        label="Openbaar"
        options={[
          { value: "GEPUBLICEERD", label: "Ja, op de kaart" },
          { value: "CONCEPT", label: "Nee, nog een concept" },
        ]}
        state={state}
        defaultValue={v("status") || "GEPUBLICEERD"}
      />
      <SubmitButton>{props.knop}</SubmitButton>
    </form>
  );
}
