/**
 * The one place a sign-in becomes a session (after the password, after the second step, after a
 * magic link). Swap the body here when sessions move server-side.
 */
import "server-only";
import { cookies } from "next/headers";
import { sessionToken, type SessionUser } from "./login.ts";
import { sessionCookieName, SESSION_MAX_AGE, secureCookies } from "./secret.ts";

export async function startSession(user: SessionUser) {
  const jar = await cookies();
  jar.set(sessionCookieName(), await sessionToken(user), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE,
  });
}
