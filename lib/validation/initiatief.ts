/**
 * Validation of the initiative form, shared by client and server (no server imports).
 * One schema per step; messages in plain Dutch (B1). Every error of a step is reported.
 */
import { z } from "zod";
import { idVeld, keuzes, STUURTEKENS, zTekst } from "./velden.ts";
import type { FormValues } from "../actions.ts";
import { emailField } from "./auth.ts";
import { stappenVoor, type Stap } from "../initiatief/stappen.ts";

export const DOELEN = ["ONTMOETING", "INFORMEEL_NETWERK", "OMZIEN", "POSITIEVE_GEZONDHEID"] as const;
export const NODIG = ["GELD", "RUIMTE", "MATERIAAL", "CONTACT", "BEKENDHEID"] as const;
export type NodigSoort = (typeof NODIG)[number];
export const BEGROTING_REGELS = 6;
export const MAX_BEDRAG = 25_000;

const verplicht = (msg: string, max: number, maxMsg?: string) =>
  zTekst({ error: msg })
    .trim()
    .min(1, msg)
    .max(max, maxMsg ?? `Gebruik hoogstens ${max} tekens.`);

const optioneel = (max: number) =>
  zTekst()
    .trim()
    .max(max, `Gebruik hoogstens ${max} tekens.`)
    .optional()
    .transform((v) => v ?? "");

/** A list from a form (one value = string, several = array, none = undefined): known options, each once. */
const lijst = <T extends string>(opties: readonly T[]) => keuzes(opties);

/** Whole euros; accepts "450", "€ 450", "1.200" and "450,00". Returns null for an empty field. */
export function leesBedrag(v: unknown): number | null | undefined {
  if (typeof v !== "string") return v === undefined ? null : undefined;
  const s = v.replace(/€/g, "").replace(/\s/g, "").replace(/[,.]00$/, "").replace(/\.(?=\d{3}(\D|$))/g, "");
  if (s === "") return null;
  if (!/^\d{1,9}$/.test(s)) return undefined;
  return Number(s);
}

const bedragVeld = (leegMsg: string) =>
  z.any().optional().transform((v, ctx) => {
    const n = leesBedrag(v);
    if (n === null) {
      ctx.addIssue({ code: "custom", message: leegMsg });
      return z.NEVER;
    }
    if (n === undefined) {
      ctx.addIssue({ code: "custom", message: "Vul een bedrag in hele euro's in, bijvoorbeeld 450." });
      return z.NEVER;
    }
    if (n < 1) {
      ctx.addIssue({ code: "custom", message: "Het bedrag moet minstens 1 euro zijn." });
      return z.NEVER;
    }
    if (n > MAX_BEDRAG) {
      ctx.addIssue({ code: "custom", message: `Het bedrag mag hoogstens ${MAX_BEDRAG} euro zijn. Vraagt u meer? Neem dan contact op met de gemeente.` });
      return z.NEVER;
    }
    return n;
  });

export const ideeSchema = z.object({
  titel: verplicht("Geef uw initiatief een korte naam.", 80, "De naam mag hoogstens 80 tekens hebben."),
  ikWil: verplicht("Vertel wat u wilt doen.", 2000, "Gebruik hoogstens 2000 tekens."),
});

export const samenSchema = z.object({
  ikKan: verplicht("Vertel wat u en de anderen zelf doen.", 2000),
  samenMet: optioneel(500),
});

export const nodigSchema = z.object({
  nodig: lijst(NODIG),
  nodigToelichting: optioneel(1000),
});

export function geldSchema(kleinBedrag: number) {
  return z
    .object({
      bedragGevraagd: bedragVeld("Vul in hoeveel euro u nodig heeft."),
      waaraan: optioneel(300),
    })
    .superRefine((d, ctx) => {
      if (typeof d.bedragGevraagd === "number" && d.bedragGevraagd <= kleinBedrag && !d.waaraan) {
        ctx.addIssue({ code: "custom", path: ["waaraan"], message: "Vertel kort waar u het geld aan uitgeeft." });
      }
    });
}

