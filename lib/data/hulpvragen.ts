/**
 * Burenhulp: hulpvragen and hulpaanbiedingen.
 * Public functions never select anything about the requester (no name, e-mail, phone, id).
 * Contact details are shared only after the requester accepted an offer: the helper consented by
 * offering, the requester by accepting.
 */
import "server-only";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";
import { sendMailSafe } from "../mail.ts";
import { requireActor, requireWijkPermission } from "../auth/guard.ts";
import { wijkScope, type Actor } from "../auth/permissions.ts";
import type { HulpvraagFilter, HulpvraagInput } from "../validation/vrijwilligers.ts";
import { writeAudit } from "../audit.ts";
import { instellingen } from "../instellingen.ts";

const DAG = 86_400_000;

/** The public shape of a hulpvraag: nothing about who asked. */
const publicSelect = {
  id: true,
  soort: true,
  titel: true,
  beschrijving: true,
  createdAt: true,
  verlooptOp: true,
  wijk: { select: { naam: true, slug: true } },
} as const;

export interface PublicHulpvraag {
  id: string;
  soort: string;
  titel: string;
  beschrijving: string;
  createdAt: Date;
  verlooptOp: Date;
  wijk: { naam: string; slug: string };
}

function openWhere(now = new Date()) {
  return { status: "OPEN" as const, verlooptOp: { gt: now } };
}

/** Public: open, unexpired requests, newest first. */
export async function zoekOpenHulpvragen(filter: HulpvraagFilter = {}, limit = 100): Promise<PublicHulpvraag[]> {
  return db.hulpvraag.findMany({
    where: { ...openWhere(), ...(filter.soort ? { soort: filter.soort } : {}), ...(filter.wijk ? { wijk: { slug: filter.wijk } } : {}) },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: publicSelect,
  });
}

/** Public: one open, unexpired request, or null. */
export async function leesPubliekeHulpvraag(id: string): Promise<PublicHulpvraag | null> {
  return db.hulpvraag.findFirst({ where: { id, ...openWhere() }, select: publicSelect });
}

/** What the signed-in user may do on a public hulpvraag page. */
export async function leesHulpvraagRelatie(actor: Actor | null, id: string): Promise<{ eigen: boolean; aangeboden: boolean }> {
  if (!actor) return { eigen: false, aangeboden: false };
  const hv = await db.hulpvraag.findUnique({ where: { id }, select: { aanvragerId: true, aanbiedingen: { where: { helperId: actor.id }, select: { id: true } } } });
  return { eigen: hv?.aanvragerId === actor.id, aangeboden: !!hv?.aanbiedingen.length };
}

async function updateContact(tx: Pick<typeof db, "user">, userId: string, naam: string, telefoon: string | undefined) {
  await tx.user.update({ where: { id: userId }, data: { naam, telefoon: telefoon ? telefoon : null } });
}

export async function plaatsHulpvraag(actor: Actor | null, input: HulpvraagInput, now = new Date()): Promise<{ id: string }> {
  const user = requireActor(actor);
  const wijk = await db.wijk.findUnique({ where: { id: input.wijkId }, select: { id: true } });
  if (!wijk) throw new AppError("INVALID", "Deze wijk bestaat niet. Kies een wijk uit de lijst.");
  // Read before the transaction: with PGlite (one connection) a read outside it would wait for it.
  const { hulpvraagGeldigDagen } = await instellingen();
  return db.$transaction(async (tx) => {
    await updateContact(tx, user.id, input.naam, input.telefoon);
    return tx.hulpvraag.create({
      data: {
        soort: input.soort,
        titel: input.titel,
        beschrijving: input.beschrijving,
        wijkId: wijk.id,
        aanvragerId: user.id,
        verlooptOp: new Date(now.getTime() + hulpvraagGeldigDagen * DAG),
      },
      select: { id: true },
    });
  });
}

async function ownHulpvraag(actor: Actor | null, id: string) {
  const user = requireActor(actor);
  const hv = await db.hulpvraag.findUnique({ where: { id }, select: { id: true, aanvragerId: true, status: true, verlooptOp: true, titel: true } });
  if (!hv) throw new AppError("NOT_FOUND", "Deze hulpvraag bestaat niet.");
  if (hv.aanvragerId !== user.id) throw new AppError("FORBIDDEN", "Dit is niet uw hulpvraag.");
  return { user, hv };
}

