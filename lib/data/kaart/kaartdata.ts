/**
 * Sociale kaart, map data: every result of the filters as compact points for the map (public fields
 * only), its legend, and the reference lists the map and its filters use (categories, wijken, a wijk's boundary).
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client.ts";
import { gecachteReferentie } from "../../kaart/kaart-cache.ts";
import { db } from "../../db.ts";
import type { KaartFilters } from "../../validation/kaart.ts";
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
