/**
 * A small in-memory cache for the map endpoint's JSON (per app instance): the same filters within
 * KAART_CACHE_SECONDS (lib/env.ts) get the same string, so 10,000 points are not queried again for every visitor.
 * Approving a suggestion clears it (see lib/data/kaart.ts); other instances catch up within the TTL,
 * the same window the Cache-Control header already allows. Compression stays with Next.js (a body
 * pre-gzipped here with Content-Encoding was compressed a second time).
 */
import { env } from "../env.ts";

interface Entry {
  tot: number;
  json: string;
}

const MAX_ENTRIES = 200;
const entries = new Map<string, Entry>();

export async function gecachteKaartJson(sleutel: string, maak: () => Promise<string>): Promise<Entry> {
  const TTL_MS = env().KAART_CACHE_SECONDS * 1000;
  const nu = Date.now();
  const hit = entries.get(sleutel);
  if (hit && hit.tot > nu) return hit;
  const json = await maak();
  const entry: Entry = { tot: nu + TTL_MS, json };
  if (TTL_MS > 0) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(sleutel, entry);
  }
  return entry;
}

export function vergeetKaartCache() {
  entries.clear();
}