/** The requester changes the text of their own open request. */
export async function wijzigHulpvraag(actor: Actor | null, id: string, input: Omit<HulpvraagInput, "naam" | "telefoon">): Promise<void> {
  const { hv } = await ownHulpvraag(actor, id);
  if (hv.status !== "OPEN") throw new AppError("INVALID", "U kunt deze hulpvraag niet meer wijzigen.");
  const wijk = await db.wijk.findUnique({ where: { id: input.wijkId }, select: { id: true } });
  if (!wijk) throw new AppError("INVALID", "Deze wijk bestaat niet. Kies een wijk uit de lijst.");
  await db.hulpvraag.update({ where: { id }, data: { soort: input.soort, titel: input.titel, beschrijving: input.beschrijving, wijkId: wijk.id } });
}

/** The requester closes their request (helped, or no longer needed). */
export async function sluitHulpvraag(actor: Actor | null, id: string): Promise<void> {
  const { user, hv } = await ownHulpvraag(actor, id);
  if (hv.status === "GESLOTEN") return;
  if (hv.status === "VERBORGEN") throw new AppError("INVALID", "Deze hulpvraag is verborgen door een opbouwwerker.");
  await db.$transaction([
    db.hulpvraag.update({ where: { id }, data: { status: "GESLOTEN" } }),
    writeAudit(db, { actorId: user.id, actie: "hulpvraag.gesloten", entiteit: "Hulpvraag", entiteitId: id, voor: { status: hv.status }, na: { status: "GESLOTEN" } }),
  ]);
}

/**
 * A signed-in resident offers help. Offering = consent to share the helper's name, e-mail and
 * phone with this requester once the requester accepts.
 */
export async function biedHulpAan(actor: Actor | null, input: { hulpvraagId: string; bericht: string; naam: string; telefoon?: string }): Promise<{ id: string }> {
  const user = requireActor(actor);
  const hv = await db.hulpvraag.findFirst({ where: { id: input.hulpvraagId, ...openWhere() }, select: { id: true, titel: true, aanvragerId: true, aanvrager: { select: { email: true } } } });
  if (!hv) throw new AppError("NOT_FOUND", "Deze hulpvraag is niet meer open.");
  if (hv.aanvragerId === user.id) throw new AppError("INVALID", "U kunt geen hulp aanbieden op uw eigen hulpvraag.");
  const bestaand = await db.hulpAanbod.findUnique({ where: { hulpvraagId_helperId: { hulpvraagId: hv.id, helperId: user.id } }, select: { id: true } });
  if (bestaand) throw new AppError("CONFLICT", "U heeft al hulp aangeboden op deze vraag.");
  const aanbod = await db.$transaction(async (tx) => {
    await updateContact(tx, user.id, input.naam, input.telefoon);
    return tx.hulpAanbod.create({ data: { hulpvraagId: hv.id, helperId: user.id, bericht: input.bericht }, select: { id: true } });
  });
  await sendMailSafe({
    to: hv.aanvrager.email,
    subject: "Iemand wil u helpen met uw hulpvraag",
    text: `Goed nieuws: een buurtgenoot wil u helpen met "${hv.titel}".\n\nLees het bericht en laat weten of u de hulp aanneemt:\n${env().APP_URL}/mijn/hulpvragen/${hv.id}\n\nPas als u het aanbod aanneemt, ziet u elkaars naam, e-mailadres en telefoonnummer.`,
  });
  return aanbod;
}

async function ownAanbod(actor: Actor | null, aanbodId: string) {
  const user = requireActor(actor);
  const aanbod = await db.hulpAanbod.findUnique({
    where: { id: aanbodId },
    select: { id: true, status: true, helperId: true, helper: { select: { email: true } }, hulpvraag: { select: { id: true, titel: true, aanvragerId: true, status: true, verlooptOp: true } } },
  });
  if (!aanbod) throw new AppError("NOT_FOUND", "Dit aanbod bestaat niet.");
  if (aanbod.hulpvraag.aanvragerId !== user.id) throw new AppError("FORBIDDEN", "Dit aanbod hoort niet bij uw hulpvraag.");
  return { user, aanbod };
}

/** The requester accepts an offer (= the requester's consent). Both then see each other's contact details. */
export async function accepteerAanbod(actor: Actor | null, aanbodId: string, now = new Date()): Promise<{ hulpvraagId: string }> {
  const { user, aanbod } = await ownAanbod(actor, aanbodId);
  const hv = aanbod.hulpvraag;
  if (aanbod.status !== "AANGEBODEN") throw new AppError("INVALID", "Op dit aanbod heeft u al gereageerd.");
  if (!["OPEN", "GEKOPPELD"].includes(hv.status) || hv.verlooptOp <= now) throw new AppError("INVALID", "Deze hulpvraag is gesloten of verlopen.");
  await db.$transaction([
    db.hulpAanbod.update({ where: { id: aanbod.id }, data: { status: "GEACCEPTEERD", geaccepteerdOp: now } }),
    db.hulpvraag.update({ where: { id: hv.id }, data: { status: "GEKOPPELD" } }),
    writeAudit(db, { actorId: user.id, actie: "hulpaanbod.geaccepteerd", entiteit: "HulpAanbod", entiteitId: aanbod.id, voor: { status: "AANGEBODEN", hulpvraag: hv.status }, na: { status: "GEACCEPTEERD", hulpvraag: "GEKOPPELD" } }),
  ]);
  await sendMailSafe({
    to: aanbod.helper.email,
    subject: "Uw hulpaanbod is aangenomen",
    text: `Uw aanbod om te helpen met "${hv.titel}" is aangenomen. U ziet nu de contactgegevens van de vrager:\n${env().APP_URL}/mijn/hulpvragen\n\nNeem zelf contact op om iets af te spreken.`,
  });
  return { hulpvraagId: hv.id };
}

