"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { errorsOf, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { formFieldClass } from "@/components/ui/classes";
import { plaatsUpdateAction, verwijderUpdateAction } from "../vertellen-actions";

/** Title, text and an optional photo (multipart; works without JavaScript). */
export function UpdateForm({ id, maxMb }: { id: string; maxMb: number }) {
  const [state, action] = useActionState(plaatsUpdateAction, null);
  const fout = errorsOf(state, "foto");
  return (
    <form action={action} noValidate>
      <ErrorSummary
        state={state}
        labels={{ titel: "Titel", tekst: "Wat is er gebeurd?", foto: "Foto", fotoBeschrijving: "Wat staat er op de foto?" }}
        ids={{ titel: "update-titel", tekst: "update-tekst", foto: "update-foto", fotoBeschrijving: "update-fotobeschrijving" }}
      />
      <input type="hidden" name="initiatiefId" value={id} />
      <TextField id="update-titel" name="titel" label="Titel" hint="Kort, bijvoorbeeld: De eerste burendag was een succes" state={state} />
      <TextArea id="update-tekst" name="tekst" label="Wat is er gebeurd?" rows={5} state={state} />
      <div className={formFieldClass(!!fout?.length)}>
        <label htmlFor="update-foto" className="mb-1 block font-bold">
          Foto <span className="font-normal">(niet verplicht)</span>
        </label>
        <p id="update-foto-hint" className="mb-1.5 text-muted">
          Een JPEG-, PNG- of WebP-foto van hoogstens {maxMb} MB. Wij maken de foto kleiner en halen verborgen gegevens eruit, zoals de plek waar hij
          is gemaakt. Vraag mensen die herkenbaar op de foto staan eerst of ze dat goed vinden.
        </p>
        {fout?.length ? (
          <p id="update-foto-error" className="mb-1.5 font-bold text-error">
            <span className="sr-only">Fout: </span>
            {fout.join(" ")}
          </p>
        ) : null}
        <input
          id="update-foto"
          name="foto"
          type="file"
          accept="image/jpeg,image/png,image/webp,.jpg,.jpeg,.png,.webp"
          aria-describedby={fout?.length ? "update-foto-hint update-foto-error" : "update-foto-hint"}
          aria-invalid={fout?.length ? true : undefined}
          className="my-2 block"
        />
      </div>
      <TextField
        id="update-fotobeschrijving"
        name="fotoBeschrijving"
        label="Wat staat er op de foto?"
        hint="Voor mensen die de foto niet kunnen zien. Bijvoorbeeld: buren zetten samen plantenbakken neer."
        optional
        state={state}
      />
      <SubmitButton>Update plaatsen</SubmitButton>
    </form>
  );
}

export function VerwijderUpdateForm({ id, updateId, titel }: { id: string; updateId: string; titel: string }) {
  const [state, action] = useActionState(verwijderUpdateAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} />
      <input type="hidden" name="initiatiefId" value={id} />
      <input type="hidden" name="updateId" value={updateId} />
      <SubmitButton variant="secondary">
        Verwijder <span className="sr-only">update &quot;{titel}&quot;</span>
      </SubmitButton>
    </form>
  );
}
