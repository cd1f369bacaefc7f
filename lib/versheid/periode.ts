/**
 * Versheid of the sociale kaart (issue 14): when an entry (plek or activiteit) needs a check and when
 * it counts as "Mogelijk verouderd". Pure functions, safe for client components; the period in months
 * comes from VERSHEID_MAANDEN (lib/env.ts, default 6) through the caller.
 *
 *  - laatstGecontroleerd older than `maanden`: its owner gets one reminder (lib/versheid/herinnering.ts).
 *  - older than `maanden` + 1 without an answer, or reported as gone: "Mogelijk verouderd" (public label,
 *    lower in /kaart results, on /beheer/versheid).
 */

export type VersheidSoort = "plek" | "activiteit";

export const VEROUDERD_LABEL = "Mogelijk verouderd";

/** The same moment `maanden` calendar months earlier (UTC). */
export function maandenTerug(nu: Date, maanden: number): Date {
  const d = new Date(nu.getTime());
  const dag = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - maanden);
  // 31 August minus 6 months is 28/29 February, not 3 March.
  const laatste = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(dag, laatste));
  return d;
}

/** Checked before this moment: due for a reminder. */
export function herinneringGrens(nu: Date, maanden: number): Date {
  return maandenTerug(nu, maanden);
}

/** Checked before this moment: "Mogelijk verouderd" (the period plus one month without an answer). */
export function verouderdGrens(nu: Date, maanden: number): Date {
  return maandenTerug(nu, maanden + 1);
}

export function isVerouderd(item: { laatstGecontroleerd: Date | string; gemeldNietMeerOp?: Date | string | null }, nu: Date, maanden: number): boolean {
  if (item.gemeldNietMeerOp) return true;
  return new Date(item.laatstGecontroleerd).getTime() < verouderdGrens(nu, maanden).getTime();
}

/**
 * Where "ik pas het aan" goes. The one place to switch it: when /beheer/kaart/<soort>/<id> exists
 * (issue 14, kaartbeheer), return that; until then the public page (the owner sees what is shown).
 */
export function bewerkPad(soort: VersheidSoort, id: string, slug: string): string {
  void slug; // the edit form on /beheer/kaart is addressed by id (a renamed item keeps it)
  return `/beheer/kaart/${soort}/${id}`;
}
