/**
 * Meldingen: anyone may report a vacature or hulpvraag; staff handle them.
 * Vacature reports: staff with vacature:publish. Hulpvraag reports: opbouwwerkers of that wijk
 * (hulpvraag:moderate:own) or the beheerder (:any).
 */
import "server-only";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requireActor, requirePermission, requireWijkPermission } from "../auth/guard.ts";
import { hasPermission, wijkScope, type Actor } from "../auth/permissions.ts";
import type { MeldingEntiteit } from "../validation/vrijwilligers.ts";
import { setHulpvraagVerborgen } from "./hulpvragen.ts";
import { setVacatureStatus } from "./vacatures.ts";

/** Anyone (signed in or not) can report public content. Stores nothing about the reporter. */
export async function createMelding(input: { entiteit: MeldingEntiteit; entiteitId: string; reden: string }): Promise<{ id: string; pad: string }> {
  let pad: string | null = null;
  if (input.entiteit === "Vacature") {
    const v = await db.vacature.findFirst({ where: { id: input.entiteitId, status: "GEPUBLICEERD" }, select: { slug: true } });
    if (v) pad = `/vrijwilligers/vacatures/${v.slug}`;
  } else {
    const h = await db.hulpvraag.findFirst({ where: { id: input.entiteitId, status: "OPEN" }, select: { id: true } });
    if (h) pad = `/vrijwilligers/hulpvragen/${h.id}`;
  }
  if (!pad) throw new AppError("NOT_FOUND", "Dit bericht bestaat niet (meer).");
  const m = await db.melding.create({ data: { entiteit: input.entiteit, entiteitId: input.entiteitId, reden: input.reden }, select: { id: true } });
  return { id: m.id, pad };
}

export interface MeldingRegel {
  id: string;
  entiteit: MeldingEntiteit;
  entiteitId: string;
  reden: string;
  createdAt: Date;
  titel: string;
  wijk: string;
  /** link to the public page or the beheer page */
  href: string;
  status: string;
}

/** Open reports this staff member may handle. */
export async function listOpenMeldingen(actor: Actor | null): Promise<MeldingRegel[]> {
  const user = requirePermission(actor, "beheer:access");
  const magVacatures = hasPermission(user, "vacature:publish");
  const scope = wijkScope(user, "hulpvraag:moderate");
  const meldingen = await db.melding.findMany({ where: { afgehandeld: false }, orderBy: { createdAt: "asc" }, select: { id: true, entiteit: true, entiteitId: true, reden: true, createdAt: true } });
  const vacIds = meldingen.filter((m) => m.entiteit === "Vacature").map((m) => m.entiteitId);
  const hvIds = meldingen.filter((m) => m.entiteit === "Hulpvraag").map((m) => m.entiteitId);
  const [vacatures, hulpvragen] = await Promise.all([
    magVacatures && vacIds.length ? db.vacature.findMany({ where: { id: { in: vacIds } }, select: { id: true, titel: true, slug: true, status: true, wijk: { select: { naam: true } } } }) : [],
    hvIds.length && !(scope && scope.length === 0)
      ? db.hulpvraag.findMany({ where: { id: { in: hvIds }, ...(scope ? { wijkId: { in: scope } } : {}) }, select: { id: true, titel: true, status: true, wijk: { select: { naam: true } } } })
      : [],
  ]);
  const vMap = new Map(vacatures.map((v) => [v.id, v]));
  const hMap = new Map(hulpvragen.map((h) => [h.id, h]));
  const out: MeldingRegel[] = [];
  for (const m of meldingen) {
    if (m.entiteit === "Vacature") {
      const v = vMap.get(m.entiteitId);
      if (v) out.push({ ...m, entiteit: "Vacature", titel: v.titel, wijk: v.wijk.naam, href: `/beheer/vacatures/${v.id}`, status: v.status });
    } else if (m.entiteit === "Hulpvraag") {
      const h = hMap.get(m.entiteitId);
      if (h) out.push({ ...m, entiteit: "Hulpvraag", titel: h.titel, wijk: h.wijk.naam, href: `/vrijwilligers/hulpvragen/${h.id}`, status: h.status });
    }
  }
  return out;
}

/** Close a report; with 'verbergen' the hulpvraag is hidden / the vacature archived in the same step. */
export async function handleMelding(actor: Actor | null, id: string, actie: "afgehandeld" | "verbergen"): Promise<void> {
  const user = requireActor(actor);
  const m = await db.melding.findUnique({ where: { id }, select: { id: true, entiteit: true, entiteitId: true, afgehandeld: true } });
  if (!m) throw new AppError("NOT_FOUND", "Deze melding bestaat niet.");
  if (m.entiteit === "Vacature") {
    requirePermission(user, "vacature:publish");
  } else {
    const hv = await db.hulpvraag.findUnique({ where: { id: m.entiteitId }, select: { wijkId: true } });
    if (!hv) throw new AppError("NOT_FOUND", "Deze hulpvraag bestaat niet meer.");
    requireWijkPermission(user, "hulpvraag:moderate", hv.wijkId);
  }
  if (actie === "verbergen") {
    if (m.entiteit === "Vacature") await setVacatureStatus(user, m.entiteitId, "GEARCHIVEERD");
    else await setHulpvraagVerborgen(user, m.entiteitId, true, "na melding");
  }
  if (m.afgehandeld) return;
  await db.$transaction([
    db.melding.update({ where: { id }, data: { afgehandeld: true } }),
    db.auditLog.create({ data: { actorId: user.id, actie: actie === "verbergen" ? "melding_verborgen" : "melding_afgehandeld", entiteit: "Melding", entiteitId: id, voor: { afgehandeld: false }, na: { afgehandeld: true, entiteit: m.entiteit, entiteitId: m.entiteitId } } }),
  ]);
}
