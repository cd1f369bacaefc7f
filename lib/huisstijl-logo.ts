/**
 * The checks on an uploaded logo (issue 12, huisstijl): PNG, JPEG or SVG, at most LOGO_MAX_BYTES.
 * The type is read from the file's own bytes, never from its name or the browser's claim. An SVG
 * that could run code or load something (script, event attributes, javascript: links, external
 * references, entities, foreignObject) is refused rather than cleaned: a logo does not need them.
 * Pure: no server imports, so it is unit-tested on its own.
 */
export const LOGO_MAX_BYTES = 200 * 1024;
export type LogoMime = "image/png" | "image/jpeg" | "image/svg+xml";
export const LOGO_EXTENSIE: Record<LogoMime, string> = { "image/png": "png", "image/jpeg": "jpg", "image/svg+xml": "svg" };

export type LogoUitkomst = { ok: true; mime: LogoMime } | { ok: false; melding: string };

const SVG_VERBODEN: [RegExp, string][] = [
  [/<\s*script/i, "een script"],
  [/\son[a-z]+\s*=/i, "een script (een on...-attribuut)"],
  [/javascript\s*:/i, "een javascript:-link"],
  [/<\s*foreignObject/i, "een foreignObject"],
  [/<!ENTITY|<!DOCTYPE/i, "een DOCTYPE of ENTITY"],
  [/(?:xlink:)?href\s*=\s*["']\s*(?!#)/i, "een link naar een ander bestand"],
  [/url\(\s*["']?\s*(?!#)/i, "een verwijzing naar een ander bestand"],
  [/<\s*(iframe|embed|object|audio|video|image|use)\b[^>]*\b(src|href)\s*=\s*["']\s*(?!#)/i, "een ingesloten bestand"],
];

export function controleerLogo(bytes: Uint8Array): LogoUitkomst {
  if (bytes.length === 0) return { ok: false, melding: "Kies een bestand met het logo." };
  if (bytes.length > LOGO_MAX_BYTES) {
    return { ok: false, melding: `Het logo is te groot (${Math.ceil(bytes.length / 1024)} kB). Het mag hoogstens ${LOGO_MAX_BYTES / 1024} kB zijn.` };
  }
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 && bytes[4] === 0x0d && bytes[5] === 0x0a && bytes[6] === 0x1a && bytes[7] === 0x0a) {
    return { ok: true, mime: "image/png" };
  }
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { ok: true, mime: "image/jpeg" };
  let tekst: string;
  try {
    tekst = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, melding: "Dit bestand is geen PNG, JPEG of SVG. Kies een logo in een van die vormen." };
  }
  const geenSvg: LogoUitkomst = { ok: false, melding: "Dit bestand is geen PNG, JPEG of SVG. Kies een logo in een van die vormen." };
  if (!/<svg[\s>]/i.test(tekst) || !/<\/svg>\s*$/i.test(tekst)) return geenSvg;
  for (const [patroon, wat] of SVG_VERBODEN) {
    if (patroon.test(tekst)) return { ok: false, melding: `Dit SVG-bestand bevat ${wat}. Dat is niet veilig; bewaar het logo zonder en probeer het opnieuw.` };
  }
  const begin = tekst.replace(/^\uFEFF/, "").trimStart();
  if (!/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(begin)) return geenSvg;
  return { ok: true, mime: "image/svg+xml" };
}
