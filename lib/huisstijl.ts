/**
 * The huisstijl (issue 12, docs/decisions/0005): example themes, the WCAG contrast check and the
 * stylesheet that carries a beheerder's colours. Pure functions, no database (lib/data/huisstijl.ts).
 *
 * A theme is a class on <html> (`thema-neutraal`, `thema-groen`) that sets the NL Design System
 * style tokens (`--basis-*`) in app/globals.css; Tailwind's `@theme inline` maps those tokens to
 * utilities such as `bg-brand`, so the whole portal (and the map markers) follows.
 */

export const THEMAS = {
  neutraal: { naam: "Neutraal (blauw)", hoofdkleur: "#154273", accentkleur: "#154273" },
  groen: { naam: "Groen", hoofdkleur: "#1e5b37", accentkleur: "#1e5b37" },
} as const;

export type Thema = keyof typeof THEMAS;

export const THEMA_NAMEN = Object.keys(THEMAS) as Thema[];

export function isThema(waarde: unknown): waarde is Thema {
  return typeof waarde === "string" && Object.hasOwn(THEMAS, waarde);
}

/** WCAG AA for normal text. */
export const MINIMAAL_CONTRAST = 4.5;

const HEX = /^#[0-9a-f]{6}$/i;

export function isHexKleur(waarde: string): boolean {
  return HEX.test(waarde);
}

function kanaal(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (WCAG 2.1) of a #rrggbb colour. */
export function luminantie(hex: string): number {
  if (!isHexKleur(hex)) throw new Error(`Geen kleurcode: ${hex}`);
  const r = parseInt(hex.slice(1, 3), 16);
  const g = parseInt(hex.slice(3, 5), 16);
  const b = parseInt(hex.slice(5, 7), 16);
  return 0.2126 * kanaal(r) + 0.7152 * kanaal(g) + 0.0722 * kanaal(b);
}

/** Contrast ratio between two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const la = luminantie(a);
  const lb = luminantie(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Contrast against white, rounded down to one decimal for a message ("3,9 : 1"). */
export function contrastMetWit(hex: string): number {
  return Math.floor(contrast(hex, "#ffffff") * 10) / 10;
}

export interface HuisstijlInstelling {
  thema: Thema;
  hoofdkleur: string | null;
  accentkleur: string | null;
  logoUrl: string | null;
}

export const STANDAARD_HUISSTIJL: HuisstijlInstelling = { thema: "neutraal", hoofdkleur: null, accentkleur: null, logoUrl: null };

/**
 * The stylesheet served at /huisstijl.css: only the beheerder's own colours, as token overrides
 * on top of the theme class. Values are validated #rrggbb codes (never free text), so nothing can
 * break out of the declaration. Hover/dark shades are mixed in the browser.
 */
export function huisstijlCss(h: HuisstijlInstelling): string {
  const regels: string[] = [];
  if (h.hoofdkleur && isHexKleur(h.hoofdkleur)) {
    regels.push(`  --basis-color-accent-1-bg-default: ${h.hoofdkleur};`);
    regels.push(`  --basis-color-accent-1-bg-hover: color-mix(in srgb, ${h.hoofdkleur} 70%, #000);`);
  }
  if (h.accentkleur && isHexKleur(h.accentkleur)) {
    regels.push(`  --basis-color-accent-2-color-default: ${h.accentkleur};`);
    regels.push(`  --basis-color-accent-2-color-hover: color-mix(in srgb, ${h.accentkleur} 70%, #000);`);
  }
  const kop = "/* Huisstijl van de gemeente: ingesteld op /beheer/huisstijl */\n";
  if (!regels.length) return kop;
  return `${kop}html.thema-${h.thema} {\n${regels.join("\n")}\n}\n`;
}

/** A version stamp for the stylesheet URL, so a change is visible at once despite caching. */
export function huisstijlVersie(h: HuisstijlInstelling): string {
  const tekst = `${h.thema}|${h.hoofdkleur ?? ""}|${h.accentkleur ?? ""}`;
  let hash = 0;
  for (let i = 0; i < tekst.length; i++) hash = (hash * 31 + tekst.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}
