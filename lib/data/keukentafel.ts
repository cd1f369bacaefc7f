/**
 * Aan de keukentafel (assisted intake): an opbouwwerker (in their own wijken) or an ambtenaar places a
 * hulpvraag together with a resident who cannot or will not do it online.
 *
 * - The resident's consent is required and recorded: how (mondeling/schriftelijk), when, by whom; the
 *   audit row is written in the same transaction as the hulpvraag.
 * - Until the resident takes it over, the staff member is the hulpvraag's aanvrager and acts for them
 *   (offers reach the staff member). The resident gets a reference number (HLP-2026-0007) on a
 *   letter-friendly summary, and, with an e-mail address, a one-use link to take it over.
 * - The link holds a random 256-bit key; only its SHA-256 is stored. Taking over needs the resident to
 *   be signed in with the address the link was sent to, and works once (a conditional update).
 *
 * An initiative works the same way (InitiatiefNamens): the staff member records the resident and the
 * consent (startInitiatiefNamens), fills in the usual form as its indiener and submits it; at submitting
 * (naIndienenNamens) the resident's reference number is the initiative's, and the take-over link is mailed.
 */
import "server-only";
import { volgendeReferentie } from "./referentie.ts";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";
import { sendMailSafe } from "../mail.ts";
import { requireActor, requireWijkPermission } from "../auth/guard.ts";
import { canInWijk, wijkScope, type Actor } from "../auth/permissions.ts";
import { writeAudit } from "../audit.ts";
import { instellingen } from "../instellingen.ts";
import type { InitiatiefStatus } from "../generated/prisma/enums.ts";
import { TOESTEMMING_WIJZEN, type InitiatiefNamensInput, type NamensInput } from "../validation/keukentafel.ts";

const DAG = 86_400_000;
/** How long the take-over link works. */
export const OVERNAME_DAGEN = 30;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export const overnameLink = (token: string) => `${env().APP_URL}/hulpvraag-overnemen/${token}`;
export const initiatiefOvernameLink = (token: string) => `${env().APP_URL}/initiatief-overnemen/${token}`;

/** Consent is required by the schema; checked again where the data is written. */
function vereisToestemming(input: { toestemmingWijze: string; toestemming: boolean }, wat: string) {
  if (!(input.toestemmingWijze in TOESTEMMING_WIJZEN) || input.toestemming !== true) {
    throw new AppError("INVALID", `Zonder toestemming van de inwoner kunt u ${wat} niet plaatsen.`);
  }
}

/** The resident and the consent as stored beside a hulpvraag or an initiative (HulpNamens, InitiatiefNamens). */
function inwonerVelden(user: Actor, input: Pick<InitiatiefNamensInput, "inwonerNaam" | "inwonerEmail" | "inwonerTelefoon" | "toestemmingWijze">, now: Date) {
  return {
    medewerkerId: user.id,
    inwonerNaam: input.inwonerNaam,
    inwonerEmail: input.inwonerEmail || null,
    inwonerTelefoon: input.inwonerTelefoon || null,
    toestemmingWijze: input.toestemmingWijze,
    toestemmingOp: now,
  };
}

async function vereisWijk(wijkId: string) {
  const wijk = await db.wijk.findUnique({ where: { id: wijkId }, select: { id: true } });
  if (!wijk) throw new AppError("INVALID", "Deze wijk bestaat niet. Kies een wijk uit de lijst.");
  return wijk;
}

