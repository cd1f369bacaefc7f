/**
 * Search that finds what residents type (sociale kaart): the pure part, no database.
 *
 * PostgreSQL's Dutch full-text search matches whole words only, so "ochtend" does not find
 * "Koffieochtend" and "biblioteek" finds nothing. Instead of an extension (pg_trgm must be loaded
 * separately into PGlite), every query word is expanded against the kaart's own vocabulary (the
 * distinct words of public names, descriptions and categories, read with PostgreSQL's `ts_stat`,
 * lib/data/kaart/zoekvraag.ts):
 *   - the word itself (Dutch stemming still applies: "speeltuinen" finds "speeltuin");
 *   - vocabulary words that contain it (parts of compound words: "tuin" -> "natuurspeeltuin"),
 *     or that it starts with (another form: "oefenen" -> "oefen");
 *   - vocabulary words within a small edit distance (typos: "biblioteek" -> "bibliotheek"),
 *     and the compounds containing those ("kofie" -> "koffie" -> "koffieochtend").
 * Every word must match (AND); each word's expansions are alternatives (OR). The result is a
 * `to_tsquery('dutch', …)` text that the existing GIN indexes answer.
 */

export interface Woord {
  woord: string;
  /** How many documents contain it (ts_stat's ndoc): the more common spelling wins a suggestion. */
  n: number;
}

/** At most this many alternatives per query word (the most common first). */
export const MAX_VARIANTEN = 40;

/** Lower-case words of letters and digits ("Koffie-ochtend!" -> ["koffie", "ochtend"]). */
export function woordenVan(q: string): string[] {
  return (q.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping above `max`. */
export function bewerkingsafstand(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length;
  const n = b.length;
  let vorige2: number[] = [];
  let vorige = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const rij = [i];
    let kleinste = i;
    for (let j = 1; j <= n; j++) {
      const kost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(vorige[j] + 1, rij[j - 1] + 1, vorige[j - 1] + kost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, vorige2[j - 2] + 1);
      rij[j] = d;
      if (d < kleinste) kleinste = d;
    }
    if (kleinste > max) return max + 1;
    vorige2 = vorige;
    vorige = rij;
  }
  return vorige[n];
}

/** How many typos a word of this length may have: none up to 4 letters, 1 up to 7, then 2. */
export function toegestaneFouten(lengte: number): number {
  return lengte >= 8 ? 2 : lengte >= 5 ? 1 : 0;
}

function alleenWoord(w: string) {
  return /^[\p{L}\p{N}]+$/u.test(w) && !/^\p{N}+$/u.test(w);
}

/** The alternatives for one query word (itself first), from the vocabulary. */
export function varianten(woord: string, vocabulaire: readonly Woord[]): string[] {
  const gevonden = new Map<string, number>();
  const fouten = toegestaneFouten(woord.length);
  const correcties: string[] = [];
  for (const v of vocabulaire) {
    if (v.woord === woord || !alleenWoord(v.woord)) continue;
    if (woord.length >= 4 && v.woord.includes(woord)) gevonden.set(v.woord, v.n);
    // Another form of the same word: "oefenen" -> "oefen" (the stemmer does not always meet itself).
    else if (v.woord.length >= 5 && woord.startsWith(v.woord) && woord.length - v.woord.length <= 3) gevonden.set(v.woord, v.n);
    else if (fouten && bewerkingsafstand(woord, v.woord, fouten) <= fouten) {
      gevonden.set(v.woord, v.n);
      correcties.push(v.woord);
    }
  }
  // Compounds of a corrected word: "kofie" -> "koffie" -> "koffieochtend".
  if (correcties.length) {
    for (const v of vocabulaire) {
      if (!alleenWoord(v.woord) || gevonden.has(v.woord)) continue;
      if (correcties.some((c) => c.length >= 4 && v.woord.includes(c))) gevonden.set(v.woord, v.n);
    }
  }
  const rest = [...gevonden].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  return [woord, ...rest].slice(0, MAX_VARIANTEN);
}

/** One term of to_tsquery: only letters and digits reach it, so nothing can be an operator. */
function term(w: string) {
  return w.replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * The to_tsquery text for a search, or null when no word is left (only stop words or signs).
 * `stopwoorden`: the query words PostgreSQL's Dutch configuration ignores ("de", "voor", "in").
 */
export function bouwTsquery(q: string, vocabulaire: readonly Woord[], stopwoorden: ReadonlySet<string>): string | null {
  const delen = woordenVan(q)
    .filter((w) => !stopwoorden.has(w))
    .map((w) => varianten(w, vocabulaire).map(term).filter(Boolean))
    .filter((v) => v.length)
    .map((v) => (v.length === 1 ? v[0] : `(${v.join(" | ")})`));
  return delen.length ? delen.join(" & ") : null;
}

/**
 * "Bedoelde u …?": the query with every word that is not in the vocabulary replaced by the closest
 * word that is (at most a third of its letters different, at least 1), or null when nothing changes.
 */
export function bedoeldeU(q: string, vocabulaire: readonly Woord[], stopwoorden: ReadonlySet<string>): string | null {
  const bekend = new Set(vocabulaire.map((v) => v.woord));
  let veranderd = false;
  const nieuw = woordenVan(q).map((w) => {
    if (stopwoorden.has(w) || bekend.has(w) || /^\p{N}+$/u.test(w)) return w;
    const max = Math.max(1, Math.floor(w.length / 3));
    let beste: { woord: string; d: number; n: number } | null = null;
    for (const v of vocabulaire) {
      if (!alleenWoord(v.woord)) continue;
      const d = bewerkingsafstand(w, v.woord, max);
      if (d > max) continue;
      if (!beste || d < beste.d || (d === beste.d && v.n > beste.n)) beste = { woord: v.woord, d, n: v.n };
    }
    if (!beste) return w;
    veranderd = true;
    return beste.woord;
  });
  return veranderd ? nieuw.join(" ") : null;
}
