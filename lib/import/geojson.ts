/**
 * Import of wijk boundaries from a CBS Wijk- en Buurtkaart GeoJSON file (a FeatureCollection of wijken with
 * properties such as `wijkcode`/`wijknaam`, or `WK_CODE`/`WK_NAAM` in older releases), in WGS84 (EPSG:4326).
 * Each feature is matched to an existing wijk by CBS code or else by name. All or nothing: if any feature is
 * malformed, nothing is written. Features that match no wijk are skipped and reported.
 * Used by `npm run import:wijken -- file.geojson` (scripts/import-wijken.mts) and by the tests.
 */
import type { Db } from "../db.ts";
import type { ImportFout } from "./cijfers-csv.ts";
import { writeAudit } from "../audit.ts";

type Position = [number, number];
export interface Grens {
  type: "Polygon" | "MultiPolygon";
  coordinates: Position[][] | Position[][][];
}

export interface GrensFeature {
  nr: number;
  code: string | null;
  naam: string | null;
  geometry: Grens;
}

const CODE_KEYS = ["wijkcode", "wk_code", "statcode", "code"];
const NAAM_KEYS = ["wijknaam", "wk_naam", "statnaam", "naam", "name"];

function prop(props: Record<string, unknown>, keys: string[]): string | null {
  for (const [k, v] of Object.entries(props)) {
    if (keys.includes(k.toLowerCase()) && typeof v === "string" && v.trim()) return v.trim();
  }
  return null;
}

function checkRing(ring: unknown, waar: string): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return `${waar} heeft minder dan 4 punten`;
  for (const p of ring) {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== "number" || typeof p[1] !== "number" || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      return `${waar} bevat een punt dat geen [lengtegraad, breedtegraad] is`;
    }
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
      return `${waar} heeft coördinaten buiten WGS84 (${p[0]}, ${p[1]}); exporteer het bestand in EPSG:4326 in plaats van RD (EPSG:28992)`;
    }
  }
  return null;
}

function checkGeometry(g: unknown): string | null {
  const geo = g as { type?: unknown; coordinates?: unknown } | null;
  if (!geo || typeof geo !== "object") return "de geometrie ontbreekt";
  if (geo.type === "Polygon") {
    if (!Array.isArray(geo.coordinates) || !geo.coordinates.length) return "de Polygon heeft geen coördinaten";
    for (const ring of geo.coordinates) {
      const f = checkRing(ring, "een ring");
      if (f) return f;
    }
    return null;
  }
  if (geo.type === "MultiPolygon") {
    if (!Array.isArray(geo.coordinates) || !geo.coordinates.length) return "de MultiPolygon heeft geen coördinaten";
    for (const poly of geo.coordinates) {
      if (!Array.isArray(poly) || !poly.length) return "een deel van de MultiPolygon is leeg";
      for (const ring of poly) {
        const f = checkRing(ring, "een ring");
        if (f) return f;
      }
    }
    return null;
  }
  return `de geometrie is van het type ${String(geo.type)}; alleen Polygon en MultiPolygon kunnen`;
}

export function parseWijkGeojson(text: string): { features: GrensFeature[]; fouten: ImportFout[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { features: [], fouten: [{ regel: 0, melding: `Het bestand is geen geldige JSON: ${(e as Error).message}` }] };
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== "FeatureCollection" || !Array.isArray(fc.features)) {
    return { features: [], fouten: [{ regel: 0, melding: "Het bestand is geen GeoJSON FeatureCollection met features." }] };
  }
  const features: GrensFeature[] = [];
  const fouten: ImportFout[] = [];
  fc.features.forEach((f: unknown, i: number) => {
    const nr = i + 1;
    const feat = f as { type?: unknown; properties?: unknown; geometry?: unknown };
    const meldingen: string[] = [];
    if (feat?.type !== "Feature") meldingen.push("dit is geen Feature");
    const props = (feat?.properties && typeof feat.properties === "object" ? feat.properties : {}) as Record<string, unknown>;
    const code = prop(props, CODE_KEYS);
    const naam = prop(props, NAAM_KEYS);
    if (!code && !naam) meldingen.push("de wijkcode en de wijknaam ontbreken");
    if (code && !/^WK\d{6}$/i.test(code)) meldingen.push(`de wijkcode "${code}" heeft niet de vorm WK079701`);
    const g = checkGeometry(feat?.geometry);
    if (g) meldingen.push(g);
    const label = naam ?? code ?? "zonder naam";
    if (meldingen.length) fouten.push({ regel: nr, melding: `Feature ${nr} (${label}): ${meldingen.join("; ")}.` });
    else features.push({ nr, code: code?.toUpperCase() ?? null, naam, geometry: feat.geometry as Grens });
  });
  if (!fc.features.length) fouten.push({ regel: 0, melding: "Het bestand bevat geen features." });
  return { features, fouten };
}

