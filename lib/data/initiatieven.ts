/**
 * Data layer for the initiatiefnemer's side of initiatives: drafts (with or without an account),
 * submitting, following, answering, withdrawing, deleting, the narrative report, and the public view
 * of approved initiatives. Every function takes the acting user first and checks access itself:
 * a draft is reached with its secret key (and, once it has an owner, only by that owner); a submitted
 * initiative only by its owner. Staff review lives in lib/data/beoordeling.ts.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { Prisma } from "../generated/prisma/client.ts";
import type { Doel, InitiatiefStatus } from "../generated/prisma/enums.ts";
import type { Actor } from "../auth/permissions.ts";
import { requireActor } from "../auth/guard.ts";
import { mogelijkeActies, voerTransitieUit, type InitiatiefActie } from "../initiatief/status.ts";
import { INITIATIEF_INHOUD_SELECT } from "../initiatief/inhoud.ts";
import { volgendeStap, type Stap } from "../initiatief/stappen.ts";
import {
  BEGROTING_REGELS,
  DOELEN,
  MAX_BEDRAG,
  NODIG,
  controleerConcept,
  parseBedrag,
  type ConceptVelden,
} from "../validation/initiatief.ts";
import { heeftStuurtekens, ID_PATROON, STUURTEKENS } from "../validation/velden.ts";
import type { FormValues } from "../actions.ts";
import { writeAudit } from "../audit.ts";
import { instellingen } from "../instellingen.ts";

export const VERWIJDERBAAR: InitiatiefStatus[] = ["CONCEPT", "INGETROKKEN"];
export const PUBLIEK: InitiatiefStatus[] = ["GOEDGEKEURD", "AFGEROND"];

const CONCEPT_SELECT = {
  id: true,
  status: true,
  versie: true,
  indienerId: true,
  laatsteStap: true,
  wijkId: true,
  wijk: { select: { naam: true } },
  ...INITIATIEF_INHOUD_SELECT,
} satisfies Prisma.InitiatiefSelect;

type ConceptRow = Prisma.InitiatiefGetPayload<{ select: typeof CONCEPT_SELECT }>;

export interface ConceptDTO extends ConceptVelden {
  id: string;
  versie: number;
  laatsteStap: string | null;
  wijkNaam: string | null;
  heeftEigenaar: boolean;
}

function leesBegroting(v: unknown): { post: string; bedrag: number }[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((r): r is { post: unknown; bedrag: unknown } => typeof r === "object" && r !== null)
    .map((r) => ({ post: String(r.post ?? ""), bedrag: Number(r.bedrag ?? 0) }))
    .filter((r) => Number.isFinite(r.bedrag));
}

function naarDTO(r: ConceptRow): ConceptDTO {
  return {
    id: r.id,
    versie: r.versie,
    laatsteStap: r.laatsteStap,
    heeftEigenaar: !!r.indienerId,
    titel: r.titel,
    ikWil: r.ikWil,
    ikKan: r.ikKan,
    samenMet: r.samenMet,
    nodigGeld: r.nodigGeld,
    nodigRuimte: r.nodigRuimte,
    nodigMateriaal: r.nodigMateriaal,
    nodigContact: r.nodigContact,
    nodigBekendheid: r.nodigBekendheid,
    nodigToelichting: r.nodigToelichting,
    bedragGevraagd: r.bedragGevraagd,
    begroting: leesBegroting(r.begroting),
    voorWie: r.voorWie,
    wijkId: r.wijkId,
    wijkNaam: r.wijk?.naam ?? null,
    locatie: r.locatie,
    doelen: r.doelen,
    meedoen: r.meedoen,
    openbaar: r.openbaar,
    contactNaam: r.contactNaam,
    contactEmail: r.contactEmail,
    contactTelefoon: r.contactTelefoon,
  };
}

function nieuweSleutel() {
  return randomBytes(24).toString("base64url");
}

/**
 * The draft behind a secret key. A draft without owner is open to whoever holds the key (and is claimed
 * by a signed-in holder); a draft with an owner only to that owner. Null when not found or not allowed.
 */