export function begrotingSchema(bedragGevraagd: number) {
  const shape: Record<string, z.ZodType> = {};
  for (let i = 0; i < BEGROTING_REGELS; i++) {
    shape[`post_${i}`] = optioneel(120);
    shape[`bedrag_${i}`] = z.any().optional();
  }
  return z
    .object(shape)
    .transform((d, ctx) => {
      const regels: { post: string; bedrag: number }[] = [];
      for (let i = 0; i < BEGROTING_REGELS; i++) {
        const post = String(d[`post_${i}`] ?? "");
        const ruw = d[`bedrag_${i}`];
        const bedrag = leesBedrag(ruw);
        if (!post && bedrag === null) continue;
        if (!post) ctx.addIssue({ code: "custom", path: [`post_${i}`], message: `Vul bij regel ${i + 1} in waarvoor het geld is.` });
        if (bedrag === null) ctx.addIssue({ code: "custom", path: [`bedrag_${i}`], message: `Vul bij regel ${i + 1} een bedrag in.` });
        else if (bedrag === undefined || bedrag < 1)
          ctx.addIssue({ code: "custom", path: [`bedrag_${i}`], message: `Vul bij regel ${i + 1} een bedrag in hele euro's in, bijvoorbeeld 120.` });
        else if (post) regels.push({ post, bedrag });
      }
      if (ctx.issues.length) return z.NEVER;
      if (!regels.length) {
        ctx.addIssue({ code: "custom", path: ["post_0"], message: "Vul minstens één regel van uw begroting in." });
        return z.NEVER;
      }
      const totaal = regels.reduce((s, r) => s + r.bedrag, 0);
      if (totaal !== bedragGevraagd) {
        ctx.addIssue({
          code: "custom",
          path: ["begroting"],
          message: `De regels tellen op tot ${totaal} euro, maar u vraagt ${bedragGevraagd} euro. Pas de regels of het gevraagde bedrag aan.`,
        });
        return z.NEVER;
      }
      return { begroting: regels };
    });
}

export const waarSchema = z.object({
  voorWie: verplicht("Vertel voor wie uw initiatief is.", 1000),
  wijkId: idVeld("Kies de wijk of het dorp."),
  locatie: optioneel(200),
});

export const doelenSchema = z.object({
  doelen: lijst(DOELEN).refine((a) => a.length > 0, "Kies minstens één doel."),
});

export const meedoenSchema = z.object({
  meedoen: verplicht("Vertel hoe andere mensen kunnen meedoen.", 1000),
  openbaar: zTekst()
    .optional()
    .transform((v) => v === "on" || v === "true"),
});

export const contactSchema = z.object({
  contactNaam: verplicht("Vul uw naam in.", 120, "Uw naam mag hoogstens 120 tekens hebben."),
  contactEmail: emailField,
  contactTelefoon: zTekst()
    .trim()
    .max(20, "Een telefoonnummer heeft hoogstens 20 tekens.")
    .regex(/^[0-9+() -]*$/, "Vul een telefoonnummer in met alleen cijfers, zoals 0416 123456.")
    .optional()
    .transform((v) => v ?? ""),
});

/** The schema of one step. `bedragGevraagd` is the stored amount (for the budget step). */
export function stapSchema(stap: Exclude<Stap, "controleren">, ctx: { kleinBedrag: number; bedragGevraagd: number | null }): z.ZodType {
  switch (stap) {
    case "idee":
      return ideeSchema;
    case "samen":
      return samenSchema;
    case "nodig":
      return nodigSchema;
    case "geld":
      return geldSchema(ctx.kleinBedrag);
    case "begroting":
      return begrotingSchema(ctx.bedragGevraagd ?? 0);
    case "waar":
      return waarSchema;
    case "doelen":
      return doelenSchema;
    case "meedoen":
      return meedoenSchema;
    case "contact":
      return contactSchema;
  }
}

/**
 * The schema of a page with several steps: every step's errors are reported together; the data is
 * keyed by step ({ idee: {...}, samen: {...} }).
 */
export function paginaSchema(delen: Exclude<Stap, "controleren">[], ctx: { kleinBedrag: number; bedragGevraagd: number | null }): z.ZodType<Partial<Record<Stap, Record<string, unknown>>>> {
  const schemas = delen.map((s) => [s, stapSchema(s, ctx)] as const);
  return z.any().transform((v, zctx) => {
    const out: Partial<Record<Stap, Record<string, unknown>>> = {};
    let fout = false;
    for (const [s, schema] of schemas) {
      const r = schema.safeParse(v);
      if (r.success) out[s] = r.data as Record<string, unknown>;
      else {
        fout = true;
        for (const i of r.error.issues) zctx.addIssue({ code: "custom", path: i.path, message: i.message });
      }
    }
    return fout ? z.NEVER : out;
  });
}

/** Field labels per step, for the error summary. */
export const VELD_LABELS: Record<string, string> = {
  titel: "Naam van uw initiatief",
  ikWil: "Wat wilt u doen",
  ikKan: "Wat doet u zelf",
  samenMet: "Met wie doet u het",
  nodig: "Wat heeft u nodig",
  nodigToelichting: "Toelichting",
  bedragGevraagd: "Bedrag",
  waaraan: "Waar geeft u het geld aan uit",
  begroting: "Begroting",
  voorWie: "Voor wie",
  wijkId: "Wijk of dorp",
  locatie: "Adres of plek",
  doelen: "Doelen",
  meedoen: "Hoe kunnen anderen meedoen",
  openbaar: "Toestemming",
  contactNaam: "Naam",
  contactEmail: "E-mailadres",
  contactTelefoon: "Telefoonnummer",
  ...Object.fromEntries(
    Array.from({ length: BEGROTING_REGELS }, (_, i) => [
      [`post_${i}`, `Regel ${i + 1}, waarvoor`],
      [`bedrag_${i}`, `Regel ${i + 1}, bedrag`],
    ]).flat(),
  ),
};

