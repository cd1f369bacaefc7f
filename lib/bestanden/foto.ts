/**
 * Photos from residents: check what the file really is (magic bytes, not the name or the browser's
 * MIME type), limit the size, make it at most 1600 px and encode it again with sharp. Re-encoding
 * without withMetadata() drops ALL metadata: EXIF (with GPS position and camera serial), XMP, IPTC
 * and ICC profiles (colours are converted to sRGB first).
 */
import "server-only";
import sharp from "sharp";
import { AppError } from "../errors.ts";

export type FotoSoort = "jpg" | "png" | "webp";

export const FOTO_MAX_PX = 1600;

export interface VerwerkteFoto {
  bytes: Uint8Array;
  soort: FotoSoort;
  mime: string;
  breedte: number;
  hoogte: number;
}

export const FOTO_MIME: Record<FotoSoort, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" };

/** The kind of image by its first bytes, or null for anything else. */
export function herkenFoto(b: Uint8Array): FotoSoort | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpg";
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x)) return "png";
  if (b.length >= 12 && String.fromCharCode(...b.subarray(0, 4)) === "RIFF" && String.fromCharCode(...b.subarray(8, 12)) === "WEBP") return "webp";
  return null;
}

const NIET_GELDIG = "Dit bestand is geen foto die we kunnen gebruiken. Kies een foto in JPEG-, PNG- of WebP-formaat.";

/**
 * Checks and cleans a photo. Throws an AppError on field `veld` with a Dutch message when the file is
 * too large, not a JPEG/PNG/WebP, or damaged.
 */
export async function verwerkFoto(bytes: Uint8Array, opties: { maxBytes: number; veld?: string }): Promise<VerwerkteFoto> {
  const veld = opties.veld ?? "foto";
  if (bytes.length > opties.maxBytes) {
    throw AppError.veld(veld, `De foto is te groot (${(bytes.length / 1024 / 1024).toFixed(1).replace(".", ",")} MB). Hij mag hoogstens ${Math.floor(opties.maxBytes / 1024 / 1024)} MB zijn.`);
  }
  const soort = herkenFoto(bytes);
  if (!soort) throw AppError.veld(veld, NIET_GELDIG);
  try {
    // limitInputPixels guards against "decompression bombs" (a small file with a huge picture).
    const beeld = sharp(bytes, { limitInputPixels: 50_000_000, failOn: "error" })
      .rotate() // turn the picture the right way up using the EXIF orientation, before that is dropped
      .resize({ width: FOTO_MAX_PX, height: FOTO_MAX_PX, fit: "inside", withoutEnlargement: true })
      .toColourspace("srgb");
    const uit =
      soort === "png" ? beeld.png({ compressionLevel: 9 }) : soort === "webp" ? beeld.webp({ quality: 82 }) : beeld.jpeg({ quality: 82, mozjpeg: true });
    const { data, info } = await uit.toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), soort, mime: FOTO_MIME[soort], breedte: info.width, hoogte: info.height };
  } catch {
    throw AppError.veld(veld, NIET_GELDIG);
  }
}