/** Places the hulpvraag for the resident. Returns the token only to send it; it is never stored. */
export async function plaatsHulpvraagNamens(actor: Actor | null, input: NamensInput, now = new Date()): Promise<{ id: string; referentie: string }> {
  const user = requireWijkPermission(actor, "hulpvraag:namens", input.wijkId);
  vereisToestemming(input, "deze hulpvraag");
  const wijk = await vereisWijk(input.wijkId);
  const { hulpvraagGeldigDagen } = await instellingen();
  const email = input.inwonerEmail || null;
  const token = email ? randomBytes(32).toString("base64url") : null;
  const jaar = now.getFullYear();

  const result = await db.$transaction(async (tx) => {
    const referentie = await volgendeReferentie(tx, "HLP", jaar);
    const hv = await tx.hulpvraag.create({
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
    await tx.hulpNamens.create({
      data: {
        hulpvraagId: hv.id,
        referentie,
        ...inwonerVelden(user, input, now),
        overnameHash: token ? hash(token) : null,
        overnameVerlooptOp: token ? new Date(now.getTime() + OVERNAME_DAGEN * DAG) : null,
      },
    });
    await writeAudit(tx, {
      actorId: user.id,
      actie: "hulpvraag.namens_geplaatst",
      entiteit: "Hulpvraag",
      entiteitId: hv.id,
      na: { referentie, toestemming: input.toestemmingWijze, toestemmingOp: now.toISOString(), overnameLinkGemaild: !!token },
    });
    return { id: hv.id, referentie };
  });

  if (email && token) {
    await sendMailSafe({
      to: email,
      subject: `Uw hulpvraag staat online (${result.referentie})`,
      text:
        `Beste ${input.inwonerNaam},\n\n` +
        `${user.naam ?? "Een medewerker van de gemeente"} heeft samen met u een hulpvraag geplaatst: "${input.titel}".\n` +
        `Uw nummer is ${result.referentie}. Tot u de vraag zelf overneemt, regelt ${user.naam ?? "de medewerker"} de reacties voor u.\n\n` +
        `Wilt u de vraag zelf beheren? Neem hem over met deze link (${OVERNAME_DAGEN} dagen geldig, één keer te gebruiken):\n${overnameLink(token)}\n\n` +
        `U logt dan in met dit e-mailadres. Wilt u dat niet? Dan hoeft u niets te doen.`,
    });
  }
  return result;
}

/** What the letter says about the resident, the consent and the take-over: the same for a hulpvraag and an initiative. */
export interface NamensInwoner {
  inwonerNaam: string;
  inwonerEmail: string | null;
  inwonerTelefoon: string | null;
  toestemmingWijze: string;
  toestemmingOp: Date;
  medewerker: string | null;
  overnameVerlooptOp: Date | null;
  overgenomenOp: Date | null;
  createdAt: Date;
}

const inwonerSelect = {
  inwonerNaam: true,
  inwonerEmail: true,
  inwonerTelefoon: true,
  toestemmingWijze: true,
  toestemmingOp: true,
  overnameVerlooptOp: true,
  overgenomenOp: true,
  createdAt: true,
  medewerker: { select: { naam: true, email: true } },
} as const;

function naarInwoner(r: Omit<NamensInwoner, "medewerker"> & { medewerker: { naam: string | null; email: string } | null }): NamensInwoner {
  return {
    inwonerNaam: r.inwonerNaam,
    inwonerEmail: r.inwonerEmail,
    inwonerTelefoon: r.inwonerTelefoon,
    toestemmingWijze: r.toestemmingWijze,
    toestemmingOp: r.toestemmingOp,
    medewerker: r.medewerker?.naam ?? r.medewerker?.email ?? null,
    overnameVerlooptOp: r.overnameVerlooptOp,
    overgenomenOp: r.overgenomenOp,
    createdAt: r.createdAt,
  };
}

export interface NamensSamenvatting extends NamensInwoner {
  hulpvraagId: string;
  referentie: string;
  titel: string;
  soort: string;
  beschrijving: string;
  wijk: string;
  status: string;
  verlooptOp: Date;
}

const samenvattingSelect = {
  referentie: true,
  ...inwonerSelect,
  hulpvraag: { select: { id: true, titel: true, soort: true, beschrijving: true, status: true, verlooptOp: true, wijkId: true, wijk: { select: { naam: true } } } },
} as const;

type SamenvattingRij = NonNullable<Awaited<ReturnType<typeof leesRij>>>;
function leesRij(hulpvraagId: string) {
  return db.hulpNamens.findUnique({ where: { hulpvraagId }, select: samenvattingSelect });
}

function naarSamenvatting(r: SamenvattingRij): NamensSamenvatting {
  return {
    hulpvraagId: r.hulpvraag.id,
    referentie: r.referentie,
    titel: r.hulpvraag.titel,
    soort: r.hulpvraag.soort,
    beschrijving: r.hulpvraag.beschrijving,
    wijk: r.hulpvraag.wijk.naam,
    status: r.hulpvraag.status,
    verlooptOp: r.hulpvraag.verlooptOp,
    ...naarInwoner(r),
  };
}

/** The letter-friendly summary: for staff who may place hulpvragen for residents in that wijk. */
export async function leesNamensSamenvatting(actor: Actor | null, hulpvraagId: string): Promise<NamensSamenvatting> {
  const user = requireActor(actor);
  const r = await leesRij(hulpvraagId);
  if (!r) throw new AppError("NOT_FOUND", "Deze hulpvraag is niet aan de keukentafel geplaatst.");
  requireWijkPermission(user, "hulpvraag:namens", r.hulpvraag.wijkId);
  return naarSamenvatting(r);
}

/** The hulpvragen placed for residents in the actor's wijken (an ambtenaar: all), newest first. */
export async function zoekNamensHulpvragen(actor: Actor | null, take = 50): Promise<NamensSamenvatting[]> {
  const user = requireActor(actor);
  const scope = wijkScope(user, "hulpvraag:namens");
  if (scope !== undefined && scope.length === 0) throw new AppError("FORBIDDEN", "Alleen opbouwwerkers en ambtenaren plaatsen hulpvragen voor inwoners.");
  const rows = await db.hulpNamens.findMany({
    where: scope ? { hulpvraag: { wijkId: { in: scope } } } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: samenvattingSelect,
  });
  return rows.map(naarSamenvatting);
}

export type OvernameStatus = "geldig" | "verlopen" | "overgenomen";

type OvernameRij = { inwonerEmail: string | null; overnameVerlooptOp: Date | null; overgenomenOp?: Date | null };

function overnameStatus(r: OvernameRij, now: Date): OvernameStatus {
  return r.overgenomenOp ? "overgenomen" : r.overnameVerlooptOp && r.overnameVerlooptOp <= now ? "verlopen" : "geldig";
}

/** The checks before a take-over, the same for a hulpvraag and an initiative: a live link, the address it was sent to, a resident's account. */
function vereisOvername<R extends OvernameRij>(user: Actor, r: R | null, now: Date, wat: "hulpvraag" | "initiatief"): R & { inwonerEmail: string } {
  if (!r || !r.inwonerEmail) throw new AppError("NOT_FOUND", "Deze link werkt niet (meer). Vraag de medewerker om een nieuwe.");
  if (r.overnameVerlooptOp && r.overnameVerlooptOp <= now) throw new AppError("INVALID", "Deze link is verlopen. Vraag de medewerker om een nieuwe.");
  if (user.email.toLowerCase() !== r.inwonerEmail.toLowerCase()) {
    throw new AppError("FORBIDDEN", `Deze link is voor een ander e-mailadres. Log in met het adres waar de link naartoe is gestuurd.`);
  }
  if (user.rol !== "INWONER") throw new AppError("FORBIDDEN", `Een medewerkersaccount kan geen ${wat} overnemen. Log in als inwoner.`);
  return r as R & { inwonerEmail: string };
}

/** For the take-over page: what the link is about, or null for a link that never existed. */
export async function leesOvername(token: string, now = new Date()): Promise<{ referentie: string; titel: string; email: string; status: OvernameStatus } | null> {
  if (!token || token.length > 100) return null;
  const r = await db.hulpNamens.findUnique({
    where: { overnameHash: hash(token) },
    select: { referentie: true, inwonerEmail: true, overnameVerlooptOp: true, overgenomenOp: true, hulpvraag: { select: { titel: true } } },
  });
  if (!r || !r.inwonerEmail) return null;
  return { referentie: r.referentie, titel: r.hulpvraag.titel, email: r.inwonerEmail, status: overnameStatus(r, now) };
}

/**
 * The resident takes the hulpvraag over: from then on it is theirs and the staff member no longer acts
 * for them. Needs the address the link was sent to; works once.
 */
export async function neemHulpvraagOver(actor: Actor | null, token: string, now = new Date()): Promise<{ hulpvraagId: string }> {
  const user = requireActor(actor);
  const r = vereisOvername(
    user,
    await db.hulpNamens.findUnique({
      where: { overnameHash: hash(token) },
      select: { id: true, hulpvraagId: true, inwonerEmail: true, inwonerNaam: true, inwonerTelefoon: true, medewerkerId: true, overnameVerlooptOp: true },
    }),
    now,
    "hulpvraag",
  );
  await db.$transaction(async (tx) => {
    // Once: only the first request finds the key still there.
    const genomen = await tx.hulpNamens.updateMany({
      where: { id: r.id, overnameHash: hash(token), overgenomenOp: null },
      data: { overgenomenOp: now, overnameHash: null, overnameVerlooptOp: null },
    });
    if (genomen.count !== 1) throw new AppError("CONFLICT", "Deze hulpvraag is al overgenomen.");
    await tx.hulpvraag.update({ where: { id: r.hulpvraagId }, data: { aanvragerId: user.id } });
    const bestaand = await tx.user.findUnique({ where: { id: user.id }, select: { naam: true, telefoon: true } });
    await tx.user.update({
      where: { id: user.id },
      data: { naam: bestaand?.naam || r.inwonerNaam, telefoon: bestaand?.telefoon || r.inwonerTelefoon },
    });
    await writeAudit(tx, {
      actorId: user.id,
      actie: "hulpvraag.overgenomen",
      entiteit: "Hulpvraag",
      entiteitId: r.hulpvraagId,
      voor: { aanvrager: "medewerker", medewerkerId: r.medewerkerId },
      na: { aanvrager: "inwoner" },
    });
  });
  return { hulpvraagId: r.hulpvraagId };
}

/** "Ingediend met hulp van …" for staff lists: hulpvraagId → staff member's name. */
export async function metHulpVan(actor: Actor | null, hulpvraagIds: string[]): Promise<Map<string, string>> {
  const user = requireActor(actor);
  if (!hulpvraagIds.length) return new Map();
  const rows = await db.hulpNamens.findMany({
    where: { hulpvraagId: { in: hulpvraagIds } },
    select: { hulpvraagId: true, medewerker: { select: { naam: true, email: true } }, hulpvraag: { select: { wijkId: true } } },
  });
  return new Map(
    rows
      .filter((r) => canInWijk(user, "hulpvraag:moderate", r.hulpvraag.wijkId) || canInWijk(user, "hulpvraag:namens", r.hulpvraag.wijkId))
      .map((r) => [r.hulpvraagId, r.medewerker?.naam ?? r.medewerker?.email ?? "een medewerker"]),
  );
}

// ---------- Initiatief aan de keukentafel ----------

/**
 * Starts an initiative for a resident: a draft owned by the staff member (who fills in the usual form and
 * submits it), with the resident as contact (without an e-mail address: the staff member's address), the
 * consent recorded and audited in the same transaction. Returns the draft's key for the form's cookie.
 */
export async function startInitiatiefNamens(actor: Actor | null, input: InitiatiefNamensInput, now = new Date()): Promise<{ id: string; sleutel: string }> {
  const user = requireWijkPermission(actor, "hulpvraag:namens", input.wijkId);
  vereisToestemming(input, "dit initiatief");
  const wijk = await vereisWijk(input.wijkId);
  const sleutel = randomBytes(24).toString("base64url");
  const email = input.inwonerEmail || null;
  return db.$transaction(async (tx) => {
    const i = await tx.initiatief.create({
      data: {
        conceptSleutel: sleutel,
        laatsteStap: "idee",
        indienerId: user.id,
        wijkId: wijk.id,
        contactNaam: input.inwonerNaam,
        contactEmail: email ?? user.email,
        contactTelefoon: input.inwonerTelefoon || "",
      },
      select: { id: true },
    });
    await tx.initiatiefNamens.create({
      data: {
        initiatiefId: i.id,
        ...inwonerVelden(user, input, now),
      },
    });
    await writeAudit(tx, {
      actorId: user.id,
      actie: "initiatief.namens_gestart",
      entiteit: "Initiatief",
      entiteitId: i.id,
      na: { toestemming: input.toestemmingWijze, toestemmingOp: now.toISOString(), inwonerHeeftEmail: !!email },
    });
    return { id: i.id, sleutel };
  });
}

/**
 * After the staff member submitted an initiative started at the kitchen table: a take-over link for the
 * resident (with an e-mail address) in the mail that confirms it. Null for any other initiative: the
 * caller then sends the usual confirmation.
 */
export async function naIndienenNamens(actor: Actor | null, initiatiefId: string, now = new Date()): Promise<{ id: string } | null> {
  const user = requireActor(actor);
  const r = await db.initiatiefNamens.findUnique({
    where: { initiatiefId },
    select: { id: true, inwonerNaam: true, inwonerEmail: true, overgenomenOp: true, initiatief: { select: { indienerId: true, referentie: true, titel: true } } },
  });
  if (!r || r.overgenomenOp || r.initiatief.indienerId !== user.id || !r.initiatief.referentie) return null;
  if (!r.inwonerEmail) return { id: initiatiefId };
  const token = randomBytes(32).toString("base64url");
  await db.initiatiefNamens.update({ where: { id: r.id }, data: { overnameHash: hash(token), overnameVerlooptOp: new Date(now.getTime() + OVERNAME_DAGEN * DAG) } });
  const { gemeenteNaam } = await instellingen();
  await sendMailSafe({
    to: r.inwonerEmail,
    subject: `Uw initiatief is ontvangen (${r.initiatief.referentie})`,
    text:
      `Beste ${r.inwonerNaam},\n\n` +
      `${user.naam ?? "Een medewerker van de gemeente"} heeft samen met u uw initiatief "${r.initiatief.titel}" ingediend.\n` +
      `Uw nummer is ${r.initiatief.referentie}. Noem dit nummer als u contact met ons opneemt. Tot u het initiatief zelf overneemt, ` +
      `beantwoordt ${user.naam ?? "de medewerker"} vragen van de gemeente voor u.\n\n` +
      `Wilt u het initiatief zelf volgen? Neem het over met deze link (${OVERNAME_DAGEN} dagen geldig, één keer te gebruiken):\n${initiatiefOvernameLink(token)}\n\n` +
      `U logt dan in met dit e-mailadres. Wilt u dat niet? Dan hoeft u niets te doen.\n\nMet vriendelijke groet,\nGemeente ${gemeenteNaam}`,
  });
  return { id: initiatiefId };
}

export interface InitiatiefNamensSamenvatting extends NamensInwoner {
  initiatiefId: string;
  referentie: string | null;
  titel: string;
  ikWil: string;
  wijk: string | null;
  status: InitiatiefStatus;
}

const initiatiefSamenvattingSelect = {
  ...inwonerSelect,
  initiatief: { select: { id: true, referentie: true, titel: true, ikWil: true, status: true, wijkId: true, wijk: { select: { naam: true } } } },
} as const;

type InitiatiefSamenvattingRij = NonNullable<Awaited<ReturnType<typeof leesInitiatiefRij>>>;
function leesInitiatiefRij(initiatiefId: string) {
  return db.initiatiefNamens.findUnique({ where: { initiatiefId }, select: initiatiefSamenvattingSelect });
}

function naarInitiatiefSamenvatting(r: InitiatiefSamenvattingRij): InitiatiefNamensSamenvatting {
  return {
    initiatiefId: r.initiatief.id,
    referentie: r.initiatief.referentie,
    titel: r.initiatief.titel,
    ikWil: r.initiatief.ikWil,
    wijk: r.initiatief.wijk?.naam ?? null,
    status: r.initiatief.status,
    ...naarInwoner(r),
  };
}

/** The letter-friendly summary of an initiative filled in at the kitchen table: for staff of its wijk. */
export async function leesInitiatiefNamensSamenvatting(actor: Actor | null, initiatiefId: string): Promise<InitiatiefNamensSamenvatting> {
  const user = requireActor(actor);
  const r = await leesInitiatiefRij(initiatiefId);
  if (!r || !r.initiatief.wijkId) throw new AppError("NOT_FOUND", "Dit initiatief is niet aan de keukentafel ingevuld.");
  requireWijkPermission(user, "hulpvraag:namens", r.initiatief.wijkId);
  return naarInitiatiefSamenvatting(r);
}

/** The initiatives filled in for residents in the actor's wijken (an ambtenaar: all), newest first. */
export async function zoekNamensInitiatieven(actor: Actor | null, take = 50): Promise<InitiatiefNamensSamenvatting[]> {
  const user = requireActor(actor);
  const scope = wijkScope(user, "hulpvraag:namens");
  if (scope !== undefined && scope.length === 0) throw new AppError("FORBIDDEN", "Alleen opbouwwerkers en ambtenaren vullen iets in voor inwoners.");
  const rows = await db.initiatiefNamens.findMany({
    where: scope ? { initiatief: { wijkId: { in: scope } } } : {},
    orderBy: { createdAt: "desc" },
    take,
    select: initiatiefSamenvattingSelect,
  });
  return rows.map(naarInitiatiefSamenvatting);
}

/** For the take-over page: what the link is about, or null for a link that never existed. */
export async function leesInitiatiefOvername(token: string, now = new Date()): Promise<{ referentie: string; titel: string; email: string; status: OvernameStatus } | null> {
  if (!token || token.length > 100) return null;
  const r = await db.initiatiefNamens.findUnique({
    where: { overnameHash: hash(token) },
    select: { inwonerEmail: true, overnameVerlooptOp: true, overgenomenOp: true, initiatief: { select: { titel: true, referentie: true } } },
  });
  if (!r || !r.inwonerEmail) return null;
  return { referentie: r.initiatief.referentie ?? "", titel: r.initiatief.titel, email: r.inwonerEmail, status: overnameStatus(r, now) };
}

/**
 * The resident takes the initiative over: from then on it is theirs (Mijn initiatieven, questions from
 * the gemeente) and the staff member no longer acts for them. Same rules as for a hulpvraag.
 */
export async function neemInitiatiefOver(actor: Actor | null, token: string, now = new Date()): Promise<{ initiatiefId: string }> {
  const user = requireActor(actor);
  const r = vereisOvername(
    user,
    await db.initiatiefNamens.findUnique({ where: { overnameHash: hash(token) }, select: { id: true, initiatiefId: true, inwonerEmail: true, medewerkerId: true, overnameVerlooptOp: true } }),
    now,
    "initiatief",
  );
  await db.$transaction(async (tx) => {
    const genomen = await tx.initiatiefNamens.updateMany({
      where: { id: r.id, overnameHash: hash(token), overgenomenOp: null },
      data: { overgenomenOp: now, overnameHash: null, overnameVerlooptOp: null },
    });
    if (genomen.count !== 1) throw new AppError("CONFLICT", "Dit initiatief is al overgenomen.");
    await tx.initiatief.update({ where: { id: r.initiatiefId }, data: { indienerId: user.id, contactEmail: r.inwonerEmail } });
    await writeAudit(tx, {
      actorId: user.id,
      actie: "initiatief.overgenomen",
      entiteit: "Initiatief",
      entiteitId: r.initiatiefId,
      voor: { indiener: "medewerker", medewerkerId: r.medewerkerId },
      na: { indiener: "inwoner" },
    });
  });
  return { initiatiefId: r.initiatiefId };
}
