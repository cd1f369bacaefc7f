/**
 * Meldingen: anyone may report a vacature or hulpvraag; staff handle them.
 * Vacature reports: staff with vacature:publish. Hulpvraag reports: opbouwwerkers of that wijk
 * (hulpvraag:moderate:own) or the beheerder (:any).
 *
 * Threshold: when MELDINGEN_DREMPEL (default 3) DIFFERENT people have open reports on an item, it goes
 * offline pending review (hulpvraag VERBORGEN, vacature TER_CONTROLE), its owner gets a plain Dutch
 * e-mail, and staff can restore it from the moderation list. Hiding and restoring are audited.
 * "Different people" = a keyed hash of the user id, or for anonymous reports of the IP address; the
 * hash is all that is stored about a reporter.
 */
import "server-only";
import { createHmac } from "node:crypto";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { instellingen } from "../instellingen.ts";
import { AppError } from "../errors.ts";
import { sendMailSafe } from "../mail.ts";
import { authSecret } from "../auth/secret.ts";
import { requireActor, requirePermission, requireWijkPermission } from "../auth/guard.ts";
import { hasPermission, wijkScope, type Actor } from "../auth/permissions.ts";
import type { MeldingEntiteit } from "../validation/vrijwilligers.ts";
import { modereerHulpvraag } from "./hulpvragen.ts";
import { zetVacatureStatus } from "./vacatures.ts";
import { writeAudit } from "../audit.ts";

/** Who reported, for counting different people: a signed-in user, else the client's address. */
export interface Melder {
  userId: string | null;
  ip: string;
}

export function melderSleutel(m: Melder): string {
  const bron = m.userId ? `u:${m.userId}` : `ip:${m.ip}`;
  return createHmac("sha256", authSecret()).update(`melder:${bron}`).digest("hex").slice(0, 32);
}

/** Anyone (signed in or not) can report public content. Stores only a keyed hash of the reporter. */
export async function meld(
  input: { entiteit: MeldingEntiteit; entiteitId: string; reden: string },
  melder: Melder,
): Promise<{ id: string; pad: string; verborgen: boolean }> {
  let pad: string | null = null;
  if (input.entiteit === "Vacature") {
    const v = await db.vacature.findFirst({ where: { id: input.entiteitId, status: "GEPUBLICEERD" }, select: { slug: true } });
    if (v) pad = `/vrijwilligers/vacatures/${v.slug}`;
  } else {
    const h = await db.hulpvraag.findFirst({ where: { id: input.entiteitId, status: "OPEN" }, select: { id: true } });
    if (h) pad = `/vrijwilligers/hulpvragen/${h.id}`;
  }
  if (!pad) throw new AppError("NOT_FOUND", "Dit bericht bestaat niet (meer).");
  const m = await db.melding.create({ data: { entiteit: input.entiteit, entiteitId: input.entiteitId, reden: input.reden, melderSleutel: melderSleutel(melder) }, select: { id: true } });
  const verborgen = await verbergBijDrempel(input.entiteit, input.entiteitId);
  return { id: m.id, pad, verborgen };
}

/** Different people with an open report on this item. */
async function aantalMelders(entiteit: MeldingEntiteit, entiteitId: string): Promise<number> {
  const rijen = await db.melding.groupBy({ by: ["melderSleutel"], where: { entiteit, entiteitId, afgehandeld: false, melderSleutel: { not: null } } });
  return rijen.length;
}

/** Takes the item offline once the threshold is reached; mails the owner once (only the call that hid it). */
async function verbergBijDrempel(entiteit: MeldingEntiteit, entiteitId: string): Promise<boolean> {
  const drempel = env().MELDINGEN_DREMPEL;
  const melders = await aantalMelders(entiteit, entiteitId);
  if (melders < drempel) return false;
  const na = { aantalMelders: melders, drempel, reden: "verborgen na meldingen van verschillende mensen" };
  const mail = await db.$transaction(async (tx) => {
    if (entiteit === "Vacature") {
      const r = await tx.vacature.updateMany({ where: { id: entiteitId, status: "GEPUBLICEERD" }, data: { status: "TER_CONTROLE" } });
      if (r.count !== 1) return null;
      await writeAudit(tx, { actorId: null, actie: "vacature.verborgen_na_meldingen", entiteit, entiteitId, voor: { status: "GEPUBLICEERD" }, na: { status: "TER_CONTROLE", ...na } });
      const v = await tx.vacature.findUniqueOrThrow({ where: { id: entiteitId }, select: { titel: true, contactNaam: true, contactEmail: true } });
      return { to: v.contactEmail, naam: v.contactNaam, titel: v.titel, wat: "vacature" };
    }
    const r = await tx.hulpvraag.updateMany({ where: { id: entiteitId, status: "OPEN" }, data: { status: "VERBORGEN" } });
    if (r.count !== 1) return null;
    await writeAudit(tx, { actorId: null, actie: "hulpvraag.verborgen_na_meldingen", entiteit, entiteitId, voor: { status: "OPEN" }, na: { status: "VERBORGEN", ...na } });
    const h = await tx.hulpvraag.findUniqueOrThrow({ where: { id: entiteitId }, select: { titel: true, aanvrager: { select: { naam: true, email: true } } } });
    return { to: h.aanvrager.email, naam: h.aanvrager.naam ?? "", titel: h.titel, wat: "hulpvraag" };
  });
  if (!mail) return false;
  const GEMEENTE_NAAM = (await instellingen()).gemeenteNaam;
  await sendMailSafe({
    to: mail.to,
    subject: `Uw ${mail.wat} staat tijdelijk niet online`,
    text: [
      `Beste ${mail.naam || "inwoner"},`,
      "",
      `Uw ${mail.wat} "${mail.titel}" staat tijdelijk niet online.`,
      `Dat komt doordat ${melders} verschillende mensen hebben gemeld dat er iets niet in orde is.`,
      "Een medewerker van de gemeente kijkt er zo snel mogelijk naar.",
      `Is alles in orde? Dan zetten we uw ${mail.wat} weer online. Anders hoort u van ons waarom niet.`,
      "",
      `Met vriendelijke groet,`,
      `Sociale Basis ${GEMEENTE_NAAM}`,
    ].join("\n"),
  });
  return true;
}

