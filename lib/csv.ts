/**
 * The one CSV writer for every CSV export in the app. Semicolon-separated (opens in Dutch Excel),
 * UTF-8 with BOM, CRLF line ends.
 *
 * Formula injection (OWASP "CSV Injection"): a cell that starts with =, +, -, @, TAB or CR would be
 * run as a formula by Excel or LibreOffice. Such a cell gets a leading single quote and is always
 * enclosed in double quotes. Plain numbers ("-12", "-3,5") are left alone, so negative figures stay
 * numbers. Cells with a quote, the separator or a line break are quoted, quotes doubled.
 */

const GEVAARLIJK_BEGIN = /^[=+\-@\t\r]/;
const GETAL = /^-?\d+(?:[.,]\d+)?$/;
const MOET_QUOTES = /[";\r\n]/;

/** One cell, neutralised and quoted where needed. */
export function csvCel(waarde: string | number | null | undefined): string {
  let v = waarde === null || waarde === undefined ? "" : String(waarde);
  let quote = MOET_QUOTES.test(v);
  if (GEVAARLIJK_BEGIN.test(v) && !GETAL.test(v)) {
    v = `'${v}`;
    quote = true;
  }
  return quote ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A whole file: rows of cells, BOM first (so Excel reads the € sign), CRLF after every row. */
export function naarCsvTekst(rijen: readonly (readonly (string | number | null | undefined)[])[]): string {
  return "\uFEFF" + rijen.map((r) => r.map(csvCel).join(";")).join("\r\n") + "\r\n";
}
