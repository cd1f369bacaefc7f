/** Volunteer profiles. A resident manages their own; staff only see volunteers who chose to be findable. */
import "server-only";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requireActor, requirePermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import type { VrijwilligerInput } from "../validation/vrijwilligers.ts";

export async function leesMijnProfiel(actor: Actor | null) {
  const user = requireActor(actor);
  const [profiel, contact] = await Promise.all([
    db.vrijwilliger.findUnique({ where: { userId: user.id }, select: { wijkId: true, interesses: true, beschikbaarheid: true, aanbod: true, vindbaar: true, updatedAt: true } }),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { naam: true, telefoon: true } }),
  ]);
  return { profiel, naam: contact.naam ?? "", telefoon: contact.telefoon ?? "" };
}

export async function bewaarProfiel(actor: Actor | null, input: VrijwilligerInput): Promise<void> {
  const user = requireActor(actor);
  if (input.wijkId && !(await db.wijk.count({ where: { id: input.wijkId } }))) throw new AppError("INVALID", "Deze wijk bestaat niet. Kies een wijk uit de lijst.");
  const data = { wijkId: input.wijkId || null, interesses: input.interesses, beschikbaarheid: input.beschikbaarheid, aanbod: input.aanbod, vindbaar: input.vindbaar };
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { naam: input.naam, telefoon: input.telefoon || null } }),
    db.vrijwilliger.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data }, update: data }),
  ]);
}

export async function verwijderProfiel(actor: Actor | null): Promise<void> {
  const user = requireActor(actor);
  await db.vrijwilliger.deleteMany({ where: { userId: user.id } });
}

/** Staff who publish vacatures may find volunteers who said organisations may find them. */
export async function zoekVindbareVrijwilligers(actor: Actor | null, filter: { wijkId?: string; interesse?: string } = {}) {
  requirePermission(actor, "vacature:publish");
  const rows = await db.vrijwilliger.findMany({
    where: { vindbaar: true, ...(filter.wijkId ? { wijkId: filter.wijkId } : {}), ...(filter.interesse ? { interesses: { has: filter.interesse } } : {}) },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: { id: true, interesses: true, beschikbaarheid: true, aanbod: true, wijk: { select: { naam: true } }, user: { select: { naam: true, email: true } } },
  });
  return rows.map((r) => ({ id: r.id, naam: r.user.naam, email: r.user.email, wijk: r.wijk?.naam ?? null, interesses: r.interesses, beschikbaarheid: r.beschikbaarheid, aanbod: r.aanbod }));
}

/** The signed-in user's own name and phone, to prefill forms. */
export async function leesContactVan(actor: Actor | null): Promise<{ naam: string; telefoon: string }> {
  const user = requireActor(actor);
  const u = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { naam: true, telefoon: true } });
  return { naam: u.naam ?? "", telefoon: u.telefoon ?? "" };
}
