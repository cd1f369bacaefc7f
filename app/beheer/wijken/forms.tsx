"use client";
/** Forms for the agenda, signals, stories and figures in /beheer. Each form prefixes its field ids so several can share a page. */
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, ChoiceGroup, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { ACTIE_STATUSSEN, ACTIE_STATUS_NAMEN, type AgendaActie, type AgendaThema } from "@/lib/agenda";
import { deleteActie, deleteThema, handleSignaal, importCsv, moderateVerhaal, publish, saveActie, saveCijfer, saveThema } from "./actions";

const ids = (p: string, names: string[]) => Object.fromEntries(names.map((n) => [n, `${p}-${n}`]));

export function ThemaForm({ slug, thema, indicatoren, p = "thema" }: { slug: string; thema?: AgendaThema; indicatoren: string[]; p?: string }) {
  const [state, action] = useActionState(saveThema, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary
        state={state}
        labels={{ titel: "Thema", beschrijving: "Beschrijving", perspectiefInwoners: "Wat inwoners zeggen", perspectiefProfessionals: "Wat professionals zeggen" }}
        ids={ids(p, ["titel", "beschrijving", "perspectiefInwoners", "perspectiefProfessionals", "cijfers"])}
      />
      <input type="hidden" name="wijk" value={slug} />
      {thema ? <input type="hidden" name="themaId" value={thema.id} /> : null}
      <TextField id={`${p}-titel`} name="titel" label="Thema (vraagstuk)" hint="Kort, bijvoorbeeld: Eenzaamheid onder ouderen" defaultValue={thema?.titel} state={state} />
      <TextArea id={`${p}-beschrijving`} name="beschrijving" label="Beschrijving" hint="Wat speelt er, en waarom is dit belangrijk voor de wijk?" defaultValue={thema?.beschrijving} state={state} rows={4} />
      <TextArea id={`${p}-perspectiefInwoners`} name="perspectiefInwoners" label="Wat inwoners zeggen" optional defaultValue={thema?.perspectiefInwoners} state={state} rows={3} />
      <TextArea id={`${p}-perspectiefProfessionals`} name="perspectiefProfessionals" label="Wat professionals zeggen" optional defaultValue={thema?.perspectiefProfessionals} state={state} rows={3} />
      {indicatoren.length ? (
        <ChoiceGroup
          id={`${p}-cijfers`}
          name="cijfers"
          type="checkbox"
          label="Cijfers bij dit thema"
          optional
          options={indicatoren.map((i) => ({ value: i, label: i }))}
          defaultValue={thema?.cijfers}
          state={state}
        />
      ) : null}
      <SubmitButton>{thema ? "Thema opslaan" : "Thema toevoegen"}</SubmitButton>
    </form>
  );
}

export function ActieForm({ slug, themaId, actie, p = "actie" }: { slug: string; themaId: string; actie?: AgendaActie; p?: string }) {
  const [state, action] = useActionState(saveActie, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ wat: "Wat", wie: "Wie", status: "Status", wanneer: "Wanneer" }} ids={ids(p, ["wat", "wie", "status", "wanneer"])} />
      <input type="hidden" name="wijk" value={slug} />
      <input type="hidden" name="themaId" value={themaId} />
      {actie ? <input type="hidden" name="actieId" value={actie.id} /> : null}
      <TextField id={`${p}-wat`} name="wat" label="Wat gebeurt er?" defaultValue={actie?.wat} state={state} />
      <TextField id={`${p}-wie`} name="wie" label="Wie doet het?" defaultValue={actie?.wie} state={state} />
      <ChoiceGroup
        id={`${p}-status`}
        name="status"
        type="radio"
        label="Status"
        options={ACTIE_STATUSSEN.map((s) => ({ value: s, label: ACTIE_STATUS_NAMEN[s] }))}
        defaultValue={[actie?.status ?? "IDEE"]}
        state={state}
      />
      <TextField id={`${p}-wanneer`} name="wanneer" label="Wanneer?" optional hint="Bijvoorbeeld: voorjaar 2026, of elke dinsdag" defaultValue={actie?.wanneer} state={state} width="m" />
      <SubmitButton>{actie ? "Actie opslaan" : "Actie toevoegen"}</SubmitButton>
    </form>
  );
}

export function VerwijderForm({ slug, themaId, actieId, label }: { slug: string; themaId: string; actieId?: string; label: string }) {
  const [state, action] = useActionState(actieId ? deleteActie : deleteThema, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <input type="hidden" name="wijk" value={slug} />
      <input type="hidden" name="themaId" value={themaId} />
      {actieId ? <input type="hidden" name="actieId" value={actieId} /> : null}
      <SubmitButton variant="danger">{label}</SubmitButton>
    </form>
  );
}

