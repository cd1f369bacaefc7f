/**
 * Reading CBS Wijk- en Buurtkaart GeoJSON files (no database here; the plan and the write are in
 * lib/data/gebieden.ts). Accepted, as published and as in circulation:
 * - PDOK / CBS: `wijkcode`/`wijknaam`, `buurtcode`/`buurtnaam`, `gemeentecode` (and `gemeentenaam`);
 * - the simplified national files (e.g. cartomap/nl): `statcode`/`statnaam`, WK... or BU... codes;
 * - older releases: `WK_CODE`/`WK_NAAM`, `BU_CODE`/`BU_NAAM`, `GM_CODE`.
 * Wijken (WK + 6 digits) and buurten (BU + 8 digits); the gemeente follows from `gemeentecode` or else
 * from the code itself (WK0797.. and BU0797.... are in GM0797). Only features of the configured
 * gemeente are kept; the rest is counted and ignored. Geometry: Polygon or MultiPolygon in WGS84.
 * A file in RD (EPSG:28992) is refused as a whole with a message saying how to export WGS84.
 */
import type { ImportFout } from "./cijfers-csv.ts";

type Positie = [number, number];
export interface CbsGeometrie {
  type: "Polygon" | "MultiPolygon";
  coordinates: Positie[][] | Positie[][][];
}

export interface CbsFeature {
  nr: number;
  soort: "WIJK" | "BUURT";
  /** WK079701 or BU07970101; null when the file has only names. */
  code: string | null;
  /** As in the file, e.g. "Wijk 01 Drunen". */
  naam: string;
  /** For a buurt: the code of its wijk (from `wijkcode` or from the buurtcode). */
  wijkcode: string | null;
  geometry: CbsGeometrie;
}

export interface CbsBestand {
  features: CbsFeature[];
  fouten: ImportFout[];
  /** Features of other gemeenten, ignored. */
  andereGemeenten: number;
}

export const RD_MELDING =
  "Dit bestand heeft RD-coördinaten (EPSG:28992, in meters). Het portaal leest alleen WGS84 (EPSG:4326, lengte- en breedtegraden). " +
  "Sla het bestand opnieuw op in WGS84. In QGIS: klik met de rechtermuisknop op de laag, kies 'Exporteren' en dan 'Objecten opslaan als', " +
  "kies de indeling GeoJSON en het CRS 'EPSG:4326 - WGS 84'. Met GDAL: ogr2ogr -t_srs EPSG:4326 wijken-wgs84.geojson wijken.geojson. " +
  "Bij PDOK kiest u bij het downloaden de projectie EPSG:4326.";

const WIJKCODE_KEYS = ["wijkcode", "wk_code"];
const WIJKNAAM_KEYS = ["wijknaam", "wk_naam"];
const BUURTCODE_KEYS = ["buurtcode", "bu_code"];
const BUURTNAAM_KEYS = ["buurtnaam", "bu_naam"];
const STATCODE_KEYS = ["statcode", "code"];
const STATNAAM_KEYS = ["statnaam", "naam", "name"];
const GEMEENTE_KEYS = ["gemeentecode", "gm_code"];

function prop(props: Record<string, unknown>, keys: string[]): string | null {
  for (const [k, v] of Object.entries(props)) {
    if (!keys.includes(k.toLowerCase())) continue;
    if (typeof v === "string" && v.trim()) return v.trim();
    if (typeof v === "number") return String(v);
  }
  return null;
}

/** "Wijk 01 Drunen" -> "Drunen", "Buurt 03 Vesting" -> "Vesting"; other names unchanged. */
export function kaleNaam(naam: string): string {
  const kaal = naam.replace(/^\s*(wijk|buurt)\s+\d+\s*[-:]?\s*/i, "").trim();
  return kaal || naam.trim();
}

/** For matching: the name without the "Wijk 01 " prefix, in lower case, single spaces. */
export function naamSleutel(naam: string): string {
  return kaleNaam(naam).toLowerCase().replace(/\s+/g, " ");
}

function gemeenteUitCode(code: string | null): string | null {
  const m = code?.match(/^(?:WK|BU)(\d{4})/i);
  return m ? `GM${m[1]}` : null;
}

/** Does the file's `crs` name RD (EPSG:28992)? */
function crsIsRd(json: unknown): boolean {
  const crs = (json as { crs?: { properties?: { name?: unknown } } })?.crs;
  const naam = crs?.properties?.name;
  return typeof naam === "string" && /28992/.test(naam);
}

function ringFout(ring: unknown): string | "RD" | null {
  if (!Array.isArray(ring) || ring.length < 4) return "een ring heeft minder dan 4 punten";
  for (const p of ring) {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== "number" || typeof p[1] !== "number" || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      return "een punt is geen [lengtegraad, breedtegraad]";
    }
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return "RD";
  }
  return null;
}

function geometrieFout(g: unknown): string | "RD" | null {
  const geo = g as { type?: unknown; coordinates?: unknown } | null;
  if (!geo || typeof geo !== "object") return "de geometrie ontbreekt";
  const polygonen: unknown[] =
    geo.type === "Polygon" ? [geo.coordinates] : geo.type === "MultiPolygon" && Array.isArray(geo.coordinates) ? geo.coordinates : [];
  if (geo.type !== "Polygon" && geo.type !== "MultiPolygon") return `de geometrie is van het type ${String(geo.type)}; alleen Polygon en MultiPolygon kunnen`;
  if (!polygonen.length) return `de ${geo.type} heeft geen coördinaten`;
  for (const poly of polygonen) {
    if (!Array.isArray(poly) || !poly.length) return `de ${geo.type} heeft geen coördinaten`;
    for (const ring of poly) {
      const f = ringFout(ring);
      if (f) return f;
    }
  }
  return null;
}

