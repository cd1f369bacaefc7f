"use client";
import { formFieldClass } from "@/components/ui/classes";
import Link from "next/link";
import { useActionState } from "react";
import type { FormValues } from "@/lib/actions";
import { ErrorSummary } from "@/components/form/error-summary";
import { Checkbox, ChoiceGroup, errorsOf, SelectField, TextArea, TextField } from "@/components/form/fields";
import { SubmitButton } from "@/components/form/submit-button";
import { DOEL_LABELS_BEWONER } from "@/lib/initiatief/labels";
import { BEGROTING_REGELS, DOELEN, VELD_LABELS } from "@/lib/validation/initiatief";
import { STAP_TITELS, type Pagina, type Stap } from "@/lib/initiatief/stappen";
import { bewaarConceptStapAction, dienConceptInAction, startConceptAction, koppelEmailAanConceptAction, verwijderConceptAction } from "../actions";
import { euro } from "@/lib/format";

const DOEL_HINTS: Record<(typeof DOELEN)[number], string> = {
  ONTMOETING: "Mensen komen elkaar tegen en leren elkaar kennen.",
  INFORMEEL_NETWERK: "Buren, familie en vrienden kunnen beter op elkaar terugvallen.",
  OMZIEN: "Mensen letten op elkaar en helpen elkaar in de buurt.",
  POSITIEVE_GEZONDHEID: "Mensen voelen zich beter, doen mee of hebben meer plezier in het leven.",
};

