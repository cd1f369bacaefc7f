/**
 * Colour contrast (WCAG 2.1): a category's colour is the background of white text and icons on the
 * map and in lists, so it needs at least 4.5 : 1 against white.
 */
export const MIN_CONTRAST = 4.5;

export function isHexKleur(v: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(v);
}

function kanaal(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a #rrggbb colour. */
export function luminantie(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * kanaal((n >> 16) & 255) + 0.7152 * kanaal((n >> 8) & 255) + 0.0722 * kanaal(n & 255);
}

/** Contrast ratio between white and this colour (1 to 21). */
export function contrastMetWit(hex: string): number {
  return 1.05 / (luminantie(hex) + 0.05);
}