/** The stored draft, as far as the form needs it. */
export interface ConceptVelden {
  titel: string;
  ikWil: string;
  ikKan: string;
  samenMet: string;
  nodigGeld: boolean;
  nodigRuimte: boolean;
  nodigMateriaal: boolean;
  nodigContact: boolean;
  nodigBekendheid: boolean;
  nodigToelichting: string;
  bedragGevraagd: number | null;
  begroting: { post: string; bedrag: number }[];
  voorWie: string;
  wijkId: string | null;
  locatie: string;
  doelen: string[];
  meedoen: string;
  openbaar: boolean;
  contactNaam: string;
  contactEmail: string;
  contactTelefoon: string;
}

/** The form values of one step, from the stored draft (to fill the fields). */
export function conceptNaarWaarden(c: ConceptVelden, stap: Stap, kleinBedrag: number): FormValues {
  switch (stap) {
    case "idee":
      return { titel: c.titel, ikWil: c.ikWil };
    case "samen":
      return { ikKan: c.ikKan, samenMet: c.samenMet };
    case "nodig": {
      const nodig: string[] = [];
      if (c.nodigGeld) nodig.push("GELD");
      if (c.nodigRuimte) nodig.push("RUIMTE");
      if (c.nodigMateriaal) nodig.push("MATERIAAL");
      if (c.nodigContact) nodig.push("CONTACT");
      if (c.nodigBekendheid) nodig.push("BEKENDHEID");
      return { nodig, nodigToelichting: c.nodigToelichting };
    }
    case "geld": {
      const klein = c.bedragGevraagd !== null && c.bedragGevraagd <= kleinBedrag;
      return {
        bedragGevraagd: c.bedragGevraagd === null ? "" : String(c.bedragGevraagd),
        waaraan: klein && c.begroting.length === 1 ? c.begroting[0].post : "",
      };
    }
    case "begroting": {
      const v: FormValues = {};
      for (let i = 0; i < BEGROTING_REGELS; i++) {
        v[`post_${i}`] = c.begroting[i]?.post ?? "";
        v[`bedrag_${i}`] = c.begroting[i] ? String(c.begroting[i].bedrag) : "";
      }
      return v;
    }
    case "waar":
      return { voorWie: c.voorWie, wijkId: c.wijkId ?? "", locatie: c.locatie };
    case "doelen":
      return { doelen: c.doelen };
    case "meedoen":
      return c.openbaar ? { meedoen: c.meedoen, openbaar: "on" } : { meedoen: c.meedoen };
    case "contact":
      return { contactNaam: c.contactNaam, contactEmail: c.contactEmail, contactTelefoon: c.contactTelefoon };
    case "controleren":
      return {};
  }
}

/**
 * Checks a whole draft before it is sent: every step that applies must be valid.
 * Returns the steps with problems and their messages (empty = complete).
 */
export function controleerConcept(c: ConceptVelden, kleinBedrag: number): Partial<Record<Stap, string[]>> {
  const out: Partial<Record<Stap, string[]>> = {};
  for (const stap of stappenVoor(c, kleinBedrag)) {
    if (stap === "controleren") continue;
    const r = stapSchema(stap, { kleinBedrag, bedragGevraagd: c.bedragGevraagd }).safeParse(conceptNaarWaarden(c, stap, kleinBedrag));
    if (!r.success) out[stap] = r.error.issues.map((i) => i.message);
  }
  return out;
}

// ---------- After submitting ----------

export const antwoordSchema = z.object({
  initiatiefId: idVeld(),
  tekst: verplicht("Schrijf uw antwoord.", 4000, "Uw antwoord mag hoogstens 4000 tekens hebben."),
});

export const zekerSchema = z.object({
  initiatiefId: idVeld(),
  zeker: z.literal("on", { error: "Vink aan dat u het zeker weet." }),
});

