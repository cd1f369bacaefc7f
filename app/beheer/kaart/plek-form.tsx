"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, ChoiceGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { AdresZoeker } from "@/components/form/adres-zoeker";
import type { Actie, ActionState, FormValues } from "@/lib/actions";
import { DOELGROEPEN, LIGGINGEN, SFEREN } from "@/lib/validation/kaart";
import { DAG_VELDEN, KAARTBEHEER_LABELS } from "@/lib/validation/kaartbeheer";
import { bewaarPlekAction } from "./actions";

type Option = { value: string; label: string };
const DAGEN = ["Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag", "Zaterdag", "Zondag"];

export function PlekForm(props: { pad: string; defaults: FormValues; beginState: ActionState; wijken: Option[]; categorieen: Option[]; organisaties: Option[]; knop: string; actie?: Actie }) {
  // `actie`: another server action with the same schema (the member's page, app/mijn/organisatie)
  const [state, action] = useActionState(props.actie ?? bewaarPlekAction, props.beginState);
  const d = props.defaults;
  const v = (k: string) => (Array.isArray(d[k]) ? (d[k] as string[])[0] : ((d[k] as string | undefined) ?? ""));
  const lijst = (k: string) => (Array.isArray(d[k]) ? (d[k] as string[]) : d[k] ? [d[k] as string] : []);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={KAARTBEHEER_LABELS} ids={{ doelgroepen: "doelgroepen", ligging: "ligging", sfeer: "sfeer" }} />
      {v("id") ? <input type="hidden" name="id" value={v("id")} /> : null}
      <h2>Wat is het?</h2>
      <TextField name="naam" label={KAARTBEHEER_LABELS.naam} state={state} defaultValue={v("naam")} />
      <TextArea name="beschrijving" label="Wat kan men er doen?" state={state} defaultValue={v("beschrijving")} rows={5} />
      <SelectField name="categorieId" label={KAARTBEHEER_LABELS.categorieId} placeholder="Kies een soort" options={props.categorieen} state={state} defaultValue={v("categorieId")} />
      <ChoiceGroup type="checkbox" name="doelgroepen" label={KAARTBEHEER_LABELS.doelgroepen} options={[...DOELGROEPEN]} state={state} defaultValue={lijst("doelgroepen")} />
      <ChoiceGroup type="radio" name="sfeer" label={KAARTBEHEER_LABELS.sfeer} options={[...SFEREN]} state={state} defaultValue={lijst("sfeer")} />
      <ChoiceGroup type="radio" name="ligging" label={KAARTBEHEER_LABELS.ligging} options={[...LIGGINGEN]} state={state} defaultValue={lijst("ligging")} />
      <SelectField name="organisatieId" label="Organisatie" optional placeholder="Geen organisatie" options={props.organisaties} state={state} defaultValue={v("organisatieId")} />

      <h2>Adres en ligging</h2>
      <TextField name="adres" label={KAARTBEHEER_LABELS.adres} hint="Straat en huisnummer, bijvoorbeeld Grotestraat 12. Met Zoek adres vult u postcode, coördinaten en wijk in." optional state={state} defaultValue={v("adres")} />
      <AdresZoeker pad={props.pad} state={state} />
      <TextField name="postcode" label={KAARTBEHEER_LABELS.postcode} optional state={state} defaultValue={v("postcode")} width="s" />
      <TextField name="plaats" label={KAARTBEHEER_LABELS.plaats} optional state={state} defaultValue={v("plaats")} width="m" />
      <SelectField name="wijkId" label={KAARTBEHEER_LABELS.wijkId} hint="U kunt alleen wijken kiezen waar u de kaart mag bijhouden." placeholder="Kies een wijk of dorp" options={props.wijken} state={state} defaultValue={v("wijkId")} />
      <div className="flex flex-wrap gap-4">
        <TextField name="lat" label={KAARTBEHEER_LABELS.lat} hint="Bijvoorbeeld 51,6865" state={state} defaultValue={v("lat")} width="m" inputMode="text" />
        <TextField name="lng" label={KAARTBEHEER_LABELS.lng} hint="Bijvoorbeeld 5,1330" state={state} defaultValue={v("lng")} width="m" inputMode="text" />
      </div>

      <h2>Openingstijden</h2>
      <p>Vul per dag de tijden in, zoals 09:00 en 17:00. Laat beide leeg als de plek die dag dicht is.</p>
      {DAG_VELDEN.map((dag) => (
        <fieldset key={dag} className="mb-2 flex flex-wrap items-end gap-4">
          <legend className="font-bold">{DAGEN[dag - 1]}</legend>
          <TextField name={`open${dag}van`} label="Van" state={state} defaultValue={v(`open${dag}van`)} width="s" inputMode="text" />
          <TextField name={`open${dag}tot`} label="Tot" state={state} defaultValue={v(`open${dag}tot`)} width="s" inputMode="text" />
        </fieldset>
      ))}
      <TextArea
        name="gesloten"
        label={KAARTBEHEER_LABELS.gesloten}
        hint="Feestdagen en gesloten weken. Eén regel per datum of periode, bijvoorbeeld: 24-12-2026 t/m 26-12-2026 Kerst"
        optional
        state={state}
        defaultValue={v("gesloten")}
        rows={3}
      />

      <h2>Toegankelijkheid</h2>
      <Checkbox name="rolstoeltoegankelijk" label="Toegankelijk met een rolstoel" state={state} defaultChecked={v("rolstoeltoegankelijk") === "on"} />
      <Checkbox name="aangepastToilet" label="Aangepast toilet" state={state} defaultChecked={v("aangepastToilet") === "on"} />
      <Checkbox name="ringleiding" label="Ringleiding" state={state} defaultChecked={v("ringleiding") === "on"} />
      <TextArea name="toegankelijkheid" label={KAARTBEHEER_LABELS.toegankelijkheid} optional state={state} defaultValue={v("toegankelijkheid")} rows={2} />

      <h2>Contact</h2>
      <TextField name="contactNaam" label={KAARTBEHEER_LABELS.contactNaam} hint="Deze naam staat op de openbare pagina." optional state={state} defaultValue={v("contactNaam")} width="m" />
      <TextField name="telefoon" label={KAARTBEHEER_LABELS.telefoon} optional state={state} defaultValue={v("telefoon")} width="m" type="tel" />
      <TextField name="email" label={KAARTBEHEER_LABELS.email} optional state={state} defaultValue={v("email")} type="email" />
      <TextField name="website" label={KAARTBEHEER_LABELS.website} optional state={state} defaultValue={v("website")} />
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
