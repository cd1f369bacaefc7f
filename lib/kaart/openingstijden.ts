import { amsterdamseKlok } from "../format.ts";

/** Opening hours: [{ dag: 1-7 (ma=1), van: "09:00", tot: "17:00" }], evaluated in Dutch local time. */
export interface Openingstijd {
  dag: number;
  van: string;
  tot: string;
}

export const DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"] as const;
const DAG_CODES = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

export function leesOpeningstijden(json: unknown): Openingstijd[] {
  if (!Array.isArray(json)) return [];
  return json
    .filter(
      (o): o is Openingstijd =>
        !!o && typeof o === "object" && Number.isInteger((o as Openingstijd).dag) && (o as Openingstijd).dag >= 1 && (o as Openingstijd).dag <= 7 && /^\d\d:\d\d$/.test(String((o as Openingstijd).van)) && /^\d\d:\d\d$/.test(String((o as Openingstijd).tot)),
    )
    .sort((a, b) => a.dag - b.dag || a.van.localeCompare(b.van));
}

/** Day of the week (1 = Monday) and "HH:MM" in Europe/Amsterdam for a moment. */
export function lokaleTijd(nu: Date): { dag: number; tijd: string } {
  return amsterdamseKlok(nu);
}

export function isNuOpen(tijden: Openingstijd[], nu: Date): boolean {
  const { dag, tijd } = lokaleTijd(nu);
  return tijden.some((o) => o.dag === dag && o.van <= tijd && tijd < o.tot);
}

/** schema.org openingHours strings, e.g. "Mo 09:00-17:00". */
export function schemaOpeningHours(tijden: Openingstijd[]): string[] {
  return tijden.map((o) => `${DAG_CODES[o.dag - 1]} ${o.van}-${o.tot}`);
}