export async function wijsAanbodAf(actor: Actor | null, aanbodId: string): Promise<{ hulpvraagId: string }> {
  const { user, aanbod } = await ownAanbod(actor, aanbodId);
  if (aanbod.status !== "AANGEBODEN") throw new AppError("INVALID", "Op dit aanbod heeft u al gereageerd.");
  await db.$transaction([
    db.hulpAanbod.update({ where: { id: aanbod.id }, data: { status: "AFGEWEZEN" } }),
    writeAudit(db, { actorId: user.id, actie: "hulpaanbod.afgewezen", entiteit: "HulpAanbod", entiteitId: aanbod.id, voor: { status: "AANGEBODEN" }, na: { status: "AFGEWEZEN" } }),
  ]);
  return { hulpvraagId: aanbod.hulpvraag.id };
}

export interface Contact {
  naam: string | null;
  email: string;
  telefoon: string | null;
}

export type Weergavestatus = "OPEN" | "GEKOPPELD" | "GESLOTEN" | "VERBORGEN" | "VERLOPEN";

function weergave(status: string, verlooptOp: Date, now: Date): Weergavestatus {
  return status === "OPEN" && verlooptOp <= now ? "VERLOPEN" : (status as Weergavestatus);
}

const contactSelect = { naam: true, email: true, telefoon: true } as const;