/** Centre of the geometry's outer ring(s): the mean of their points (good enough to place a label). */
export function middelpunt(g: Grens): { lat: number; lng: number } {
  const rings = g.type === "Polygon" ? [(g.coordinates as Position[][])[0]] : (g.coordinates as Position[][][]).map((p) => p[0]);
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (const ring of rings) {
    for (const [x, y] of ring.slice(0, -1)) {
      sx += x;
      sy += y;
      n++;
    }
  }
  return { lng: Math.round((sx / n) * 1e6) / 1e6, lat: Math.round((sy / n) * 1e6) / 1e6 };
}

export interface GrensImportResultaat {
  ok: boolean;
  fouten: ImportFout[];
  bijgewerkt: string[];
  overgeslagen: string[];
}

export async function importWijkGrenzen(db: Db, text: string, actorId: string | null = null): Promise<GrensImportResultaat> {
  const { features, fouten } = parseWijkGeojson(text);
  const wijken = await db.wijk.findMany({ select: { id: true, naam: true, cbsCode: true } });
  const byCode = new Map(wijken.filter((w) => w.cbsCode).map((w) => [w.cbsCode!.toUpperCase(), w]));
  const byNaam = new Map(wijken.map((w) => [w.naam.toLowerCase(), w]));
  const overgeslagen: string[] = [];
  const matches: { feature: GrensFeature; wijk: (typeof wijken)[number] }[] = [];
  const gebruikt = new Map<string, number>();
  for (const f of features) {
    const wijk = (f.code ? byCode.get(f.code) : undefined) ?? (f.naam ? byNaam.get(f.naam.toLowerCase()) : undefined);
    if (!wijk) {
      overgeslagen.push(`Feature ${f.nr} (${f.naam ?? f.code}): geen wijk met deze code of naam.`);
      continue;
    }
    const eerder = gebruikt.get(wijk.id);
    if (eerder) {
      fouten.push({ regel: f.nr, melding: `Feature ${f.nr} (${f.naam ?? f.code}): hoort bij dezelfde wijk (${wijk.naam}) als feature ${eerder}.` });
      continue;
    }
    if (f.code && wijk.cbsCode && wijk.cbsCode.toUpperCase() !== f.code) {
      fouten.push({ regel: f.nr, melding: `Feature ${f.nr} (${f.naam}): de wijk ${wijk.naam} heeft al de CBS-code ${wijk.cbsCode}, niet ${f.code}.` });
      continue;
    }
    if (f.code && !wijk.cbsCode && byCode.has(f.code)) {
      fouten.push({ regel: f.nr, melding: `Feature ${f.nr} (${f.naam}): de code ${f.code} hoort al bij een andere wijk.` });
      continue;
    }
    gebruikt.set(wijk.id, f.nr);
    matches.push({ feature: f, wijk });
  }
  fouten.sort((a, b) => a.regel - b.regel);
  if (fouten.length) return { ok: false, fouten, bijgewerkt: [], overgeslagen };
  await db.$transaction(async (tx) => {
    for (const { feature, wijk } of matches) {
      const c = middelpunt(feature.geometry);
      const data = { grens: feature.geometry as object, lat: c.lat, lng: c.lng, cbsCode: feature.code ?? wijk.cbsCode };
      await tx.wijk.update({ where: { id: wijk.id }, data });
      await writeAudit(tx, { actorId, actie: "wijk.grens_geimporteerd", entiteit: "Wijk", entiteitId: wijk.id, voor: { cbsCode: wijk.cbsCode }, na: { cbsCode: data.cbsCode, lat: c.lat, lng: c.lng } });
    }
  });
  return { ok: true, fouten: [], bijgewerkt: matches.map((m) => m.wijk.naam), overgeslagen };
}
