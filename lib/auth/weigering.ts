/**
 * Why a page was refused: short codes that travel in /geen-toegang?reden=<code>, and the one fixed
 * Dutch text per code. The no-access page shows only texts from this table, never text from the URL
 * (an unknown code shows the general text), so a link cannot put its own words on our page.
 * No Next.js imports: testable, and importable by the page itself.
 */
import type { AppError } from "../errors.ts";
import type { Permission } from "./permissions.ts";

export const REDENEN = {
  medewerker: "Deze pagina is alleen voor medewerkers van de gemeente en opbouwwerkers.",
  wijk: "U werkt niet in deze wijk. U kunt alleen de wijken openen waar u als opbouwwerker werkt.",
  beoordelen: "Deze pagina is alleen voor ambtenaren en beheerders die initiatieven beoordelen.",
  overzicht: "Het overzicht per wijk is alleen voor ambtenaren en beheerders.",
  kaart: "Voorstellen voor de kaart behandelen alleen opbouwwerkers en beheerders.",
  vacatures: "Vacatures beheren is alleen voor medewerkers die vacatures plaatsen.",
  beheerder: "Deze pagina is alleen voor beheerders.",
  rol: "Uw rol geeft geen toegang tot deze pagina.",
} as const;

export type Reden = keyof typeof REDENEN;

/** The message requireWijkPermission() gives an opbouwwerker outside her wijken (lib/auth/guard.ts). */
export const NIET_IN_UW_WIJK = "U mag dit alleen doen in de wijken waar u werkt.";

/** The refusal reason for a page guarded by this permission. */
export function redenVoorPermissie(p: Permission): Reden {
  if (p === "initiatief:review") return "beoordelen";
  if (p === "overzicht:view") return "overzicht";
  if (p === "vacature:publish") return "vacatures";
  if (p.startsWith("plek:moderate") || p.startsWith("kaart:edit")) return "kaart";
  if (p === "gebruikers:manage" || p === "wijken:manage" || p === "instellingen:manage" || p === "huisstijl:manage" || p === "categorieen:manage") return "beheerder";
  if (p === "beheer:access") return "medewerker";
  return "rol";
}

/** The refusal reason for an AppError thrown by the data layer (FORBIDDEN or UNAUTHENTICATED). */
export function redenVoorFout(e: AppError): Reden {
  if (e.code === "UNAUTHENTICATED") return "medewerker";
  if (e.message === NIET_IN_UW_WIJK) return "wijk";
  return "rol";
}

/** The text for a code from the URL; anything unknown (or repeated) gets the general text. */
export function redenTekst(code: string | string[] | undefined): string {
  return typeof code === "string" && Object.hasOwn(REDENEN, code) ? REDENEN[code as Reden] : REDENEN.medewerker;
}

export function geenToegangUrl(reden: Reden): string {
  return `/geen-toegang?reden=${reden}`;
}
