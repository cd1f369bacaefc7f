/**
 * Schedules of recurring activities (RFC 5545): a rule such as "FREQ=WEEKLY;BYDAY=TU" with local
 * start and end times in Europe/Amsterdam, a first and optional last day, cancelled dates (EXDATE) and
 * moved dates (RECURRENCE-ID). Expansion works on wall-clock time ("floating" dates in rrule) and only
 * then converts each date to an instant in Europe/Amsterdam, so 10:00 stays 10:00 across the change to
 * and from summer time. No server imports: used by the data layer, the pages and the iCal feed.
 */
import * as rrulePakket from "rrule";
import { DateTime } from "luxon";
import { dagDatum, tijdTekst } from "../format.ts";

// rrule ships an ES module for bundlers and a UMD file for Node: plain Node (scripts, tsx) only sees
// the UMD's exports under `default`, so take RRule from wherever it is.
const RRule: typeof rrulePakket.RRule = rrulePakket.RRule ?? (rrulePakket as unknown as { default: typeof rrulePakket }).default.RRule;
type RRule = rrulePakket.RRule;

export const TZ = "Europe/Amsterdam";

export interface Verplaatsing {
  /** The date as it is in the rule (YYYY-MM-DD). */
  datum: string;
  /** The new date (YYYY-MM-DD). */
  naar: string;
  startTijd: string;
  eindTijd: string;
}

export interface Rooster {
  rrule: string;
  vanaf: string;
  totEnMet: string | null;
  startTijd: string;
  eindTijd: string;
  uitgevallen: string[];
  verplaatst: Verplaatsing[];
}

export interface Keer {
  /** Local date of this time (YYYY-MM-DD). */
  datum: string;
  start: Date;
  eind: Date;
  /** Set when this time was moved: the date it originally had. */
  verplaatstVan?: string;
}

export const WEEKDAGEN = [
  { value: "MO", label: "maandag" },
  { value: "TU", label: "dinsdag" },
  { value: "WE", label: "woensdag" },
  { value: "TH", label: "donderdag" },
  { value: "FR", label: "vrijdag" },
  { value: "SA", label: "zaterdag" },
  { value: "SU", label: "zondag" },
] as const;
export type WeekdagCode = (typeof WEEKDAGEN)[number]["value"];

export const FREQUENTIES = [
  { value: "WEKELIJKS", label: "Elke week" },
  { value: "TWEEWEKELIJKS", label: "Om de week (elke 2 weken)" },
  { value: "MAANDELIJKS", label: "Elke maand" },
] as const;
export type Frequentie = (typeof FREQUENTIES)[number]["value"];

export const WEEK_VAN_MAAND = [
  { value: "1", label: "de eerste" },
  { value: "2", label: "de tweede" },
  { value: "3", label: "de derde" },
  { value: "4", label: "de vierde" },
  { value: "-1", label: "de laatste" },
] as const;

/** The RRULE (without DTSTART/UNTIL) for the form's choices. */
export function maakRrule(freq: Frequentie, dagen: WeekdagCode[], weekVanMaand?: number): string {
  const byday = dagen.join(",");
  if (freq === "MAANDELIJKS") return `FREQ=MONTHLY;BYDAY=${dagen.map((d) => `${weekVanMaand ?? 1}${d}`).join(",")}`;
  return `FREQ=WEEKLY;INTERVAL=${freq === "TWEEWEKELIJKS" ? 2 : 1};BYDAY=${byday};WKST=MO`;
}

/** The form's choices back from a stored rule. */
export function leesRrule(rrule: string): { freq: Frequentie; dagen: WeekdagCode[]; weekVanMaand?: number } {
  const delen = Object.fromEntries(rrule.split(";").map((d) => d.split("=") as [string, string]));
  const ruw = (delen.BYDAY ?? "").split(",").filter(Boolean);
  const dagen = ruw.map((d) => d.slice(-2) as WeekdagCode);
  if (delen.FREQ === "MONTHLY") {
    const n = Number(ruw[0]?.slice(0, -2) || "1");
    return { freq: "MAANDELIJKS", dagen, weekVanMaand: n };
  }
  return { freq: delen.INTERVAL === "2" ? "TWEEWEKELIJKS" : "WEKELIJKS", dagen };
}

