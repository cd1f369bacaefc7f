/** The current user for pages, layouts and server actions. Cached per request. */
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { authOptions } from "./options.ts";
import { loadSessionActor } from "./sessie.ts";
import { isStaff, type Actor } from "./permissions.ts";

/** Signed in = a valid cookie whose session row (lib/auth/sessie.ts) is still open. */
export const currentUser = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  return loadSessionActor((session as { sid?: unknown } | null)?.sid as string | undefined);
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
  if (!isStaff(user)) redirect("/geen-toegang");
  return user;
}
