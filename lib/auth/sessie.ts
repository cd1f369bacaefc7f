/**
 * Server-side sessions. The session cookie (a next-auth JWT) carries the id of a `Sessie` row as the
 * claim `sid`; a request is signed in only while that row exists, is not revoked, and has not passed
 * its idle or absolute timeout. Logging out revokes the row, so a copied cookie stops working.
 *
 * startSession() is the one way a sign-in ends (password, magic link, and later a second factor);
 * the OIDC path creates its row in the next-auth jwt callback (lib/auth/options.ts).
 */
import { randomBytes } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { authSecret, secureCookies, sessionCookieName } from "./secret.ts";
import { PERMISSIONS, type Actor, type Rol } from "./permissions.ts";

export interface SessionUser {
  id: string;
  email: string;
  naam: string | null;
  rol: Rol;
}

/** lastSeenAt is written at most once per this many milliseconds per session. */
export const TOUCH_INTERVAL_MS = 60_000;

function isStaffRol(rol: Rol): boolean {
  return PERMISSIONS[rol].includes("beheer:access");
}

/** Idle and absolute timeouts (ms) for a role: staff short, residents longer (configurable). */
export function sessieLimits(rol: Rol): { idleMs: number; maxMs: number } {
  const e = env();
  return isStaffRol(rol)
    ? { idleMs: e.SESSIE_IDLE_MINUTEN_MEDEWERKER * 60_000, maxMs: e.SESSIE_MAX_UREN_MEDEWERKER * 3_600_000 }
    : { idleMs: e.SESSIE_IDLE_MINUTEN_INWONER * 60_000, maxMs: e.SESSIE_MAX_DAGEN_INWONER * 86_400_000 };
}

/** The longest absolute timeout of any role, in seconds (next-auth's JWT lifetime). */
export function maxSessionSeconds(): number {
  const e = env();
  return Math.max(e.SESSIE_MAX_UREN_MEDEWERKER * 3600, e.SESSIE_MAX_DAGEN_INWONER * 86_400);
}

/** Creates the session row; returns its id (the `sid` claim) and lifetime. */
export async function createSessie(user: Pick<SessionUser, "id" | "rol">, userAgent?: string | null, now = new Date()) {
  const { maxMs } = sessieLimits(user.rol);
  const id = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + maxMs);
  await db.sessie.create({
    data: { id, userId: user.id, createdAt: now, lastSeenAt: now, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null },
  });
  // Housekeeping: this user's sessions that ended more than a day ago are of no use any more.
  const dayAgo = new Date(now.getTime() - 86_400_000);
  await db.sessie.deleteMany({ where: { userId: user.id, OR: [{ expiresAt: { lt: dayAgo } }, { revokedAt: { lt: dayAgo } }] } });
  return { id, expiresAt, maxAgeSeconds: Math.floor(maxMs / 1000) };
}

/** A next-auth compatible session JWT for this user and session row. */
export async function sessionToken(user: SessionUser, sid: string, maxAgeSeconds: number): Promise<string> {
  return encode({
    token: { sub: user.id, email: user.email, name: user.naam, rol: user.rol, sid },
    secret: authSecret(),
    maxAge: maxAgeSeconds,
  });
}

/**
 * Signs the user in for this request: a new session row plus the session cookie.
 * Call it only after every sign-in step has succeeded (e.g. after a second factor).
 */
export async function startSession(user: SessionUser): Promise<string> {
  const { cookies, headers } = await import("next/headers");
  const userAgent = (await headers()).get("user-agent");
  const { id, maxAgeSeconds } = await createSessie(user, userAgent);
  const jar = await cookies();
  jar.set(sessionCookieName(), await sessionToken(user, id, maxAgeSeconds), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: maxAgeSeconds,
  });
  return id;
}

/** Demo accounts (published password) never work when APP_ENV=production. */
export function demoRefused(user: { demo: boolean }): boolean {
  return user.demo && env().APP_ENV === "production";
}

/**
 * The actor for a session id, or null when the session is unknown, revoked, expired or idle too
 * long, or the user is inactive (or a demo account in production). Marks the session as seen,
 * at most once a minute, with one conditional UPDATE (cheap and safe with several instances).
 */
export async function loadSessionActor(sid: string | null | undefined, now = new Date()): Promise<Actor | null> {
  if (!sid || typeof sid !== "string") return null;
  const s = await db.sessie.findUnique({
    where: { id: sid },
    select: {
      expiresAt: true,
      revokedAt: true,
      lastSeenAt: true,
      user: { select: ACTOR_USER_SELECT },
    },
  });
  if (!s || s.revokedAt || s.expiresAt <= now) return null;
  const { user } = s;
  const actor = toActor(user);
  if (!actor) return null;
  if (now.getTime() - s.lastSeenAt.getTime() > sessieLimits(user.rol).idleMs) return null;
  if (now.getTime() - s.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.sessie.updateMany({
      where: { id: sid, revokedAt: null, lastSeenAt: { lte: new Date(now.getTime() - TOUCH_INTERVAL_MS) } },
      data: { lastSeenAt: now },
    });
  }
  return actor;
}

/** The user fields an Actor is made of (shared by session and id lookups). */
export const ACTOR_USER_SELECT = {
  id: true,
  email: true,
  naam: true,
  rol: true,
  actief: true,
  demo: true,
  wijken: { select: { wijkId: true } },
} as const;

type ActorUser = { id: string; email: string; naam: string | null; rol: Rol; actief: boolean; demo: boolean; wijken: { wijkId: string }[] };

/** The acting user, or null for an inactive account or a demo account in production. */
export function toActor(user: ActorUser): Actor | null {
  if (!user.actief || demoRefused(user)) return null;
  return {
    id: user.id,
    email: user.email,
    naam: user.naam,
    rol: user.rol,
    wijkIds: user.rol === "OPBOUWWERKER" ? user.wijken.map((w) => w.wijkId) : [],
  };
}

/** Ends one session (logout). */
export async function revokeSession(sid: string | null | undefined): Promise<void> {
  if (!sid) return;
  await db.sessie.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends the session a session cookie belongs to (logout); an invalid cookie is ignored. */
export async function revokeSessionCookie(cookie: string | null | undefined): Promise<void> {
  if (!cookie) return;
  const token = await decode({ token: cookie, secret: authSecret() }).catch(() => null);
  if (typeof token?.sid === "string") await revokeSession(token.sid);
}

/**
 * Ends every session of a user. Call it whenever a user is deactivated, changes role or changes
 * password (or second factor), so no old cookie keeps the old rights.
 */
export async function revokeAllSessions(userId: string): Promise<number> {
  const r = await db.sessie.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return r.count;
}
