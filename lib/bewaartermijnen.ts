/**
 * Retention terms: the ONE place. `npm run bewaartermijnen` (lib/bewaartermijnen-job.ts) deletes by
 * these terms, and the privacy page (app/privacy/page.tsx) lists them from here, so text and behaviour
 * cannot drift apart. Each term can be overridden with an environment variable (whole number in the
 * given unit), e.g. BEWAAR_CONCEPT_INITIATIEF_MAANDEN=12.
 * No database or Next.js imports: the privacy page imports this file.
 */
export type Eenheid = "uren" | "dagen" | "maanden" | "jaar";

export interface Termijn {
  aantal: number;
  eenheid: Eenheid;
  /** What is removed, in plain Dutch for the privacy page ("Een concept dat u niet indient"). */
  wat: string;
  /** What happens, with {termijn} where the term goes ("verwijderen we {termijn} na het besluit"). */
  gevolg: string;
  /** Environment variable that overrides `aantal`. */
  env: string;
}

const STANDAARD = {
  conceptInitiatief: {
    aantal: 6,
    eenheid: "maanden",
    wat: "Een concept van een initiatief dat u niet indient",
    gevolg: "verwijderen we {termijn} na de laatste wijziging",
    env: "BEWAAR_CONCEPT_INITIATIEF_MAANDEN",
  },
  initiatiefNaBesluit: {
    aantal: 2,
    eenheid: "jaar",
    wat: "Een initiatief waarover een besluit is genomen (of dat is ingetrokken), met de berichten erbij",
    gevolg: "verwijderen we {termijn} na het besluit",
    env: "BEWAAR_INITIATIEF_NA_BESLUIT_JAAR",
  },
  hulpvraagNaAfloop: {
    aantal: 3,
    eenheid: "maanden",
    wat: "Een hulpvraag die verlopen of gesloten is, met de reacties van helpers",
    gevolg: "verwijderen we {termijn} na het verlopen of sluiten",
    env: "BEWAAR_HULPVRAAG_NA_AFLOOP_MAANDEN",
  },
  emailBijMelding: {
    aantal: 3,
    eenheid: "maanden",
    wat: "Uw e-mailadres bij een signaal, een verhaal of een voorstel voor de kaart",
    gevolg: "wissen we {termijn} nadat het is afgehandeld",
    env: "BEWAAR_EMAIL_BIJ_MELDING_MAANDEN",
  },
  inloglink: {
    aantal: 0,
    eenheid: "dagen",
    wat: "Een inloglink",
    gevolg: "verwijderen we {termijn} na het verlopen",
    env: "BEWAAR_INLOGLINK_DAGEN",
  },
  uitnodiging: {
    aantal: 7,
    eenheid: "dagen",
    wat: "Een uitnodiging voor een medewerker (de link om een account te maken)",
    gevolg: "verwijderen we {termijn} na het gebruiken of verlopen",
    env: "BEWAAR_UITNODIGING_DAGEN",
  },
  tellers: {
    aantal: 1,
    eenheid: "dagen",
    wat: "Tellers tegen misbruik (hoe vaak een formulier vanaf een adres is verstuurd)",
    gevolg: "verwijderen we {termijn} na het begin van de telperiode",
    env: "BEWAAR_TELLERS_DAGEN",
  },
  onbevestigd: {
    aantal: 30,
    eenheid: "dagen",
    wat: "Uw e-mailadres als u een wijk of initiatief wilde volgen of steunen, maar dat niet bevestigde",
    gevolg: "verwijderen we {termijn} na uw aanvraag",
    env: "BEWAAR_ONBEVESTIGD_DAGEN",
  },
  afgemeld: {
    aantal: 30,
    eenheid: "dagen",
    wat: "Uw e-mailadres nadat u zich afmeldde voor het volgen van een wijk of initiatief",
    gevolg: "verwijderen we {termijn} na het afmelden",
    env: "BEWAAR_AFGEMELD_DAGEN",
  },
  logboekDetails: {
    aantal: 2,
    eenheid: "jaar",
    wat: "De details in het logboek van wijzigingen (oude en nieuwe waarden)",
    gevolg: "wissen we {termijn} na de wijziging; dat er iets is gewijzigd, door wie en wanneer, blijft staan",
    env: "BEWAAR_LOGBOEK_DETAILS_JAAR",
  },
} satisfies Record<string, Termijn>;

export type TermijnSleutel = keyof typeof STANDAARD;

/** The terms in effect (defaults plus environment overrides). */
export function bewaartermijnen(source: Record<string, string | undefined> = process.env): Record<TermijnSleutel, Termijn> {
  const out = {} as Record<TermijnSleutel, Termijn>;
  for (const [k, t] of Object.entries(STANDAARD) as [TermijnSleutel, Termijn][]) {
    const raw = source[t.env];
    const n = raw === undefined || raw === "" ? NaN : Number(raw);
    if (raw !== undefined && raw !== "" && !(Number.isInteger(n) && n >= 0)) {
      throw new Error(`Ongeldige configuratie: ${t.env} moet een heel getal van 0 of meer zijn.`);
    }
    out[k] = { ...t, aantal: Number.isInteger(n) ? n : t.aantal };
  }
  return out;
}

/** The moment before which data falls outside the term (calendar months and years, in UTC). */
export function grens(t: Pick<Termijn, "aantal" | "eenheid">, now: Date): Date {
  const d = new Date(now.getTime());
  if (t.eenheid === "uren") d.setTime(d.getTime() - t.aantal * 3600_000);
  else if (t.eenheid === "dagen") d.setTime(d.getTime() - t.aantal * 86_400_000);
  else if (t.eenheid === "maanden") d.setUTCMonth(d.getUTCMonth() - t.aantal);
  else d.setUTCFullYear(d.getUTCFullYear() - t.aantal);
  return d;
}

/** "6 maanden", "2 jaar", "1 dag"; 0 = "direct". */
export function termijnTekst(t: Pick<Termijn, "aantal" | "eenheid">): string {
  if (t.aantal === 0) return "direct";
  const enkel: Record<Eenheid, string> = { uren: "uur", dagen: "dag", maanden: "maand", jaar: "jaar" };
  const meer: Record<Eenheid, string> = { uren: "uur", dagen: "dagen", maanden: "maanden", jaar: "jaar" };
  return `${t.aantal} ${t.aantal === 1 ? enkel[t.eenheid] : meer[t.eenheid]}`;
}

/** One sentence for the privacy page: "Een concept ...: verwijderen we 6 maanden na de laatste wijziging." */
export function termijnZin(t: Termijn): string {
  return `${t.wat}: ${t.gevolg.replace("{termijn}", termijnTekst(t))}.`;
}
