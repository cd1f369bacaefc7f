"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, ChoiceGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionState } from "@/lib/actions";
import { opties, TIJDSBESTEDING, WERK_SOORTEN } from "@/lib/validation/vrijwilligers";

type Option = { value: string; label: string };

const LABELS = {
  titel: "Titel",
  beschrijving: "Beschrijving",
  wijkId: "Wijk of dorp",
  organisatieId: "Organisatie",
  initiatiefId: "Initiatief",
  soortWerk: "Soort werk",
  tijdsbesteding: "Tijd",
  eenmalig: "Eenmalig of regelmatig",
  wanneer: "Wanneer",
  voorWie: "Voor wie",
  contactNaam: "Contactpersoon",
  contactEmail: "E-mail contactpersoon",
};

export function VacatureForm({
  action,
  wijken,
  organisaties,
  initiatieven,
  defaults,
  staff,
  knop,
}: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>;
  wijken: Option[];
  organisaties: Option[];
  initiatieven: Option[];
  defaults?: Record<string, string>;
  staff: boolean;
  knop: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const d = defaults ?? {};
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={LABELS} ids={{ soortWerk: "soortWerk", eenmalig: "eenmalig" }} />
      {d.id ? <input type="hidden" name="id" value={d.id} /> : null}
      <TextField name="titel" label="Titel" hint="Bijvoorbeeld: Gastvrouw of gastheer voor de koffieochtend" state={state} defaultValue={d.titel} />
      <TextArea name="beschrijving" label="Wat gaat de vrijwilliger doen?" state={state} defaultValue={d.beschrijving} rows={6} />
      {staff ? (
        <SelectField name="organisatieId" label="Organisatie" optional placeholder="Geen organisatie (initiatief van inwoners)" options={organisaties} state={state} defaultValue={d.organisatieId} />
      ) : null}
      {!initiatieven.length && d.initiatiefId ? <input type="hidden" name="initiatiefId" value={d.initiatiefId} /> : null}
      {initiatieven.length ? (
        <SelectField
          name="initiatiefId"
          label="Voor welk initiatief?"
          optional={staff}
          placeholder={staff ? "Geen initiatief" : undefined}
          options={initiatieven}
          state={state}
          defaultValue={d.initiatiefId}
        />
      ) : null}
      <SelectField name="wijkId" label="In welke wijk of welk dorp?" placeholder="Kies een wijk of dorp" options={wijken} state={state} defaultValue={d.wijkId} />
      <SelectField name="soortWerk" label="Soort werk" placeholder="Kies het soort werk" options={opties(WERK_SOORTEN)} state={state} defaultValue={d.soortWerk} />
      <SelectField name="tijdsbesteding" label="Hoeveel tijd kost het?" placeholder="Kies" options={opties(TIJDSBESTEDING)} state={state} defaultValue={d.tijdsbesteding} />
      <ChoiceGroup
        type="radio"
        name="eenmalig"
        label="Eenmalig of regelmatig?"
        options={[
          { value: "regelmatig", label: "Regelmatig" },
          { value: "eenmalig", label: "Eenmalig" },
        ]}
        state={state}
        defaultValue={d.eenmalig ? [d.eenmalig] : []}
      />
      <TextField name="wanneer" label="Wanneer?" hint="Bijvoorbeeld: elke dinsdagochtend, of zaterdag 14 maart" state={state} defaultValue={d.wanneer} />
      <TextField name="voorWie" label="Voor wie is het?" hint="Bijvoorbeeld: ouderen in de wijk" optional state={state} defaultValue={d.voorWie} />
      <Checkbox name="vogNodig" label="Een Verklaring Omtrent Gedrag (VOG) is nodig" state={state} defaultChecked={d.vogNodig === "true"} />
      <TextField name="contactNaam" label="Naam contactpersoon" hint="Deze naam staat bij de vacature." state={state} defaultValue={d.contactNaam} width="m" />
      <TextField
        name="contactEmail"
        type="email"
        label="E-mail contactpersoon"
        hint="Niet openbaar. Reacties van vrijwilligers komen op dit adres binnen."
        state={state}
        defaultValue={d.contactEmail}
        width="m"
      />
      {staff ? (
        <SelectField
          name="status"
          label="Status"
          options={[
            { value: "GEPUBLICEERD", label: "Gepubliceerd" },
            { value: "CONCEPT", label: "Concept (niet zichtbaar)" },
            { value: "GEARCHIVEERD", label: "Gearchiveerd (niet zichtbaar)" },
            { value: "TER_CONTROLE", label: "Wacht op controle (niet zichtbaar)" },
          ]}
          state={state}
          defaultValue={d.status ?? "GEPUBLICEERD"}
        />
      ) : null}
      <SubmitButton>{knop}</SubmitButton>
    </form>
  );
}
