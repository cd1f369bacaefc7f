/**
 * Map data for /kaart: the same filters as the page (query string), public fields only, as compact
 * arrays: { totaal, afgekapt, legenda: [{code, naam, kleur, icoon, pad}], punten: [[lat, lng, legenda-index, naam, slug]] }.
 */
import { kaartPuntenJson } from "@/lib/data/kaart";
import { parseFilters } from "@/lib/validation/kaart";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const filters = parseFilters(new URL(request.url).searchParams);
  const body = await kaartPuntenJson({ ...filters, pagina: 1 });
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      // Public data: browsers and proxies may keep it briefly.
      "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
    },
  });
}
