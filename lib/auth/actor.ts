/**
 * Loads the acting user (with current role and wijken) from the database by id. Requests are signed in
 * through a session (lib/auth/sessie.ts loadSessionActor), which applies the same rules.
 */
import { db } from "../db.ts";
import type { Actor } from "./permissions.ts";
import { ACTOR_USER_SELECT, toActor } from "./sessie.ts";

export async function loadActor(userId: string | undefined | null): Promise<Actor | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: ACTOR_USER_SELECT });
  return user ? toActor(user) : null;
}
