/**
 * Everything the public /kaart page reads from the database: the result page, the categories and
 * wijken for the filters and the legend, and the boundary of the chosen wijk. Each part comes from the
 * shared cache in PostgreSQL under the group its changes invalidate (lib/kaart/kaart-cache.ts): the
 * results under "kaart" (vergeetKaartCache), categories and wijken under "referentie"
 * (vergeetReferentie), so with several app instances nothing stale is served after a change. A request
 * costs one small query per part (the generation check), never a search.
 *
 * Public data only: the page is the same for everybody (the header with the signed-in user is
 * rendered per request by the layout and is never part of a cache entry).
 */
import "server-only";
import type { KaartFilters } from "../../validation/kaart.ts";
import { leesKaartWijk, zoekCategorieen, zoekKaartWijken, type CategorieOptie, type KaartWijk, type KaartWijkGrens } from "./kaartdata.ts";
import { zoekKaart, type KaartResultaten } from "./zoeken.ts";

export interface KaartPagina {
  resultaten: KaartResultaten;
  categorieen: CategorieOptie[];
  wijken: KaartWijk[];
  /** The chosen wijk (filter), with its boundary for the map. */
  wijk: KaartWijkGrens | null;
}

/** Public: the data of /kaart for these filters ('nu open' per item computed now). */
export async function leesKaartPagina(f: KaartFilters): Promise<KaartPagina> {
  const [resultaten, categorieen, wijken, wijk] = await Promise.all([
    zoekKaart(f),
    zoekCategorieen(),
    zoekKaartWijken(),
    f.wijk ? leesKaartWijk(f.wijk) : Promise.resolve(null),
  ]);
  return { resultaten, categorieen, wijken, wijk };
}
