"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { SelectField, TextField, errorsOf } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { bevestigKaartAction, uploadKaartAction } from "./actions";

const LABELS = { bestand: "Bestand", bron: "Naam van de bron", categorie: "Categorie voor plekken zonder categorie" };

/** Step 1: choose the file. Works without JavaScript (multipart post). */
export function KaartUploadForm({ categorieen, maxMb }: { categorieen: { slug: string; naam: string }[]; maxMb: number }) {
  const [state, formAction] = useActionState(uploadKaartAction, null);
  const fout = errorsOf(state, "bestand");
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <div className={`field ${fout?.length ? "field--error" : ""}`}>
        <label htmlFor="bestand" className="mb-1 block font-bold">
          Bestand (CSV of HSDS)
        </label>
        <p id="bestand-hint" className="mb-1.5 text-muted">
          Het ingevulde sjabloon (.csv) of een Open Referral HSDS-bestand (.json), hoogstens {maxMb} MB. U ziet eerst wat er verandert; er verandert pas iets als u bevestigt.
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
          accept=".csv,.json,text/csv,application/json"
          aria-describedby={fout?.length ? "bestand-hint bestand-error" : "bestand-hint"}
          aria-invalid={fout?.length ? true : undefined}
          className="block my-2"
        />
      </div>
      <TextField
        name="bron"
        label="Naam van de bron"
        optional
        state={state}
        width="m"
        hint="Bijvoorbeeld: Sociale kaart 2025. Kies bij een nieuwe versie van hetzelfde bestand dezelfde naam: dan werkt het portaal de plekken bij in plaats van ze dubbel te maken. Leeg: csv (of de uitgever van het HSDS-bestand)."
      />
      <SelectField
        name="categorie"
        label="Categorie voor plekken zonder categorie"
        optional
        state={state}
        placeholder="Geen: elke plek moet een categorie hebben"
        options={categorieen.map((c) => ({ value: c.slug, label: c.naam }))}
        hint="Handig voor HSDS-bestanden, die onze categorieën niet kennen."
      />
      <SubmitButton>Bestand controleren</SubmitButton>
    </form>
  );
}

/** Step 3: confirm. Works without JavaScript. */
export function KaartBevestigForm({ id }: { id: string }) {
  const [state, formAction] = useActionState(bevestigKaartAction, null);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={{}} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton>Bevestigen en inlezen</SubmitButton>
    </form>
  );
}
