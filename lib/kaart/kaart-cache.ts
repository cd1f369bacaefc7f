/**
 * The sociale kaart's shared cache (lib/cache/gedeeld.ts, in PostgreSQL): /api/kaart's JSON and the
 * data of the /kaart page per filter set (lib/data/kaart/pagina.ts), for KAART_CACHE_SECONDS (lib/env.ts; 0 = off).
 * `vergeetKaartCache(tx)` in the transaction of a content change (approving a place suggestion, an
 * initiative becoming or ceasing to be approved) invalidates it on every app instance at commit.
 * Changes made elsewhere (seed, scripts) show up within KAART_CACHE_SECONDS.
 */
import { db, type Db } from "../db.ts";
import { env } from "../env.ts";
import { maakGedeeldeCache } from "../cache/gedeeld.ts";

export const KAART_GROEP = "kaart";
const cache = maakGedeeldeCache(() => db);

export function gecachteKaartJson(sleutel: string, maak: () => Promise<string>, ttlSeconden = env().KAART_CACHE_SECONDS): Promise<string> {
  return cache.haal(KAART_GROEP, sleutel, ttlSeconden, maak);
}

export function vergeetKaartCache(tx?: Pick<Db, "$queryRaw" | "$executeRaw">): Promise<void> {
  return cache.vergeet(KAART_GROEP, tx);
}

/**
 * Reference lists (categories, wijken) for /kaart's filters and forms, in the same shared cache under
 * their own group. Every change of a category or a gebied calls `vergeetReferentie(tx)` in its
 * transaction (lib/data/categorieen.ts, lib/data/gebieden.ts), so with several app instances none
 * serves an archived category or a renamed wijk after the commit.
 */
export const REFERENTIE_GROEP = "referentie";

export async function gecachteReferentie<T>(sleutel: string, maak: () => Promise<T>): Promise<T> {
  return JSON.parse(await cache.haal(REFERENTIE_GROEP, sleutel, env().KAART_CACHE_SECONDS, async () => JSON.stringify(await maak()))) as T;
}

export function vergeetReferentie(tx?: Pick<Db, "$queryRaw" | "$executeRaw">): Promise<void> {
  return cache.vergeet(REFERENTIE_GROEP, tx);
}
