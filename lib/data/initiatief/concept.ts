/**
 * Drafts of an initiative (with or without an account): start, read, save a step (or what can be kept
 * of a rejected step), link an e-mail address, delete. A draft is reached with its secret key and, once
 * it has an owner, only by that owner. Submitting: ./indienen.ts; the owner's pages: ./eigenaar.ts.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../../db.ts";
import { AppError } from "../../errors.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import type { Doel } from "../../generated/prisma/enums.ts";
import type { Actor } from "../../auth/permissions.ts";
import { requireActor } from "../../auth/guard.ts";
import { INITIATIEF_INHOUD_SELECT } from "../../initiatief/inhoud.ts";
import { volgendeStap, type Stap } from "../../initiatief/stappen.ts";
import { leesConceptKlad, STAP_VELDEN, type ConceptVelden } from "../../validation/initiatief.ts";
import { heeftStuurtekens, ID_PATROON } from "../../validation/velden.ts";
import type { FormValues } from "../../actions.ts";
import { instellingen } from "../../instellingen.ts";

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

export type ConceptRow = Prisma.InitiatiefGetPayload<{ select: typeof CONCEPT_SELECT }>;

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

export function naarDTO(r: ConceptRow): ConceptDTO {
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
 * The draft behind a secret key. A draft without owner is open to whoever holds the key; a draft with
 * an owner only to that owner. Null when not found or not allowed. Reads only: vereisConcept claims.
 */
async function conceptMetSleutel(actor: Actor | null, sleutel: string | null | undefined): Promise<ConceptRow | null> {
  if (!sleutel || sleutel.length < 16 || sleutel.length > 200 || heeftStuurtekens(sleutel)) return null;
  const row = await db.initiatief.findUnique({ where: { conceptSleutel: sleutel }, select: CONCEPT_SELECT });
  if (!row || row.status !== "CONCEPT") return null;
  if (row.indienerId && row.indienerId !== actor?.id) return null;
  return row;
}

/** A draft without owner becomes the signed-in holder's (a write: only from steps that change the draft). */
async function neemConceptOver(actor: Actor | null, row: ConceptRow): Promise<void> {
  if (row.indienerId || !actor) return;
  await db.initiatief.updateMany({ where: { id: row.id, indienerId: null }, data: { indienerId: actor.id } });
  row.indienerId = actor.id;
}

/** A new draft and its secret key (kept in a cookie or a link). */
export interface NieuwConcept {
  id: string;
  sleutel: string;
}

/** Starts a new draft. Anyone may; a signed-in resident becomes its owner. */
export async function startConcept(actor: Actor | null): Promise<NieuwConcept> {
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
export async function leesConcept(actor: Actor | null, sleutel: string | null | undefined): Promise<ConceptDTO | null> {
  const row = await conceptMetSleutel(actor, sleutel);
  if (!row) return null;
  // A signed-in holder's ownerless draft becomes theirs with the next saved step (reads never write);
  // the page shows it as theirs already.
  return { ...naarDTO(row), heeftEigenaar: !!row.indienerId || !!actor };
}

/** The key and the step to continue with. */
export interface HervatConcept {
  sleutel: string;
  stap: string;
}

/** For an owner's "Verder gaan": the key and the step to continue with. */
export async function hervatConcept(actor: Actor | null, id: string): Promise<HervatConcept> {
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

/** What can be kept of a rejected step, as database fields (the wijk only when it exists). */
async function kladData(stap: Stap, values: FormValues): Promise<Prisma.InitiatiefUpdateInput> {
  const k = leesConceptKlad(stap, values);
  const out: Prisma.InitiatiefUpdateInput = { ...k.tekst, ...k.nodig };
  if (k.bedragGevraagd !== undefined) out.bedragGevraagd = k.bedragGevraagd;
  if (k.begroting) out.begroting = k.begroting;
  if (k.wijkId !== undefined && (await bestaandeWijk(k.wijkId))) out.wijk = { connect: { id: k.wijkId } };
  if (k.doelen) out.doelen = k.doelen;
  if (k.openbaar !== undefined) out.openbaar = k.openbaar;
  return out;
}

export async function vereisConcept(actor: Actor | null, sleutel: string | null | undefined): Promise<ConceptRow> {
  const row = await conceptMetSleutel(actor, sleutel);
  if (!row) throw new AppError("NOT_FOUND", "Deze aanvraag hebben we niet gevonden. Misschien is hij al verstuurd. Begin opnieuw.");
  // A signed-in holder who changes an ownerless draft becomes its owner.
  await neemConceptOver(actor, row);
  return row;
}

/** Saves a valid step and returns the next step (which depends on the answers). */
/** The step to go to after a saved step. */
export interface BewaardeStap {
  volgende: Stap;
}

export async function bewaarConceptStap(actor: Actor | null, sleutel: string | null | undefined, stap: Stap, data: Record<string, unknown>): Promise<BewaardeStap> {
  const row = await vereisConcept(actor, sleutel);
  const update = await stapData(stap, data, row);
  const na = await db.initiatief.update({ where: { id: row.id }, data: update, select: { nodigGeld: true, bedragGevraagd: true } });
  const volgende = volgendeStap(stap, na, (await instellingen()).kleinBedrag);
  await db.initiatief.update({ where: { id: row.id }, data: { laatsteStap: volgende } });
  return { volgende };
}

/** Saves what can be kept of a rejected step. */
export async function bewaarConceptKlad(actor: Actor | null, sleutel: string | null | undefined, stap: Stap, values: FormValues): Promise<void> {
  const row = await vereisConcept(actor, sleutel);
  await db.initiatief.update({ where: { id: row.id }, data: { ...(await kladData(stap, values)), laatsteStap: stap } });
}

/** "Later verder": the draft gets this e-mail address, so signing in with it (magic link) finds the draft. */
export async function koppelEmailAanConcept(actor: Actor | null, sleutel: string | null | undefined, email: string): Promise<void> {
  const row = await vereisConcept(actor, sleutel);
  await db.initiatief.update({ where: { id: row.id }, data: { contactEmail: email.trim().toLowerCase() } });
}

/** Deletes a draft reached with its key (an owner can also delete through verwijderInitiatief). */
export async function verwijderConcept(actor: Actor | null, sleutel: string | null | undefined): Promise<void> {
  const row = await vereisConcept(actor, sleutel);
  await db.initiatief.deleteMany({ where: { id: row.id, status: "CONCEPT" } });
}