/** The requester's own requests, with the offers received. A helper's contact only once accepted. */
export async function zoekMijnHulpvragen(actor: Actor | null, now = new Date()) {
  const user = requireActor(actor);
  const rows = await db.hulpvraag.findMany({
    where: { aanvragerId: user.id },
    orderBy: { createdAt: "desc" },
    select: {
      ...publicSelect,
      wijkId: true,
      status: true,
      aanbiedingen: { orderBy: { createdAt: "asc" }, select: { id: true, bericht: true, status: true, createdAt: true, helper: { select: contactSelect } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    soort: r.soort,
    titel: r.titel,
    beschrijving: r.beschrijving,
    wijk: r.wijk,
    wijkId: r.wijkId,
    createdAt: r.createdAt,
    verlooptOp: r.verlooptOp,
    status: weergave(r.status, r.verlooptOp, now),
    aanbiedingen: r.aanbiedingen.map((a, i) => ({
      id: a.id,
      nummer: i + 1,
      bericht: a.bericht,
      status: a.status,
      createdAt: a.createdAt,
      contact: a.status === "GEACCEPTEERD" ? ({ naam: a.helper.naam, email: a.helper.email, telefoon: a.helper.telefoon } as Contact) : null,
    })),
  }));
}

export type MijnHulpvraag = Awaited<ReturnType<typeof zoekMijnHulpvragen>>[number];

export async function leesMijnHulpvraag(actor: Actor | null, id: string, now = new Date()): Promise<MijnHulpvraag> {
  const user = requireActor(actor);
  const all = await zoekMijnHulpvragen(user, now);
  const found = all.find((h) => h.id === id);
  if (!found) {
    const exists = await db.hulpvraag.count({ where: { id } });
    throw new AppError(exists ? "FORBIDDEN" : "NOT_FOUND", exists ? "Dit is niet uw hulpvraag." : "Deze hulpvraag bestaat niet.");
  }
  return found;
}

/** Offers the signed-in helper made. The requester's contact only once the offer is accepted. */
export async function zoekMijnAanbiedingen(actor: Actor | null, now = new Date()) {
  const user = requireActor(actor);
  const rows = await db.hulpAanbod.findMany({
    where: { helperId: user.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      bericht: true,
      status: true,
      createdAt: true,
      hulpvraag: { select: { ...publicSelect, status: true, aanvrager: { select: contactSelect } } },
    },
  });
  return rows.map((a) => ({
    id: a.id,
    bericht: a.bericht,
    status: a.status,
    createdAt: a.createdAt,
    hulpvraag: {
      id: a.hulpvraag.id,
      titel: a.hulpvraag.titel,
      soort: a.hulpvraag.soort,
      wijk: a.hulpvraag.wijk,
      status: weergave(a.hulpvraag.status, a.hulpvraag.verlooptOp, now),
    },
    contact:
      a.status === "GEACCEPTEERD"
        ? ({ naam: a.hulpvraag.aanvrager.naam, email: a.hulpvraag.aanvrager.email, telefoon: a.hulpvraag.aanvrager.telefoon } as Contact)
        : null,
  }));
}

// ---------- "Is het gelukt?" (the question itself is mailed by lib/burenhulp/gelukt.ts) ----------

/** The requester's view of the question: only for their own hulpvraag with an accepted offer. */
export async function leesGeluktVraag(actor: Actor | null, id: string) {
  const { hv } = await ownHulpvraag(actor, id);
  const extra = await db.hulpvraag.findUniqueOrThrow({ where: { id }, select: { gelukt: true, _count: { select: { aanbiedingen: { where: { status: "GEACCEPTEERD" } } } } } });
  return { id: hv.id, titel: hv.titel, status: hv.status, gelukt: extra.gelukt, magAntwoorden: extra._count.aanbiedingen > 0 && hv.status !== "VERBORGEN" };
}

/** The requester answers: 'ja' closes the hulpvraag and counts on the wijk page; 'nee' leaves it as it is. */
export async function beantwoordGelukt(actor: Actor | null, id: string, gelukt: boolean): Promise<void> {
  const { user, hv } = await ownHulpvraag(actor, id);
  const vraag = await leesGeluktVraag(user, id);
  if (!vraag.magAntwoorden) throw new AppError("INVALID", "U kunt deze vraag (nog) niet beantwoorden.");
  if (vraag.gelukt === gelukt) return;
  const status = gelukt ? "GESLOTEN" : hv.status;
  await db.$transaction([
    db.hulpvraag.update({ where: { id }, data: { gelukt, status } }),
    writeAudit(db, { actorId: user.id, actie: "hulpvraag.gelukt_beantwoord", entiteit: "Hulpvraag", entiteitId: id, voor: { status: hv.status, gelukt: vraag.gelukt }, na: { status, gelukt } }),
  ]);
}

/** Public figure for the wijk page: hulpvragen whose requester said "het is gelukt". */
export async function telGelukteHulpvragen(wijkId: string): Promise<number> {
  return db.hulpvraag.count({ where: { wijkId, gelukt: true } });
}

// ---------- Moderation (opbouwwerkers in their wijken, beheerder everywhere) ----------

/** Requests an opbouwwerker may moderate: open or hidden, in their wijken. No requester details. */
export async function zoekHulpvragenVoorModeratie(actor: Actor | null, now = new Date()) {
  const user = requireActor(actor);
  const scope = wijkScope(user, "hulpvraag:moderate");
  if (scope !== undefined && scope.length === 0) throw new AppError("FORBIDDEN");
  const rows = await db.hulpvraag.findMany({
    where: { ...(scope ? { wijkId: { in: scope } } : {}), OR: [{ status: { in: ["OPEN", "GEKOPPELD", "VERBORGEN"] } }] },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { ...publicSelect, status: true, _count: { select: { aanbiedingen: true } } },
  });
  return rows.map((r) => ({ id: r.id, titel: r.titel, soort: r.soort, wijk: r.wijk, createdAt: r.createdAt, status: weergave(r.status, r.verlooptOp, now), aanbiedingen: r._count.aanbiedingen }));
}

/** Hide (or show again) a request. Opbouwwerkers only in their own wijken. */
export async function modereerHulpvraag(actor: Actor | null, id: string, verbergen: boolean, reden = ""): Promise<void> {
  const hv = await db.hulpvraag.findUnique({ where: { id }, select: { id: true, wijkId: true, status: true } });
  if (!hv) throw new AppError("NOT_FOUND", "Deze hulpvraag bestaat niet.");
  const user = requireWijkPermission(actor, "hulpvraag:moderate", hv.wijkId);
  const nieuw = verbergen ? "VERBORGEN" : "OPEN";
  if (hv.status === nieuw) return;
  if (!verbergen && hv.status !== "VERBORGEN") throw new AppError("INVALID");
  await db.$transaction([
    db.hulpvraag.update({ where: { id }, data: { status: nieuw } }),
    writeAudit(db, { actorId: user.id, actie: verbergen ? "hulpvraag.verborgen" : "hulpvraag.getoond", entiteit: "Hulpvraag", entiteitId: id, voor: { status: hv.status }, na: { status: nieuw, reden } }),
  ]);
}
