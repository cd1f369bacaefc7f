/**
 * Categories of the sociale kaart (/beheer/categorieen, permission "categorieen:manage"): create,
 * rename, colour (contrast against white checked), icon, order, archive. A category in use cannot be
 * deleted, only archived; archived ones disappear from the public filters but places keep them.
 * Every change invalidates the shared reference and map caches in its transaction.
 */
import "server-only";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requirePermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { writeAudit } from "../audit.ts";
import { slugify } from "../slug.ts";
import { vergeetCaches } from "../import/gebieden-import.ts";
import { contrastMelding, type CategorieInvoer } from "../validation/gebieden.ts";

const SELECT = { id: true, slug: true, naam: true, soort: true, kleur: true, icoon: true, volgorde: true, gearchiveerdOp: true } as const;

export async function listCategorieenBeheer(actor: Actor | null) {
  requirePermission(actor, "categorieen:manage");
  const rows = await db.categorie.findMany({ orderBy: [{ volgorde: "asc" }, { naam: "asc" }], select: { ...SELECT, _count: { select: { plekken: true } } } });
  return rows.map(({ _count, ...c }) => ({ ...c, plekken: _count.plekken }));
}

export async function getCategorieBeheer(actor: Actor | null, id: string) {
  requirePermission(actor, "categorieen:manage");
  const c = await db.categorie.findUnique({ where: { id }, select: { ...SELECT, _count: { select: { plekken: true } } } });
  if (!c) throw new AppError("NOT_FOUND", "Deze categorie bestaat niet.");
  const { _count, ...rest } = c;
  return { ...rest, plekken: _count.plekken };
}

/** The data layer checks the contrast too: a direct call cannot store a colour white text is unreadable on. */
function checkKleur(kleur: string) {
  const m = contrastMelding(kleur);
  if (m) throw AppError.veld("kleur", m);
}

export async function maakCategorie(actor: Actor | null, input: CategorieInvoer) {
  const user = requirePermission(actor, "categorieen:manage");
  checkKleur(input.kleur);
  return db.$transaction(async (tx) => {
    const basis = slugify(input.naam) || "categorie";
    let slug = basis;
    for (let i = 2; await tx.categorie.findUnique({ where: { slug }, select: { id: true } }); i++) slug = `${basis}-${i}`;
    const c = await tx.categorie.create({ data: { ...input, slug }, select: { id: true, naam: true } });
    await writeAudit(tx, { actorId: user.id, actie: "categorie.aangemaakt", entiteit: "Categorie", entiteitId: c.id, na: { ...input, slug } });
    await vergeetCaches(tx);
    return c;
  });
}

export async function wijzigCategorie(actor: Actor | null, id: string, input: CategorieInvoer) {
  const user = requirePermission(actor, "categorieen:manage");
  checkKleur(input.kleur);
  return db.$transaction(async (tx) => {
    const oud = await tx.categorie.findUnique({ where: { id }, select: { naam: true, soort: true, kleur: true, icoon: true, volgorde: true, _count: { select: { plekken: true } } } });
    if (!oud) throw new AppError("NOT_FOUND", "Deze categorie bestaat niet.");
    if (oud.soort !== input.soort && oud._count.plekken) {
      throw AppError.veld("soort", "Er staan plekken in deze categorie. De soort kan daarom niet veranderen.");
    }
    const voor = { naam: oud.naam, soort: oud.soort, kleur: oud.kleur, icoon: oud.icoon, volgorde: oud.volgorde };
    await tx.categorie.update({ where: { id }, data: input });
    await writeAudit(tx, { actorId: user.id, actie: "categorie.gewijzigd", entiteit: "Categorie", entiteitId: id, voor, na: input });
    await vergeetCaches(tx);
    return { id };
  });
}

export async function archiveerCategorie(actor: Actor | null, id: string, archiveren: boolean) {
  const user = requirePermission(actor, "categorieen:manage");
  return db.$transaction(async (tx) => {
    const c = await tx.categorie.findUnique({ where: { id }, select: { id: true, gearchiveerdOp: true } });
    if (!c) throw new AppError("NOT_FOUND", "Deze categorie bestaat niet.");
    const gearchiveerdOp = archiveren ? new Date() : null;
    await tx.categorie.update({ where: { id }, data: { gearchiveerdOp } });
    await writeAudit(tx, {
      actorId: user.id, actie: archiveren ? "categorie.gearchiveerd" : "categorie.hersteld", entiteit: "Categorie", entiteitId: id,
      voor: { gearchiveerdOp: c.gearchiveerdOp?.toISOString() ?? null }, na: { gearchiveerdOp: gearchiveerdOp?.toISOString() ?? null },
    });
    await vergeetCaches(tx);
    return { id };
  });
}

/** Only a category no place uses can be deleted; otherwise CONFLICT with the advice to archive. */
export async function verwijderCategorie(actor: Actor | null, id: string) {
  const user = requirePermission(actor, "categorieen:manage");
  return db.$transaction(async (tx) => {
    const c = await tx.categorie.findUnique({ where: { id }, select: { id: true, naam: true, slug: true, _count: { select: { plekken: true } } } });
    if (!c) throw new AppError("NOT_FOUND", "Deze categorie bestaat niet.");
    if (c._count.plekken) {
      throw new AppError("CONFLICT", `Deze categorie is in gebruik bij ${c._count.plekken} plek(ken) en kan niet weg. Archiveer de categorie: dan verdwijnt ze uit de filters en houden de plekken hun categorie.`);
    }
    await tx.categorie.delete({ where: { id } });
    await writeAudit(tx, { actorId: user.id, actie: "categorie.verwijderd", entiteit: "Categorie", entiteitId: id, voor: { naam: c.naam, slug: c.slug } });
    await vergeetCaches(tx);
    return { id };
  });
}
