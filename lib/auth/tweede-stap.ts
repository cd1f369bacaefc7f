/**
 * Between the password and the session: a short-lived (5 minutes), httpOnly, encrypted cookie that
 * says "this user gave the right password and must now give a code" (or must first set up the app).
 * It is sealed with its own key (not the session key), so it can never pass as a session cookie.
 */
import "server-only";
import { cookies } from "next/headers";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { isStaff } from "./permissions.ts";
import { secureCookies } from "./secret.ts";
import { newRecoveryCodes, newTotpSecret, seal, secondFactorRequired, unseal } from "./totp-kern.ts";
import type { SessionUser } from "./login.ts";

export const TWEEDE_STAP_MINUTEN = 5;
const COOKIE = "sbp.tweede-stap";
const INSTELLEN_COOKIE = "sbp.tweestaps-instellen";

export interface PendingLogin {
  uid: string;
  /** code: ask the code; instellen: the user must first set up the app (secret and codes below). */
  fase: "code" | "instellen";
  terug: string;
  exp: number;
  geheim?: string;
  codes?: string[];
}

async function setSealed(name: string, purpose: string, payload: object, maxAgeSeconds: number) {
  const jar = await cookies();
  jar.set(name, seal(purpose, JSON.stringify(payload)), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: maxAgeSeconds,
  });
}

async function readSealed<T extends { exp: number }>(name: string, purpose: string): Promise<T | null> {
  const jar = await cookies();
  const raw = unseal(purpose, jar.get(name)?.value);
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as T;
    return value.exp > Date.now() ? value : null;
  } catch {
    return null;
  }
}

export async function readPendingLogin(): Promise<PendingLogin | null> {
  return readSealed<PendingLogin>(COOKIE, "tweede-stap");
}

export async function clearPendingLogin() {
  (await cookies()).delete(COOKIE);
}

export type AfterPassword =
  | { next: "sessie" }
  | { next: "tweede-stap" | "instellen" }
  | { next: "alleen-oidc" };

/**
 * Decides what happens after a correct password. Staff with the second step on (required for
 * beheerders and ambtenaren) get the pending cookie instead of a session.
 */
export async function afterPassword(user: SessionUser, terug: string): Promise<AfterPassword> {
  if (env().STAFF_LOGIN === "oidc" && isStaff({ ...user, wijkIds: [] })) return { next: "alleen-oidc" };
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { totpActiefSinds: true } });
  const exp = Date.now() + TWEEDE_STAP_MINUTEN * 60_000;
  if (row.totpActiefSinds) {
    await setSealed(COOKIE, "tweede-stap", { uid: user.id, fase: "code", terug, exp } satisfies PendingLogin, TWEEDE_STAP_MINUTEN * 60);
    return { next: "tweede-stap" };
  }
  if (secondFactorRequired(user.rol)) {
    // Set-up on first sign-in: a little longer, people need time to install an app.
    const lang = Date.now() + 15 * 60_000;
    const p: PendingLogin = { uid: user.id, fase: "instellen", terug, exp: lang, geheim: newTotpSecret(), codes: newRecoveryCodes() };
    await setSealed(COOKIE, "tweede-stap", p, 15 * 60);
    return { next: "instellen" };
  }
  return { next: "sessie" };
}

/** A signed-in user setting up the app from the account page: the new secret and codes until confirmed. */
export interface PendingSetup {
  uid: string;
  geheim: string;
  codes: string[];
  exp: number;
}

export async function startPendingSetup(uid: string): Promise<void> {
  const p: PendingSetup = { uid, geheim: newTotpSecret(), codes: newRecoveryCodes(), exp: Date.now() + 15 * 60_000 };
  await setSealed(INSTELLEN_COOKIE, "tweestaps-instellen", p, 15 * 60);
}

export async function readPendingSetup(uid: string): Promise<PendingSetup | null> {
  const p = await readSealed<PendingSetup>(INSTELLEN_COOKIE, "tweestaps-instellen");
  return p && p.uid === uid ? p : null;
}

export async function clearPendingSetup() {
  (await cookies()).delete(INSTELLEN_COOKIE);
}
