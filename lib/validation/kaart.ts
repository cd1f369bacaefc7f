/**
 * Sociale kaart: the filters (all in the URL, so a view can be shared and works without JavaScript)
 * and the forms for suggestions and moderation. No server imports: shared by client and server.
 */
import { z } from "zod";
import { idVeld, zTekst } from "./velden.ts";

export const DOELGROEPEN = [
  { value: "IEDEREEN", label: "Iedereen" },
  { value: "JONGEREN", label: "Jongeren" },
  { value: "OUDEREN", label: "Ouderen" },
  { value: "GEZINNEN", label: "Gezinnen" },
  { value: "MANTELZORGERS", label: "Mantelzorgers" },
] as const;
export const SFEREN = [
  { value: "PERSOONLIJK", label: "Persoonlijk (familie, buren, vrienden)" },
  { value: "GEMEENSCHAPPELIJK", label: "Gemeenschappelijk (verenigingen, buurthuizen, initiatieven)" },
  { value: "INSTITUTIONEEL", label: "Institutioneel (bibliotheek, welzijn, zorg)" },
] as const;
export const LIGGINGEN = [
  { value: "BINNEN", label: "Binnen" },
  { value: "BUITEN", label: "Buiten" },
] as const;
export const SOORTEN = [
  { value: "ontmoetingsplek", label: "Ontmoetingsplekken" },
  { value: "voorziening", label: "Voorzieningen" },
  { value: "activiteit", label: "Activiteiten" },
  { value: "initiatief", label: "Initiatieven van inwoners" },
] as const;

export type Doelgroep = (typeof DOELGROEPEN)[number]["value"];
export type SfeerWaarde = (typeof SFEREN)[number]["value"];
export type LiggingWaarde = (typeof LIGGINGEN)[number]["value"];
export type SoortWaarde = (typeof SOORTEN)[number]["value"];

export const DOELGROEP_NAMEN: Record<string, string> = Object.fromEntries(DOELGROEPEN.map((d) => [d.value, d.label]));
export const SFEER_NAMEN: Record<string, string> = { PERSOONLIJK: "Persoonlijk", GEMEENSCHAPPELIJK: "Gemeenschappelijk", INSTITUTIONEEL: "Institutioneel" };
/**
 * The same three "sferen" in plain words (B1) for residents; SFEREN / SFEER_NAMEN keep the policy
 * terms for the staff view. The stored values do not change.
 */
export const SFEREN_BEWONER = [
  { value: "PERSOONLIJK", label: "Mensen zelf (familie, buren, vrienden)" },
  { value: "GEMEENSCHAPPELIJK", label: "Clubs en buurthuizen" },
  { value: "INSTITUTIONEEL", label: "Organisaties (bibliotheek, welzijn, zorg)" },
] as const satisfies readonly { value: SfeerWaarde; label: string }[];
export const SFEER_NAMEN_BEWONER: Record<string, string> = Object.fromEntries(SFEREN_BEWONER.map((s) => [s.value, s.label]));
/** The filter's question for residents (instead of "Sfeer"). */
export const SFEER_VRAAG_BEWONER = "Wie organiseert het?";

export interface KaartFilters {
  q?: string;
  wijk?: string;
  categorie?: string;
  soort?: SoortWaarde;
  doelgroep?: Doelgroep;
  sfeer?: SfeerWaarde;
  ligging?: LiggingWaarde;
  rolstoel?: boolean;
  open?: boolean;
  postcode?: string;
  lat?: number;
  lng?: number;
  pagina: number;
}

