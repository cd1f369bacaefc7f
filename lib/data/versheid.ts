/**
 * Versheid of the sociale kaart (issue 14): answering a reminder link without logging in, and the staff
 * overview /beheer/versheid. The links are checked by signature (lib/versheid/link.ts): whoever holds
 * the link may answer for that one item, nothing else.
 */
import "server-only";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";
import { writeAudit } from "../audit.ts";
import { requireActor } from "../auth/guard.ts";
import { hasPermission, wijkScope, type Actor } from "../auth/permissions.ts";
import { vergeetKaartCache } from "../kaart/kaart-cache.ts";
import { controleerLinkToken, type GeldigeLink, type LinkActie } from "../versheid/link.ts";
import { bewerkPad, herinneringGrens, verouderdGrens, type VersheidSoort } from "../versheid/periode.ts";

export interface ControleItem {
  soort: VersheidSoort;
  id: string;
  naam: string;
  href: string;
  laatstGecontroleerd: Date;
  gemeldNietMeerOp: Date | null;
}

export type ControleLink =
  | { ok: false; reden: "ongeldig" | "verlopen" | "niet_gevonden" | "andere_actie" }
  | { ok: true; actie: LinkActie; item: ControleItem; link: GeldigeLink };

async function leesItem(soort: VersheidSoort, id: string): Promise<ControleItem | null> {
  if (soort === "plek") {
    const p = await db.plek.findFirst({ where: { id, status: "GEPUBLICEERD" }, select: { id: true, slug: true, naam: true, laatstGecontroleerd: true, gemeldNietMeerOp: true } });
    return p && { soort, id: p.id, naam: p.naam, href: `/kaart/plek/${p.slug}`, laatstGecontroleerd: p.laatstGecontroleerd, gemeldNietMeerOp: p.gemeldNietMeerOp };
  }
  const a = await db.activiteit.findFirst({ where: { id, status: "GEPUBLICEERD" }, select: { id: true, slug: true, titel: true, laatstGecontroleerd: true, gemeldNietMeerOp: true } });
  return a && { soort, id: a.id, naam: a.titel, href: `/kaart/activiteit/${a.slug}`, laatstGecontroleerd: a.laatstGecontroleerd, gemeldNietMeerOp: a.gemeldNietMeerOp };
}

/** Public (the link is the permission): what a reminder link is about, or why it does not work. */
export async function leesControleLink(token: string, nu = new Date()): Promise<ControleLink> {
  const link = controleerLinkToken(token, nu);
  if (!link.ok) return link;
  const item = await leesItem(link.soort, link.id);
  if (!item) return { ok: false, reden: "niet_gevonden" };
  return { ok: true, actie: link.actie, item, link };
}

async function geldigeLink(token: string, actie: LinkActie, nu: Date): Promise<Extract<ControleLink, { ok: true }>> {
  const r = await leesControleLink(token, nu);
  if (!r.ok) throw new AppError(r.reden === "niet_gevonden" ? "NOT_FOUND" : "INVALID", LINK_FOUT[r.reden]);
  if (r.actie !== actie) throw new AppError("INVALID", LINK_FOUT.andere_actie);
  return r;
}

export const LINK_FOUT: Record<"ongeldig" | "verlopen" | "niet_gevonden" | "andere_actie", string> = {
  ongeldig: "Deze link klopt niet. Misschien is hij niet helemaal overgenomen uit de e-mail. Kopieer de hele link en probeer het opnieuw.",
  verlopen: "Deze link is verlopen. U krijgt vanzelf een nieuwe herinnering, of u past de gegevens aan na het inloggen.",
  niet_gevonden: "Deze plek of activiteit staat niet (meer) op de sociale kaart.",
  andere_actie: "Deze link hoort bij een ander antwoord. Gebruik de juiste link uit de e-mail.",
};

/**
 * "Klopt nog" (public, signed link): laatstGecontroleerd = now, audited. Idempotent: a second click on
 * the same link (the item was already checked after the link was made) changes nothing.
 */
