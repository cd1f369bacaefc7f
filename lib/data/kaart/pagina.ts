/**
 * Everything the public /kaart page reads from the database, in one entry of the shared cache
 * (lib/kaart/kaart-cache.ts, in PostgreSQL): the result page, the categories and wijken for the
 * filters and the legend, and the boundary of the chosen wijk. A request then costs one small query
 * (the cache's generation check) instead of four, and nothing is kept per app instance on its own:
 * an invalidation (vergeetKaartCache) by any instance counts at once on all of them; other changes
 * (a new category, a wijk's boundary) show up within KAART_CACHE_SECONDS.
 *
 * Public data only: the page is the same for everybody (the header with the signed-in user is
 * rendered per request by the layout and is never part of this entry).
 */
import "server-only";
import { gecachteKaartJson } from "../../kaart/kaart-cache.ts";
import { filtersToQuery, type KaartFilters } from "../../validation/kaart.ts";
import { leesKaartWijk, zoekCategorieen, zoekKaartWijken, type CategorieOptie, type KaartWijk, type KaartWijkGrens } from "./kaartdata.ts";
import { metNuOpen, PER_PAGINA, zoekKaart, zoekKaartVoorCache, type GecachteResultaten, type KaartResultaten } from "./zoeken.ts";

export interface KaartPagina {
  resultaten: KaartResultaten;
  categorieen: CategorieOptie[];
  wijken: KaartWijk[];
  /** The chosen wijk (filter), with its boundary for the map. */
  wijk: KaartWijkGrens | null;
}

type GecachtePagina = Omit<KaartPagina, "resultaten"> & { resultaten: GecachteResultaten };

/** Public: the data of /kaart for these filters ('nu open' per item computed now). */
export async function leesKaartPagina(f: KaartFilters): Promise<KaartPagina> {
  const referentie = () => Promise.all([zoekCategorieen(), zoekKaartWijken(), f.wijk ? leesKaartWijk(f.wijk) : Promise.resolve(null)]);
  if (f.open) {
    // 'nu open' depends on the minute: the results are never cached
    const [resultaten, [categorieen, wijken, wijk]] = await Promise.all([zoekKaart(f), referentie()]);
    return { resultaten, categorieen, wijken, wijk };
  }
  const json = await gecachteKaartJson(`pagina:${PER_PAGINA}:${filtersToQuery(f)}`, async () => {
    const [resultaten, [categorieen, wijken, wijk]] = await Promise.all([zoekKaartVoorCache(f), referentie()]);
    return JSON.stringify({ resultaten, categorieen, wijken, wijk } satisfies GecachtePagina);
  });
  const p = JSON.parse(json) as GecachtePagina;
  return { ...p, resultaten: metNuOpen(p.resultaten) };
}