export function PubliceerForm({ slug }: { slug: string }) {
  const [state, action] = useActionState(publish, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ toelichting: "Toelichting" }} ids={{ toelichting: "publiceer-toelichting" }} />
      <input type="hidden" name="wijk" value={slug} />
      <TextArea
        id="publiceer-toelichting"
        name="toelichting"
        label="Toelichting bij deze versie"
        hint="Wat is er veranderd en waarom? Bijvoorbeeld: na de bewonersavond van 12 maart."
        state={state}
        rows={3}
      />
      <SubmitButton>Publiceren</SubmitButton>
    </form>
  );
}

export function SignaalBehandelForm({ slug, signaalId, opties, huidig, p }: { slug: string; signaalId: string; opties: { value: string; label: string }[]; huidig: string | null; p: string }) {
  const [state, action] = useActionState(handleSignaal, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ koppeling: "Koppelen aan", reactie: "Reactie" }} ids={ids(p, ["koppeling", "reactie", "afronden"])} />
      <input type="hidden" name="wijk" value={slug} />
      <input type="hidden" name="signaalId" value={signaalId} />
      <SelectField id={`${p}-koppeling`} name="koppeling" label="Koppelen aan thema of actie" optional placeholder="Niet koppelen" options={opties} defaultValue={huidig ?? ""} state={state} />
      <TextArea id={`${p}-reactie`} name="reactie" label="Reactie aan de inwoner" optional hint="Wat is er met dit signaal gedaan? Verplicht als u het afhandelt." state={state} rows={3} />
      <Checkbox id={`${p}-afronden`} name="afronden" label="Afhandelen (de inwoner krijgt de reactie per e-mail als die een e-mailadres gaf)" state={state} />
      <SubmitButton>Opslaan</SubmitButton>
    </form>
  );
}

export function VerhaalModeratieForm({ slug, verhaalId }: { slug: string; verhaalId: string }) {
  const [state, action] = useActionState(moderateVerhaal, null);
  return (
    <form action={action} className="my-5 flex flex-wrap items-center gap-3">
      <ErrorSummary state={state} />
      <input type="hidden" name="wijk" value={slug} />
      <input type="hidden" name="verhaalId" value={verhaalId} />
      <SubmitButton name="besluit" value="GEPUBLICEERD">
        Publiceren
      </SubmitButton>
      <SubmitButton name="besluit" value="AFGEWEZEN" variant="secondary">
        Afwijzen
      </SubmitButton>
    </form>
  );
}

export function CijferForm({ slug }: { slug: string }) {
  const [state, action] = useActionState(saveCijfer, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ indicator: "Onderwerp", jaar: "Jaar", waarde: "Waarde", bron: "Bron", eenheid: "Eenheid" }} ids={ids("cijfer", ["indicator", "jaar", "waarde", "eenheid", "bron", "demo"])} />
      <input type="hidden" name="wijk" value={slug} />
      <TextField id="cijfer-indicator" name="indicator" label="Onderwerp (indicator)" hint="Bijvoorbeeld: Voelt zich vaak eenzaam" state={state} />
      <TextField id="cijfer-jaar" name="jaar" label="Jaar" inputMode="numeric" state={state} width="s" />
      <TextField id="cijfer-waarde" name="waarde" label="Waarde" hint="Een getal, bijvoorbeeld 7,4 of 18" state={state} width="s" />
      <TextField id="cijfer-eenheid" name="eenheid" label="Eenheid" optional hint="Bijvoorbeeld %, cijfer of aantal" state={state} width="s" />
      <TextField id="cijfer-bron" name="bron" label="Bron" hint="Bijvoorbeeld: Monitor Sociale Kracht 2024" state={state} />
      <Checkbox id="cijfer-demo" name="demo" label="Dit is een demowaarde (geen echte meting)" state={state} />
      <SubmitButton>Cijfer opslaan</SubmitButton>
    </form>
  );
}

export function CsvImportForm({ slug }: { slug: string }) {
  const [state, action] = useActionState(importCsv, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ csv: "CSV" }} ids={{ csv: "import-csv" }} />
      <input type="hidden" name="wijk" value={slug} />
      <TextArea
        id="import-csv"
        name="csv"
        label="Inhoud van het CSV-bestand"
        hint="Eerste regel: wijk;indicator;jaar;waarde;bron (eenheid mag erbij). Wijk is de naam of de CBS-wijkcode. Bij een fout wordt niets geïmporteerd."
        state={state}
        rows={8}
      />
      <SubmitButton>Importeren</SubmitButton>
    </form>
  );
}
