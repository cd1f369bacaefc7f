"use client";
import { useActionState } from "react";
import type { Actie } from "@/lib/actions";
import { ErrorSummary } from "@/components/form/error-summary";
import { ChoiceGroup, SelectField, TextField, errorsOf } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { bevestigCbsImportAction, maakGebiedAction, uploadCbsAction, wijzigGebiedAction } from "./actions";

const SOORTEN = [
  { value: "WIJK", label: "Wijk" },
  { value: "DORP", label: "Dorp" },
  { value: "KERN", label: "Kern" },
  { value: "BUURT", label: "Buurt (hoort bij een wijk of dorp)" },
];

const LABELS = { naam: "Naam", soort: "Soort gebied", parentId: "Hoort bij", wijkraadNaam: "Naam wijkraad of dorpsraad", wijkraadEmail: "E-mail wijkraad", wijkraadWebsite: "Website wijkraad" };

export interface GebiedWaarden {
  id?: string;
  naam?: string;
  soort?: string;
  parentId?: string | null;
  wijkraadNaam?: string | null;
  wijkraadEmail?: string | null;
  wijkraadWebsite?: string | null;
}

/** Create (no id) or change a gebied. */
export function GebiedForm({ gebied, ouders, knop }: { gebied?: GebiedWaarden; ouders: { value: string; label: string }[]; knop: string }) {
  const action: Actie = gebied?.id ? wijzigGebiedAction : maakGebiedAction;
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {gebied?.id ? <input type="hidden" name="id" value={gebied.id} /> : null}
      <TextField name="naam" label="Naam" state={state} defaultValue={gebied?.naam ?? ""} width="m" hint={gebied?.id ? "Een nieuwe naam geeft een nieuw webadres. Het oude adres blijft werken en stuurt door." : undefined} />
      <SelectField name="soort" label="Soort gebied" state={state} defaultValue={gebied?.soort ?? "WIJK"} options={SOORTEN} />
      <SelectField name="parentId" label="Hoort bij" optional state={state} defaultValue={gebied?.parentId ?? ""} placeholder="Niets (een wijk, dorp of kern van de gemeente)" options={ouders} hint="Alleen voor een buurt: de wijk of het dorp waar de buurt bij hoort." />
      <TextField name="wijkraadNaam" label="Naam wijkraad of dorpsraad" optional state={state} defaultValue={gebied?.wijkraadNaam ?? ""} width="m" />
      <TextField name="wijkraadEmail" label="E-mail wijkraad" optional type="email" autoComplete="off" state={state} defaultValue={gebied?.wijkraadEmail ?? ""} width="m" />
      <TextField name="wijkraadWebsite" label="Website wijkraad" optional type="url" state={state} defaultValue={gebied?.wijkraadWebsite ?? ""} width="m" hint="Begint met https://" />
      <SubmitButton>{knop}</SubmitButton>
    </form>
  );
}

/** Step 1 of the CBS import: choose the file. Works without JavaScript (multipart post). */
export function UploadForm({ gemeentecode }: { gemeentecode: string }) {
  const [state, formAction] = useActionState(uploadCbsAction, null);
  const fout = errorsOf(state, "bestand");
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={{ bestand: "Bestand" }} />
      <div className={`field ${fout?.length ? "field--error" : ""}`}>
        <label htmlFor="bestand" className="mb-1 block font-bold">
          GeoJSON-bestand met wijken of buurten
        </label>
        <p id="bestand-hint" className="mb-1.5 text-muted">
          De Wijk- en Buurtkaart van CBS (via PDOK) in WGS84, of een landelijk bestand met statcode en statnaam. Het portaal neemt alleen de
          gebieden van gemeente {gemeentecode} over. U ziet eerst wat er verandert; er verandert pas iets als u bevestigt.
        </p>
        {fout?.length ? (
          <ul id="bestand-error" className="mb-1.5 font-bold text-error">
            {fout.map((f) => (
              <li key={f}>
                <span className="sr-only">Fout: </span>
                {f}
              </li>
            ))}
          </ul>
        ) : null}
        <input
          id="bestand"
          name="bestand"
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          aria-describedby={fout?.length ? "bestand-hint bestand-error" : "bestand-hint"}
          aria-invalid={fout?.length ? true : undefined}
          className="block my-2"
        />
      </div>
      <SubmitButton>Bestand controleren</SubmitButton>
    </form>
  );
}

/** Step 3 of the CBS import: confirm, with a checkbox per new gebied (all ticked). Works without JavaScript. */
export function BevestigForm({ id, nieuw }: { id: string; nieuw: { sleutel: string; label: string }[] }) {
  const [state, formAction] = useActionState(bevestigCbsImportAction, null);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={{ maak: "Nieuwe gebieden" }} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="keuze" value="1" />
      {nieuw.length ? (
        <ChoiceGroup
          type="checkbox"
          name="maak"
          label={`Nieuwe gebieden aanmaken (${nieuw.length})`}
          hint="Deze gebieden passen bij geen bestaand gebied. Vink uit wat u niet wilt aanmaken. Een buurt van een wijk die u uitvinkt, komt er ook niet bij."
          state={state}
          defaultValue={nieuw.map((n) => n.sleutel)}
          options={nieuw.map((n) => ({ value: n.sleutel, label: n.label }))}
        />
      ) : null}
      <SubmitButton>Bevestigen en inlezen</SubmitButton>
    </form>
  );
}
