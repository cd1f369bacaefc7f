/**
 * The content version for the page cache of the production server (scripts/pagina-cache.mjs).
 * Database triggers (migration 20261201021000_pagina_cache_versie, `sbp_volg_inhoud('Tabel')`) bump the
 * row "inhoud" of "CacheGeneratie" at the commit of every transaction that changes a content table, on
 * whichever app instance or script made the change. Each instance reads it with one small query at most
 * once per second and empties its page cache when the number changed.
 *
 * scripts/server.mjs is plain Node.js and loads the app through Next.js: instrumentation.ts registers
 * `leesInhoudVersie` on globalThis under INHOUD_VERSIE_SLEUTEL, so the query runs on the app's own
 * database client (PostgreSQL pool or the one embedded PGlite).
 */
import { db, type Db } from "./db.ts";

export const INHOUD_GROEP = "inhoud";
export const INHOUD_VERSIE_SLEUTEL = Symbol.for("sbp.inhoudVersie");

/** The current content version as a string (bigint), "0" before the first change. */
export async function leesInhoudVersie(client: Pick<Db, "$queryRaw"> = db): Promise<string> {
  const rows = await client.$queryRaw<{ generatie: bigint }[]>`SELECT "generatie" FROM "CacheGeneratie" WHERE "groep" = ${INHOUD_GROEP}`;
  return String(rows[0]?.generatie ?? 0);
}

/** Called once at server start (instrumentation.ts). */
export function registreerInhoudVersie(): void {
  (globalThis as unknown as Record<symbol, unknown>)[INHOUD_VERSIE_SLEUTEL] = () => leesInhoudVersie();
}
