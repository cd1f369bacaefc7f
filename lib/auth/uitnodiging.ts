/**
 * One-use links for staff: an invitation from /beheer/gebruikers (valid 7 days) and the first
 * beheerder's link from `npm run beheerder` (valid UITNODIGING_CLI_MINUTEN). Only the sha256 of the
 * token is stored; the token itself is only in the link. Opening the link and choosing a password
 * (plus the second step when the role requires it), or signing in through the gemeente (OIDC), is
 * the only way in: the link never signs anyone in by itself.
 *
 * No "server-only": the CLI (scripts/beheerder.mts) uses it too.
 */
import { createHash, randomBytes } from "node:crypto";
import { db, type Db } from "../db.ts";
import { env } from "../env.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Rol } from "./permissions.ts";

export const UITNODIGING_GELDIG_DAGEN = 7;
export const UITNODIGING_CLI_MINUTEN = 60;

type Tx = Prisma.TransactionClient | Db;

export function hashUitnodigingToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function uitnodigingUrl(token: string): string {
  const url = new URL("/inloggen/uitnodiging", env().APP_URL);
  url.searchParams.set("token", token);
  return url.toString();
}

/** A new one-use link for this user; earlier unused links of the user stop working. Returns the URL. */
export async function maakUitnodiging(
  tx: Tx,
  userId: string,
  opties: { doorId: string | null; geldigMs: number; now?: Date },
): Promise<{ url: string; verlooptOp: Date }> {
  const now = opties.now ?? new Date();
  await tx.uitnodiging.updateMany({ where: { userId, gebruiktOp: null }, data: { verlooptOp: now } });
  const token = randomBytes(32).toString("base64url");
  const verlooptOp = new Date(now.getTime() + opties.geldigMs);
  await tx.uitnodiging.create({ data: { userId, tokenHash: hashUitnodigingToken(token), verlooptOp, doorId: opties.doorId } });
  return { url: uitnodigingUrl(token), verlooptOp };
}

export interface OpenUitnodiging {
  id: string;
  userId: string;
  email: string;
  naam: string | null;
  rol: Rol;
  verlooptOp: Date;
}

/** The invitation behind a token when it is unused, not expired and its account active; otherwise null. */
export async function zoekUitnodiging(token: string, now = new Date(), client: Tx = db): Promise<OpenUitnodiging | null> {
  if (typeof token !== "string" || token.length < 10 || token.length > 200) return null;
  const u = await client.uitnodiging.findUnique({
    where: { tokenHash: hashUitnodigingToken(token) },
    select: { id: true, userId: true, verlooptOp: true, gebruiktOp: true, user: { select: { email: true, naam: true, rol: true, actief: true } } },
  });
  if (!u || u.gebruiktOp || u.verlooptOp <= now || !u.user.actief || u.user.rol === "INWONER") return null;
  return { id: u.id, userId: u.userId, email: u.user.email, naam: u.user.naam, rol: u.user.rol, verlooptOp: u.verlooptOp };
}

/**
 * Uses the link (once: a conditional UPDATE, so two requests with the same token cannot both win).
 * Returns the invitation, or null when it was unknown, used, expired or its account inactive.
 */
export async function gebruikUitnodiging(tx: Tx, token: string, now = new Date()): Promise<OpenUitnodiging | null> {
  const open = await zoekUitnodiging(token, now, tx);
  if (!open) return null;
  const r = await tx.uitnodiging.updateMany({ where: { id: open.id, gebruiktOp: null, verlooptOp: { gt: now } }, data: { gebruiktOp: now } });
  return r.count === 1 ? open : null;
}
