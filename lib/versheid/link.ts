/**
 * Signed one-click links in the versheid reminder (no login needed): "klopt nog" and "bestaat niet meer".
 * The signature (HMAC-SHA256 with a key derived from NEXTAUTH_SECRET) covers the kind, the item id,
 * the action and the expiry, so a link works only for its own item and action, and not after it expires.
 * Token: <soort>.<id>.<actie>.<expiry in seconds, base 36>.<signature, base64url>
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { authSecret } from "../auth/secret.ts";
import type { VersheidSoort } from "./periode.ts";

export type LinkActie = "klopt" | "weg";

/** How long a link in a reminder works. */
export const LINK_GELDIG_DAGEN = 60;

export interface GeldigeLink {
  ok: true;
  soort: VersheidSoort;
  id: string;
  actie: LinkActie;
  verlooptOp: Date;
  /** When the link was made (expiry minus LINK_GELDIG_DAGEN): an answer after this counts as this link's answer. */
  gemaaktOp: Date;
}

export type LinkUitkomst = GeldigeLink | { ok: false; reden: "ongeldig" | "verlopen" };

function sleutel(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "sociale-basis-versheid", "versheid-link", 32));
}

function handtekening(inhoud: string): string {
  return createHmac("sha256", sleutel()).update(inhoud).digest("base64url");
}

export function maakLinkToken(soort: VersheidSoort, id: string, actie: LinkActie, nu = new Date()): string {
  const exp = Math.floor(nu.getTime() / 1000) + LINK_GELDIG_DAGEN * 86_400;
  const inhoud = `${soort}.${id}.${actie}.${exp.toString(36)}`;
  return `${inhoud}.${handtekening(inhoud)}`;
}

export function controleerLinkToken(token: string, nu = new Date()): LinkUitkomst {
  const delen = token.split(".");
  if (delen.length !== 5) return { ok: false, reden: "ongeldig" };
  const [soort, id, actie, exp36, sig] = delen;
  if ((soort !== "plek" && soort !== "activiteit") || (actie !== "klopt" && actie !== "weg") || !/^[a-z0-9]{1,40}$/i.test(id) || !/^[0-9a-z]{1,10}$/.test(exp36)) {
    return { ok: false, reden: "ongeldig" };
  }
  const verwacht = Buffer.from(handtekening(`${soort}.${id}.${actie}.${exp36}`));
  const gekregen = Buffer.from(sig);
  if (verwacht.length !== gekregen.length || !timingSafeEqual(verwacht, gekregen)) return { ok: false, reden: "ongeldig" };
  const verlooptOp = new Date(parseInt(exp36, 36) * 1000);
  if (verlooptOp.getTime() <= nu.getTime()) return { ok: false, reden: "verlopen" };
  return { ok: true, soort, id, actie, verlooptOp, gemaaktOp: new Date(verlooptOp.getTime() - LINK_GELDIG_DAGEN * 86_400_000) };
}
