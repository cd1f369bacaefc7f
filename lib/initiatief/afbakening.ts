/**
 * The afbakeningskader sociale basis (Vijfheerenlanden, Beleidsvisie sociale basis, bijlage 2) as a
 * review checklist, and the portal's suggestion from it. Safe for client components (no server imports).
 * The suggestion only helps: an ambtenaar decides.
 */
export type ChecklistGroep = "doel" | "kenmerk" | "uitsluiting";

export interface ChecklistItem {
  key: string;
  groep: ChecklistGroep;
  /** "1", "a", ... as in the source */
  nummer: string;
  label: string;
  uitleg: string;
}

export const CHECKLIST: readonly ChecklistItem[] = [
  { key: "doel1", groep: "doel", nummer: "1", label: "Ontmoeting en verbinding", uitleg: "Het brengt mensen samen, zodat er contact ontstaat tussen inwoners of groepen." },
  { key: "doel2", groep: "doel", nummer: "2", label: "Het informele netwerk versterken", uitleg: "Mensen kunnen ergens terecht als ze steun nodig hebben." },
  { key: "doel3", groep: "doel", nummer: "3", label: "Omzien naar elkaar in de buurt", uitleg: "Buren kijken naar elkaar om en helpen waar het kan." },
  { key: "doel4", groep: "doel", nummer: "4", label: "Positieve gezondheid", uitleg: "Het helpt bij een of meer dimensies, zoals meedoen of je goed voelen." },
  { key: "kenmerkA", groep: "kenmerk", nummer: "a", label: "Toegankelijk en laagdrempelig voor iedereen", uitleg: "Dichtbij en open; iedereen is welkom. Het hoeft niet gratis te zijn." },
  { key: "kenmerkB", groep: "kenmerk", nummer: "b", label: "Vooral vrijwilligers", uitleg: "Vrijwilligers doen het meeste werk, eventueel samen met professionals." },
  { key: "kenmerkC", groep: "kenmerk", nummer: "c", label: "Wederkerigheid uit eigen motivatie", uitleg: "Beide kanten willen contact; het is geen hulpverlening." },
  { key: "uitsluitingD", groep: "uitsluiting", nummer: "d", label: "Er is een indicatie of toegangstoets nodig", uitleg: "Deelnemers moeten aan voorwaarden voldoen of worden gescreend." },
  { key: "uitsluitingE", groep: "uitsluiting", nummer: "e", label: "Er is een winstoogmerk", uitleg: "Het hoofddoel is commercieel." },
  { key: "uitsluitingF", groep: "uitsluiting", nummer: "f", label: "Meedoen is verplicht", uitleg: "Vrijblijvendheid is een voorwaarde voor de sociale basis." },
];

export const CHECKLIST_KEYS = CHECKLIST.map((i) => i.key);

export const GROEP_TITELS: Record<ChecklistGroep, string> = {
  doel: "Doelen: het initiatief draagt vooral bij aan…",
  kenmerk: "Kenmerken: het initiatief is…",
  uitsluiting: "Uitsluitingen: het hoort niet bij de sociale basis als…",
};

export type Checklist = Record<string, { ja: boolean; notitie: string }>;

export type Suggestie = "binnen" | "twijfel" | "buiten" | "onbekend";

export const SUGGESTIE_TEKST: Record<Suggestie, { titel: string; uitleg: string }> = {
  binnen: { titel: "Binnen de sociale basis", uitleg: "Minstens één doel en alle kenmerken (a, b en c) zijn aangevinkt, en geen uitsluiting." },
  twijfel: { titel: "Twijfel", uitleg: "Het initiatief voldoet aan een deel van het kader. Kijk goed naar de doelen en kenmerken die niet zijn aangevinkt." },
  buiten: { titel: "Buiten de sociale basis", uitleg: "Er is een uitsluiting (d, e of f) aangevinkt." },
  onbekend: { titel: "Nog geen suggestie", uitleg: "Vul de checklist in en sla hem op." },
};

/** An empty checklist with every item present. */
export function legeChecklist(): Checklist {
  return Object.fromEntries(CHECKLIST_KEYS.map((k) => [k, { ja: false, notitie: "" }]));
}

/** Reads a stored checklist (Json) defensively: unknown keys are dropped, missing ones are empty. */
export function leesChecklist(value: unknown): Checklist {
  const out = legeChecklist();
  if (value && typeof value === "object") {
    for (const k of CHECKLIST_KEYS) {
      const v = (value as Record<string, unknown>)[k];
      if (v && typeof v === "object") {
        out[k] = { ja: (v as { ja?: unknown }).ja === true, notitie: String((v as { notitie?: unknown }).notitie ?? "") };
      }
    }
  }
  return out;
}

/**
 * binnen: ≥1 doel, all kenmerken a-c, no uitsluiting; buiten: any uitsluiting d-f;
 * twijfel: otherwise when anything is ticked; onbekend: nothing ticked.
 */
export function suggestie(checklist: Checklist | null): Suggestie {
  if (!checklist) return "onbekend";
  const ja = (groep: ChecklistGroep) => CHECKLIST.filter((i) => i.groep === groep).map((i) => checklist[i.key]?.ja === true);
  const doelen = ja("doel");
  const kenmerken = ja("kenmerk");
  const uitsluitingen = ja("uitsluiting");
  if (uitsluitingen.some(Boolean)) return "buiten";
  if (doelen.some(Boolean) && kenmerken.every(Boolean)) return "binnen";
  if (doelen.some(Boolean) || kenmerken.some(Boolean)) return "twijfel";
  return "onbekend";
}
