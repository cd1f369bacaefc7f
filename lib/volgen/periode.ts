/** The digest period of a subscriber: a calendar day ("2026-12-01") or an ISO week ("2026-W49"), in Europe/Amsterdam. */
import { amsterdamseDag } from "../format.ts";

export type Frequentie = "DAG" | "WEEK";

/** ISO 8601 week of a calendar date "YYYY-MM-DD": "YYYY-Www" (week 1 holds the year's first Thursday). */
export function isoWeek(datum: string): string {
  const d = new Date(`${datum}T00:00:00Z`);
  const dag = (d.getUTCDay() + 6) % 7; // maandag 0
  d.setUTCDate(d.getUTCDate() - dag + 3); // de donderdag van deze week
  const jaar = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - Date.UTC(jaar, 0, 1)) / 86_400_000 / 7);
  return `${jaar}-W${String(week).padStart(2, "0")}`;
}

export function volgPeriode(frequentie: Frequentie, nu: Date): string {
  const { datum } = amsterdamseDag(nu);
  return frequentie === "DAG" ? datum : isoWeek(datum);
}

export const FREQUENTIE_NAMEN: Record<Frequentie, string> = { WEEK: "één keer per week", DAG: "één keer per dag" };