async function conceptMetSleutel(actor: Actor | null, sleutel: string | null | undefined): Promise<ConceptRow | null> {
  if (!sleutel || sleutel.length < 16 || sleutel.length > 200 || heeftStuurtekens(sleutel)) return null;
  const row = await db.initiatief.findUnique({ where: { conceptSleutel: sleutel }, select: CONCEPT_SELECT });
  if (!row || row.status !== "CONCEPT") return null;
  if (row.indienerId && row.indienerId !== actor?.id) return null;
  if (!row.indienerId && actor) {
    await db.initiatief.updateMany({ where: { id: row.id, indienerId: null }, data: { indienerId: actor.id } });
    row.indienerId = actor.id;
  }
  return row;
}

/** Starts a new draft. Anyone may; a signed-in resident becomes its owner. */
export async function createConcept(actor: Actor | null): Promise<{ id: string; sleutel: string }> {
  const sleutel = nieuweSleutel();
  const row = await db.initiatief.create({
    data: {
      conceptSleutel: sleutel,
      laatsteStap: "idee",
      indienerId: actor?.id ?? null,
      contactEmail: actor?.email ?? "",
      contactNaam: actor?.naam ?? "",
    },
    select: { id: true },
  });
  return { id: row.id, sleutel };
}

/** The draft for the form pages, or null when the key does not open one. */
export async function getConcept(actor: Actor | null, sleutel: string | null | undefined): Promise<ConceptDTO | null> {
  const row = await conceptMetSleutel(actor, sleutel);
  return row ? naarDTO(row) : null;
}

/** For an owner's "Verder gaan": the key and the step to continue with. */
export async function hervatConcept(actor: Actor | null, id: string): Promise<{ sleutel: string; stap: string }> {
  const a = requireActor(actor);
  const row = await db.initiatief.findFirst({ where: { id, indienerId: a.id, status: "CONCEPT" }, select: { id: true, conceptSleutel: true, laatsteStap: true } });
  if (!row) throw new AppError("NOT_FOUND", "Dit concept hebben we niet gevonden.");
  let sleutel = row.conceptSleutel;
  if (!sleutel) {
    sleutel = nieuweSleutel();
    await db.initiatief.update({ where: { id: row.id }, data: { conceptSleutel: sleutel } });
  }
  return { sleutel, stap: row.laatsteStap ?? "idee" };
}

const STRING_MAX: Record<string, number> = {
  titel: 80,
  ikWil: 2000,
  ikKan: 2000,
  samenMet: 500,
  nodigToelichting: 1000,
  voorWie: 1000,
  locatie: 200,
  meedoen: 1000,
  contactNaam: 120,
  contactEmail: 254,
  contactTelefoon: 20,
};

const STAP_VELDEN: Partial<Record<Stap, string[]>> = {
  idee: ["titel", "ikWil"],
  samen: ["ikKan", "samenMet"],
  nodig: ["nodigToelichting"],
  waar: ["voorWie", "locatie"],
  meedoen: ["meedoen"],
  contact: ["contactNaam", "contactEmail", "contactTelefoon"],
};

/** One raw form value for the draft; control characters (NUL...) are dropped, PostgreSQL cannot store them. */
function een(values: FormValues, name: string): string {
  const v = values[name];
  return ((Array.isArray(v) ? v[0] : v) ?? "").replace(new RegExp(STUURTEKENS.source, "g"), "");
}
/** Several raw values, each once. */
function meer(values: FormValues, name: string): string[] {
  const v = values[name];
  return [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])];
}

async function bestaandeWijk(wijkId: string): Promise<boolean> {
  if (!wijkId || !ID_PATROON.test(wijkId)) return false;
  return !!(await db.wijk.findUnique({ where: { id: wijkId }, select: { id: true } }));
}

