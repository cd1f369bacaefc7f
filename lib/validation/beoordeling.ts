/** Zod schemas for reviewing initiatives (shared by client and server; no server imports). */
import { z } from "zod";
import { ID_PATROON, zTekst } from "./velden.ts";
import { CHECKLIST_KEYS } from "../initiatief/afbakening.ts";

const id = zTekst({ error: "Het initiatief ontbreekt. Laad de pagina opnieuw." })
  .min(1, "Het initiatief ontbreekt. Laad de pagina opnieuw.")
  .regex(ID_PATROON, "Het initiatief ontbreekt. Laad de pagina opnieuw.");
const versie = z.coerce
  .number({ error: "De pagina is niet compleet. Laad de pagina opnieuw." })
  .int("De pagina is niet compleet. Laad de pagina opnieuw.")
  .min(0, "De pagina is niet compleet. Laad de pagina opnieuw.")
  .max(2_147_483_647, "De pagina is niet compleet. Laad de pagina opnieuw.");

const tekst = (max: number, teLang: string) => zTekst().trim().max(max, teLang).optional().default("");
const verplicht = (min: number, max: number, leeg: string, teKort: string, teLang: string) =>
  zTekst({ error: leeg }).trim().min(1, { message: leeg, abort: true }).min(min, teKort).max(max, teLang);

const bedrag = zTekst({ error: "Vul het bedrag in." })
  .trim()
  .min(1, { message: "Vul het bedrag in.", abort: true })
  .regex(/^(€\s*)?\d{1,3}([.\s]?\d{3})*$|^(€\s*)?\d+$/, "Vul een bedrag in hele euro's in, bijvoorbeeld 750.")
  .transform((s) => Number(s.replace(/[€.\s]/g, "")))
  .pipe(z.number().int().min(0, "Het bedrag kan niet negatief zijn.").max(1_000_000, "Dit bedrag is te hoog."));

export const initiatiefVersieSchema = z.object({ initiatiefId: id, versie });

export const vraagSchema = z.object({
  initiatiefId: id,
  versie,
  vraag: verplicht(10, 4000, "Schrijf uw vraag aan de initiatiefnemer.", "Uw vraag is te kort. Schrijf minstens 10 tekens.", "Uw vraag is te lang. Gebruik maximaal 4000 tekens."),
});

export const notitieSchema = z.object({
  initiatiefId: id,
  tekst: verplicht(1, 4000, "Schrijf de interne notitie.", "Schrijf de interne notitie.", "De notitie is te lang. Gebruik maximaal 4000 tekens."),
});

/** A reviewer takes an initiatiefnemer's update off the website; the reason goes to the initiatiefnemer. */
export const updateWegSchema = z.object({
  initiatiefId: id,
  updateId: id,
  reden: verplicht(5, 1000, "Schrijf waarom u deze update weghaalt.", "Schrijf iets meer over waarom (minimaal 5 tekens).", "De reden is te lang. Gebruik maximaal 1000 tekens."),
});

export const goedkeurenSchema = z.object({
  initiatiefId: id,
  versie,
  bedrag,
  voorwaarden: tekst(4000, "De voorwaarden zijn te lang. Gebruik maximaal 4000 tekens."),
  motivatie: tekst(4000, "De motivatie is te lang. Gebruik maximaal 4000 tekens."),
});

export const afwijzenSchema = z.object({
  initiatiefId: id,
  versie,
  reden: verplicht(
    20,
    4000,
    "Schrijf waarom u het initiatief afwijst.",
    "Leg iets meer uit waarom u afwijst (minstens 20 tekens). De initiatiefnemer leest dit.",
    "De reden is te lang. Gebruik maximaal 4000 tekens.",
  ),
});

export const doorverwijzenSchema = z.object({
  initiatiefId: id,
  versie,
  naar: verplicht(2, 300, "Schrijf naar wie u doorverwijst.", "Schrijf naar wie u doorverwijst.", "Dit is te lang. Gebruik maximaal 300 tekens."),
  toelichting: tekst(4000, "De toelichting is te lang. Gebruik maximaal 4000 tekens."),
});

const notitieVeld = tekst(1000, "Deze notitie is te lang. Gebruik maximaal 1000 tekens.");
const driehoekVeld = tekst(2000, "Deze motivatie is te lang. Gebruik maximaal 2000 tekens.");

export const beoordelingSchema = z.object({
  initiatiefId: id,
  versie,
  ...Object.fromEntries(CHECKLIST_KEYS.map((k) => [k, zTekst().max(10).optional()])),
  ...Object.fromEntries(CHECKLIST_KEYS.map((k) => [`${k}_notitie`, notitieVeld])),
  betrokkenheid: driehoekVeld,
  legitimiteit: driehoekVeld,
  rendement: driehoekVeld,
}) as z.ZodType<
  { initiatiefId: string; versie: number; betrokkenheid: string; legitimiteit: string; rendement: string } & Record<string, string | number | undefined>
>;

// ---------- Queue filters (GET parameters; invalid values are ignored, not errors) ----------

export const WACHTTIJD_FILTERS = ["", "5", "termijn"] as const;
export const SORTERINGEN = ["langst", "kortst"] as const;
export const STATUS_FILTERS = ["open", "alle", "INGEDIEND", "IN_BEHANDELING", "AANVULLING_GEVRAAGD", "GOEDGEKEURD", "AFGEWEZEN", "DOORVERWEZEN", "INGETROKKEN", "AFGEROND"] as const;

const lenientInt = zTekst()
  .trim()
  .regex(/^\d{1,7}$/)
  .transform(Number)
  .optional()
  .catch(undefined);

export const queueFilterSchema = z.object({
  status: z.enum(STATUS_FILTERS).catch("open").default("open"),
  wijk: zTekst().trim().max(100).optional().catch(undefined),
  bedragVan: lenientInt,
  bedragTot: lenientInt,
  wachttijd: z.enum(WACHTTIJD_FILTERS).catch("").default(""),
  sort: z.enum(SORTERINGEN).catch("langst").default("langst"),
});

export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** searchParams (possibly repeated) -> filter; never throws. */
export function leesWerkvoorraadFilter(params: Record<string, string | string[] | undefined>): QueueFilter {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined && v !== ""));
  return queueFilterSchema.parse(flat);
}
