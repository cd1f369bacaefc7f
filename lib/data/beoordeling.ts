/**
 * Reviewing initiatives (ambtenaren and beheerders): the queue, the review page, the checklist and
 * every review action. Each function takes the acting user first and checks initiatief:review itself.
 * Status changes go through the shared status machine (lib/initiatief/status.ts): optimistic locking
 * and exactly one audit row per change. E-mails go out only after the transaction has committed.
 */
import "server-only";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";
import { sendMailSafe } from "../mail.ts";
import { requirePermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { InitiatiefStatus } from "../generated/prisma/enums.ts";
import { voerTransitieUit, mogelijkeActies, kanTransitie, type InitiatiefActie, type Tx } from "../initiatief/status.ts";
import { CHECKLIST_KEYS, leesChecklist, suggestie, type Checklist } from "../initiatief/afbakening.ts";
import { werkdagenTussen, werkdagGrens } from "../initiatief/werkdagen.ts";
import { beoordelingMail, type MailActie, type MailGegevens } from "../initiatief/beoordeling-mail.ts";
import { euro } from "../format.ts";
import { INITIATIEF_INHOUD_SELECT } from "../initiatief/inhoud.ts";
import type { QueueFilter } from "../validation/beoordeling.ts";
import { writeAudit } from "../audit.ts";
import { instellingen } from "../instellingen.ts";

/** Statuses in which the municipality has not decided yet. */
export const OPEN_STATUSSEN: InitiatiefStatus[] = ["INGEDIEND", "IN_BEHANDELING", "AANVULLING_GEVRAAGD"];
/** Statuses in which the initiatiefnemer is waiting for the municipality (the response time runs). */
const WACHT_OP_GEMEENTE: InitiatiefStatus[] = ["INGEDIEND", "IN_BEHANDELING"];

const review = (actor: Actor | null | undefined) => requirePermission(actor, "initiatief:review");

// ---------- Queue ----------

export interface QueueRow {
  id: string;
  referentie: string | null;
  titel: string;
  status: InitiatiefStatus;
  wijk: string | null;
  bedragGevraagd: number | null;
  ingediendOp: Date | null;
  behandelaar: string | null;
  werkdagen: number;
  teLaat: boolean;
}

export async function zoekWerkvoorraad(actor: Actor | null, filter: QueueFilter, nu = new Date()) {
  review(actor);
  const termijn = (await instellingen()).reactietermijnWerkdagen;
  const where: Prisma.InitiatiefWhereInput = { status: { not: "CONCEPT" }, ingediendOp: { not: null } };
  if (filter.status === "open") where.status = { in: OPEN_STATUSSEN };
  else if (filter.status !== "alle") where.status = filter.status;
  if (filter.wijk) where.wijk = { slug: filter.wijk };
  if (filter.bedragVan !== undefined || filter.bedragTot !== undefined) {
    where.bedragGevraagd = { ...(filter.bedragVan !== undefined ? { gte: filter.bedragVan } : {}), ...(filter.bedragTot !== undefined ? { lte: filter.bedragTot } : {}) };
  }
  if (filter.wachttijd) {
    const n = filter.wachttijd === "termijn" ? termijn : Number(filter.wachttijd);
    where.ingediendOp = { lt: werkdagGrens(nu, n) };
  }
  const rows = await db.initiatief.findMany({
    where,
    orderBy: [{ ingediendOp: filter.sort === "kortst" ? "desc" : "asc" }, { referentie: "asc" }],
    take: 500,
    select: {
      id: true,
      referentie: true,
      titel: true,
      status: true,
      bedragGevraagd: true,
      ingediendOp: true,
      wijk: { select: { naam: true } },
      behandelaar: { select: { naam: true, email: true } },
    },
  });
  const out: QueueRow[] = rows.map((r) => {
    const werkdagen = r.ingediendOp ? werkdagenTussen(r.ingediendOp, nu) : 0;
    return {
      id: r.id,
      referentie: r.referentie,
      titel: r.titel,
      status: r.status,
      wijk: r.wijk?.naam ?? null,
      bedragGevraagd: r.bedragGevraagd,
      ingediendOp: r.ingediendOp,
      behandelaar: r.behandelaar ? (r.behandelaar.naam ?? r.behandelaar.email) : null,
      werkdagen,
      teLaat: WACHT_OP_GEMEENTE.includes(r.status) && werkdagen > termijn,
    };
  });
  return { rows: out, termijn, afgekapt: rows.length === 500 };
}

// ---------- Review page ----------

export async function leesBeoordeling(actor: Actor | null, initiatiefId: string) {
  const user = review(actor);
  const i = await db.initiatief.findUnique({
    where: { id: initiatiefId },
    select: {
      id: true,
      referentie: true,
      status: true,
      versie: true,
      ...INITIATIEF_INHOUD_SELECT,
      bedragToegekend: true,
      voorwaarden: true,
      besluitReden: true,
      doorverwezenNaar: true,
      ingediendOp: true,
      besluitOp: true,
      wijk: { select: { naam: true } },
      indienerId: true,
      indiener: { select: { naam: true, email: true } },
      namens: { select: { medewerkerId: true, medewerker: { select: { naam: true, email: true } } } },
      behandelaar: { select: { id: true, naam: true, email: true } },
      berichten: {
        orderBy: { createdAt: "asc" },
        select: { id: true, tekst: true, vanGemeente: true, intern: true, createdAt: true, auteur: { select: { naam: true, email: true } } },
      },
      beoordeling: { select: { checklist: true, betrokkenheid: true, legitimiteit: true, rendement: true, updatedAt: true, beoordelaarId: true } },
      goedkeuringen: { orderBy: { createdAt: "asc" }, select: { userId: true, bedrag: true, createdAt: true, user: { select: { naam: true, email: true } } } },
    },
  });
  if (!i || i.status === "CONCEPT") throw new AppError("NOT_FOUND", "Dit initiatief bestaat niet of is nog niet ingediend.");
  const audit = await db.auditLog.findMany({
    where: { entiteit: "Initiatief", entiteitId: i.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, actie: true, voor: true, na: true, createdAt: true, actor: { select: { naam: true, email: true } } },
  });
  const checklist = i.beoordeling ? leesChecklist(i.beoordeling.checklist) : null;
  const begroting = Array.isArray(i.begroting)
    ? (i.begroting as unknown[]).flatMap((r) => (r && typeof r === "object" ? [{ post: String((r as { post?: unknown }).post ?? ""), bedrag: Number((r as { bedrag?: unknown }).bedrag ?? 0) }] : []))
    : [];
  const vierOgen = (await instellingen()).vierOgenBedrag;
  const zelfIngediend = isEigenInitiatief(user, { indienerId: i.indienerId, indienerEmails: emails(i.contactEmail, i.indiener?.email), namensMedewerkerId: i.namens?.medewerkerId });
  const { namens, ...rest } = i;
  return {
    ...rest,
    /** "Ingediend met hulp van …": the staff member who filled it in at the kitchen table, or null. */
    metHulpVan: namens ? (namens.medewerker?.naam ?? namens.medewerker?.email ?? "een medewerker") : null,
    begroting,
    wijk: i.wijk?.naam ?? null,
    indiener: i.indiener ? (i.indiener.naam ?? i.indiener.email) : null,
    behandelaar: i.behandelaar ? (i.behandelaar.naam ?? i.behandelaar.email) : null,
    berichten: i.berichten.map((b) => ({ ...b, auteur: b.auteur ? (b.auteur.naam ?? b.auteur.email) : null })),
    beoordeling: i.beoordeling
      ? { checklist: checklist!, betrokkenheid: i.beoordeling.betrokkenheid, legitimiteit: i.beoordeling.legitimiteit, rendement: i.beoordeling.rendement, updatedAt: i.beoordeling.updatedAt }
      : null,
    suggestie: suggestie(checklist),
    goedkeuringen: i.goedkeuringen.map((g) => ({ userId: g.userId, bedrag: g.bedrag, createdAt: g.createdAt, door: g.user.naam ?? g.user.email })),
    audit: audit.map((a) => ({ ...a, actor: a.actor ? (a.actor.naam ?? a.actor.email) : "Systeem" })),
    /** The actor submitted this initiative: no decision actions (the data layer refuses them too). */
    zelfIngediend,
    acties: zelfIngediend ? [] : mogelijkeActies(i.status, "beoordelaar"),
    checklistBewerkbaar: !zelfIngediend && OPEN_STATUSSEN.includes(i.status),
    vierOgenBedrag: vierOgen,
    werkdagen: i.ingediendOp ? werkdagenTussen(i.ingediendOp, new Date()) : 0,
    termijn: (await instellingen()).reactietermijnWerkdagen,
    ikHebGoedgekeurd: i.goedkeuringen.some((g) => g.userId === user.id),
  };
}

export type ReviewDetail = Awaited<ReturnType<typeof leesBeoordeling>>;

// ---------- Helpers ----------

interface Ontvanger {
  referentie: string;
  titel: string;
  email: string | null;
  naam: string;
  status: InitiatiefStatus;
  versie: number;
  bedragGevraagd: number | null;
  behandelaarId: string | null;
  /** Who submitted it: the indiener's user id and every e-mail address that identifies the submitter. */
  indienerId: string | null;
  indienerEmails: string[];
  /** Filled in at the kitchen table: the staff member who did it (also after the resident took it over). */
  namensMedewerkerId?: string | null;
}

/** Refusal text when a staff member tries to decide on an initiative they submitted themselves. */
export const ZELF_INGEDIEND = "U heeft dit initiatief zelf ingediend. Een collega moet het beoordelen.";

/** True when the actor submitted this initiative (is the indiener, or the contact e-mail is theirs). */
export function isEigenInitiatief(user: Pick<Actor, "id" | "email">, o: { indienerId: string | null; indienerEmails: string[]; namensMedewerkerId?: string | null }): boolean {
  if (o.indienerId && o.indienerId === user.id) return true;
  if (o.namensMedewerkerId && o.namensMedewerkerId === user.id) return true;
  const mijn = user.email.trim().toLowerCase();
  return !!mijn && o.indienerEmails.includes(mijn);
}

/** Four-eyes / conflict of interest: nobody decides about an initiative they submitted. */
function weigerEigen(user: Actor, o: Ontvanger) {
  if (isEigenInitiatief(user, o)) throw new AppError("FORBIDDEN", ZELF_INGEDIEND);
}

function emails(...xs: (string | null | undefined)[]): string[] {
  return [...new Set(xs.map((x) => (x ?? "").trim().toLowerCase()).filter(Boolean))];
}

async function laad(tx: Tx, initiatiefId: string): Promise<Ontvanger> {
  const i = await tx.initiatief.findUnique({
    where: { id: initiatiefId },
    select: {
      referentie: true,
      titel: true,
      status: true,
      versie: true,
      bedragGevraagd: true,
      behandelaarId: true,
      contactEmail: true,
      contactNaam: true,
      indienerId: true,
      indiener: { select: { email: true, naam: true } },
      namens: { select: { medewerkerId: true } },
    },
  });
  if (!i || i.status === "CONCEPT") throw new AppError("NOT_FOUND", "Dit initiatief bestaat niet of is nog niet ingediend.");
  return {
    indienerId: i.indienerId,
    namensMedewerkerId: i.namens?.medewerkerId ?? null,
    indienerEmails: emails(i.contactEmail, i.indiener?.email),
    referentie: i.referentie ?? initiatiefId,
    titel: i.titel,
    email: i.contactEmail || i.indiener?.email || null,
    naam: i.contactNaam || i.indiener?.naam || "",
    status: i.status,
    versie: i.versie,
    bedragGevraagd: i.bedragGevraagd,
    behandelaarId: i.behandelaarId,
  };
}

function checkVersie(o: Ontvanger, versie: number) {
  if (o.versie !== versie) throw new AppError("CONFLICT");
}

/** Sends the initiatiefnemer's e-mail; called only after the transaction has committed. */
async function mailInitiatiefnemer(o: Ontvanger, actie: MailActie, extra: Partial<MailGegevens> = {}) {
  if (!o.email) return false;
  const { APP_URL } = env();
  const GEMEENTE_NAAM = (await instellingen()).gemeenteNaam;
  const mail = beoordelingMail(actie, { referentie: o.referentie, titel: o.titel, naam: o.naam, appUrl: APP_URL, gemeente: GEMEENTE_NAAM, ...extra });
  return sendMailSafe({ to: o.email, ...mail });
}

async function transitie(
  actor: Actor,
  input: { initiatiefId: string; versie: number },
  actie: InitiatiefActie,
  doe: (tx: Prisma.TransactionClient, o: Ontvanger) => Promise<{ data?: Parameters<typeof voerTransitieUit>[1]["data"]; details?: Record<string, unknown> }>,
): Promise<Ontvanger> {
  return db.$transaction(async (tx) => {
    const o = await laad(tx, input.initiatiefId);
    weigerEigen(actor, o);
    checkVersie(o, input.versie);
    const { data, details } = await doe(tx, o);
    await voerTransitieUit(tx, { initiatiefId: input.initiatiefId, actie, actorId: actor.id, verwachteVersie: input.versie, data, details });
    return o;
  });
}

// ---------- Actions ----------

export interface VersieInput {
  initiatiefId: string;
  versie: number;
}

/** INGEDIEND -> IN_BEHANDELING; the reviewer becomes the behandelaar. */
export async function neemInBehandeling(actor: Actor | null, input: VersieInput) {
  const user = review(actor);
  const o = await transitie(user, input, "in_behandeling_nemen", async () => ({ data: { behandelaarId: user.id }, details: { behandelaarId: user.id } }));
  await mailInitiatiefnemer(o, "in_behandeling_nemen");
}

/** Asks the initiatiefnemer a question: a (non-internal) message and status AANVULLING_GEVRAAGD. */
export async function stelVraag(actor: Actor | null, input: VersieInput & { vraag: string }) {
  const user = review(actor);
  const o = await transitie(user, input, "vraag_stellen", async (tx, cur) => {
    await tx.bericht.create({ data: { initiatiefId: input.initiatiefId, auteurId: user.id, vanGemeente: true, intern: false, tekst: input.vraag } });
    return { data: cur.behandelaarId ? {} : { behandelaarId: user.id }, details: { vraag: input.vraag } };
  });
  await mailInitiatiefnemer(o, "vraag_stellen", { vraag: input.vraag });
}

/** An internal note: only for staff, never shown to or mailed to the initiatiefnemer. Audited. */
export async function voegNotitieToe(actor: Actor | null, input: { initiatiefId: string; tekst: string }) {
  const user = review(actor);
  await db.$transaction(async (tx) => {
    await laad(tx, input.initiatiefId);
    const b = await tx.bericht.create({ data: { initiatiefId: input.initiatiefId, auteurId: user.id, vanGemeente: true, intern: true, tekst: input.tekst }, select: { id: true } });
    await writeAudit(tx, { actorId: user.id, actie: "initiatief.notitie_geplaatst", entiteit: "Initiatief", entiteitId: input.initiatiefId, na: { berichtId: b.id, tekst: input.tekst } });
  });
}

export interface BeoordelingInput extends VersieInput {
  checklist: Checklist;
  betrokkenheid: string;
  legitimiteit: string;
  rendement: string;
}

/** Saves the afbakeningskader checklist and the waardendriehoek (not a status change; audited with before/after). */
export async function bewaarBeoordeling(actor: Actor | null, input: BeoordelingInput) {
  const user = review(actor);
  const checklist = Object.fromEntries(CHECKLIST_KEYS.map((k) => [k, { ja: input.checklist[k]?.ja === true, notitie: input.checklist[k]?.notitie ?? "" }]));
  await db.$transaction(async (tx) => {
    const o = await laad(tx, input.initiatiefId);
    weigerEigen(user, o);
    checkVersie(o, input.versie);
    if (!OPEN_STATUSSEN.includes(o.status)) throw new AppError("CONFLICT", "Over dit initiatief is al besloten. De beoordeling kan niet meer veranderen.");
    const before = await tx.beoordeling.findUnique({
      where: { initiatiefId: input.initiatiefId },
      select: { checklist: true, betrokkenheid: true, legitimiteit: true, rendement: true },
    });
    const data = { checklist, betrokkenheid: input.betrokkenheid, legitimiteit: input.legitimiteit, rendement: input.rendement, beoordelaarId: user.id };
    await tx.beoordeling.upsert({ where: { initiatiefId: input.initiatiefId }, create: { initiatiefId: input.initiatiefId, ...data }, update: data });
    await writeAudit(tx, {
      actorId: user.id,
      actie: "initiatief.beoordeling_opgeslagen",
      entiteit: "Initiatief",
      entiteitId: input.initiatiefId,
      voor: before ? (before as Prisma.InputJsonValue) : undefined,
      na: { checklist, betrokkenheid: input.betrokkenheid, legitimiteit: input.legitimiteit, rendement: input.rendement, suggestie: suggestie(checklist) },
    });
  });
}

export interface GoedkeurenInput extends VersieInput {
  bedrag: number;
  voorwaarden: string;
  motivatie: string;
}

/**
 * Approve with an amount. Above VIER_OGEN_BEDRAG the first ambtenaar's approval is stored as a
 * Goedkeuring (status unchanged, audited as eerste_goedkeuring, versie raised so concurrent decisions
 * conflict); a different ambtenaar approving the same amount then performs the transition.
 */
export async function keurGoed(actor: Actor | null, input: GoedkeurenInput): Promise<{ resultaat: "goedgekeurd" | "eerste_goedkeuring" }> {
  const user = review(actor);
  const grens = (await instellingen()).vierOgenBedrag;
  let resultaat: "goedgekeurd" | "eerste_goedkeuring" = "goedgekeurd";
  const o = await db.$transaction(async (tx) => {
    const cur = await laad(tx, input.initiatiefId);
    weigerEigen(user, cur);
    checkVersie(cur, input.versie);
    if (!kanTransitie(cur.status, "goedkeuren")) {
      throw new AppError("CONFLICT", "Goedkeuren kan alleen als het initiatief in behandeling is. Neem het eerst in behandeling.");
    }
    if (input.bedrag > (cur.bedragGevraagd ?? 0) && !input.motivatie) {
      throw AppError.veld(
        "motivatie",
        `Het bedrag is hoger dan gevraagd (${euro(cur.bedragGevraagd ?? 0)}). Schrijf bij 'Motivatie' waarom u meer toekent.`,
      );
    }
    if (input.bedrag > grens) {
      const eerdere = await tx.goedkeuring.findMany({ where: { initiatiefId: input.initiatiefId }, select: { userId: true, bedrag: true } });
      if (eerdere.some((g) => g.userId === user.id)) {
        throw new AppError("FORBIDDEN", "U heeft dit initiatief al goedgekeurd. Voor dit bedrag moet een andere ambtenaar de tweede goedkeuring geven.");
      }
      const eerste = eerdere[0];
      if (!eerste) {
        const bumped = await tx.initiatief.updateMany({
          where: { id: input.initiatiefId, status: "IN_BEHANDELING", versie: input.versie },
          data: { versie: { increment: 1 } },
        });
        if (bumped.count !== 1) throw new AppError("CONFLICT");
        await tx.goedkeuring.create({ data: { initiatiefId: input.initiatiefId, userId: user.id, bedrag: input.bedrag } });
        await writeAudit(tx, {
          actorId: user.id,
          actie: "initiatief.eerste_goedkeuring_gegeven",
          entiteit: "Initiatief",
          entiteitId: input.initiatiefId,
          voor: { status: cur.status, versie: cur.versie },
          na: { status: cur.status, versie: cur.versie + 1, bedrag: input.bedrag, voorwaarden: input.voorwaarden, motivatie: input.motivatie, vierOgenBedrag: grens },
        });
        resultaat = "eerste_goedkeuring";
        return cur;
      }
      if (eerste.bedrag !== input.bedrag) {
        throw AppError.veld(
          "bedrag",
          `De eerste ambtenaar keurde ${euro(eerste.bedrag)} goed. Keur hetzelfde bedrag goed, of bespreek het met uw collega.`,
        );
      }
      await tx.goedkeuring.create({ data: { initiatiefId: input.initiatiefId, userId: user.id, bedrag: input.bedrag } });
    }
    await voerTransitieUit(tx, {
      initiatiefId: input.initiatiefId,
      actie: "goedkeuren",
      actorId: user.id,
      verwachteVersie: input.versie,
      data: {
        bedragToegekend: input.bedrag,
        voorwaarden: input.voorwaarden || null,
        besluitReden: input.motivatie || null,
        besluitOp: new Date(),
        ...(cur.behandelaarId ? {} : { behandelaarId: user.id }),
      },
      details: { bedragToegekend: input.bedrag, voorwaarden: input.voorwaarden, motivatie: input.motivatie, vierOgen: input.bedrag > grens },
    });
    return cur;
  });
  if (resultaat === "goedgekeurd") await mailInitiatiefnemer(o, "goedkeuren", { bedrag: input.bedrag, voorwaarden: input.voorwaarden });
  return { resultaat };
}

export async function wijsAf(actor: Actor | null, input: VersieInput & { reden: string }) {
  const user = review(actor);
  const o = await transitie(user, input, "afwijzen", async (_tx, cur) => ({
    data: { besluitReden: input.reden, besluitOp: new Date(), ...(cur.behandelaarId ? {} : { behandelaarId: user.id }) },
    details: { reden: input.reden },
  }));
  await mailInitiatiefnemer(o, "afwijzen", { reden: input.reden });
}

export async function verwijsDoor(actor: Actor | null, input: VersieInput & { naar: string; toelichting: string }) {
  const user = review(actor);
  const o = await transitie(user, input, "doorverwijzen", async (_tx, cur) => ({
    data: { doorverwezenNaar: input.naar, besluitReden: input.toelichting || null, besluitOp: new Date(), ...(cur.behandelaarId ? {} : { behandelaarId: user.id }) },
    details: { doorverwezenNaar: input.naar, toelichting: input.toelichting },
  }));
  await mailInitiatiefnemer(o, "doorverwijzen", { naar: input.naar, reden: input.toelichting });
}