/** Validated step data -> database fields. */
async function stapData(stap: Stap, d: Record<string, unknown>, huidig: ConceptRow): Promise<Prisma.InitiatiefUpdateInput> {
  const klein = (await instellingen()).kleinBedrag;
  switch (stap) {
    case "nodig": {
      const nodig = d.nodig as string[];
      const geld = nodig.includes("GELD");
      return {
        nodigGeld: geld,
        nodigRuimte: nodig.includes("RUIMTE"),
        nodigMateriaal: nodig.includes("MATERIAAL"),
        nodigContact: nodig.includes("CONTACT"),
        nodigBekendheid: nodig.includes("BEKENDHEID"),
        nodigToelichting: d.nodigToelichting as string,
        // No money asked: keep no amount or budget (only what is needed is stored).
        ...(geld ? {} : { bedragGevraagd: null, begroting: Prisma.DbNull }),
      };
    }
    case "geld": {
      const bedrag = d.bedragGevraagd as number;
      if (bedrag <= klein) return { bedragGevraagd: bedrag, begroting: [{ post: d.waaraan as string, bedrag }] };
      // A larger amount: the budget table follows; a budget that no longer adds up is asked again there.
      const oud = leesBegroting(huidig.begroting);
      const klopt = oud.length > 0 && oud.reduce((s, r) => s + r.bedrag, 0) === bedrag && !(oud.length === 1 && (huidig.bedragGevraagd ?? 0) <= klein);
      return { bedragGevraagd: bedrag, ...(klopt ? {} : { begroting: Prisma.DbNull }) };
    }
    case "begroting":
      return { begroting: d.begroting as Prisma.InputJsonValue };
    case "waar":
      if (!(await bestaandeWijk(d.wijkId as string))) throw new AppError("INVALID", "Kies een wijk of dorp uit de lijst.");
      return { voorWie: d.voorWie as string, wijk: { connect: { id: d.wijkId as string } }, locatie: d.locatie as string };
    case "doelen":
      return { doelen: d.doelen as Doel[] };
    case "meedoen":
      return { meedoen: d.meedoen as string, openbaar: d.openbaar as boolean };
    case "contact":
      return { contactNaam: d.contactNaam as string, contactEmail: (d.contactEmail as string).toLowerCase(), contactTelefoon: d.contactTelefoon as string };
    default: {
      const out: Record<string, string> = {};
      for (const f of STAP_VELDEN[stap] ?? []) out[f] = String(d[f] ?? "");
      return out;
    }
  }
}

/** Whatever can be kept of a rejected step (so nothing typed is lost). Invalid numbers and choices are skipped. */
async function kladData(stap: Stap, values: FormValues): Promise<Prisma.InitiatiefUpdateInput> {
  const out: Prisma.InitiatiefUpdateInput = {};
  const rec = out as Record<string, unknown>;
  for (const f of STAP_VELDEN[stap] ?? []) if (values[f] !== undefined) rec[f] = een(values, f).trim().slice(0, STRING_MAX[f]);
  if (stap === "nodig") {
    const nodig = meer(values, "nodig").filter((n) => (NODIG as readonly string[]).includes(n));
    Object.assign(out, {
      nodigGeld: nodig.includes("GELD"),
      nodigRuimte: nodig.includes("RUIMTE"),
      nodigMateriaal: nodig.includes("MATERIAAL"),
      nodigContact: nodig.includes("CONTACT"),
      nodigBekendheid: nodig.includes("BEKENDHEID"),
    });
  }
  if (stap === "geld") {
    const n = parseBedrag(een(values, "bedragGevraagd"));
    if (typeof n === "number" && n >= 1 && n <= MAX_BEDRAG) out.bedragGevraagd = n;
  }
  if (stap === "begroting") {
    const regels: { post: string; bedrag: number }[] = [];
    for (let i = 0; i < BEGROTING_REGELS; i++) {
      const post = een(values, `post_${i}`).trim().slice(0, 120);
      const n = parseBedrag(een(values, `bedrag_${i}`));
      if (post && typeof n === "number") regels.push({ post, bedrag: n });
    }
    if (regels.length) out.begroting = regels;
  }
  if (stap === "waar") {
    const wijkId = een(values, "wijkId");
    if (await bestaandeWijk(wijkId)) out.wijk = { connect: { id: wijkId } };
  }
  if (stap === "doelen") out.doelen = meer(values, "doelen").filter((d): d is Doel => (DOELEN as readonly string[]).includes(d));
  if (stap === "meedoen") out.openbaar = een(values, "openbaar") === "on";
  if (stap === "contact" && typeof rec.contactEmail === "string") rec.contactEmail = (rec.contactEmail as string).toLowerCase();
  return out;
}

