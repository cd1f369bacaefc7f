/**
 * The one way a page turns "not allowed" into a response. The rule:
 *
 * - **Staff pages** (soort "medewerker", everything under /beheer): the user is told the real reason.
 *   A refusal goes to /geen-toegang?reden=<code>, with the code from lib/auth/weigering.ts
 *   ("U werkt niet in deze wijk." for an opbouwwerker on another wijk, "Deze pagina is alleen voor
 *   beheerders." ...). Something that does not exist is a 404.
 * - **A resident's own items** (soort "eigen": their initiatief, hulpvraag, gegevens under /mijn):
 *   someone else's item is a 404, exactly like one that does not exist, so a page never confirms that
 *   an id belongs to somebody.
 *
 * Any other error is thrown on, to the error page. Server actions do not use this: they report a
 * refusal in their form state.
 */
import "server-only";
import { notFound, redirect } from "next/navigation";
import { isAppError } from "../errors.ts";
import { hasPermission, type Actor, type Permission } from "./permissions.ts";
import { geenToegangUrl, redenVoorFout, redenVoorPermissie, type Reden } from "./weigering.ts";

export type Soort = "medewerker" | "eigen";

/** Sends the user to the no-access page with this reason. */
export function naarGeenToegang(reden: Reden): never {
  redirect(geenToegangUrl(reden));
}

/** Turns an error from loading a page's data into the response the rule above prescribes. */
export function weigerPagina(e: unknown, soort: Soort): never {
  if (isAppError(e)) {
    if (e.code === "NOT_FOUND") notFound();
    if (e.code === "FORBIDDEN" || e.code === "UNAUTHENTICATED") {
      if (soort === "eigen") notFound();
      naarGeenToegang(redenVoorFout(e));
    }
  }
  throw e;
}

/** Loads a page's data; a refusal or a missing item becomes the response the rule above prescribes. */
export async function metToegang<T>(soort: Soort, laden: Promise<T>): Promise<T> {
  try {
    return await laden;
  } catch (e) {
    weigerPagina(e, soort);
  }
}

/** For staff pages: without this permission (or any of these), off to /geen-toegang with its reason. */
export function vereisPaginaPermissie(user: Actor, ...permissies: [Permission, ...Permission[]]): void {
  if (!permissies.some((p) => hasPermission(user, p))) naarGeenToegang(redenVoorPermissie(permissies[0]));
}
