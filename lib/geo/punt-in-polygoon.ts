/**
 * Point in polygon for GeoJSON boundaries in WGS84 ([lng, lat] positions): Polygon with holes and
 * MultiPolygon. Even-odd ray casting per ring; a point is inside a polygon when it is inside the outer
 * ring and inside none of its holes, and inside a MultiPolygon when it is inside any of its polygons.
 * A point exactly on an edge may count either way (boundaries of neighbouring gebieden touch).
 */
export type Positie = [number, number];
export type Ring = Positie[];
export type GeoGrens = { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };

export function puntInRing(lng: number, lat: number, ring: Ring): boolean {
  let binnen = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) binnen = !binnen;
  }
  return binnen;
}

export function puntInPolygoon(lng: number, lat: number, polygoon: Ring[]): boolean {
  const [buiten, ...gaten] = polygoon;
  if (!buiten || !puntInRing(lng, lat, buiten)) return false;
  return !gaten.some((gat) => puntInRing(lng, lat, gat));
}

/** Is the point (lng, lat) inside this Polygon or MultiPolygon? Anything else: false. */
export function puntInGrens(lng: number, lat: number, grens: unknown): boolean {
  const g = grens as GeoGrens | null;
  if (!g || !Array.isArray(g.coordinates)) return false;
  if (g.type === "Polygon") return puntInPolygoon(lng, lat, g.coordinates);
  if (g.type === "MultiPolygon") return g.coordinates.some((p) => puntInPolygoon(lng, lat, p));
  return false;
}