async function vereisConcept(actor: Actor | null, sleutel: string | null | undefined): Promise<ConceptRow> {
  const row = await conceptMetSleutel(actor, sleutel);
  if (!row) throw new AppError("NOT_FOUND", "Deze aanvraag hebben we niet gevonden. Misschien is hij al verstuurd. Begin opnieuw.");
  return row;
}

/** Saves a valid step and returns the next step (which depends on the answers). */
export async function saveConceptStap(actor: Actor | null, sleutel: string | null | undefined, stap: Stap, data: Record<string, unknown>): Promise<{ volgende: Stap }> {
  const row = await vereisConcept(actor, sleutel);
  const update = await stapData(stap, data, row);
  const na = await db.initiatief.update({ where: { id: row.id }, data: update, select: { nodigGeld: true, bedragGevraagd: true } });
  const volgende = volgendeStap(stap, na, (await instellingen()).kleinBedrag);
  await db.initiatief.update({ where: { id: row.id }, data: { laatsteStap: volgende } });
  return { volgende };
}

/** Saves what can be kept of a rejected step. */
export async function saveConceptKlad(actor: Actor | null, sleutel: string | null | undefined, stap: Stap, values: FormValues): Promise<void> {
  const row = await vereisConcept(actor, sleutel);
  await db.initiatief.update({ where: { id: row.id }, data: { ...(await kladData(stap, values)), laatsteStap: stap } });
}

/** "Later verder": the draft gets this e-mail address, so signing in with it (magic link) finds the draft. */
export async function koppelEmailAanConcept(actor: Actor | null, sleutel: string | null | undefined, email: string): Promise<void> {
  const row = await vereisConcept(actor, sleutel);
  await db.initiatief.update({ where: { id: row.id }, data: { contactEmail: email.trim().toLowerCase() } });
}

/** Deletes a draft reached with its key (an owner can also delete through deleteInitiatief). */
export async function deleteConcept(actor: Actor | null, sleutel: string | null | undefined): Promise<void> {
  const row = await vereisConcept(actor, sleutel);
  await db.initiatief.deleteMany({ where: { id: row.id, status: "CONCEPT" } });
}

export type SubmitResult =
  | { ok: true; id: string; referentie: string; contactEmail: string; contactNaam: string; titel: string; metAccount: boolean }
  | { ok: false; fouten: Partial<Record<Stap, string[]>> };

/**
 * Submits a draft: checks every step again, then in one transaction takes the next reference number
 * (one atomic INSERT ... ON CONFLICT DO UPDATE ... RETURNING) and moves CONCEPT -> INGEDIEND through
 * the status machine (optimistic lock + audit row). An incomplete draft stays as it is.
 */
