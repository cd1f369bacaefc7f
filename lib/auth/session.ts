/** The current user for pages, layouts and server actions. Cached per request. */
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { naarGeenToegang } from "./pagina.ts";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authSecret, sessionCookieName } from "./secret.ts";
import { loadSessionActor } from "./sessie.ts";
import { isStaff, type Actor } from "./permissions.ts";

/**
 * Signed in = a valid session cookie (a next-auth JWT, also from the OIDC sign-in) whose session
 * row (lib/auth/sessie.ts) is still open. The session id never leaves the encrypted cookie.
 */
export const currentUser = cache(async (): Promise<Actor | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  return loadSessionActor(typeof token?.sid === "string" ? token.sid : null);
});

/** For pages: a signed-in user, or off to the sign-in page. */
export async function requireUserPage(terug: string): Promise<Actor> {
  const user = await currentUser();
  if (!user) redirect(`/inloggen?terug=${encodeURIComponent(terug)}`);
  return user;
}

/** For /beheer pages: staff only. */
export async function requireStaffPage(terug: string): Promise<Actor> {
  const user = await requireUserPage(terug);
  if (!isStaff(user)) naarGeenToegang("medewerker");
  return user;
}
