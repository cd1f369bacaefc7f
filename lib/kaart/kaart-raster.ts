/**
 * The grid for server-side clustering of /api/kaart (no server imports, unit-testable). A cell is
 * about CEL_PX screen pixels square at the requested zoom; its edges are fixed multiples of the cell
 * size (not relative to the box), so clusters stay put while the map pans. The box is widened to
 * multiples of four cells: small pans ask the shared cache for the same key. A box with more than
 * MAX_CELLEN cells gets coarser cells (doubling), so no answer has more than a few hundred clusters.
 */
import { mercatorY, type KaartVenster } from "../validation/kaart.ts";

export const CEL_PX = 64;
export const MAX_CELLEN = 300;

export interface Raster {
  /** Cell size in degrees. */
  celLng: number;
  celLat: number;
  /** The widened box. */
  west: number;
  south: number;
  east: number;
  north: number;
  /** Cache key of the widened box and grid. */
  sleutel: string;
}

export function raster(v: KaartVenster): Raster {
  // Square in pixels near the box's latitude (rounded to whole degrees: the same grid while panning).
  const cosLat = Math.max(0.05, Math.cos((Math.round((v.south + v.north) / 2) * Math.PI) / 180));
  let celLng = (CEL_PX * 360) / (256 * 2 ** v.zoom);
  let celLat = celLng * cosLat;
  const cellen = ((v.east - v.west) / celLng) * ((v.north - v.south) / celLat);
  let factor = 1;
  if (cellen > MAX_CELLEN) factor = 2 ** Math.ceil(Math.log2(Math.sqrt(cellen / MAX_CELLEN)));
  celLng *= factor;
  celLat *= factor;
  const stapLng = celLng * 4;
  const stapLat = celLat * 4;
  const iw = Math.floor(v.west / stapLng);
  const ie = Math.ceil(v.east / stapLng);
  const is = Math.floor(v.south / stapLat);
  const in_ = Math.ceil(v.north / stapLat);
  return {
    celLng,
    celLat,
    west: Math.max(-180, iw * stapLng),
    east: Math.min(180, ie * stapLng),
    south: Math.max(-90, is * stapLat),
    north: Math.min(90, in_ * stapLat),
    sleutel: `${v.zoom}:${factor}:${Math.round(cosLat * 1000)}:${iw},${is},${ie},${in_}`,
  };
}

/** The zoom at which a box fits about 1024 x 768 pixels (the overview without a bbox); at most 16. */
export function pasZoom(b: { west: number; south: number; east: number; north: number }): number {
  for (let z = 16; z > 0; z--) {
    const breedte = ((b.east - b.west) / 360) * 256 * 2 ** z;
    const hoogte = mercatorY(b.south, z) - mercatorY(b.north, z);
    if (breedte <= 1024 && hoogte <= 768) return z;
  }
  return 0;
}
