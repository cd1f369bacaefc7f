/**
 * Map data for /kaart by viewport: the same filters as the page (query string) plus, optionally,
 * `bbox=west,south,east,north` (WGS84 degrees) and `zoom` (0–20), always together. Public fields only:
 *
 *   { totaal, omvang: [south, west, north, east] | null, zoom, inBeeld,
 *     legenda: [{code, naam, kleur, icoon, pad}],
 *     punten: [[lat, lng, legenda-index, naam, slug]],
 *     clusters: [[lat, lng, aantal, south, west, north, east]] }
 *
 * `totaal` and `omvang` cover every result of the filters (the map fits `omvang` on first load);
 * `punten` and `clusters` only the box, widened to the grid of lib/kaart/kaart-raster.ts. Up to
 * MAX_PUNTEN_IN_BEELD (300) results in the box come as points, more as clusters from a grid of about
 * 64 pixels at that zoom (cells with one result as a point). Without bbox: an overview of all results
 * at the zoom that fits them (so also small). A bad bbox or zoom: 400 with a Dutch message { fout }.
 * Responses are cached briefly in the shared cache (lib/kaart/kaart-cache.ts, PostgreSQL), keyed by
 * the filters and the widened box (prefix `venster:`, not the old all-points answer's `api:`, so an
 * instance still running the old code never hands its answer shape to this one); Next.js compresses them.
 */
import { zoekKaartVensterJson, vensterSleutel } from "@/lib/data/kaart/kaartdata";
import { filtersToQuery, parseFilters, parseVenster } from "@/lib/validation/kaart";
import { gecachteKaartJson } from "@/lib/kaart/kaart-cache";
import { geldigeQuery } from "@/lib/validation/params";
import { ongeldigeQueryAntwoord } from "@/lib/route-params";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  if (!geldigeQuery(params)) return ongeldigeQueryAntwoord();
  const venster = parseVenster(params);
  if (!venster.ok) return Response.json({ fout: venster.melding }, { status: 400 });
  const filters = { ...parseFilters(params), pagina: 1 };
  // 'nu open' depends on the minute: never cached
  const json = filters.open
    ? await zoekKaartVensterJson(filters, venster.venster)
    : await gecachteKaartJson(`venster:${filtersToQuery(filters)}${venster.venster ? `|${vensterSleutel(venster.venster)}` : ""}`, () =>
        zoekKaartVensterJson(filters, venster.venster, { cache: true }),
      );
  return new Response(json, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      // Public data: browsers and proxies may keep it briefly.
      "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
    },
  });
}
