/**
 * A search word as typed -> the full-text query the kaart runs (lib/kaart/zoekwoorden.ts explains the
 * expansion). The vocabulary (every distinct word of public names, descriptions, categories and
 * gebieden) comes from PostgreSQL's built-in `ts_stat`, so it works the same on PGlite and on a
 * PostgreSQL server without any extension. It is kept in the shared cache under the kaart group
 * (invalidated by every content change, on every instance) for at least 10 minutes.
 * Not for pages: internal to lib/data/kaart.
 */
import "server-only";
import { db } from "../../db.ts";
import { env } from "../../env.ts";
import { gecachteKaartJson } from "../../kaart/kaart-cache.ts";
import { bedoeldeU, bouwTsquery, woordenVan, type Woord } from "../../kaart/zoekwoorden.ts";

export interface Zoekvraag {
  /** Text for to_tsquery('dutch', …); null: nothing searchable was typed (only stop words). */
  tsquery: string | null;
  /** The query words (without stop words), each its own tsquery text, for ranking per word. */
  woorden: string[];
  /** Per word: the categories and the wijken whose name matches it (looked up first, so the
   * search itself stays an index scan: `= ANY(ids)` instead of a subquery the planner cannot combine). */
  categorieIds: string[][];
  wijkIds: string[][];
}

const VOCABULAIRE_SQL = `
  SELECT to_tsvector('simple', p."naam" || ' ' || p."beschrijving") FROM "Plek" p WHERE p."status" = 'GEPUBLICEERD'
  UNION ALL SELECT to_tsvector('simple', a."titel" || ' ' || a."beschrijving") FROM "Activiteit" a WHERE a."status" = 'GEPUBLICEERD'
  UNION ALL SELECT to_tsvector('simple', i."titel" || ' ' || i."ikWil") FROM "Initiatief" i WHERE i."status" IN ('GOEDGEKEURD', 'AFGEROND') AND i."openbaar" = true
  UNION ALL SELECT to_tsvector('simple', c."naam") FROM "Categorie" c WHERE c."gearchiveerdOp" IS NULL
  UNION ALL SELECT to_tsvector('simple', w."naam") FROM "Wijk" w WHERE w."gearchiveerdOp" IS NULL`;

/** Every distinct word of the public kaart with its document count (shared cache). */
export async function kaartVocabulaire(): Promise<Woord[]> {
  const ttl = env().KAART_CACHE_SECONDS > 0 ? Math.max(600, env().KAART_CACHE_SECONDS) : 0;
  const json = await gecachteKaartJson(`vocabulaire`, async () => {
    const rows = await db.$queryRaw<{ word: string; ndoc: number }[]>`SELECT word, ndoc FROM ts_stat(${VOCABULAIRE_SQL})`;
    return JSON.stringify(rows.map((r) => [r.word, Number(r.ndoc)]));
  }, ttl);
  return (JSON.parse(json) as [string, number][]).map(([woord, n]) => ({ woord, n }));
}

/** The words of `q` that PostgreSQL's Dutch configuration ignores (de, het, voor, in …). */
async function stopwoorden(woorden: string[]): Promise<Set<string>> {
  if (!woorden.length) return new Set();
  const rows = await db.$queryRaw<{ w: string }[]>`SELECT w FROM unnest(${woorden}::text[]) AS w WHERE to_tsvector('dutch', w) = ''::tsvector`;
  return new Set(rows.map((r) => r.w));
}

/** The query for a search text (expanded words), or null without a search text. */
export async function maakZoekvraag(q: string | undefined): Promise<Zoekvraag | null> {
  if (!q) return null;
  const woorden = woordenVan(q);
  const [vocabulaire, stop] = await Promise.all([kaartVocabulaire(), stopwoorden(woorden)]);
  const perWoord = woorden.filter((w) => !stop.has(w)).flatMap((w) => bouwTsquery(w, vocabulaire, stop) ?? []);
  const categorieIds = perWoord.map((): string[] => []);
  const wijkIds = perWoord.map((): string[] => []);
  if (perWoord.length) {
    const rows = await db.$queryRaw<{ i: bigint | number; soort: string; id: string }[]>`
      SELECT w.i, 'c' AS soort, c."id" FROM unnest(${perWoord}::text[]) WITH ORDINALITY AS w(q, i)
        JOIN "Categorie" c ON to_tsvector('dutch'::regconfig, c."naam") @@ to_tsquery('dutch'::regconfig, w.q)
      UNION ALL
      SELECT w.i, 'w' AS soort, g."id" FROM unnest(${perWoord}::text[]) WITH ORDINALITY AS w(q, i)
        JOIN "Wijk" g ON to_tsvector('dutch'::regconfig, g."naam") @@ to_tsquery('dutch'::regconfig, w.q)`;
    for (const r of rows) (r.soort === "c" ? categorieIds : wijkIds)[Number(r.i) - 1].push(r.id);
  }
  return { tsquery: perWoord.length ? perWoord.join(" & ") : null, woorden: perWoord, categorieIds, wijkIds };
}

/** "Bedoelde u …?" for a search without results: a corrected search text, or null. */
export async function zoekSuggestie(q: string): Promise<string | null> {
  const woorden = woordenVan(q);
  const [vocabulaire, stop] = await Promise.all([kaartVocabulaire(), stopwoorden(woorden)]);
  return bedoeldeU(q, vocabulaire, stop);
}