const ZWAK = /^(\d{4})-(\d{2})-(\d{2})$/;

function floating(datum: string, tijd: string): Date {
  const [, y, m, d] = ZWAK.exec(datum)!;
  const [h, mi] = tijd.split(":").map(Number);
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), h, mi));
}

/** A wall-clock date and time in Europe/Amsterdam as an instant. */
export function lokaalMoment(datum: string, tijd: string): Date {
  const [y, m, d] = datum.split("-").map(Number);
  const [h, mi] = tijd.split(":").map(Number);
  return DateTime.fromObject({ year: y, month: m, day: d, hour: h, minute: mi }, { zone: TZ }).toJSDate();
}

/** The local date (YYYY-MM-DD) of an instant in Europe/Amsterdam. */
export function lokaleDatum(d: Date): string {
  return DateTime.fromJSDate(d, { zone: TZ }).toISODate()!;
}

function regel(r: Rooster): RRule {
  const opties = RRule.parseString(r.rrule);
  return new RRule({
    ...opties,
    dtstart: floating(r.vanaf, r.startTijd),
    until: r.totEnMet ? floating(r.totEnMet, "23:59") : null,
    tzid: null,
  });
}

function eindVan(datum: string, startTijd: string, eindTijd: string): Date {
  // An end time before the start time means the next day (e.g. 20:00-01:00).
  const volgendeDag = eindTijd <= startTijd ? DateTime.fromISO(datum).plus({ days: 1 }).toISODate()! : datum;
  return lokaalMoment(volgendeDag, eindTijd);
}

/** Every time of the schedule that ends after `van` and starts before `tot`, in order. */
export function keren(r: Rooster, van: Date, tot: Date, max = 500): Keer[] {
  const uit = new Set(r.uitgevallen);
  const verplaatstVan = new Set(r.verplaatst.map((v) => v.datum));
  // Search a day wider on both sides in floating time (the offset to UTC is at most 2 hours).
  const a = new Date(van.getTime() - 2 * 86_400_000);
  const b = new Date(tot.getTime() + 2 * 86_400_000);
  const lijst: Keer[] = [];
  for (const f of regel(r).between(a, b, true)) {
    if (lijst.length > max) break;
    const datum = f.toISOString().slice(0, 10);
    if (uit.has(datum) || verplaatstVan.has(datum)) continue;
    lijst.push({ datum, start: lokaalMoment(datum, r.startTijd), eind: eindVan(datum, r.startTijd, r.eindTijd) });
  }
  for (const v of r.verplaatst) {
    if (uit.has(v.datum)) continue;
    lijst.push({ datum: v.naar, start: lokaalMoment(v.naar, v.startTijd), eind: eindVan(v.naar, v.startTijd, v.eindTijd), verplaatstVan: v.datum });
  }
  return lijst.filter((k) => k.eind > van && k.start < tot).sort((x, y) => x.start.getTime() - y.start.getTime());
}

/** The moved times (not cancelled), without expanding the rule. */
export function verplaatsteKeren(r: Rooster): Keer[] {
  const uit = new Set(r.uitgevallen);
  return r.verplaatst.filter((v) => !uit.has(v.datum)).map((v) => ({ datum: v.naar, start: lokaalMoment(v.naar, v.startTijd), eind: eindVan(v.naar, v.startTijd, v.eindTijd), verplaatstVan: v.datum }));
}

/** The next `aantal` times that have not ended yet. */
export function volgendeKeren(r: Rooster, nu: Date, aantal = 5): Keer[] {
  // Look ahead a year first (cheap), then up to five years for rare rules.
  for (const jaren of [1, 5]) {
    const k = keren(r, nu, new Date(nu.getTime() + jaren * 366 * 86_400_000), aantal * 4 + 20);
    if (k.length >= aantal || jaren === 5) return k.slice(0, aantal);
  }
  return [];
}

