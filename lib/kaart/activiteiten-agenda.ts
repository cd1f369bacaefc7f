/**
 * "Wat is er deze week?" (/activiteiten): the periods (vandaag, deze week, deze maand, a printed week)
 * as local dates in Europe/Amsterdam, the filters from the URL, and when an activity counts as free.
 * No server imports: used by the data layer, the pages and the unit tests.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { DOELGROEPEN, type Doelgroep } from "../validation/kaart.ts";
import { TZ } from "./rooster.ts";

export const PERIODES = [
  { value: "vandaag", label: "Vandaag" },
  { value: "week", label: "Deze week" },
  { value: "maand", label: "Deze maand" },
] as const;
export type Periode = (typeof PERIODES)[number]["value"];

/** A window of whole local days: `van` up to and not including `tot` ("YYYY-MM-DD"). */
export interface Venster {
  van: string;
  tot: string;
}

function vandaagLokaal(nu: Date): DateTime {
  return DateTime.fromJSDate(nu, { zone: TZ }).startOf("day");
}

/**
 * The days of a period, from today: "vandaag" is today, "week" is today up to and including Sunday,
 * "maand" is today up to the end of the month. Days that have passed are left out.
 */
export function periodeVenster(periode: Periode, nu = new Date()): Venster {
  const vandaag = vandaagLokaal(nu);
  const eind = periode === "vandaag" ? vandaag.plus({ days: 1 }) : periode === "week" ? vandaag.startOf("week").plus({ weeks: 1 }) : vandaag.startOf("month").plus({ months: 1 });
  return { van: vandaag.toISODate()!, tot: eind.toISODate()! };
}

/** A whole week, Monday to Sunday, for the printed overview: the week of `datum` (or of today). */
export function weekVenster(datum: string | undefined, nu = new Date()): Venster {
  const dag = datum ? DateTime.fromISO(datum, { zone: TZ }) : vandaagLokaal(nu);
  const maandag = (dag.isValid ? dag : vandaagLokaal(nu)).startOf("week");
  return { van: maandag.toISODate()!, tot: maandag.plus({ weeks: 1 }).toISODate()! };
}

/** The Monday a week before or after a week's Monday. */
export function andereWeek(maandag: string, weken: number): string {
  return DateTime.fromISO(maandag, { zone: TZ }).plus({ weeks: weken }).toISODate()!;
}

/** Every local date of a window, in order. */
export function dagenVan(v: Venster): string[] {
  const dagen: string[] = [];
  for (let d = DateTime.fromISO(v.van, { zone: TZ }); d.toISODate()! < v.tot && dagen.length < 62; d = d.plus({ days: 1 })) dagen.push(d.toISODate()!);
  return dagen;
}

/** The last day of a window (tot is not included). */
export function laatsteDag(v: Venster): string {
  return DateTime.fromISO(v.tot, { zone: TZ }).minus({ days: 1 }).toISODate()!;
}

/**
 * Is an activity free? `kosten` is free text ("Gratis", "€ 2 per keer", "Geen kosten"). Unknown (empty)
 * is not "gratis": the filter shows only what says so.
 */
export function isGratis(kosten: string | null | undefined): boolean {
  if (!kosten) return false;
  const t = kosten.trim().toLowerCase();
  if (/niet gratis/.test(t)) return false;
  if (/\bgratis\b|geen kosten|kosteloos|\bvrije? toegang\b/.test(t)) return true;
  return /^(€\s*)?0([.,]0{1,2})?(\s*euro)?$/.test(t);
}

export interface ActiviteitenFilters {
  periode: Periode;
  wijk?: string;
  doelgroep?: Doelgroep;
  gratis?: boolean;
}

const FILTERS = {
  periode: z.enum(PERIODES.map((p) => p.value) as [Periode, ...Periode[]]),
  wijk: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/),
  doelgroep: z.enum(DOELGROEPEN.map((d) => d.value) as [Doelgroep, ...Doelgroep[]]),
  gratis: z.enum(["1", "on", "true", "ja"]).transform(() => true),
} as const;

type Params = Record<string, string | string[] | undefined>;

/** Filters from the URL; a value that makes no sense is ignored (never an error page). Default: this week. */
export function leesActiviteitenFilters(params: Params): ActiviteitenFilters {
  const out: Record<string, unknown> = { periode: "week" };
  for (const [key, schema] of Object.entries(FILTERS)) {
    const raw = params[key];
    const v = Array.isArray(raw) ? raw[0] : raw;
    if (v === undefined || v === "") continue;
    const r = (schema as z.ZodType).safeParse(v);
    if (r.success) out[key] = r.data;
  }
  return out as unknown as ActiviteitenFilters;
}

/** Filters -> query string (without "?"); the default period "week" is left out. */
export function activiteitenQuery(f: ActiviteitenFilters, over: Partial<ActiviteitenFilters> = {}): string {
  const alle = { ...f, ...over };
  const sp = new URLSearchParams();
  if (alle.periode !== "week") sp.set("periode", alle.periode);
  if (alle.wijk) sp.set("wijk", alle.wijk);
  if (alle.doelgroep) sp.set("doelgroep", alle.doelgroep);
  if (alle.gratis) sp.set("gratis", "1");
  return sp.toString();
}
