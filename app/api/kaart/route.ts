/**
 * Map data for /kaart: the same filters as the page (query string), public fields only, as compact
 * arrays: { totaal, afgekapt, legenda: [{code, naam, kleur, icoon, pad}], punten: [[lat, lng, legenda-index, naam, slug]] }.
 * Responses are cached briefly in the shared cache (lib/kaart/kaart-cache.ts, PostgreSQL); Next.js compresses them.
 */
import { zoekKaartPuntenJson } from "@/lib/data/kaart/kaartdata";
import { filtersToQuery, parseFilters } from "@/lib/validation/kaart";
import { gecachteKaartJson } from "@/lib/kaart/kaart-cache";
import { geldigeQuery } from "@/lib/validation/params";
import { ongeldigeQueryAntwoord } from "@/lib/route-params";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  if (!geldigeQuery(new URL(request.url).searchParams)) return ongeldigeQueryAntwoord();
  const filters = { ...parseFilters(new URL(request.url).searchParams), pagina: 1 };
  // 'nu open' depends on the minute: never cached
  const json = filters.open ? await zoekKaartPuntenJson(filters) : await gecachteKaartJson(`api:${filtersToQuery(filters)}`, () => zoekKaartPuntenJson(filters));
  return new Response(json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      // Public data: browsers and proxies may keep it briefly.
      "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
    },
  });
}
