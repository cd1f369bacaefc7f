/**
 * Sociale kaart, map data: every result of the filters as compact points for the map (public fields
 * only), its legend, and the reference lists the map and its filters use (categories, wijken, a wijk's boundary).
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client.ts";
import { gecachteKaartJson, gecachteReferentie } from "../../kaart/kaart-cache.ts";
import { pasZoom, raster } from "../../kaart/kaart-raster.ts";
import { db } from "../../db.ts";
import { filtersToQuery, type KaartFilters, type KaartVenster } from "../../validation/kaart.ts";
import { bronnenSql } from "./bronnen.ts";
import { maakZoekvraag } from "./zoekvraag.ts";

/** Upper bound for the map payload (the list is always complete and paginated). */
export const MAX_KAART_PUNTEN = 15_000;

export interface KaartLegendaItem {
  code: string;
  naam: string;
  kleur: string;
  icoon: string;
  pad: string;
}

/** KaartData as a JSON string (for /api/kaart, sent as it is). */
export type KaartPuntenJson = string;

export interface KaartData {
  totaal: number;
  afgekapt: boolean;
  legenda: KaartLegendaItem[];
  /** [lat, lng, legenda-index, naam, slug-of-id] */
  punten: [number, number, number, string, string][];
}

export const ACTIVITEIT_LEGENDA = { code: "activiteit", naam: "Activiteit", kleur: "#00577a", icoon: "A", pad: "/kaart/activiteit/" };
export const INITIATIEF_LEGENDA = { code: "initiatief", naam: "Initiatief van inwoners", kleur: "#7d3c98", icoon: "I", pad: "/kaart/initiatief/" };

/**
 * Public: every result of the filters as compact points for the map (public fields only), as a JSON
 * string built by PostgreSQL itself (json_agg): no per-row decoding and re-encoding in Node.js, which
 * matters at 10,000 points.
 */
export async function zoekKaartPuntenJson(f: KaartFilters, opts: { nu?: Date } = {}): Promise<KaartPuntenJson> {
  const nu = opts.nu ?? new Date();
  const categorieen = await zoekCategorieen();
  const legenda: KaartLegendaItem[] = [
    ...categorieen.map((c) => ({ code: c.slug, naam: c.naam, kleur: c.kleur, icoon: c.icoon, pad: "/kaart/plek/" })),
    ACTIVITEIT_LEGENDA,
    INITIATIEF_LEGENDA,
  ];
  const bronnen = bronnenSql(f, nu, await maakZoekvraag(f.q));
  const legendaJson = JSON.stringify(legenda);
  if (!bronnen) return `{"totaal":0,"afgekapt":false,"legenda":${legendaJson},"punten":[]}`;
  const catIds = categorieen.map((c) => c.id);
  const rows = await db.$queryRaw<{ n: bigint; punten: string }[]>`
    SELECT count(*) AS n, COALESCE(json_agg(json_build_array(
        round(r."lat"::numeric, 5), round(r."lng"::numeric, 5),
        CASE r."soort" WHEN 'plek' THEN COALESCE(array_position(${catIds}::text[], r."cat") - 1, 0)
                       WHEN 'activiteit' THEN ${catIds.length}::int ELSE ${catIds.length + 1}::int END,
        r."naam", r."slug")), '[]'::json)::text AS punten
    FROM (SELECT * FROM (${bronnen}) b LIMIT ${MAX_KAART_PUNTEN}) r`;
  const n = Number(rows[0]?.n ?? 0);
  const afgekapt = n >= MAX_KAART_PUNTEN && (await db.$queryRaw<{ meer: boolean }[]>`SELECT EXISTS (SELECT 1 FROM (${bronnen}) b OFFSET ${MAX_KAART_PUNTEN}) AS meer`)[0]?.meer === true;
  return `{"totaal":${n},"afgekapt":${afgekapt},"legenda":${legendaJson},"punten":${rows[0]?.punten ?? "[]"}}`;
}

// ---------- map data by viewport (/api/kaart?bbox=…&zoom=…) ----------

/** At most this many points in the box are sent as points; more become clusters from the grid (lib/kaart/kaart-raster.ts). */
export const MAX_PUNTEN_IN_BEELD = 300;

/** The viewport answer: points when few are in the box, otherwise clusters plus the cells holding one point. */
export interface KaartVensterData {
  /** Every result of the filters (the whole gemeente, not only the box). */
  totaal: number;
  /** [south, west, north, east] of every result of the filters (to fit the map); null without results. */
  omvang: [number, number, number, number] | null;
  /** The zoom the answer was made for (the request's, or the overview's). */
  zoom: number;
  /** Results inside the (widened) box. */
  inBeeld: number;
  legenda: KaartLegendaItem[];
  /** [lat, lng, legenda-index, naam, slug-of-id] */
  punten: [number, number, number, string, string][];
  /** [lat, lng, count, south, west, north, east]: the centre of its points, their number and bounds. */
  clusters: [number, number, number, number, number, number, number][];
}