export async function bevestigKloptNog(token: string, nu = new Date()): Promise<{ item: ControleItem; alBevestigd: boolean }> {
  const { item, link } = await geldigeLink(token, "klopt", nu);
  const alBevestigd = await db.$transaction(async (tx) => {
    const where = { id: item.id, laatstGecontroleerd: { lt: link.gemaaktOp } };
    const data = { laatstGecontroleerd: nu };
    const n = item.soort === "plek" ? await tx.plek.updateMany({ where, data }) : await tx.activiteit.updateMany({ where, data });
    if (n.count === 0) return true;
    await writeAudit(tx, {
      actie: item.soort === "plek" ? "plek.gecontroleerd" : "activiteit.gecontroleerd",
      actorId: null,
      entiteit: item.soort === "plek" ? "Plek" : "Activiteit",
      entiteitId: item.id,
      voor: { laatstGecontroleerd: item.laatstGecontroleerd.toISOString() },
      na: { laatstGecontroleerd: nu.toISOString(), via: "herinneringslink" },
    });
    await vergeetKaartCache(tx);
    return false;
  });
  return { item: alBevestigd ? item : { ...item, laatstGecontroleerd: nu }, alBevestigd };
}

/**
 * "Bestaat niet meer" (public, signed link, after a confirmation page): marks the item for staff to
 * archive; nothing is deleted. Idempotent: a second confirmation keeps the first date.
 */
export async function meldNietMeer(token: string, nu = new Date()): Promise<{ item: ControleItem; alGemeld: boolean }> {
  const { item } = await geldigeLink(token, "weg", nu);
  const alGemeld = await db.$transaction(async (tx) => {
    const where = { id: item.id, gemeldNietMeerOp: null };
    const data = { gemeldNietMeerOp: nu };
    const n = item.soort === "plek" ? await tx.plek.updateMany({ where, data }) : await tx.activiteit.updateMany({ where, data });
    if (n.count === 0) return true;
    await writeAudit(tx, {
      actie: item.soort === "plek" ? "plek.gemeld_niet_meer" : "activiteit.gemeld_niet_meer",
      actorId: null,
      entiteit: item.soort === "plek" ? "Plek" : "Activiteit",
      entiteitId: item.id,
      na: { gemeldNietMeerOp: nu.toISOString(), via: "herinneringslink" },
    });
    await vergeetKaartCache(tx);
    return false;
  });
  return { item: alGemeld ? item : { ...item, gemeldNietMeerOp: nu }, alGemeld };
}

export interface VersheidWijk {
  id: string;
  naam: string;
  totaal: number;
  gecontroleerd: number;
  /** Share checked within the period, 0..1; null without entries. */
  aandeel: number | null;
}

export interface VerouderdItem {
  soort: VersheidSoort;
  id: string;
  naam: string;
  wijk: string;
  laatstGecontroleerd: Date;
  herinneringVerstuurdOp: Date | null;
  gemeldNietMeerOp: Date | null;
  href: string;
  bewerkHref: string;
}

export interface VersheidOverzicht {
  maanden: number;
  wijken: VersheidWijk[];
  verouderd: VerouderdItem[];
}

/**
 * /beheer/versheid: per wijk the share of entries checked within the period, and the list of entries
 * that are out of date or reported as gone. Opbouwwerkers see their own wijken; ambtenaren and
 * beheerders all; anyone else is refused.
 */
