/**
 * Checks for dynamic route segments and query strings (no server imports, unit-testable).
 * A value that cannot be valid (NUL byte, a number beyond the database's int range, a slug with
 * other characters) never reaches the database: pages answer 404, JSON routes 400.
 */
import { ID_PATROON, STUURTEKENS } from "./velden.ts";

/** Slugs are made by lib/slug.ts: lowercase letters, digits and hyphens. */
export const SLUG_PATROON = /^[a-z0-9][a-z0-9-]{0,159}$/;
/** Public reference numbers such as INI-2026-0001. */
export const REFERENTIE_PATROON = /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/;
/** PostgreSQL integer. */
export const MAX_INT = 2_147_483_647;

export type ParamSoort = "slug" | "id" | "referentie" | "getal";

export function geldigeParam(soort: ParamSoort, waarde: unknown): waarde is string {
  if (typeof waarde !== "string") return false;
  switch (soort) {
    case "slug":
      return SLUG_PATROON.test(waarde);
    case "id":
      return ID_PATROON.test(waarde);
    case "referentie":
      return REFERENTIE_PATROON.test(waarde);
    case "getal":
      return /^\d{1,10}$/.test(waarde) && Number(waarde) >= 1 && Number(waarde) <= MAX_INT;
  }
}

export const ONGELDIGE_VRAAG = "Dit verzoek klopt niet: er staat een ongeldig teken of een te lange waarde in het adres.";

/** Query strings of JSON routes: no control characters, no value longer than `max`. */
export function geldigeQuery(params: URLSearchParams, max = 500): boolean {
  for (const [k, v] of params) if (k.length > 100 || v.length > max || STUURTEKENS.test(k) || STUURTEKENS.test(v)) return false;
  return true;
}