/** The narrative report; asks more when more money was granted (Oss 4.3: verhalende evaluatie). */
export function verantwoordingSchema(bedragToegekend: number, kleinBedrag: number) {
  const groot = bedragToegekend > kleinBedrag;
  const minBereikt = groot ? 100 : 20;
  return z
    .object({
      initiatiefId: idVeld(),
      bereikt: zTekst({ error: "Vertel wat u heeft bereikt." })
        .trim()
        .min(1, "Vertel wat u heeft bereikt.")
        .min(minBereikt, `Vertel iets meer over wat u heeft bereikt (minstens ${minBereikt} tekens).`)
        .max(5000, "Gebruik hoogstens 5000 tekens."),
      deelnemers: z.any().optional().transform((v, ctx) => {
        const s = typeof v === "string" ? v.trim() : "";
        if (!s) {
          if (groot) ctx.addIssue({ code: "custom", message: "Vul in hoeveel mensen ongeveer meededen." });
          return null;
        }
        if (!/^\d{1,6}$/.test(s)) {
          ctx.addIssue({ code: "custom", message: "Vul een aantal in met cijfers, bijvoorbeeld 25." });
          return z.NEVER;
        }
        return Number(s);
      }),
      bijdragen: groot ? verplicht("Vertel wie wat heeft bijgedragen.", 3000) : optioneel(3000),
      citaten: optioneel(3000),
      openbaar: zTekst()
        .optional()
        .transform((v) => v === "on"),
    });
}

// ---------- A rejected step: what can be kept ----------

/** Longest stored text per field (the schemas' limits), for what is kept of a rejected step. */
export const STRING_MAX: Record<string, number> = {
  titel: 80,
  ikWil: 2000,
  ikKan: 2000,
  samenMet: 500,
  nodigToelichting: 1000,
  voorWie: 1000,
  locatie: 200,
  meedoen: 1000,
  contactNaam: 120,
  contactEmail: 254,
  contactTelefoon: 20,
};

/** The plain text fields of each step. */
export const STAP_VELDEN: Partial<Record<Stap, string[]>> = {
  idee: ["titel", "ikWil"],
  samen: ["ikKan", "samenMet"],
  nodig: ["nodigToelichting"],
  waar: ["voorWie", "locatie"],
  meedoen: ["meedoen"],
  contact: ["contactNaam", "contactEmail", "contactTelefoon"],
};

/** One raw form value; control characters (NUL...) are dropped, PostgreSQL cannot store them. */
function een(values: FormValues, name: string): string {
  const v = values[name];
  return ((Array.isArray(v) ? v[0] : v) ?? "").replace(new RegExp(STUURTEKENS.source, "g"), "");
}
/** Several raw values, each once. */
function meer(values: FormValues, name: string): string[] {
  const v = values[name];
  return [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])];
}

/** What can be kept of a rejected step: cleaned text, and only valid numbers and choices. */
export interface ConceptKlad {
  tekst: Record<string, string>;
  nodig?: { nodigGeld: boolean; nodigRuimte: boolean; nodigMateriaal: boolean; nodigContact: boolean; nodigBekendheid: boolean };
  bedragGevraagd?: number;
  begroting?: { post: string; bedrag: number }[];
  /** A wijk id as typed: the data layer keeps it only when the wijk exists. */
  wijkId?: string;
  doelen?: (typeof DOELEN)[number][];
  openbaar?: boolean;
}

/** Reads the raw values of a rejected step into what can be kept (so nothing typed is lost). */
export function leesConceptKlad(stap: Stap, values: FormValues): ConceptKlad {
  const tekst: Record<string, string> = {};
  for (const f of STAP_VELDEN[stap] ?? []) if (values[f] !== undefined) tekst[f] = een(values, f).trim().slice(0, STRING_MAX[f]);
  if (typeof tekst.contactEmail === "string") tekst.contactEmail = tekst.contactEmail.toLowerCase();
  const klad: ConceptKlad = { tekst };
  if (stap === "nodig") {
    const nodig = meer(values, "nodig").filter((n) => (NODIG as readonly string[]).includes(n));
    klad.nodig = {
      nodigGeld: nodig.includes("GELD"),
      nodigRuimte: nodig.includes("RUIMTE"),
      nodigMateriaal: nodig.includes("MATERIAAL"),
      nodigContact: nodig.includes("CONTACT"),
      nodigBekendheid: nodig.includes("BEKENDHEID"),
    };
  }
  if (stap === "geld") {
    const n = leesBedrag(een(values, "bedragGevraagd"));
    if (typeof n === "number" && n >= 1 && n <= MAX_BEDRAG) klad.bedragGevraagd = n;
  }
  if (stap === "begroting") {
    const regels: { post: string; bedrag: number }[] = [];
    for (let i = 0; i < BEGROTING_REGELS; i++) {
      const post = een(values, `post_${i}`).trim().slice(0, 120);
      const n = leesBedrag(een(values, `bedrag_${i}`));
      if (post && typeof n === "number") regels.push({ post, bedrag: n });
    }
    if (regels.length) klad.begroting = regels;
  }
  if (stap === "waar") klad.wijkId = een(values, "wijkId");
  if (stap === "doelen") klad.doelen = meer(values, "doelen").filter((d): d is (typeof DOELEN)[number] => (DOELEN as readonly string[]).includes(d));
  if (stap === "meedoen") klad.openbaar = een(values, "openbaar") === "on";
  return klad;
}
