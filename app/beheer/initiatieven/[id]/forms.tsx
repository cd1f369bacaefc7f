"use client";
/** The review forms. Each carries the initiative's versie, so a stale page gets a clear conflict message. */
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { CHECKLIST, GROEP_TITELS, type Checklist, type ChecklistGroep } from "@/lib/initiatief/afbakening";
import { euro } from "@/lib/format";
import {
  wijsAfAction,
  bewaarBeoordelingAction,
  verwijsDoorAction,
  keurGoedAction,
  neemInBehandelingAction,
  voegNotitieToeAction,
  stelVraagAction,
  haalUpdateWegAction,
} from "../actions";

interface Base {
  initiatiefId: string;
  versie: number;
}

function Hidden({ initiatiefId, versie }: Partial<Base>) {
  return (
    <>
      <input type="hidden" name="initiatiefId" value={initiatiefId} />
      {versie !== undefined ? <input type="hidden" name="versie" value={versie} /> : null}
    </>
  );
}

export function InBehandelingForm(p: Base) {
  const [state, action] = useActionState(neemInBehandelingAction, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <Hidden {...p} />
      <p>U wordt de behandelaar. De initiatiefnemer krijgt een e-mail.</p>
      <SubmitButton>In behandeling nemen</SubmitButton>
    </form>
  );
}

export function VraagForm(p: Base) {
  const [state, action] = useActionState(stelVraagAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ vraag: "Vraag" }} />
      <Hidden {...p} />
      <TextArea
        name="vraag"
        label="Vraag aan de initiatiefnemer"
        hint="De initiatiefnemer krijgt deze vraag per e-mail en ziet hem bij de aanvraag. Schrijf in gewone woorden."
        state={state}
        rows={4}
      />
      <SubmitButton>Vraag versturen</SubmitButton>
    </form>
  );
}

export function NotitieForm({ initiatiefId }: { initiatiefId: string }) {
  const [state, action] = useActionState(voegNotitieToeAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ tekst: "Interne notitie" }} ids={{ tekst: "notitie-tekst" }} />
      <Hidden initiatiefId={initiatiefId} />
      <TextArea
        id="notitie-tekst"
        name="tekst"
        label="Interne notitie"
        hint="Alleen voor medewerkers. De initiatiefnemer ziet dit nooit en krijgt er geen e-mail over."
        state={state}
        rows={3}
      />
      <SubmitButton variant="secondary">Notitie opslaan</SubmitButton>
    </form>
  );
}

export function GoedkeurenForm(p: Base & { bedragGevraagd: number | null; voorstel: number | null; vierOgenBedrag: number; eersteBedrag: number | null }) {
  const [state, action] = useActionState(keurGoedAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ bedrag: "Bedrag", motivatie: "Motivatie", voorwaarden: "Voorwaarden" }} />
      <Hidden {...p} />
      <TextField
        name="bedrag"
        label="Bedrag dat u toekent (in hele euro's)"
        hint={
          <>
            Gevraagd: {euro(p.bedragGevraagd ?? 0)}. Meer toekennen dan gevraagd kan alleen met een motivatie. Boven {euro(p.vierOgenBedrag)} keurt
            ook een tweede ambtenaar goed.
            {p.eersteBedrag !== null ? <> De eerste ambtenaar keurde {euro(p.eersteBedrag)} goed.</> : null}
          </>
        }
        inputMode="numeric"
        width="s"
        defaultValue={p.voorstel !== null ? String(p.voorstel) : ""}
        state={state}
      />
      <TextArea name="motivatie" label="Motivatie" hint="Nodig als u meer toekent dan gevraagd." optional rows={3} state={state} />
      <TextArea
        name="voorwaarden"
        label="Voorwaarden en afspraken"
        hint="Bijvoorbeeld: vertel na afloop hoe het ging, met een paar foto's."
        optional
        rows={3}
        state={state}
      />
      <SubmitButton>Goedkeuren</SubmitButton>
    </form>
  );
}

export function AfwijzenForm(p: Base) {
  const [state, action] = useActionState(wijsAfAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ reden: "Reden" }} />
      <Hidden {...p} />
      <TextArea
        name="reden"
        label="Reden van afwijzing"
        hint="De initiatiefnemer leest dit. Leg in gewone woorden uit waarom, en wat wel kan."
        rows={4}
        state={state}
      />
      <SubmitButton variant="danger">Afwijzen</SubmitButton>
    </form>
  );
}

