"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { ChoiceGroup, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { bewaarInstellingenAction } from "./actions";

export interface InstellingenDefaults {
  gemeenteNaam: string;
  gemeenteCode: string;
  telefoon: string;
  email: string;
  adres: string;
  privacyContact: string;
  welkomTekst: string;
  kleinBedrag: string;
  vierOgenBedrag: string;
  reactietermijnWerkdagen: string;
  hulpvraagGeldigDagen: string;
  kaartControle: "direct" | "controle";
}

const LABELS = {
  gemeenteNaam: "Naam van de gemeente",
  gemeenteCode: "CBS-gemeentecode",
  telefoon: "Telefoonnummer",
  email: "E-mailadres",
  adres: "Adres",
  privacyContact: "Contact voor privacyvragen",
  welkomTekst: "Welkomsttekst op de homepage",
  kleinBedrag: "Klein bedrag",
  vierOgenBedrag: "Vier-ogenbedrag",
  reactietermijnWerkdagen: "Reactietermijn",
  hulpvraagGeldigDagen: "Looptijd van een hulpvraag",
  kaartControle: "Wijzigingen door organisaties",
};

export function InstellingenForm({ defaults }: { defaults: InstellingenDefaults }) {
  const [state, action] = useActionState(bewaarInstellingenAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">Gemeente</legend>
        <TextField name="gemeenteNaam" label={LABELS.gemeenteNaam} hint="Zoals inwoners hem kennen, bijvoorbeeld Oss." state={state} defaultValue={defaults.gemeenteNaam} width="m" />
        <TextField
          name="gemeenteCode"
          label={LABELS.gemeenteCode}
          hint="GM en vier cijfers, bijvoorbeeld GM0828 voor Oss. U vindt de code bij het CBS."
          state={state}
          defaultValue={defaults.gemeenteCode}
          width="s"
        />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">Contact (onderaan elke pagina en op de pagina Contact)</legend>
        <TextField name="telefoon" label={LABELS.telefoon} type="tel" inputMode="tel" optional state={state} defaultValue={defaults.telefoon} width="m" />
        <TextField name="email" label={LABELS.email} type="email" inputMode="email" optional state={state} defaultValue={defaults.email} width="m" />
        <TextArea name="adres" label={LABELS.adres} hint="Straat en huisnummer of postbus, postcode en plaats." optional rows={3} state={state} defaultValue={defaults.adres} />
        <TextArea
          name="privacyContact"
          label={LABELS.privacyContact}
          hint="Staat in de privacyverklaring. Bijvoorbeeld de functionaris gegevensbescherming en een e-mailadres."
          optional
          rows={3}
          state={state}
          defaultValue={defaults.privacyContact}
        />
        <TextArea name="welkomTekst" label={LABELS.welkomTekst} hint="Leeg laten: de standaardtekst." optional rows={4} state={state} defaultValue={defaults.welkomTekst} />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">Bedragen en termijnen</legend>
        <TextField
          name="kleinBedrag"
          label={`${LABELS.kleinBedrag} (euro)`}
          hint="Tot en met dit bedrag is een korte uitleg genoeg, zonder begroting."
          inputMode="numeric"
          state={state}
          defaultValue={defaults.kleinBedrag}
          width="s"
        />
        <TextField
          name="vierOgenBedrag"
          label={`${LABELS.vierOgenBedrag} (euro)`}
          hint="Boven dit bedrag keuren twee ambtenaren een initiatief goed."
          inputMode="numeric"
          state={state}
          defaultValue={defaults.vierOgenBedrag}
          width="s"
        />
        <TextField
          name="reactietermijnWerkdagen"
          label={`${LABELS.reactietermijnWerkdagen} (werkdagen)`}
          hint="Binnen zoveel werkdagen hoort een initiatiefnemer van de gemeente."
          inputMode="numeric"
          state={state}
          defaultValue={defaults.reactietermijnWerkdagen}
          width="s"
        />
        <TextField
          name="hulpvraagGeldigDagen"
          label={`${LABELS.hulpvraagGeldigDagen} (dagen)`}
          hint="Zo lang staat een nieuwe hulpvraag open."
          inputMode="numeric"
          state={state}
          defaultValue={defaults.hulpvraagGeldigDagen}
          width="s"
        />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="text-xl font-bold">Sociale kaart</legend>
        <ChoiceGroup
          type="radio"
          name="kaartControle"
          label={LABELS.kaartControle}
          hint="Leden van een organisatie (bibliotheek, buurthuis, sportclub) houden hun eigen plekken en activiteiten bij."
          state={state}
          defaultValue={[defaults.kaartControle]}
          options={[
            { value: "direct", label: "Direct zichtbaar op de kaart", hint: "Medewerkers zien elke wijziging achteraf en kunnen hem ongedaan maken." },
            { value: "controle", label: "Eerst controle door een medewerker", hint: "De wijziging staat pas op de kaart als een medewerker hem goedkeurt." },
          ]}
        />
      </fieldset>
      <SubmitButton>Instellingen opslaan</SubmitButton>
    </form>
  );
}