export async function submitConcept(actor: Actor | null, sleutel: string | null | undefined): Promise<SubmitResult> {
  const row = await vereisConcept(actor, sleutel);
  const fouten = controleerConcept(naarDTO(row), (await instellingen()).kleinBedrag);
  if (Object.keys(fouten).length) return { ok: false, fouten };
  const jaar = new Date().getFullYear();
  const referentie = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ laatste: number }[]>`
      INSERT INTO "Referentieteller" ("soort", "jaar", "laatste") VALUES ('INI', ${jaar}, 1)
      ON CONFLICT ("soort", "jaar") DO UPDATE SET "laatste" = "Referentieteller"."laatste" + 1
      RETURNING "laatste"`;
    const ref = `INI-${jaar}-${String(Number(rows[0].laatste)).padStart(4, "0")}`;
    await voerTransitieUit(tx, {
      initiatiefId: row.id,
      actie: "indienen",
      actorId: actor?.id ?? null,
      verwachteVersie: row.versie,
      data: { referentie: ref, ingediendOp: new Date(), conceptSleutel: null, laatsteStap: null },
      details: { referentie: ref },
    });
    return ref;
  });
  return { ok: true, id: row.id, referentie, contactEmail: row.contactEmail, contactNaam: row.contactNaam, titel: row.titel, metAccount: !!row.indienerId };
}

// ---------- The owner's pages ----------

/** Initiatives submitted with the user's (verified) e-mail address and no owner become theirs. */
async function claimOpEmail(a: Actor) {
  await db.initiatief.updateMany({ where: { indienerId: null, contactEmail: a.email.toLowerCase() }, data: { indienerId: a.id } });
}

export interface MijnInitiatiefItem {
  id: string;
  referentie: string | null;
  titel: string;
  status: InitiatiefStatus;
  ingediendOp: Date | null;
  updatedAt: Date;
  openVraag: boolean;
}

export async function listMijnInitiatieven(actor: Actor | null): Promise<MijnInitiatiefItem[]> {
  const a = requireActor(actor);
  await claimOpEmail(a);
  const rows = await db.initiatief.findMany({
    where: { indienerId: a.id },
    orderBy: [{ updatedAt: "desc" }],
    select: { id: true, referentie: true, titel: true, status: true, ingediendOp: true, updatedAt: true },
  });
  return rows.map((r) => ({ ...r, openVraag: r.status === "AANVULLING_GEVRAAGD" }));
}

async function eigen(a: Actor, id: string) {
  const row = await db.initiatief.findFirst({ where: { id, indienerId: a.id }, select: { id: true, status: true, versie: true } });
  if (!row) throw new AppError("NOT_FOUND", "Dit initiatief hebben we niet gevonden.");
  return row;
}

export interface MijnInitiatiefDetail {
  id: string;
  referentie: string | null;
  titel: string;
  status: InitiatiefStatus;
  versie: number;
  ikWil: string;
  wijkNaam: string | null;
  bedragGevraagd: number | null;
  bedragToegekend: number | null;
  voorwaarden: string | null;
  besluitReden: string | null;
  doorverwezenNaar: string | null;
  besluitOp: Date | null;
  ingediendOp: Date | null;
  openbaar: boolean;
  geschiedenis: { datum: Date; status: InitiatiefStatus }[];
  berichten: { id: string; tekst: string; vanGemeente: boolean; datum: Date }[];
  verantwoording: { bereikt: string; deelnemers: number | null; bijdragen: string; citaten: string; openbaar: boolean; datum: Date } | null;
  acties: InitiatiefActie[];
  magVerwijderen: boolean;
}

function statusUit(json: unknown): InitiatiefStatus | null {
  const s = (json as { status?: unknown } | null)?.status;
  return typeof s === "string" ? (s as InitiatiefStatus) : null;
}