async function kaartLegenda() {
  const categorieen = await zoekCategorieen();
  const legenda: KaartLegendaItem[] = [
    ...categorieen.map((c) => ({ code: c.slug, naam: c.naam, kleur: c.kleur, icoon: c.icoon, pad: "/kaart/plek/" })),
    ACTIVITEIT_LEGENDA,
    INITIATIEF_LEGENDA,
  ];
  return { legenda, catIds: categorieen.map((c) => c.id) };
}

function legendaIndexSql(catIds: string[]) {
  return Prisma.sql`CASE b."soort" WHEN 'plek' THEN COALESCE(array_position(${catIds}::text[], b."cat") - 1, 0)
    WHEN 'activiteit' THEN ${catIds.length}::int ELSE ${catIds.length + 1}::int END`;
}

/** Count and extent of every result of the filters, as JSON ({"n":…,"s":…,"w":…,"no":…,"e":…}). */
async function berekenOmvang(bronnen: Prisma.Sql): Promise<string> {
  const rows = await db.$queryRaw<{ n: bigint; s: number | null; w: number | null; no: number | null; e: number | null }[]>`
    SELECT count(*) AS n, min(b."lat")::float8 AS s, min(b."lng")::float8 AS w, max(b."lat")::float8 AS no, max(b."lng")::float8 AS e FROM (${bronnen}) b`;
  const r = rows[0];
  return JSON.stringify({ n: Number(r?.n ?? 0), s: r?.s ?? null, w: r?.w ?? null, no: r?.no ?? null, e: r?.e ?? null });
}

const r5 = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * Public: the map data for what is in view. With `venster`: only results inside the box (widened to
 * the grid); up to MAX_PUNTEN_IN_BEELD as points, otherwise grid clusters by zoom (GROUP BY the
 * snapped lat/lng: the same SQL on PostgreSQL and PGlite), cells with one result as points. Without
 * `venster`: the same for the extent of all results at the zoom that fits it (an overview). The JSON
 * is built by PostgreSQL (json_agg). `cache`: keep the extent in the shared cache (not for 'nu open').
 */
export async function zoekKaartVensterJson(f: KaartFilters, venster?: KaartVenster, opts: { nu?: Date; cache?: boolean } = {}): Promise<string> {
  const nu = opts.nu ?? new Date();
  const { legenda, catIds } = await kaartLegenda();
  const legendaJson = JSON.stringify(legenda);
  const bronnen = bronnenSql(f, nu, await maakZoekvraag(f.q));
  const leeg = (zoom: number) => `{"totaal":0,"omvang":null,"zoom":${zoom},"inBeeld":0,"legenda":${legendaJson},"punten":[],"clusters":[]}`;
  if (!bronnen) return leeg(venster?.zoom ?? 0);
  const omvangTekst = venster && opts.cache ? await gecachteKaartJson(`omvang:${filtersToQuery({ ...f, pagina: 1 })}`, () => berekenOmvang(bronnen)) : await berekenOmvang(bronnen);
  const o = JSON.parse(omvangTekst) as { n: number; s: number | null; w: number | null; no: number | null; e: number | null };
  if (o.n === 0 || o.s === null || o.w === null || o.no === null || o.e === null) return leeg(venster?.zoom ?? 0);
  const omvang = [r5(o.s), r5(o.w), r5(o.no), r5(o.e)];
  const v: KaartVenster = venster ?? { west: o.w, south: o.s, east: o.e, north: o.no, zoom: pasZoom({ west: o.w, south: o.s, east: o.e, north: o.no }) };
  const g = raster(v);
  const kop = `"totaal":${o.n},"omvang":${JSON.stringify(omvang)},"zoom":${v.zoom}`;
  const inBox = Prisma.sql`b."lat" BETWEEN ${g.south}::float8 AND ${g.north}::float8 AND b."lng" BETWEEN ${g.west}::float8 AND ${g.east}::float8`;
  const li = legendaIndexSql(catIds);

  // Few in the box: the points themselves (one query; LIMIT one more than allowed tells 'too many').
  const punten = await db.$queryRaw<{ n: bigint; punten: string }[]>`
    SELECT count(*) AS n, COALESCE(json_agg(json_build_array(round(r."lat"::numeric, 5), round(r."lng"::numeric, 5), r."li", r."naam", r."slug")), '[]'::json)::text AS punten
    FROM (SELECT b."lat", b."lng", ${li} AS li, b."naam", b."slug" FROM (${bronnen}) b WHERE ${inBox} LIMIT ${MAX_PUNTEN_IN_BEELD + 1}) r`;
  const n = Number(punten[0]?.n ?? 0);
  if (n <= MAX_PUNTEN_IN_BEELD) return `{${kop},"inBeeld":${n},"legenda":${legendaJson},"punten":${punten[0]?.punten ?? "[]"},"clusters":[]}`;

  // Many: one row per grid cell.
  const rows = await db.$queryRaw<{ n: bigint | null; punten: string | null; clusters: string | null }[]>`
    SELECT sum(c."n") AS n,
      json_agg(json_build_array(round(c."lat"::numeric, 5), round(c."lng"::numeric, 5), c."li", c."naam", c."slug")) FILTER (WHERE c."n" = 1)::text AS punten,
      json_agg(json_build_array(round(c."lat"::numeric, 5), round(c."lng"::numeric, 5), c."n",
        round(c."s"::numeric, 5), round(c."w"::numeric, 5), round(c."no"::numeric, 5), round(c."e"::numeric, 5))) FILTER (WHERE c."n" > 1)::text AS clusters
    FROM (SELECT count(*) AS n, avg(r."lat") AS lat, avg(r."lng") AS lng, min(r."lat") AS s, min(r."lng") AS w, max(r."lat") AS no, max(r."lng") AS e,
            min(r."li") AS li, min(r."naam") AS naam, min(r."slug") AS slug
          FROM (SELECT b."lat"::float8 AS lat, b."lng"::float8 AS lng, ${li} AS li, b."naam", b."slug" FROM (${bronnen}) b WHERE ${inBox}) r
          GROUP BY floor(r."lat" / ${g.celLat}::float8), floor(r."lng" / ${g.celLng}::float8)) c`;
  const r = rows[0];
  return `{${kop},"inBeeld":${Number(r?.n ?? 0)},"legenda":${legendaJson},"punten":${r?.punten ?? "[]"},"clusters":${r?.clusters ?? "[]"}}`;
}

