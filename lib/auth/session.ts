/** The current user for pages, layouts and server actions. Cached per request. */
import "server-only";
import { redirect } from "next/navigation";
import { naarGeenToegang } from "./pagina.ts";
import { currentUser } from "./huidige-gebruiker.ts";
import { isStaff, type Actor } from "./permissions.ts";

export { currentUser };

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