export function DoorverwijzenForm(p: Base) {
  const [state, action] = useActionState(verwijsDoorAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ naar: "Doorverwijzen naar", toelichting: "Toelichting" }} />
      <Hidden {...p} />
      <TextField name="naar" label="Doorverwijzen naar" hint="Bijvoorbeeld: het Cultuurfonds, de wijkraad of Welzijn De Meierij." state={state} />
      <TextArea name="toelichting" label="Toelichting voor de initiatiefnemer" optional rows={3} state={state} />
      <SubmitButton variant="secondary">Doorverwijzen</SubmitButton>
    </form>
  );
}

const DRIEHOEK = [
  { name: "betrokkenheid", label: "Betrokkenheid", hint: "Is er draagvlak? Helpt en activeert het de inwoners en de buurt?" },
  { name: "legitimiteit", label: "Legitimiteit", hint: "Verdelen we het geld eerlijk en volgens de regels?" },
  { name: "rendement", label: "Maatschappelijk rendement", hint: "Staan de kosten in redelijke verhouding tot wat het de buurt oplevert?" },
] as const;

export function BeoordelingForm(
  p: Base & { checklist: Checklist | null; betrokkenheid: string; legitimiteit: string; rendement: string },
) {
  const [state, action] = useActionState(bewaarBeoordelingAction, null);
  const groepen: ChecklistGroep[] = ["doel", "kenmerk", "uitsluiting"];
  return (
    <form action={action} noValidate>
      <ErrorSummary
        state={state}
        labels={{
          ...Object.fromEntries(CHECKLIST.map((i) => [`${i.key}_notitie`, `Notitie bij ${i.nummer}`])),
          betrokkenheid: "Betrokkenheid",
          legitimiteit: "Legitimiteit",
          rendement: "Maatschappelijk rendement",
        }}
      />
      <Hidden {...p} />
      {groepen.map((g) => (
        <fieldset key={g} className="mb-5">
          <legend className="mb-1 block font-bold">{GROEP_TITELS[g]}</legend>
          {CHECKLIST.filter((i) => i.groep === g).map((i) => (
            <div key={i.key} className="border-t border-line-soft pt-3">
              <Checkbox
                name={i.key}
                label={`${i.nummer}. ${i.label}`}
                hint={i.uitleg}
                defaultChecked={p.checklist?.[i.key]?.ja ?? false}
                state={state}
              />
              <TextField
                name={`${i.key}_notitie`}
                label={`Notitie bij ${i.nummer}`}
                optional
                defaultValue={p.checklist?.[i.key]?.notitie ?? ""}
                state={state}
              />
            </div>
          ))}
        </fieldset>
      ))}
      <fieldset className="mb-5">
        <legend className="mb-1 block font-bold">Waardendriehoek: motiveer kort</legend>
        {DRIEHOEK.map((d) => (
          <TextArea key={d.name} name={d.name} label={d.label} hint={d.hint} optional rows={3} defaultValue={p[d.name]} state={state} />
        ))}
      </fieldset>
      <SubmitButton>Beoordeling opslaan</SubmitButton>
    </form>
  );
}

/** Per update on the website: take it off, with a reason the initiatiefnemer gets by mail. */
export function UpdateWegForm({ initiatiefId, updateId, titel }: { initiatiefId: string; updateId: string; titel: string }) {
  const [state, action] = useActionState(haalUpdateWegAction, null);
  const veld = `reden-${updateId}`;
  return (
    <details className="[&>summary]:cursor-pointer [&>summary]:text-link [&>summary]:underline" open={!!state && !state.ok}>
      <summary>Deze update weghalen</summary>
      <form action={action} noValidate>
        <ErrorSummary state={state} labels={{ reden: "Waarom haalt u deze update weg?" }} ids={{ reden: veld }} />
        <Hidden initiatiefId={initiatiefId} />
        <input type="hidden" name="updateId" value={updateId} />
        <TextArea
          id={veld}
          name="reden"
          label="Waarom haalt u deze update weg?"
          hint={`De initiatiefnemer krijgt deze reden in een e-mail. De update "${titel}" en de foto verdwijnen van de website.`}
          state={state}
          rows={3}
        />
        <SubmitButton variant="danger">Update weghalen</SubmitButton>
      </form>
    </details>
  );
}