export function StartForm({ label }: { label: string }) {
  const [state, action] = useActionState(startConceptAction, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}

export function VerwijderConceptForm({ sleutel }: { sleutel: string }) {
  const [state, action] = useActionState(verwijderConceptAction, null);
  return (
    <form action={action}>
      <ErrorSummary state={state} />
      <input type="hidden" name="sleutel" value={sleutel} />
      <SubmitButton variant="secondary">Concept verwijderen en opnieuw beginnen</SubmitButton>
    </form>
  );
}

function Knoppen() {
  return (
    <div className="my-5 flex flex-wrap items-center gap-3">
      <SubmitButton>Volgende</SubmitButton>
      <SubmitButton variant="secondary" name="actie" value="later">
        Opslaan en later verder
      </SubmitButton>
    </div>
  );
}

export function StapForm(props: { pagina: Exclude<Pagina, "controleren">; delen: Exclude<Stap, "controleren">[]; sleutel: string; waarden: FormValues; wijken: { value: string; label: string }[]; kleinBedrag: number; bedragGevraagd: number | null }) {
  const [state, action] = useActionState(bewaarConceptStapAction, null);
  const s = state;
  const w = props.waarden;
  const v = (name: string) => {
    const x = w[name];
    return Array.isArray(x) ? x[0] : x;
  };
  const lijst = (name: string) => {
    const x = w[name];
    return x === undefined ? [] : Array.isArray(x) ? x : [x];
  };
  const begrotingFout = errorsOf(s, "begroting");
  return (
    <form action={action} noValidate>
      <ErrorSummary state={s} labels={VELD_LABELS} />
      <input type="hidden" name="stap" value={props.pagina} />
      <input type="hidden" name="sleutel" value={props.sleutel} />
      {props.delen.includes("idee") ? (
        <>
          <TextField name="titel" label="Naam van uw initiatief" hint="Een korte naam, bijvoorbeeld: Buurtmoestuin Venne-Oost." state={s} defaultValue={v("titel")} />
          <TextArea
            name="ikWil"
            label="Ik wil ..."
            hint="Vertel in uw eigen woorden wat u wilt doen, en waarom. Een paar zinnen is genoeg."
            state={s}
            defaultValue={v("ikWil")}
          />
        </>
      ) : null}
      {props.delen.includes("samen") ? (
        <>
          <h2 className="text-xl">{STAP_TITELS.samen}</h2>
          <TextArea
            name="ikKan"
            label="Ik kan ... (wat doet u zelf, en wat doen de anderen?)"
            hint="Bijvoorbeeld: wij organiseren het feest, een buurman zorgt voor de muziek."
            state={s}
            defaultValue={v("ikKan")}
          />
          <TextField name="samenMet" label="Met wie doet u het?" hint="Bijvoorbeeld buren, een vereniging of de school." optional state={s} defaultValue={v("samenMet")} />
        </>
      ) : null}
      {props.delen.includes("nodig") ? (
        <>
          <ChoiceGroup
            type="checkbox"
            name="nodig"
            label="Ik heb nodig ... (kies alles wat past)"
            hint="Heeft u niets nodig van de gemeente? Dan kiest u niets."
            state={s}
            defaultValue={lijst("nodig")}
            options={[
              { value: "GELD", label: "Geld", hint: "Een bijdrage uit het fonds sociale basis." },
              { value: "RUIMTE", label: "Een ruimte", hint: "Bijvoorbeeld in een buurthuis of dorpshuis." },
              { value: "MATERIAAL", label: "Materiaal", hint: "Bijvoorbeeld tafels, een partytent of gereedschap." },
              { value: "CONTACT", label: "Contact met anderen", hint: "Bijvoorbeeld met een opbouwwerker, een vereniging of andere buren." },
              { value: "BEKENDHEID", label: "Bekendheid", hint: "Hulp om mensen te bereiken." },
            ]}
          />
          <TextArea name="nodigToelichting" label="Vertel meer over wat u nodig heeft" optional rows={3} state={s} defaultValue={v("nodigToelichting")} />
        </>
      ) : null}
      {props.delen.includes("geld") ? (
        <>
          <h2 className="text-xl">{STAP_TITELS.geld}</h2>
          <p className="text-muted">Alleen als u hierboven Geld kiest.</p>
          <TextField
            name="bedragGevraagd"
            label="Hoeveel euro heeft u nodig?"
            hint={`In hele euro's. Tot en met ${euro(props.kleinBedrag)} is een korte uitleg genoeg. Vraagt u meer, dan vragen we op de volgende pagina een begroting.`}
            inputMode="numeric"
            width="s"
            state={s}
            defaultValue={v("bedragGevraagd")}
          />
          <TextField
            name="waaraan"
            label="Waar geeft u het geld aan uit?"
            hint={`Kort, bijvoorbeeld: koffie, thee en zaden. Vraagt u meer dan ${euro(props.kleinBedrag)}? Dan mag u dit leeg laten.`}
            state={s}
            defaultValue={v("waaraan")}
          />
        </>
      ) : null}
      {props.delen.includes("begroting") ? (
        <fieldset id="begroting" className={formFieldClass(!!begrotingFout?.length)} aria-describedby={`begroting-hint${begrotingFout?.length ? " begroting-error" : ""}`}>
          <legend className="mb-1 block font-bold">Begroting</legend>
          <p id="begroting-hint" className="mb-1.5 text-muted">
            U vraagt {euro(props.bedragGevraagd ?? 0)}. Zet op elke regel waar u geld voor nodig heeft en hoeveel. Samen zijn de regels {euro(props.bedragGevraagd ?? 0)}. Lege regels mag u
            overslaan.
          </p>
          {begrotingFout?.length ? (
            <p id="begroting-error" className="mb-1.5 font-bold text-error">
              <span className="sr-only">Fout: </span>
              {begrotingFout.join(" ")}
            </p>
          ) : null}
          {Array.from({ length: BEGROTING_REGELS }, (_, i) => (
            <div key={i} className="flex flex-wrap gap-x-4">
              <TextField name={`post_${i}`} label={`Regel ${i + 1}: waarvoor`} state={s} defaultValue={v(`post_${i}`)} width="m" />
              <TextField name={`bedrag_${i}`} label={`Regel ${i + 1}: bedrag in euro's`} inputMode="numeric" width="s" state={s} defaultValue={v(`bedrag_${i}`)} />
            </div>
          ))}
        </fieldset>
      ) : null}
      {props.delen.includes("waar") ? (
        <>
          <TextArea name="voorWie" label="Voor wie is uw initiatief?" hint="Bijvoorbeeld: alle buren, ouderen die alleen wonen, kinderen uit de wijk." rows={3} state={s} defaultValue={v("voorWie")} />
          <SelectField name="wijkId" label="In welke wijk of welk dorp?" placeholder="Kies een wijk of dorp" options={props.wijken} state={s} defaultValue={v("wijkId")} />
          <TextField
            name="locatie"
            label="Adres of plek"
            hint="Bijvoorbeeld: het grasveld achter de Kastanjelaan, of een adres. We laten dit niet openbaar zien."
            optional
            state={s}
            defaultValue={v("locatie")}
          />
        </>
      ) : null}
      {props.delen.includes("doelen") ? (
        <ChoiceGroup
          type="checkbox"
          name="doelen"
          label="Waar helpt uw initiatief bij? Kies alles wat past."
          hint="Het fonds sociale basis steunt initiatieven die minstens één van deze doelen hebben."
          state={s}
          defaultValue={lijst("doelen")}
          options={DOELEN.map((d) => ({ value: d, label: DOEL_LABELS_BEWONER[d], hint: DOEL_HINTS[d] }))}
        />
      ) : null}
      {props.delen.includes("meedoen") ? (
        <>
          <TextArea
            name="meedoen"
            label="Hoe kunnen andere mensen meedoen?"
            hint="Ik kan voor een ander doen ... Bijvoorbeeld: iedereen is welkom, u kunt zich aanmelden bij de buurtapp, we zoeken nog twee vrijwilligers."
            rows={4}
            state={s}
            defaultValue={v("meedoen")}
          />
          <Checkbox
            name="openbaar"
            label="De gemeente mag mijn initiatief na goedkeuring op de website laten zien"
            hint="Op de sociale kaart en de pagina van uw wijk, zodat anderen kunnen meedoen. We laten nooit uw naam, adres of contactgegevens zien."
            state={s}
            defaultChecked={v("openbaar") === "on"}
          />
        </>
      ) : null}
      {props.delen.includes("contact") ? (
        <>
          <p>We gebruiken deze gegevens alleen om contact met u op te nemen over uw aanvraag.</p>
          <TextField name="contactNaam" label="Uw naam" autoComplete="name" state={s} defaultValue={v("contactNaam")} />
          <TextField
            name="contactEmail"
            label="E-mailadres"
            type="email"
            autoComplete="email"
            hint="Hier sturen we de bevestiging naartoe, met een link om uw aanvraag te volgen."
            state={s}
            defaultValue={v("contactEmail")}
          />
          <TextField name="contactTelefoon" label="Telefoonnummer" type="tel" autoComplete="tel" width="m" optional state={s} defaultValue={v("contactTelefoon")} />
        </>
      ) : null}
      <Knoppen />
    </form>
  );
}

export function IndienForm({ sleutel, stappen, children }: { sleutel: string; stappen: Stap[]; children: React.ReactNode }) {
  const [state, action] = useActionState(dienConceptInAction, null);
  const labels = Object.fromEntries(stappen.map((s) => [s, ""]));
  const ids = Object.fromEntries(stappen.map((s) => [s, `sectie-${s}`]));
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={labels} ids={ids} />
      <input type="hidden" name="sleutel" value={sleutel} />
      {children}
      <div className="my-5 flex flex-wrap items-center gap-3">
        <SubmitButton>Aanvraag versturen</SubmitButton>
        <Link href="/initiatief/nieuw/contact">Terug naar de vorige stap</Link>
      </div>
    </form>
  );
}

export function VerderLinkForm({ sleutel, email }: { sleutel: string; email: string }) {
  const [state, action] = useActionState(koppelEmailAanConceptAction, null);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ email: "E-mailadres" }} />
      <input type="hidden" name="sleutel" value={sleutel} />
      <TextField name="email" type="email" autoComplete="email" label="E-mailadres" defaultValue={email} state={state} hint="U krijgt een e-mail met een link. Met die link logt u in en vindt u uw aanvraag op Mijn initiatieven." />
      <SubmitButton variant="secondary">Stuur mij een link</SubmitButton>
    </form>
  );
}