/** Parses and checks the file; keeps only the features of `gemeente` (GMxxxx). Never throws. */
export function leesCbsBestand(text: string, gemeente: string): CbsBestand {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { features: [], fouten: [{ regel: 0, melding: "Het bestand is geen geldige GeoJSON (het is geen JSON). Kies het .geojson-bestand van CBS of PDOK." }], andereGemeenten: 0 };
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== "FeatureCollection" || !Array.isArray(fc.features)) {
    return { features: [], fouten: [{ regel: 0, melding: "Het bestand is geen GeoJSON FeatureCollection met features." }], andereGemeenten: 0 };
  }
  if (crsIsRd(json)) return { features: [], fouten: [{ regel: 0, melding: RD_MELDING }], andereGemeenten: 0 };
  const gm = gemeente.toUpperCase();
  const features: CbsFeature[] = [];
  const fouten: ImportFout[] = [];
  let andereGemeenten = 0;
  let rd = false;
  fc.features.forEach((f: unknown, i: number) => {
    const nr = i + 1;
    const feat = f as { type?: unknown; properties?: unknown; geometry?: unknown };
    const props = (feat?.properties && typeof feat.properties === "object" ? feat.properties : {}) as Record<string, unknown>;
    const statcode = prop(props, STATCODE_KEYS)?.toUpperCase() ?? null;
    let buurtcode = prop(props, BUURTCODE_KEYS)?.toUpperCase() ?? null;
    let wijkcode = prop(props, WIJKCODE_KEYS)?.toUpperCase() ?? null;
    if (statcode?.startsWith("BU")) buurtcode ??= statcode;
    if (statcode?.startsWith("WK")) wijkcode ??= statcode;
    // A file of gemeenten or other units in a statcode file is not ours.
    if (statcode && !buurtcode && !wijkcode) {
      andereGemeenten++;
      return;
    }
    const soort: CbsFeature["soort"] = buurtcode || prop(props, BUURTNAAM_KEYS) ? "BUURT" : "WIJK";
    const code = soort === "BUURT" ? buurtcode : wijkcode;
    const naam =
      (soort === "BUURT" ? prop(props, BUURTNAAM_KEYS) : prop(props, WIJKNAAM_KEYS)) ?? prop(props, STATNAAM_KEYS) ?? null;
    const gemeenteVan = prop(props, GEMEENTE_KEYS)?.toUpperCase() ?? gemeenteUitCode(code);
    const gmNorm = gemeenteVan && /^\d+$/.test(gemeenteVan) ? `GM${gemeenteVan.padStart(4, "0")}` : gemeenteVan;
    if (gmNorm && gmNorm !== gm) {
      andereGemeenten++;
      return;
    }
    const meldingen: string[] = [];
    if (feat?.type !== "Feature") meldingen.push("dit is geen Feature");
    if (!code && !naam) meldingen.push("de code en de naam ontbreken");
    if (code && soort === "WIJK" && !/^WK\d{6}$/.test(code)) meldingen.push(`de wijkcode "${code}" heeft niet de vorm WK079701`);
    if (code && soort === "BUURT" && !/^BU\d{8}$/.test(code)) meldingen.push(`de buurtcode "${code}" heeft niet de vorm BU07970101`);
    const g = geometrieFout(feat?.geometry);
    if (g === "RD") rd = true;
    else if (g) meldingen.push(g);
    const label = naam ?? code ?? "zonder naam";
    if (meldingen.length) {
      fouten.push({ regel: nr, melding: `Feature ${nr} (${label}): ${meldingen.join("; ")}.` });
      return;
    }
    if (g === "RD") return;
    const bijWijk = soort === "BUURT" ? (wijkcode ?? (code ? `WK${code.slice(2, 8)}` : null)) : null;
    features.push({ nr, soort, code, naam: naam ?? code!, wijkcode: bijWijk, geometry: feat.geometry as CbsGeometrie });
  });
  if (rd) return { features: [], fouten: [{ regel: 0, melding: RD_MELDING }], andereGemeenten };
  if (!fc.features.length) fouten.push({ regel: 0, melding: "Het bestand bevat geen features." });
  else if (!features.length && !fouten.length) {
    fouten.push({ regel: 0, melding: `Het bestand bevat geen wijken of buurten van gemeente ${gm}. Kies het bestand van uw gemeente, of controleer de gemeentecode.` });
  }
  return { features, fouten, andereGemeenten };
}

/** Centre of the outer ring(s): the mean of their points (good enough to place a label). */
export function middelpunt(g: CbsGeometrie): { lat: number; lng: number } {
  const rings = g.type === "Polygon" ? [(g.coordinates as Positie[][])[0]] : (g.coordinates as Positie[][][]).map((p) => p[0]);
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

/** A FeatureCollection with just these features (what is stored for the confirmation step). */
export function alsGeojson(features: CbsFeature[]): string {
  return JSON.stringify({
    type: "FeatureCollection",
    features: features.map((f) => ({
      type: "Feature",
      properties: f.soort === "BUURT" ? { buurtcode: f.code, buurtnaam: f.naam, wijkcode: f.wijkcode } : { wijkcode: f.code, wijknaam: f.naam },
      geometry: f.geometry,
    })),
  });
}
