/**
 * Building blocks shared by every zod schema in lib/validation (client and server; no server imports).
 *
 * - zTekst(): a z.string() that refuses NUL and other control characters (PostgreSQL cannot store
 *   NUL in text, and invisible control characters have no place in a form). Newline, CR and TAB are
 *   allowed. Every text field in lib/validation starts from it.
 * - keuzes(): a multi-select from fixed options: duplicates removed, at most every option once.
 * - idVeld(): a database id (cuid or uuid) from a hidden field or a select.
 */
import { z } from "zod";

/** Control characters except TAB (\t), LF (\n) and CR (\r); also DEL. */
export const STUURTEKENS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const STUURTEKEN_MELDING = "Deze tekst bevat een onzichtbaar teken dat niet is toegestaan. Typ de tekst opnieuw of haal het teken weg.";

export function heeftStuurtekens(v: string): boolean {
  return STUURTEKENS.test(v);
}

/** z.string() that refuses control characters (NUL included) with a Dutch message. */
export function zTekst(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine((v) => !STUURTEKENS.test(v), { message: STUURTEKEN_MELDING, abort: true });
}

/** A database id: cuid (letters and digits) or uuid (with hyphens). */
export const ID_PATROON = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export function idVeld(melding = "Er ontbreekt iets op de pagina. Laad de pagina opnieuw.") {
  return z.string({ error: melding }).trim().min(1, { message: melding, abort: true }).regex(ID_PATROON, melding);
}

/** An optional id (empty string when not chosen). */
export function optioneelIdVeld(melding = "Kies uit de lijst.") {
  return z
    .string()
    .trim()
    .optional()
    .default("")
    .refine((v) => v === "" || ID_PATROON.test(v), melding);
}

/**
 * Values of a multi-select (one value = string, several = array, none = undefined) from fixed options.
 * Duplicates are removed, so the same choice sent 5000 times counts once; more values than there are
 * options is refused.
 */
export function keuzes<T extends string>(opties: readonly T[], melding = "Kies alleen uit de lijst.") {
  return z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(z.enum(opties as unknown as [T, ...T[]], { error: melding }))
      .max(opties.length * 4, melding)
      .transform((a) => [...new Set(a)]),
  );
}

/** A list of short texts (e.g. the names of linked figures): each at most `maxLengte`, deduplicated, at most `max`. */
export function tekstLijst(max: number, maxLengte: number, melding = `Kies hoogstens ${max} items.`) {
  return z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(zTekst().trim().min(1).max(maxLengte, `Gebruik hoogstens ${maxLengte} tekens per item.`))
      .max(max * 4, melding)
      .transform((a) => [...new Set(a)])
      .pipe(z.array(z.string()).max(max, melding)),
  );
}
