/**
 * The one helper for dynamic route segments: every app/**\/[param]/page.tsx reads its params through
 * routeParams(), which calls notFound() for a value that cannot exist (see lib/validation/params.ts).
 * Route handlers use ongeldigeParamsAntwoord() to answer 400 with a Dutch message instead.
 */
import { notFound } from "next/navigation";
import { geldigeParam, ONGELDIGE_VRAAG, type ParamSoort } from "./validation/params.ts";

export async function routeParams<T extends Record<string, string>>(params: Promise<T>, soorten: { [K in keyof T]: ParamSoort }): Promise<T> {
  const p = await params;
  for (const k of Object.keys(soorten) as (keyof T)[]) if (!geldigeParam(soorten[k], p[k])) notFound();
  return p;
}

/** For route handlers: a 400 JSON answer when a param is invalid, otherwise null. */
export function ongeldigeParamsAntwoord<T extends Record<string, string>>(p: T, soorten: { [K in keyof T]: ParamSoort }): Response | null {
  for (const k of Object.keys(soorten) as (keyof T)[]) {
    if (!geldigeParam(soorten[k], p[k])) return Response.json({ fout: ONGELDIGE_VRAAG }, { status: 400 });
  }
  return null;
}

/** For JSON routes: a 400 answer for a query string with control characters or huge values. */
export function ongeldigeQueryAntwoord(): Response {
  return Response.json({ fout: ONGELDIGE_VRAAG }, { status: 400 });
}
