/**
 * The one place where dates, times, amounts, distances and numbers become Dutch text (nl-NL, in the
 * municipality's time zone Europe/Amsterdam, whatever the server's own zone is). Safe for client
 * components: no server imports.
 *
 * Every formatter is made once, here: constructing an Intl formatter costs far more than using one
 * (it showed up in the load profile). ESLint forbids toLocale* and Intl.DateTimeFormat/NumberFormat
 * everywhere else, so new code comes here instead of writing its own.
 */

const TZ = "Europe/Amsterdam";
const LEEG = "–";

const DATUM = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: TZ });
const DATUM_TIJD = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: TZ });
const DAG_DATUM_TIJD = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: TZ });
const DAG_DATUM = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: TZ });
const KORT_DATUM_TIJD = new Intl.DateTimeFormat("nl-NL", { dateStyle: "short", timeStyle: "medium", timeZone: TZ });
// Not for display: the weekday and clock time in Amsterdam, read back from its parts (opening hours).
const KLOK = new Intl.DateTimeFormat("en-GB", { weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TZ });

const HELE_EUROS = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 0 });
const GETAL = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 3 });
const GETAL_2 = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
const KM = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const PROCENT = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });

type Moment = Date | string | null | undefined;

function alsDatum(d: Moment): Date | null {
  if (d === null || d === undefined || d === "") return null;
  const v = d instanceof Date ? d : new Date(d);
  return Number.isNaN(v.getTime()) ? null : v;
}

/** "3 maart 2026"; "–" when there is no date. */
export function datum(d: Moment): string {
  const v = alsDatum(d);
  return v ? DATUM.format(v) : LEEG;
}

/** "3 maart 2026 om 14:05"; "–" when there is no date. */
export function datumTijd(d: Moment): string {
  const v = alsDatum(d);
  return v ? DATUM_TIJD.format(v) : LEEG;
}

/** "dinsdag 3 maart 2026 om 14:05" (activities on the map). */
export function dagDatumTijd(d: Date): string {
  return DAG_DATUM_TIJD.format(d);
}

/** "dinsdag 3 maart 2026" (the next times of a recurring activity). */
export function dagDatum(d: Date): string {
  return DAG_DATUM.format(d);
}

/** "03-03-2026, 14:05:09" (technical messages, such as who holds the database lock); "onbekend" for an invalid date. */
export function korteDatumTijd(d: Moment): string {
  const v = alsDatum(d);
  return v ? KORT_DATUM_TIJD.format(v) : "onbekend";
}

/** A clock time "09:00" as written in Dutch texts: "9.00" (the caller adds "uur"). */
export function tijdTekst(t: string): string {
  const [h, m] = t.split(":");
  return `${Number(h)}.${m}`;
}

const DAG_CODES = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/** Day of the week (1 = Monday) and "HH:MM" in Europe/Amsterdam for a moment (not for display). */
export function amsterdamseKlok(d: Date): { dag: number; tijd: string } {
  const parts = KLOK.formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return { dag: DAG_CODES.indexOf(get("weekday").slice(0, 2)) + 1, tijd: `${get("hour")}:${get("minute")}` };
}

/** Whole euros: "€ 1.250", "€ -300"; "–" when there is no amount. */
export function euro(bedrag: number | null | undefined): string {
  if (bedrag === null || bedrag === undefined) return LEEG;
  return `€ ${HELE_EUROS.format(bedrag)}`;
}

/** A number with Dutch separators: 12345 -> "12.345", 2.5 -> "2,5" (at most 3 decimals, or `decimalen`). */
export function getal(n: number, decimalen: 2 | 3 = 3): string {
  return (decimalen === 2 ? GETAL_2 : GETAL).format(n);
}

/**
 * A number for a table cell that is also written to a CSV file: no thousands separator, a decimal
 * comma, whole numbers as they are ("4850", "12,5"); "" when there is no value.
 */
export function celGetal(n: number | null, decimalen = 1): string {
  return n === null ? "" : Number.isInteger(n) ? String(n) : n.toFixed(decimalen).replace(".", ",");
}

/** A distance given in kilometres: "1,5 km" from 1 km up, "800 m" below. */
export function afstand(km: number): string {
  // Always in kilometres, as the kaart has always shown it ("0,8 km"), so results compare at a glance.
  return `${KM.format(km)} km`;
}

/** The clock time of a moment in Amsterdam as written in Dutch texts: "9.00" (the caller adds "uur"). */
export function klokTijd(d: Date): string {
  return tijdTekst(amsterdamseKlok(d).tijd);
}

const DAG_MAAND = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", timeZone: TZ });

/** "dinsdag 3 maart" (a day heading on /activiteiten); a local date "2026-03-03" is read as that day. */
export function dagMaand(d: Date | string): string {
  const v = typeof d === "string" ? new Date(`${d}T12:00:00Z`) : d;
  return DAG_MAAND.format(v);
}

// Not for display: the calendar date and hour in Amsterdam (the period of a daily job, lib/taken).
const DAG_UUR = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23", timeZone: TZ });

/** "dinsdag 15 december 2026" for a calendar day: a DATE column (midnight UTC) or "2026-12-15". */
export function kalenderdag(d: Date | string): string {
  const iso = typeof d === "string" ? d : d.toISOString().slice(0, 10);
  return DAG_DATUM.format(new Date(`${iso}T12:00:00Z`));
}

/** The calendar day in Europe/Amsterdam at `d`, as midnight UTC: comparable with a DATE column (not for display). */
export function amsterdamseDagStart(d: Date): Date {
  return new Date(`${amsterdamseDag(d).datum}T00:00:00Z`);
}

/** The date "2026-11-30" and the hour (0-23) in Europe/Amsterdam for a moment (not for display). */
export function amsterdamseDag(d: Date): { datum: string; uur: number } {
  const parts = DAG_UUR.formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return { datum: `${get("year")}-${get("month")}-${get("day")}`, uur: Number(get("hour")) };
}

/** A share 0..1 as a whole percentage: 0.834 -> "83%"; "–" when there is none. */
export function procent(aandeel: number | null | undefined): string {
  return aandeel === null || aandeel === undefined || Number.isNaN(aandeel) ? LEEG : PROCENT.format(aandeel);
}