const slug = zTekst().trim().regex(/^[a-z0-9-]{1,100}$/);
const FIELDS = {
  q: zTekst().trim().min(1).max(100),
  wijk: slug,
  categorie: slug,
  soort: z.enum(SOORTEN.map((s) => s.value) as [SoortWaarde, ...SoortWaarde[]]),
  doelgroep: z.enum(DOELGROEPEN.map((s) => s.value) as [Doelgroep, ...Doelgroep[]]),
  sfeer: z.enum(SFEREN.map((s) => s.value) as [SfeerWaarde, ...SfeerWaarde[]]),
  ligging: z.enum(LIGGINGEN.map((s) => s.value) as [LiggingWaarde, ...LiggingWaarde[]]),
  rolstoel: z.enum(["1", "on", "true", "ja"]).transform(() => true),
  open: z.enum(["1", "on", "true", "ja"]).transform(() => true),
  /** A postcode ("5251 KV", "5251") or a place name ("Vlijmen", "'s-Hertogenbosch"): dichtbij. */
  postcode: zTekst().trim().min(1).max(60),
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  pagina: z.coerce.number().int().min(1).max(10_000),
} as const;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: Params, key: string): string | undefined {
  const v = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Reads filters from the URL. Values that make no sense are ignored (never an error page). */
export function parseFilters(params: Params): KaartFilters {
  const out: Record<string, unknown> = { pagina: 1 };
  for (const [key, schema] of Object.entries(FIELDS)) {
    const raw = first(params, key);
    if (raw === undefined || raw === "") continue;
    const r = (schema as z.ZodType).safeParse(raw);
    if (r.success) out[key] = r.data;
  }
  // lat/lng only as a pair, rounded (privacy: ~100 m is enough to sort by distance)
  if (typeof out.lat !== "number" || typeof out.lng !== "number") {
    delete out.lat;
    delete out.lng;
  } else {
    out.lat = Math.round((out.lat as number) * 1000) / 1000;
    out.lng = Math.round((out.lng as number) * 1000) / 1000;
  }
  return out as unknown as KaartFilters;
}

/** Filters -> query string (without '?'); `pagina` 1 is left out. */
export function filtersToQuery(f: Partial<KaartFilters>, overrides: Partial<KaartFilters> = {}): string {
  const all = { ...f, ...overrides };
  const sp = new URLSearchParams();
  for (const key of Object.keys(FIELDS)) {
    const v = (all as Record<string, unknown>)[key];
    if (v === undefined || v === null || v === "" || v === false) continue;
    if (key === "pagina" && v === 1) continue;
    sp.set(key, v === true ? "1" : String(v));
  }
  return sp.toString();
}

export function hasActiveFilters(f: KaartFilters): boolean {
  return filtersToQuery(f, { pagina: 1 }) !== "";
}

// ---------- Suggestions from residents ----------

const optionalText = (max: number, msg: string) =>
  zTekst()
    .trim()
    .max(max, msg)
    .optional()
    .transform((v) => (v ? v : undefined));

export const suggestieSchema = z.object({
  plek: zTekst().trim().regex(/^[a-z0-9-]{1,120}$/).optional().or(z.literal("")).transform((v) => v || undefined),
  naam: zTekst({ error: "Vul de naam van de plek in." }).trim().min(2, "Vul de naam van de plek in.").max(120, "De naam mag niet langer zijn dan 120 tekens."),
  categorie: zTekst({ error: "Kies wat voor plek het is." }).trim().min(1, "Kies wat voor plek het is.").max(120, "Kies wat voor plek het is."),
  wijk: zTekst({ error: "Kies de wijk of het dorp." }).trim().min(1, "Kies de wijk of het dorp.").max(120, "Kies de wijk of het dorp."),
  adres: optionalText(160, "Het adres mag niet langer zijn dan 160 tekens."),
  postcode: zTekst()
    .trim()
    .max(12, "Vul een postcode in zoals 5151 AB.")
    .optional()
    .transform((v) => (v ? v.replace(/\s+/g, "").toUpperCase() : undefined))
    .refine((v) => v === undefined || /^[1-9][0-9]{3}([A-Z]{2})?$/.test(v), "Vul een postcode in zoals 5151 AB."),
  beschrijving: zTekst({ error: "Vertel kort wat men er kan doen." }).trim().min(10, "Vertel in minstens 10 tekens wat men er kan doen.").max(2000, "De beschrijving mag niet langer zijn dan 2000 tekens."),
  ligging: z.enum(["BINNEN", "BUITEN"], { error: "Kies binnen of buiten." }),
  rolstoeltoegankelijk: zTekst().optional().transform((v) => v === "on" || v === "ja"),
  telefoon: optionalText(30, "Het telefoonnummer is te lang."),
  website: zTekst()
    .trim()
    .max(300, "Dit webadres is te lang.")
    .optional()
    .transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : undefined))
    .refine((v) => v === undefined || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), "Vul een geldig webadres in, zoals www.voorbeeld.nl."),
  plekEmail: zTekst()
    .trim()
    .max(254, "Dit e-mailadres is te lang.")
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || zTekst().email().safeParse(v).success, "Vul een geldig e-mailadres van de plek in."),
  toelichting: optionalText(1000, "De toelichting mag niet langer zijn dan 1000 tekens."),
  email: zTekst()
    .trim()
    .max(254, "Dit e-mailadres is te lang.")
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || zTekst().email().safeParse(v).success, "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."),
});

export type SuggestieInvoer = z.infer<typeof suggestieSchema>;

/** What a suggestion stores in PlekSuggestie.gegevens (and what a moderator may edit). */
export interface SuggestieGegevens {
  naam: string;
  categorie: string;
  wijk: string;
  adres?: string;
  postcode?: string;
  beschrijving: string;
  ligging: "BINNEN" | "BUITEN";
  rolstoeltoegankelijk: boolean;
  telefoon?: string;
  website?: string;
  plekEmail?: string;
  lat?: number;
  lng?: number;
}

export const SUGGESTIE_LABELS: Record<string, string> = {
  naam: "Naam van de plek",
  categorie: "Soort plek",
  wijk: "Wijk of dorp",
  adres: "Adres",
  postcode: "Postcode",
  beschrijving: "Wat kan men er doen?",
  ligging: "Binnen of buiten",
  rolstoeltoegankelijk: "Toegankelijk met een rolstoel",
  telefoon: "Telefoonnummer van de plek",
  website: "Website van de plek",
  plekEmail: "E-mailadres van de plek",
  toelichting: "Toelichting",
  email: "Uw e-mailadres",
  lat: "Breedtegraad",
  lng: "Lengtegraad",
  reden: "Reden",
};