/** Is there at least one time at or after `nu`? */
export function heeftToekomst(r: Rooster, nu: Date): boolean {
  return volgendeKeren(r, nu, 1).length > 0;
}

/** The last time's end (for "ended" checks), or null when the schedule has no last day. */
export function laatsteEind(r: Rooster): Date | null {
  if (!r.totEnMet) return null;
  const laatste = [r.totEnMet, ...r.verplaatst.map((v) => v.naar)].sort().at(-1)!;
  return eindVan(laatste, "23:58", "23:59");
}

const DAGNAMEN: Record<string, string> = Object.fromEntries(WEEKDAGEN.map((w) => [w.value, w.label]));

function opsomming(d: string[]): string {
  return d.length <= 1 ? (d[0] ?? "") : `${d.slice(0, -1).join(", ")} en ${d.at(-1)}`;
}

const tijd = tijdTekst;

/** "Elke dinsdag van 10.00 tot 12.00 uur" (B1 Dutch). */
export function roosterTekst(r: Pick<Rooster, "rrule" | "startTijd" | "eindTijd">): string {
  const { freq, dagen, weekVanMaand } = leesRrule(r.rrule);
  const namen = dagen.map((d) => DAGNAMEN[d] ?? d);
  const uren = `van ${tijd(r.startTijd)} tot ${tijd(r.eindTijd)} uur`;
  if (freq === "MAANDELIJKS") {
    const welke = WEEK_VAN_MAAND.find((w) => Number(w.value) === (weekVanMaand ?? 1))?.label ?? "de eerste";
    return `Elke maand op ${welke} ${opsomming(namen)} ${uren}`;
  }
  if (freq === "TWEEWEKELIJKS") return `Om de week op ${opsomming(namen)} ${uren}`;
  return `Elke ${opsomming(namen)} ${uren}`;
}

/** Read a stored rooster (JSON columns) defensively. */
export function leesRooster(r: { rrule: string; vanaf: string; totEnMet: string | null; startTijd: string; eindTijd: string; uitgevallen: unknown; verplaatst: unknown }): Rooster {
  const uitgevallen = Array.isArray(r.uitgevallen) ? r.uitgevallen.filter((d): d is string => typeof d === "string" && ZWAK.test(d)) : [];
  const verplaatst = Array.isArray(r.verplaatst)
    ? r.verplaatst.filter((v): v is Verplaatsing => !!v && typeof v === "object" && ZWAK.test(String((v as Verplaatsing).datum)) && ZWAK.test(String((v as Verplaatsing).naar)))
    : [];
  return { rrule: r.rrule, vanaf: r.vanaf, totEnMet: r.totEnMet, startTijd: r.startTijd, eindTijd: r.eindTijd, uitgevallen, verplaatst };
}

/** For the iCal feed: the RRULE line with UNTIL in UTC (RFC 5545 with a TZID DTSTART). */
export function icalRrule(r: Rooster): string {
  if (!r.totEnMet) return r.rrule;
  const until = DateTime.fromJSDate(lokaalMoment(r.totEnMet, "23:59"), { zone: "utc" }).toFormat("yyyyLLdd'T'HHmmss'Z'");
  return `${r.rrule};UNTIL=${until}`;
}

/** The first time of the rule itself (DTSTART), ignoring cancellations. */
export function eersteKeer(r: Rooster): Keer | null {
  const f = regel(r).after(floating(r.vanaf, "00:00"), true);
  if (!f) return null;
  const datum = f.toISOString().slice(0, 10);
  return { datum, start: lokaalMoment(datum, r.startTijd), eind: eindVan(datum, r.startTijd, r.eindTijd) };
}

/** "dinsdag 8 december 2026, 10.00 tot 12.00 uur" (local time). */
export function keerTekst(k: Keer): string {
  const klok = (d: Date) => tijdTekst(DateTime.fromJSDate(d, { zone: TZ }).toFormat("HH:mm"));
  return `${dagDatum(k.start)}, ${klok(k.start)} tot ${klok(k.eind)} uur`;
}