/** A reported conversation (lib/data/berichten.ts) goes to the same list: entiteit "Gesprek", entiteitId = the HulpAanbod. */
export interface MeldingRegel {
  id: string;
  entiteit: MeldingEntiteit | "Gesprek";
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
export async function zoekOpenMeldingen(actor: Actor | null): Promise<MeldingRegel[]> {
  const user = requirePermission(actor, "beheer:access");
  const magVacatures = hasPermission(user, "vacature:publish");
  const scope = wijkScope(user, "hulpvraag:moderate");
  const meldingen = await db.melding.findMany({ where: { afgehandeld: false }, orderBy: { createdAt: "asc" }, select: { id: true, entiteit: true, entiteitId: true, reden: true, createdAt: true } });
  const vacIds = meldingen.filter((m) => m.entiteit === "Vacature").map((m) => m.entiteitId);
  // A reported conversation belongs to its hulpvraag's wijk. Staff see the reporter's explanation, never the messages.
  const gesprekIds = meldingen.filter((m) => m.entiteit === "Gesprek").map((m) => m.entiteitId);
  const gesprekken = gesprekIds.length ? await db.hulpAanbod.findMany({ where: { id: { in: gesprekIds } }, select: { id: true, hulpvraagId: true } }) : [];
  const gesprekHv = new Map(gesprekken.map((g) => [g.id, g.hulpvraagId]));
  const hvIds = [...meldingen.filter((m) => m.entiteit === "Hulpvraag").map((m) => m.entiteitId), ...gesprekken.map((g) => g.hulpvraagId)];
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
    } else if (m.entiteit === "Gesprek") {
      const h = hMap.get(gesprekHv.get(m.entiteitId) ?? "");
      if (h) out.push({ ...m, entiteit: "Gesprek", titel: h.titel, wijk: h.wijk.naam, href: `/vrijwilligers/hulpvragen/${h.id}`, status: h.status });
    }
  }
  return out;
}

/**
 * Close a report; with 'verbergen' the hulpvraag is hidden / the vacature archived in the same step;
 * with 'terugzetten' an item that was taken offline (by the threshold or by hand) goes back online and
 * every open report on it is closed (audited).
 */
export async function handelMeldingAf(actor: Actor | null, id: string, actie: "afgehandeld" | "verbergen" | "terugzetten"): Promise<void> {
  const user = requireActor(actor);
  const m = await db.melding.findUnique({ where: { id }, select: { id: true, entiteit: true, entiteitId: true, afgehandeld: true } });
  if (!m) throw new AppError("NOT_FOUND", "Deze melding bestaat niet.");
  // The hulpvraag a report is about (a reported conversation: the hulpvraag of that offer).
  let hvId = m.entiteitId;
  if (m.entiteit === "Vacature") {
    requirePermission(user, "vacature:publish");
  } else {
    if (m.entiteit === "Gesprek") {
      const a = await db.hulpAanbod.findUnique({ where: { id: m.entiteitId }, select: { hulpvraagId: true } });
      if (!a) throw new AppError("NOT_FOUND", "Dit gesprek bestaat niet meer.");
      hvId = a.hulpvraagId;
    }
    const hv = await db.hulpvraag.findUnique({ where: { id: hvId }, select: { wijkId: true } });
    if (!hv) throw new AppError("NOT_FOUND", "Deze hulpvraag bestaat niet meer.");
    requireWijkPermission(user, "hulpvraag:moderate", hv.wijkId);
  }
  if (actie === "verbergen") {
    if (m.entiteit === "Vacature") await zetVacatureStatus(user, m.entiteitId, "GEARCHIVEERD");
    else await modereerHulpvraag(user, hvId, true, "na melding");
  }
  if (actie === "terugzetten") {
    if (m.entiteit === "Vacature") await zetVacatureStatus(user, m.entiteitId, "GEPUBLICEERD", "vacature.hersteld_na_meldingen");
    else await modereerHulpvraag(user, hvId, false, "hersteld na meldingen");
    const open = await db.melding.findMany({ where: { entiteit: m.entiteit, entiteitId: m.entiteitId, afgehandeld: false }, select: { id: true } });
    await db.$transaction([
      db.melding.updateMany({ where: { id: { in: open.map((o) => o.id) } }, data: { afgehandeld: true } }),
      ...open.map((o) =>
        writeAudit(db, { actorId: user.id, actie: "melding.teruggezet", entiteit: "Melding", entiteitId: o.id, voor: { afgehandeld: false }, na: { afgehandeld: true, entiteit: m.entiteit, entiteitId: m.entiteitId } }),
      ),
    ]);
    return;
  }
  if (m.afgehandeld) return;
  await db.$transaction([
    db.melding.update({ where: { id }, data: { afgehandeld: true } }),
    writeAudit(db, { actorId: user.id, actie: actie === "verbergen" ? "melding.verborgen" : "melding.afgehandeld", entiteit: "Melding", entiteitId: id, voor: { afgehandeld: false }, na: { afgehandeld: true, entiteit: m.entiteit, entiteitId: m.entiteitId } }),
  ]);
}
