"use client";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { ChoiceGroup, errorsOf, TextField } from "@/components/ui/form-field";
import { formFieldClass } from "@/components/ui/classes";
import { LOGO_MAX_BYTES } from "@/lib/huisstijl-logo";
import { SubmitButton } from "@/components/ui/submit-button";
import { bewaarHuisstijlAction, uploadLogoAction, verwijderLogoAction } from "./actions";

export function HuisstijlForm({ themas, defaults }: { themas: { value: string; label: string; hint: string }[]; defaults: { thema: string; hoofdkleur: string; accentkleur: string; logoUrl: string } }) {
  const [state, action] = useActionState(bewaarHuisstijlAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ thema: "Voorbeeldthema", hoofdkleur: "Hoofdkleur", accentkleur: "Kleur voor links", logoUrl: "Logo" }} />
      <ChoiceGroup type="radio" name="thema" label="Voorbeeldthema" hint="De basis: kleuren, vormen en focusrand." options={themas} state={state} defaultValue={[defaults.thema]} />
      <TextField name="hoofdkleur" label="Hoofdkleur" hint="Voor de kop, de voet en de knoppen. Een kleurcode zoals #154273." optional state={state} defaultValue={defaults.hoofdkleur} width="s" />
      <TextField name="accentkleur" label="Kleur voor links" hint="Een kleurcode zoals #154273." optional state={state} defaultValue={defaults.accentkleur} width="s" />
      <TextField
        name="logoUrl"
        label="Logo"
        hint="Een bestand op deze website, zoals /logo-gemeente.svg. Zet het bestand eerst in de map public."
        optional
        state={state}
        defaultValue={defaults.logoUrl}
        width="m"
      />
      <SubmitButton>Huisstijl opslaan</SubmitButton>
    </form>
  );
}

/** Upload a logo. Works without JavaScript (a multipart post); a refusal is explained in Dutch. */
export function LogoForm() {
  const [state, action] = useActionState(uploadLogoAction, null);
  const fout = errorsOf(state, "logo");
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ logo: "Logo uploaden" }} />
      <div className={formFieldClass(!!fout?.length)}>
        <label htmlFor="logo" className="mb-1 block font-bold">
          Logo uploaden
        </label>
        <p id="logo-hint" className="mb-1.5 text-muted">
          Een PNG-, JPEG- of SVG-bestand van hoogstens {LOGO_MAX_BYTES / 1024} kB. Een SVG met een script of een link naar een ander bestand wordt geweigerd. Het logo
          staat links in de kop van elke pagina.
        </p>
        {fout?.length ? (
          <p id="logo-error" className="mb-1.5 font-bold text-error">
            <span className="sr-only">Fout: </span>
            {fout.join(" ")}
          </p>
        ) : null}
        <input
          id="logo"
          name="logo"
          type="file"
          accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
          aria-describedby={fout?.length ? "logo-hint logo-error" : "logo-hint"}
          aria-invalid={fout?.length ? true : undefined}
          className="my-2 block"
        />
      </div>
      <SubmitButton>Logo uploaden</SubmitButton>
    </form>
  );
}

export function VerwijderLogoForm() {
  const [state, action] = useActionState(verwijderLogoAction, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <SubmitButton variant="secondary">Logo verwijderen</SubmitButton>
    </form>
  );
}
