/**
 * The search quality measure (issue 15): the query set in tests/fixtures/zoekvragen.json against the
 * demo data. A query hits when one of its expected names is among the first three results.
 * Used by tests/integration/zoekkwaliteit.test.ts (fails under a threshold) and by
 * scripts/bench/zoekkwaliteit.mts (`npm run bench` prints "zoektreffers: x %").
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { KaartFilters } from "../../lib/validation/kaart.ts";

export interface Zoekvraag {
  q: string;
  dichtbij?: string;
  verwacht: string[];
  toelichting?: string;
}

export interface Meting {
  raak: number;
  totaal: number;
  aandeel: number;
  missers: { q: string; dichtbij?: string; verwacht: string[]; kreeg: string[] }[];
}

export function leesZoekvragen(): Zoekvraag[] {
  const bestand = path.resolve(import.meta.dirname, "../fixtures/zoekvragen.json");
  return (JSON.parse(readFileSync(bestand, "utf8")) as { vragen: Zoekvraag[] }).vragen;
}

/** Runs every query through `zoek` (zoekKaart) and counts the hits. */
export async function meetZoekkwaliteit(zoek: (f: KaartFilters) => Promise<{ items: { naam: string }[] }>): Promise<Meting> {
  const vragen = leesZoekvragen();
  const missers: Meting["missers"] = [];
  for (const v of vragen) {
    const r = await zoek({ q: v.q, ...(v.dichtbij ? { postcode: v.dichtbij } : {}), pagina: 1 });
    const kreeg = r.items.slice(0, 3).map((i) => i.naam);
    if (!kreeg.some((n) => v.verwacht.includes(n))) missers.push({ q: v.q, dichtbij: v.dichtbij, verwacht: v.verwacht, kreeg });
  }
  const raak = vragen.length - missers.length;
  return { raak, totaal: vragen.length, aandeel: raak / vragen.length, missers };
}