export async function versheidOverzicht(actor: Actor | null, nu = new Date()): Promise<VersheidOverzicht> {
  const a = requireActor(actor);
  if (!hasPermission(a, "versheid:view:own") && !hasPermission(a, "versheid:view:any")) throw new AppError("FORBIDDEN");
  const scope = wijkScope(a, "versheid:view");
  const maanden = env().VERSHEID_MAANDEN;
  const vers = herinneringGrens(nu, maanden);
  const oud = verouderdGrens(nu, maanden);
  const wijkWhere = scope ? { wijkId: { in: scope } } : {};
  const plekWhere = { ...wijkWhere, status: "GEPUBLICEERD" as const };
  const actWhere = { ...wijkWhere, status: "GEPUBLICEERD" as const, OR: [{ eind: null }, { eind: { gte: nu } }], AND: [{ OR: [{ plekId: null }, { plek: { status: "GEPUBLICEERD" as const } }] }] };
  const verouderdWhere = { OR: [{ laatstGecontroleerd: { lt: oud } }, { gemeldNietMeerOp: { not: null } }] };

  const [wijken, pTotaal, pVers, aTotaal, aVers, pOud, aOud] = await Promise.all([
    db.wijk.findMany({ where: { gearchiveerdOp: null, ...(scope ? { id: { in: scope } } : {}) }, select: { id: true, naam: true }, orderBy: { naam: "asc" } }),
    db.plek.groupBy({ by: ["wijkId"], where: plekWhere, _count: { _all: true } }),
    db.plek.groupBy({ by: ["wijkId"], where: { ...plekWhere, laatstGecontroleerd: { gte: vers } }, _count: { _all: true } }),
    db.activiteit.groupBy({ by: ["wijkId"], where: actWhere, _count: { _all: true } }),
    db.activiteit.groupBy({ by: ["wijkId"], where: { ...actWhere, laatstGecontroleerd: { gte: vers } }, _count: { _all: true } }),
    db.plek.findMany({
      where: { ...plekWhere, ...verouderdWhere },
      select: { id: true, slug: true, naam: true, laatstGecontroleerd: true, herinneringVerstuurdOp: true, gemeldNietMeerOp: true, wijk: { select: { naam: true } } },
      orderBy: [{ laatstGecontroleerd: "asc" }, { id: "asc" }],
      take: 500,
    }),
    db.activiteit.findMany({
      where: { ...actWhere, AND: [...actWhere.AND, verouderdWhere] },
      select: { id: true, slug: true, titel: true, laatstGecontroleerd: true, herinneringVerstuurdOp: true, gemeldNietMeerOp: true, wijk: { select: { naam: true } } },
      orderBy: [{ laatstGecontroleerd: "asc" }, { id: "asc" }],
      take: 500,
    }),
  ]);
  const tel = (rijen: { wijkId: string; _count: { _all: number } }[]) => new Map(rijen.map((r) => [r.wijkId, r._count._all]));
  const [pt, pv, at, av] = [tel(pTotaal), tel(pVers), tel(aTotaal), tel(aVers)];
  const perWijk = wijken.map((w) => {
    const totaal = (pt.get(w.id) ?? 0) + (at.get(w.id) ?? 0);
    const gecontroleerd = (pv.get(w.id) ?? 0) + (av.get(w.id) ?? 0);
    return { id: w.id, naam: w.naam, totaal, gecontroleerd, aandeel: totaal ? gecontroleerd / totaal : null };
  });
  const verouderd: VerouderdItem[] = [
    ...pOud.map((p) => ({ soort: "plek" as const, id: p.id, naam: p.naam, wijk: p.wijk.naam, laatstGecontroleerd: p.laatstGecontroleerd, herinneringVerstuurdOp: p.herinneringVerstuurdOp, gemeldNietMeerOp: p.gemeldNietMeerOp, href: `/kaart/plek/${p.slug}`, bewerkHref: bewerkPad("plek", p.id, p.slug) })),
    ...aOud.map((x) => ({ soort: "activiteit" as const, id: x.id, naam: x.titel, wijk: x.wijk.naam, laatstGecontroleerd: x.laatstGecontroleerd, herinneringVerstuurdOp: x.herinneringVerstuurdOp, gemeldNietMeerOp: x.gemeldNietMeerOp, href: `/kaart/activiteit/${x.slug}`, bewerkHref: bewerkPad("activiteit", x.id, x.slug) })),
  ].sort((x, y) => Number(!!y.gemeldNietMeerOp) - Number(!!x.gemeldNietMeerOp) || x.laatstGecontroleerd.getTime() - y.laatstGecontroleerd.getTime());
  return { maanden, wijken: perWijk, verouderd };
}
