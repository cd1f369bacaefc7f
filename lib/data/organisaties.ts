/**
 * Aanbieders (issue 14): organisations whose members keep their own plekken and activiteiten.
 * Beheerders ("kaart:edit:any") add and remove members by the e-mail address of an existing account;
 * every change is audited in the same transaction. A member is a normal account (any role); what a
 * member may edit is decided in lib/data/kaart/beheer.ts (only items of their own organisations).
 */
import "server-only";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { writeAudit } from "../audit.ts";
import { requireActor, requirePermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";

type Client = Pick<typeof db, "organisatieLid">;

/** The ids of the organisations this account is a member of (empty for everyone else). */
export async function organisatieIdsVan(client: Client, userId: string): Promise<string[]> {
  const rijen = await client.organisatieLid.findMany({ where: { userId }, select: { organisatieId: true } });
  return rijen.map((r) => r.organisatieId);
}

export interface OrganisatieRij {
  id: string;
  naam: string;
  leden: number;
  plekken: number;
  activiteiten: number;
}

/** Beheerder: every organisation with its number of members and items. */
export async function lijstOrganisaties(actor: Actor | null | undefined): Promise<OrganisatieRij[]> {
  requirePermission(actor, "kaart:edit:any");
  const rijen = await db.organisatie.findMany({
    orderBy: { naam: "asc" },
    select: { id: true, naam: true, _count: { select: { leden: true, plekken: true, activiteiten: true } } },
  });
  return rijen.map((o) => ({ id: o.id, naam: o.naam, leden: o._count.leden, plekken: o._count.plekken, activiteiten: o._count.activiteiten }));
}

/** Beheerder: one organisation with its members. */
export async function leesOrganisatie(actor: Actor | null | undefined, id: string) {
  requirePermission(actor, "kaart:edit:any");
  const o = await db.organisatie.findUnique({
    where: { id },
    select: {
      id: true,
      naam: true,
      leden: { orderBy: { createdAt: "asc" }, select: { createdAt: true, user: { select: { id: true, naam: true, email: true, actief: true } } } },
    },
  });
  if (!o) throw new AppError("NOT_FOUND");
  return { id: o.id, naam: o.naam, leden: o.leden.map((l) => ({ ...l.user, sinds: l.createdAt })) };
}

/** Beheerder: makes an existing account a member of the organisation. */
export async function voegLidToe(actor: Actor | null | undefined, organisatieId: string, email: string): Promise<{ userId: string }> {
  const a = requirePermission(actor, "kaart:edit:any");
  return db.$transaction(async (tx) => {
    const org = await tx.organisatie.findUnique({ where: { id: organisatieId }, select: { id: true } });
    if (!org) throw new AppError("NOT_FOUND");
    const user = await tx.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, actief: true } });
    if (!user) throw AppError.veld("email", "Er is geen account met dit e-mailadres. Vraag de persoon eerst een account te maken.");
    if (!user.actief) throw AppError.veld("email", "Dit account staat uit.");
    const bestaat = await tx.organisatieLid.findUnique({ where: { organisatieId_userId: { organisatieId, userId: user.id } }, select: { id: true } });
    if (bestaat) throw AppError.veld("email", "Dit account is al lid van deze organisatie.");
    await tx.organisatieLid.create({ data: { organisatieId, userId: user.id } });
    await writeAudit(tx, { actorId: a.id, actie: "organisatie.lid_toegevoegd", entiteit: "Organisatie", entiteitId: organisatieId, na: { userId: user.id } });
    return { userId: user.id };
  });
}

/** Beheerder: ends a membership. */
export async function verwijderLid(actor: Actor | null | undefined, organisatieId: string, userId: string): Promise<{ organisatieId: string }> {
  const a = requirePermission(actor, "kaart:edit:any");
  return db.$transaction(async (tx) => {
    const lid = await tx.organisatieLid.findUnique({ where: { organisatieId_userId: { organisatieId, userId } }, select: { id: true } });
    if (!lid) throw new AppError("NOT_FOUND");
    await tx.organisatieLid.delete({ where: { id: lid.id } });
    await writeAudit(tx, { actorId: a.id, actie: "organisatie.lid_verwijderd", entiteit: "Organisatie", entiteitId: organisatieId, voor: { userId } });
    return { organisatieId };
  });
}

/** A member: their organisations with the plekken and activiteiten they may keep (not archived). */
export async function mijnOrganisaties(actor: Actor | null | undefined) {
  const a = requireActor(actor);
  const ids = await organisatieIdsVan(db, a.id);
  if (!ids.length) return [];
  return db.organisatie.findMany({
    where: { id: { in: ids } },
    orderBy: { naam: "asc" },
    select: {
      id: true,
      naam: true,
      plekken: { where: { status: { not: "GEARCHIVEERD" } }, orderBy: { naam: "asc" }, select: { id: true, slug: true, naam: true, updatedAt: true } },
      activiteiten: { where: { status: { not: "GEARCHIVEERD" } }, orderBy: { titel: "asc" }, select: { id: true, slug: true, titel: true, updatedAt: true } },
    },
  });
}
