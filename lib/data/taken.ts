import "server-only";
import { db } from "../db.ts";
import { requirePermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { TAAK_OMSCHRIJVING } from "../taken/taken.ts";

/**
 * Recent runs of the scheduled jobs (lib/taken) for /beheer/taken: status, attempts and the last error.
 * Beheerders only (permission "gebruikers:manage"): errors can name tables and internals.
 */
export async function lijstTaken(actor: Actor | null, opties: { aantal?: number } = {}) {
  requirePermission(actor, "gebruikers:manage");
  const rijen = await db.taak.findMany({
    orderBy: { createdAt: "desc" },
    take: Math.min(Math.max(opties.aantal ?? 100, 1), 500),
    select: { id: true, naam: true, sleutel: true, status: true, pogingen: true, maxPogingen: true, volgendePoging: true, gestartOp: true, klaarOp: true, fout: true, createdAt: true },
  });
  return rijen.map((r) => ({ ...r, omschrijving: TAAK_OMSCHRIJVING[r.naam] ?? r.naam }));
}