/** "51,69" or "51.69" -> 51.69; empty -> the given message. */
function decimal(message: string) {
  return zTekst({ error: message })
    .trim()
    .min(1, message)
    .transform((v, ctx) => {
      const n = Number(v.replace(",", "."));
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });
}

/** Moderator's decision: the (possibly edited) data plus approve or reject. */
export const moderatieSchema = suggestieSchema
  .omit({ plek: true, toelichting: true, email: true })
  .extend({
    id: idVeld(),
    besluit: z.enum(["goedkeuren", "afwijzen"], { error: "Kies goedkeuren of afwijzen." }),
    lat: decimal("Vul een breedtegraad in, zoals 51,69.").pipe(z.number().min(50.7, "De breedtegraad ligt niet in Nederland.").max(53.7, "De breedtegraad ligt niet in Nederland.")),
    lng: decimal("Vul een lengtegraad in, zoals 5,13.").pipe(z.number().min(3.2, "De lengtegraad ligt niet in Nederland.").max(7.3, "De lengtegraad ligt niet in Nederland.")),
    reden: optionalText(1000, "De reden mag niet langer zijn dan 1000 tekens."),
  })
  .superRefine((d, ctx) => {
    if (d.besluit === "afwijzen" && !d.reden) {
      ctx.addIssue({ code: "custom", path: ["reden"], message: "Schrijf waarom u het voorstel afwijst." });
    }
  });


/** 'terug' on a detail page (the list's query string) -> a safe link back to the same list. */
export function terugNaarKaart(terug: string | string[] | undefined): string {
  const raw = Array.isArray(terug) ? terug[0] : terug;
  if (!raw) return "/kaart";
  const q = filtersToQuery(parseFilters(new URLSearchParams(raw)));
  return q ? `/kaart?${q}` : "/kaart";
}

/** JSON for a <script type="application/ld+json"> (no '<' so it cannot close the script). */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

// ---------- Map data by viewport (/api/kaart?bbox=…&zoom=…) ----------

/** What the map has in view: WGS84 degrees and Leaflet's zoom level. */
export interface KaartVenster {
  west: number;
  south: number;
  east: number;
  north: number;
  zoom: number;
}

/** Web Mercator's latitude limit (what a map can show). */
export const MAX_BREEDTE = 85.06;
/** A box wider or taller than this many pixels at its zoom is no screen: refused. */
export const MAX_VENSTER_PX = 8192;

/** Pixels from the top of the world at this zoom (Web Mercator, 256-pixel tiles). */
export function mercatorY(lat: number, zoom: number): number {
  const s = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 256 * 2 ** zoom;
}

/**
 * Reads `bbox=west,south,east,north` and `zoom` (both or neither). No bbox: `{ ok: true }` (the whole
 * result set). Anything that makes no sense: a Dutch message (the route answers 400).
 */
export function parseVenster(params: URLSearchParams): { ok: true; venster?: KaartVenster } | { ok: false; melding: string } {
  const bbox = params.get("bbox");
  const zoomTekst = params.get("zoom");
  if (bbox === null && zoomTekst === null) return { ok: true };
  if (bbox === null || zoomTekst === null) return { ok: false, melding: "Geef de kaartuitsnede (bbox) en het zoomniveau (zoom) samen mee." };
  if (!/^\d{1,2}$/.test(zoomTekst) || Number(zoomTekst) > 20) return { ok: false, melding: "Het zoomniveau (zoom) moet een heel getal van 0 tot en met 20 zijn." };
  const zoom = Number(zoomTekst);
  const delen = bbox.split(",");
  const getallen = delen.map((d) => (/^\s*-?\d{1,3}(\.\d{1,20})?\s*$/.test(d) ? Number(d) : NaN));
  if (delen.length !== 4 || getallen.some((g) => !Number.isFinite(g))) {
    return { ok: false, melding: "De kaartuitsnede (bbox) moet vier getallen zijn: west,zuid,oost,noord (bijvoorbeeld 5.0,51.6,5.2,51.8)." };
  }
  const [west, south, east, north] = getallen;
  if (west < -180 || east > 180 || south < -MAX_BREEDTE || north > MAX_BREEDTE) {
    return { ok: false, melding: `De kaartuitsnede (bbox) valt buiten de kaart: lengtegraden van -180 tot 180, breedtegraden van -${MAX_BREEDTE} tot ${MAX_BREEDTE}.` };
  }
  if (!(west < east) || !(south < north)) return { ok: false, melding: "De kaartuitsnede (bbox) klopt niet: west moet kleiner zijn dan oost en zuid kleiner dan noord." };
  const breedtePx = ((east - west) / 360) * 256 * 2 ** zoom;
  const hoogtePx = mercatorY(south, zoom) - mercatorY(north, zoom);
  if (breedtePx > MAX_VENSTER_PX || hoogtePx > MAX_VENSTER_PX) {
    return { ok: false, melding: "De kaartuitsnede (bbox) is te groot voor dit zoomniveau. Kies een kleiner gebied of een lager zoomniveau." };
  }
  return { ok: true, venster: { west, south, east, north, zoom } };
}
