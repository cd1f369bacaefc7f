/**
 * Loads the acting user (with current role and wijken) from the database by id. Requests are signed in
 * through a session (lib/auth/sessie.ts loadSessionActor), which applies the same rules.
 */
import { db } from "../db.ts";
import type { Actor } from "./permissions.ts";
import { demoRefused } from "./sessie.ts";

export async function loadActor(userId: string | undefined | null): Promise<Actor | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, naam: true, rol: true, actief: true, demo: true, wijken: { select: { wijkId: true } } },
  });
  if (!user || !user.actief || demoRefused(user)) return null;
  return {
    id: user.id,
    email: user.email,
    naam: user.naam,
    rol: user.rol,
    wijkIds: user.rol === "OPBOUWWERKER" ? user.wijken.map((w) => w.wijkId) : [],
  };
}
