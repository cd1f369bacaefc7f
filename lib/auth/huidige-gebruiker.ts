/**
 * The signed-in user of this request, from the session cookie. Its own module so integration tests
 * can set the acting user (tests/integration/setup.ts) while the page guards in session.ts stay real.
 */
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authSecret, sessionCookieName } from "./secret.ts";
import { loadSessionActor } from "./sessie.ts";
import type { Actor } from "./permissions.ts";

/**
 * Signed in = a valid session cookie (a next-auth JWT, also from the OIDC sign-in) whose session
 * row (lib/auth/sessie.ts) is still open. The session id never leaves the encrypted cookie. Cached per request.
 */
export const currentUser = cache(async (): Promise<Actor | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  return loadSessionActor(typeof token?.sid === "string" ? token.sid : null);
});