/** The cache key part of a viewport (the widened box and grid, so nearby boxes share it). */
export function vensterSleutel(v: KaartVenster | undefined): string {
  return v ? raster(v).sleutel : "alles";
}

/** The same data as an object (tests, server code). */
export async function zoekKaartPunten(f: KaartFilters, opts: { nu?: Date } = {}): Promise<KaartData> {
  return JSON.parse(await zoekKaartPuntenJson(f, opts)) as KaartData;
}

// ---------- reference lists ----------

export interface CategorieOptie {
  id: string;
  slug: string;
  naam: string;
  soort: "ONTMOETINGSPLEK" | "VOORZIENING";
  groep: string | null;
  kleur: string;
  icoon: string;
}

/**
 * Reference data (categories, wijken) is read on every /kaart request: kept in the shared cache in
 * PostgreSQL (lib/kaart/kaart-cache.ts), invalidated in the transaction of every change, so it is
 * correct with several app instances. Archived categories and gebieden, and buurten, are left out.
 */
/** Public: the place categories, in their order (filters, legend, forms). */
export async function zoekCategorieen(): Promise<CategorieOptie[]> {
  return gecachteReferentie("categorieen", () =>
    db.categorie.findMany({
      where: { gearchiveerdOp: null },
      orderBy: [{ volgorde: "asc" }, { naam: "asc" }],
      select: { id: true, slug: true, naam: true, soort: true, groep: true, kleur: true, icoon: true },
    }),
  );
}

export interface KaartWijk {
  id: string;
  naam: string;
  slug: string;
  soort: string;
}

/** Public: every wijk and dorp (no buurten, nothing archived), for the filter on /kaart and the suggestion form. */
export async function zoekKaartWijken(): Promise<KaartWijk[]> {
  return gecachteReferentie("wijken", () =>
    db.wijk.findMany({ where: { gearchiveerdOp: null, soort: { not: "BUURT" } }, orderBy: { naam: "asc" }, select: { id: true, naam: true, slug: true, soort: true } }),
  );
}

export interface KaartWijkGrens {
  naam: string;
  slug: string;
  lat: number;
  lng: number;
  grens: Prisma.JsonValue | null;
}

/** Public: a wijk's name, centre and boundary (GeoJSON) for the map, when a wijk filter is set. */
export async function leesKaartWijk(slug: string): Promise<KaartWijkGrens | null> {
  return db.wijk.findUnique({ where: { slug }, select: { naam: true, slug: true, lat: true, lng: true, grens: true } });
}