export async function getMijnInitiatief(actor: Actor | null, id: string): Promise<MijnInitiatiefDetail> {
  const a = requireActor(actor);
  await claimOpEmail(a);
  const r = await db.initiatief.findFirst({
    where: { id, indienerId: a.id },
    select: {
      id: true,
      referentie: true,
      titel: true,
      status: true,
      versie: true,
      ikWil: true,
      wijk: { select: { naam: true } },
      bedragGevraagd: true,
      bedragToegekend: true,
      voorwaarden: true,
      besluitReden: true,
      doorverwezenNaar: true,
      besluitOp: true,
      ingediendOp: true,
      openbaar: true,
      berichten: { where: { intern: false }, orderBy: { createdAt: "asc" }, select: { id: true, tekst: true, vanGemeente: true, createdAt: true } },
      verantwoording: { select: { bereikt: true, deelnemers: true, bijdragen: true, citaten: true, openbaar: true, createdAt: true } },
    },
  });
  if (!r) throw new AppError("NOT_FOUND", "Dit initiatief hebben we niet gevonden.");
  const audit = await db.auditLog.findMany({
    where: { entiteit: "Initiatief", entiteitId: r.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { createdAt: true, na: true },
  });
  const geschiedenis = audit.flatMap((l) => {
    const s = statusUit(l.na);
    return s ? [{ datum: l.createdAt, status: s }] : [];
  });
  const { wijk, berichten, verantwoording, ...rest } = r;
  return {
    ...rest,
    wijkNaam: wijk?.naam ?? null,
    geschiedenis,
    berichten: berichten.map((b) => ({ id: b.id, tekst: b.tekst, vanGemeente: b.vanGemeente, datum: b.createdAt })),
    verantwoording: verantwoording ? { ...verantwoording, datum: verantwoording.createdAt } : null,
    acties: mogelijkeActies(r.status, "eigenaar"),
    magVerwijderen: VERWIJDERBAAR.includes(r.status),
  };
}

/**
 * The owner answers the municipality's question: the message and the status change (back to
 * IN_BEHANDELING) in one transaction. Returns who should be told.
 */
export async function beantwoordVraag(actor: Actor | null, id: string, tekst: string) {
  const a = requireActor(actor);
  const row = await eigen(a, id);
  await db.$transaction(async (tx) => {
    await tx.bericht.create({ data: { initiatiefId: row.id, auteurId: a.id, vanGemeente: false, intern: false, tekst } });
    await voerTransitieUit(tx, { initiatiefId: row.id, actie: "antwoorden", actorId: a.id, verwachteVersie: row.versie });
  });
  const info = await db.initiatief.findUniqueOrThrow({
    where: { id: row.id },
    select: { referentie: true, titel: true, behandelaar: { select: { email: true, naam: true } } },
  });
  return { referentie: info.referentie, titel: info.titel, behandelaarEmail: info.behandelaar?.email ?? null };
}

/** Only the owner withdraws, and only while the status machine allows it. */
export async function trekInitiatiefIn(actor: Actor | null, id: string): Promise<void> {
  const a = requireActor(actor);
  const row = await eigen(a, id);
  await db.$transaction(async (tx) => {
    await voerTransitieUit(tx, { initiatiefId: row.id, actie: "intrekken", actorId: a.id, verwachteVersie: row.versie, data: { conceptSleutel: null } });
  });
}

/** Deletes a draft or a withdrawn initiative of the owner (with its messages); logged without content. */
export async function deleteInitiatief(actor: Actor | null, id: string): Promise<void> {
  const a = requireActor(actor);
  const row = await eigen(a, id);
  if (!VERWIJDERBAAR.includes(row.status)) {
    throw new AppError("CONFLICT", "U kunt alleen een concept of een ingetrokken initiatief verwijderen. Trek het eerst in.");
  }
  await db.$transaction(async (tx) => {
    const del = await tx.initiatief.deleteMany({ where: { id: row.id, indienerId: a.id, status: { in: VERWIJDERBAAR }, versie: row.versie } });
    if (del.count !== 1) throw new AppError("CONFLICT");
    await writeAudit(tx, { actorId: a.id, actie: "initiatief.verwijderd", entiteit: "Initiatief", entiteitId: row.id, voor: { status: row.status } });
  });
}

export interface VerantwoordingInput {
  bereikt: string;
  deelnemers: number | null;
  bijdragen: string;
  citaten: string;
  openbaar: boolean;
}

/** The narrative report after an approved initiative; closes it (GOEDGEKEURD -> AFGEROND) in one transaction. */
export async function slaVerantwoordingOp(actor: Actor | null, id: string, input: VerantwoordingInput): Promise<void> {
  const a = requireActor(actor);
  const row = await eigen(a, id);
  await db.$transaction(async (tx) => {
    await voerTransitieUit(tx, { initiatiefId: row.id, actie: "afronden", actorId: a.id, verwachteVersie: row.versie });
    await tx.verantwoording.create({ data: { initiatiefId: row.id, ...input } });
  });
}

/** Everything stored about one of the owner's initiatives (right of access), without internal notes. */
export async function exportMijnGegevens(actor: Actor | null, id: string) {
  const a = requireActor(actor);
  await eigen(a, id);
  const r = await db.initiatief.findUniqueOrThrow({
    where: { id },
    omit: { conceptSleutel: true, indienerId: true, behandelaarId: true, versie: true },
    include: {
      wijk: { select: { naam: true } },
      berichten: { where: { intern: false }, orderBy: { createdAt: "asc" }, select: { tekst: true, vanGemeente: true, createdAt: true } },
      verantwoording: { omit: { id: true, initiatiefId: true } },
    },
  });
  const detail = await getMijnInitiatief(a, id);
  return {
    uitgevoerdOp: new Date().toISOString(),
    uitleg: `Dit zijn de gegevens die de gemeente ${(await instellingen()).gemeenteNaam} over dit initiatief bewaart. Interne notities van medewerkers staan er niet in.`,
    account: { email: a.email, naam: a.naam },
    initiatief: { ...r, statusgeschiedenis: detail.geschiedenis },
  };
}

// ---------- Public ----------

export interface PubliekInitiatief {
  referentie: string;
  titel: string;
  ikWil: string;
  ikKan: string;
  voorWie: string;
  meedoen: string;
  doelen: Doel[];
  status: InitiatiefStatus;
  wijk: { naam: string; slug: string } | null;
  verhaal: { bereikt: string; deelnemers: number | null; bijdragen: string; citaten: string } | null;
}

const PUBLIEK_SELECT = {
  referentie: true,
  titel: true,
  ikWil: true,
  ikKan: true,
  voorWie: true,
  meedoen: true,
  doelen: true,
  status: true,
  wijk: { select: { naam: true, slug: true } },
  verantwoording: { select: { bereikt: true, deelnemers: true, bijdragen: true, citaten: true, openbaar: true } },
} satisfies Prisma.InitiatiefSelect;

function publiek(r: Prisma.InitiatiefGetPayload<{ select: typeof PUBLIEK_SELECT }>): PubliekInitiatief {
  const v = r.verantwoording;
  return {
    referentie: r.referentie!,
    titel: r.titel,
    ikWil: r.ikWil,
    ikKan: r.ikKan,
    voorWie: r.voorWie,
    meedoen: r.meedoen,
    doelen: r.doelen,
    status: r.status,
    wijk: r.wijk,
    verhaal: v && v.openbaar ? { bereikt: v.bereikt, deelnemers: v.deelnemers, bijdragen: v.bijdragen, citaten: v.citaten } : null,
  };
}

/**
 * Public: approved (or finished) initiatives whose makers agreed to publication. No personal data
 * (no names, contact details or address). Optionally for one wijk.
 */
export async function listPublicInitiatieven(filter: { wijkId?: string } = {}): Promise<PubliekInitiatief[]> {
  const rows = await db.initiatief.findMany({
    where: { status: { in: PUBLIEK }, openbaar: true, referentie: { not: null }, ...(filter.wijkId ? { wijkId: filter.wijkId } : {}) },
    orderBy: { besluitOp: "desc" },
    select: PUBLIEK_SELECT,
  });
  return rows.map(publiek);
}

export async function getPublicInitiatief(referentie: string): Promise<PubliekInitiatief | null> {
  const r = await db.initiatief.findFirst({ where: { referentie, status: { in: PUBLIEK }, openbaar: true }, select: PUBLIEK_SELECT });
  return r ? publiek(r) : null;
}
