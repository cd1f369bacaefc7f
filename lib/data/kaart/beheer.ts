/**
 * /beheer/kaart: staff create, edit, archive and restore plekken and activiteiten. Opbouwwerkers only in
 * their own wijken ("kaart:edit:own"), beheerders everywhere ("kaart:edit:any"); nobody else. Each
 * function checks the caller itself (also the wijk an item moves to). Every change writes one AuditLog
 * row and one KaartWijziging row (before and after as JSON, for a later "diff and undo") in the same
 * transaction, and invalidates the kaart cache on every app instance.
 *
 * Aanbieders (issue 14): a member of an organisation (OrganisatieLid, any role) may read and edit the
 * plekken and activiteiten whose organisatieId is one of theirs, and nothing else: not other
 * organisations' items, not items without organisation, not create, archive or restore, and not move
 * an item to another organisation. Staff rules are unchanged.
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client.ts";
import { db } from "../../db.ts";
import type { ActionState } from "../../actions.ts";
import { AppError } from "../../errors.ts";
import { writeAudit, type AuditActie } from "../../audit.ts";
import { requireActor, requireWijkPermission } from "../../auth/guard.ts";
import { canInWijk, wijkScope, type Actor } from "../../auth/permissions.ts";
import { vergeetKaartCache } from "../../kaart/kaart-cache.ts";
import { slugify } from "../../slug.ts";
import { puntInGrens } from "../../geo/punt-in-polygoon.ts";
import { leesOpeningstijden } from "../../kaart/openingstijden.ts";
import { leesRooster, lokaalMoment, type Rooster } from "../../kaart/rooster.ts";
import type { ActiviteitInvoer, PlekInvoer, Uitzondering } from "../../validation/kaartbeheer.ts";
import { organisatieIdsVan } from "../organisaties.ts";
import { leesInstellingen } from "../../instellingen.ts";
import { dienKaartVoorstelIn } from "./voorstellen.ts";
import { canoniek, gewijzigdeVelden, kaartDiff, type VeldVerschil } from "../../kaart/wijziging-diff.ts";

type Tx = Prisma.TransactionClient;
export type KaartSoort = "plek" | "activiteit";

/** Refuses everyone without kaart:edit (inwoner, ambtenaar) before anything is read. */
export function vereisKaartBeheer(actor: Actor | null | undefined): Actor {
  const a = requireActor(actor);
  if (wijkScope(a, "kaart:edit")?.length === 0) throw new AppError("FORBIDDEN");
  return a;
}

export const NIET_UW_ORGANISATIE = "Dit hoort niet bij uw organisatie. U kunt alleen de plekken en activiteiten van uw eigen organisatie bijhouden.";

function isKaartStaf(a: Actor): boolean {
  return wijkScope(a, "kaart:edit")?.length !== 0;
}

/** Staff with kaart:edit, or a member of at least one organisation; everyone else is refused before anything is read. */
async function vereisKaartOfLid(actor: Actor | null | undefined): Promise<Actor> {
  const a = requireActor(actor);
  if (isKaartStaf(a)) return a;
  if ((await organisatieIdsVan(db, a.id)).length === 0) throw new AppError("FORBIDDEN");
  return a;
}

/**
 * May the actor edit this item? "staf" = kaart:edit in its wijk; "lid" = member of its organisation.
 * Anything else is refused (staff with the usual "not your wijk" message).
 */
async function vereisItemRecht(client: Tx | typeof db, a: Actor, item: { wijkId: string; organisatieId: string | null }): Promise<"staf" | "lid"> {
  if (canInWijk(a, "kaart:edit", item.wijkId)) return "staf";
  if (item.organisatieId && (await organisatieIdsVan(client, a.id)).includes(item.organisatieId)) return "lid";
  if (isKaartStaf(a)) requireWijkPermission(a, "kaart:edit", item.wijkId);
  throw new AppError("FORBIDDEN", NIET_UW_ORGANISATIE);
}

/** A member keeps the item in their organisation. */
function vereisZelfdeOrganisatie(voor: { organisatieId: string | null }, organisatieId: string | null) {
  if (organisatieId !== voor.organisatieId) throw AppError.veld("organisatieId", "U kunt de organisatie niet wijzigen. Vraag dit aan een medewerker van de gemeente.");
}

// ---------- list ----------

export interface KaartBeheerRij {
  soort: KaartSoort;
  id: string;
  slug: string;
  naam: string;
  wijk: string;
  status: string;
  updatedAt: Date;
}

export interface KaartBeheerFilters {
  q?: string;
  wijkId?: string;
  soort?: KaartSoort;
  gearchiveerd?: boolean;
}

/** Staff: plekken and activiteiten in the caller's wijken (all for a beheerder), newest change first. */
export async function zoekKaartBeheer(actor: Actor | null | undefined, f: KaartBeheerFilters = {}): Promise<KaartBeheerRij[]> {
  const a = vereisKaartBeheer(actor);
  const scope = wijkScope(a, "kaart:edit");
  const wijkIds = f.wijkId ? (scope === undefined || scope.includes(f.wijkId) ? [f.wijkId] : []) : scope;
  const wijkWhere = wijkIds === undefined ? {} : { wijkId: { in: wijkIds } };
  const status = f.gearchiveerd ? { status: "GEARCHIVEERD" as const } : { status: { not: "GEARCHIVEERD" as const } };
  const q = f.q?.trim();
  const [plekken, activiteiten] = await Promise.all([
    f.soort === "activiteit"
      ? []
      : db.plek.findMany({
          where: { ...wijkWhere, ...status, ...(q ? { OR: [{ naam: { contains: q, mode: "insensitive" } }, { adres: { contains: q, mode: "insensitive" } }] } : {}) },
          orderBy: { updatedAt: "desc" },
          take: 200,
          select: { id: true, slug: true, naam: true, status: true, updatedAt: true, wijk: { select: { naam: true } } },
        }),
    f.soort === "plek"
      ? []
      : db.activiteit.findMany({
          where: { ...wijkWhere, ...status, ...(q ? { titel: { contains: q, mode: "insensitive" } } : {}) },
          orderBy: { updatedAt: "desc" },
          take: 200,
          select: { id: true, slug: true, titel: true, status: true, updatedAt: true, wijk: { select: { naam: true } } },
        }),
  ]);
  return [
    ...plekken.map((p) => ({ soort: "plek" as const, id: p.id, slug: p.slug, naam: p.naam, wijk: p.wijk.naam, status: p.status, updatedAt: p.updatedAt })),
    ...activiteiten.map((x) => ({ soort: "activiteit" as const, id: x.id, slug: x.slug, naam: x.titel, wijk: x.wijk.naam, status: x.status, updatedAt: x.updatedAt })),
  ].sort((x, y) => y.updatedAt.getTime() - x.updatedAt.getTime());
}

/** Staff: what the forms offer: wijken the caller may edit in, categories, organisations, plekken. */
export async function kaartBeheerKeuzes(actor: Actor | null | undefined) {
  const a = await vereisKaartOfLid(actor);
  const staf = isKaartStaf(a);
  // a member (not staff) may place their items in any wijk, but only in their own organisations
  const scope = staf ? wijkScope(a, "kaart:edit") : undefined;
  const eigenOrgs = staf ? undefined : await organisatieIdsVan(db, a.id);
  const [wijken, categorieen, organisaties, plekken] = await Promise.all([
    db.wijk.findMany({ where: { gearchiveerdOp: null, ...(scope === undefined ? {} : { id: { in: scope } }) }, orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
    db.categorie.findMany({ where: { gearchiveerdOp: null }, orderBy: [{ volgorde: "asc" }, { naam: "asc" }], select: { id: true, naam: true } }),
    db.organisatie.findMany({ where: eigenOrgs ? { id: { in: eigenOrgs } } : {}, orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
    db.plek.findMany({ where: { status: { not: "GEARCHIVEERD" } }, orderBy: { naam: "asc" }, select: { id: true, naam: true }, take: 2000 }),
  ]);
  const opties = (l: { id: string; naam: string }[]) => l.map((x) => ({ value: x.id, label: x.naam }));
  // `opties`: the same lists as { value, label } for the form's select fields
  return { wijken, categorieen, organisaties, plekken, opties: { wijken: opties(wijken), categorieen: opties(categorieen), organisaties: opties(organisaties), plekken: opties(plekken) } };
}

/** The wijk (not archived, no buurt) whose boundary contains this point, or null. */
export async function wijkVoorPunt(lat: number, lng: number): Promise<string | null> {
  const wijken = await db.wijk.findMany({ where: { gearchiveerdOp: null, soort: { not: "BUURT" } }, select: { id: true, grens: true } });
  return wijken.find((w) => w.grens && puntInGrens(lng, lat, w.grens))?.id ?? null;
}

// ---------- plek ----------

export const PLEK_VELDEN = {
  id: true, slug: true, naam: true, beschrijving: true, categorieId: true, soort: true, ligging: true, sfeer: true, wijkId: true, organisatieId: true, doelgroepen: true, status: true,
  adres: true, postcode: true, plaats: true, lat: true, lng: true, openingstijden: true, openingsUitzonderingen: true,
  rolstoeltoegankelijk: true, aangepastToilet: true, ringleiding: true, toegankelijkheid: true, contactNaam: true, telefoon: true, email: true, website: true,
} satisfies Prisma.PlekSelect;

export type PlekBeheer = Prisma.PlekGetPayload<{ select: typeof PLEK_VELDEN }>;

/** Staff: one plek for the edit form (also archived ones), only in the caller's wijken. */
export async function leesPlekBeheer(actor: Actor | null | undefined, id: string): Promise<PlekBeheer> {
  const a = await vereisKaartOfLid(actor);
  const p = await db.plek.findUnique({ where: { id }, select: PLEK_VELDEN });
  if (!p) throw new AppError("NOT_FOUND");
  await vereisItemRecht(db, a, p);
  return p;
}

export function alsJson(v: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
}

/**
 * Records one change: a KaartWijziging row (shown as made by `door`), an audit row (by `auditDoor`, the
 * one who made it happen: the same person, or the staff member who approved a member's change) and the
 * kaart cache on every instance. Exported for lib/data/kaart/voorstellen.ts only.
 */
export async function logKaartWijziging(tx: Tx, door: string, soort: KaartSoort, id: string, actie: "aangemaakt" | "gewijzigd" | "gearchiveerd" | "hersteld" | "ongedaan_gemaakt", voor: unknown, na: unknown, auditDoor = door) {
  const entiteit = soort === "plek" ? "Plek" : "Activiteit";
  await tx.kaartWijziging.create({ data: { actorId: door, entiteit, entiteitId: id, actie, voor: voor === null ? undefined : alsJson(voor), na: na === null ? undefined : alsJson(na) } });
  await writeAudit(tx, { actorId: auditDoor, actie: `${soort}.${actie}` as AuditActie, entiteit, entiteitId: id, voor: voor === null ? null : alsJson(voor), na: na === null ? null : alsJson(na) });
  await vergeetKaartCache(tx);
}
const log = (tx: Tx, actor: Actor, ...rest: Parameters<typeof logKaartWijziging> extends [Tx, string, ...infer R] ? R : never) => logKaartWijziging(tx, actor.id, ...rest);

async function uniekeSlug(tx: Tx, tabel: "plek" | "activiteit", basis: string): Promise<string> {
  const b = slugify(basis) || tabel;
  for (let i = 0; i < 50; i++) {
    const slug = i === 0 ? b : `${b}-${i + 1}`;
    const bestaat = tabel === "plek" ? await tx.plek.findUnique({ where: { slug }, select: { id: true } }) : await tx.activiteit.findUnique({ where: { slug }, select: { id: true } });
    if (!bestaat) return slug;
  }
  return `${b}-${Date.now().toString(36)}`;
}

async function controleerVerwijzingen(tx: Tx, i: { wijkId: string; organisatieId: string | null; categorieId?: string; plekId?: string | null }) {
  const wijk = await tx.wijk.findFirst({ where: { id: i.wijkId, gearchiveerdOp: null }, select: { naam: true } });
  if (!wijk) throw AppError.veld("wijkId", "Kies een wijk of dorp uit de lijst.");
  if (i.organisatieId && !(await tx.organisatie.findUnique({ where: { id: i.organisatieId }, select: { id: true } }))) throw AppError.veld("organisatieId", "Kies een organisatie uit de lijst.");
  let soort: "ONTMOETINGSPLEK" | "VOORZIENING" | undefined;
  if (i.categorieId) {
    const c = await tx.categorie.findFirst({ where: { id: i.categorieId, gearchiveerdOp: null }, select: { soort: true } });
    if (!c) throw AppError.veld("categorieId", "Kies een soort plek uit de lijst.");
    soort = c.soort;
  }
  if (i.plekId && !(await tx.plek.findFirst({ where: { id: i.plekId, status: { not: "GEARCHIVEERD" } }, select: { id: true } }))) throw AppError.veld("plekId", "Kies een plek uit de lijst.");
  return { wijkNaam: wijk.naam, soort };
}

/** Staff: create (no id) or update a plek. Moving it to another wijk needs permission in both. A member's update may wait for a staff check. */
export async function bewaarPlek(actor: Actor | null | undefined, invoer: PlekInvoer): Promise<Bewaard> {
  const { id, ...velden } = invoer;
  // creating is for staff only; an update is checked against the stored item below
  const a = id ? await vereisKaartOfLid(actor) : requireWijkPermission(vereisKaartBeheer(actor), "kaart:edit", invoer.wijkId);
  return db.$transaction(async (tx) => {
    if (id) {
      const huidig = await tx.plek.findUnique({ where: { id }, select: { wijkId: true, organisatieId: true } });
      return werkItemBij(tx, a, "plek", id, huidig, invoer, () => werkPlekBij(tx, id, invoer));
    }
    const { wijkNaam, data } = await plekData(tx, velden);
    const slug = await uniekeSlug(tx, "plek", `${velden.naam} ${wijkNaam}`);
    const p = await tx.plek.create({ data: { ...data, slug }, select: PLEK_VELDEN });
    await log(tx, a, "plek", p.id, "aangemaakt", null, p);
    return { id: p.id, slug: p.slug };
  });
}

/**
 * The update path of bewaarPlek and bewaarActiviteit: the caller's right on the stored item (staff also in
 * the wijk it moves to; a member keeps it in their organisation), then the change is written and logged,
 * or, for a member with "eerst controle" on, held as a proposal for staff.
 */
async function werkItemBij(
  tx: Tx,
  a: Actor,
  soort: KaartSoort,
  id: string,
  huidig: { wijkId: string; organisatieId: string | null } | null,
  invoer: PlekInvoer | ActiviteitInvoer,
  schrijf: () => Promise<{ voor: { slug: string }; na: { slug: string } }>,
): Promise<Bewaard> {
  if (!huidig) throw new AppError("NOT_FOUND");
  const recht = await vereisItemRecht(tx, a, huidig);
  if (recht === "staf") requireWijkPermission(a, "kaart:edit", invoer.wijkId);
  else vereisZelfdeOrganisatie(huidig, invoer.organisatieId);
  if (recht === "lid" && (await leesInstellingen(tx)).kaartControle) return dienKaartVoorstelIn(tx, a, soort, id, huidig.organisatieId, invoer, schrijf);
  const { voor, na } = await schrijf();
  await log(tx, a, soort, id, "gewijzigd", voor, na);
  return { id, slug: na.slug };
}

/** What a save did: the item's id and slug; `wachtOpControle` when a member's change waits for staff. */
export interface Bewaard {
  id: string;
  slug: string;
  wachtOpControle?: boolean;
}

function zonderId<T extends { id?: unknown }>(x: T): Omit<T, "id"> {
  const kopie = { ...x };
  delete kopie.id;
  return kopie;
}

async function plekData(tx: Tx, velden: Omit<PlekInvoer, "id">) {
  const { wijkNaam, soort } = await controleerVerwijzingen(tx, velden);
  return { wijkNaam, data: { ...velden, soort: soort!, openingstijden: alsJson(velden.openingstijden), openingsUitzonderingen: alsJson(velden.openingsUitzonderingen) } };
}

/** Writes an update of a plek (no permission check, no log): for bewaarPlek and for approving a member's change. */
export async function werkPlekBij(tx: Tx, id: string, invoer: PlekInvoer): Promise<{ voor: PlekBeheer; na: PlekBeheer }> {
  const { data } = await plekData(tx, zonderId(invoer));
  const voor = await tx.plek.findUnique({ where: { id }, select: PLEK_VELDEN });
  if (!voor) throw new AppError("NOT_FOUND");
  if (voor.status === "GEARCHIVEERD") throw new AppError("INVALID", "Deze plek is gearchiveerd. Zet hem eerst terug uit het archief.");
  const na = await tx.plek.update({ where: { id }, data, select: PLEK_VELDEN });
  return { voor, na };
}

// ---------- activiteit ----------

export const ACTIVITEIT_VELDEN = {
  id: true, slug: true, titel: true, beschrijving: true, wijkId: true, plekId: true, organisatieId: true, doelgroepen: true, sfeer: true, status: true,
  kosten: true, aanmelden: true, herhaling: true, start: true, eind: true,
  rooster: { select: { rrule: true, vanaf: true, totEnMet: true, startTijd: true, eindTijd: true, uitgevallen: true, verplaatst: true } },
} satisfies Prisma.ActiviteitSelect;

export type ActiviteitBeheer = Omit<Prisma.ActiviteitGetPayload<{ select: typeof ACTIVITEIT_VELDEN }>, "rooster"> & { rooster: Rooster | null };

function metRooster<T extends { rooster: Parameters<typeof leesRooster>[0] | null }>(x: T): Omit<T, "rooster"> & { rooster: Rooster | null } {
  return { ...x, rooster: x.rooster ? leesRooster(x.rooster) : null };
}

/** Staff: one activity for the edit form (also archived ones), only in the caller's wijken. */
export async function leesActiviteitBeheer(actor: Actor | null | undefined, id: string): Promise<ActiviteitBeheer> {
  const a = await vereisKaartOfLid(actor);
  const x = await db.activiteit.findUnique({ where: { id }, select: ACTIVITEIT_VELDEN });
  if (!x) throw new AppError("NOT_FOUND");
  await vereisItemRecht(db, a, x);
  return metRooster(x);
}

/** The columns an activity form writes, with its date or schedule. */
function activiteitData(invoer: ActiviteitInvoer) {
  const { rooster, ...rest } = invoer;
  const velden = {
    titel: rest.titel, beschrijving: rest.beschrijving, wijkId: rest.wijkId, plekId: rest.plekId, organisatieId: rest.organisatieId,
    doelgroepen: rest.doelgroepen, sfeer: rest.sfeer, status: rest.status, kosten: rest.kosten, aanmelden: rest.aanmelden,
  };
  let start: Date | null = null;
  let eind: Date | null = null;
  let herhaling = rest.herhaling;
  if (invoer.wanneer === "eenmalig") {
    start = lokaalMoment(invoer.datum, invoer.startTijd);
    eind = lokaalMoment(invoer.datum, invoer.eindTijd);
  } else if (rooster) {
    // `start`/`eind` keep their public meaning (first time; the activity is over after `eind`).
    start = lokaalMoment(rooster.vanaf, rooster.startTijd);
    eind = rooster.totEnMet ? lokaalMoment(rooster.totEnMet, "23:59") : null;
    const laatsteVerplaatst = rooster.verplaatst.map((v) => v.naar).sort().at(-1);
    if (eind && laatsteVerplaatst && laatsteVerplaatst > rooster.totEnMet!) eind = lokaalMoment(laatsteVerplaatst, "23:59");
    herhaling = null; // the text comes from the schedule
  }
  const roosterData = rooster ? { ...rooster, uitgevallen: alsJson(rooster.uitgevallen), verplaatst: alsJson(rooster.verplaatst) } : null;
  return { velden, data: { ...velden, start, eind, herhaling }, roosterData };
}

/** Writes an update of an activity (no permission check, no log): for bewaarActiviteit and for approving a member's change. */
export async function werkActiviteitBij(tx: Tx, id: string, invoer: ActiviteitInvoer): Promise<{ voor: ActiviteitBeheerRuw; na: ActiviteitBeheerRuw }> {
  const { velden, data, roosterData } = activiteitData(invoer);
  await controleerVerwijzingen(tx, velden);
  const voor = await tx.activiteit.findUnique({ where: { id }, select: ACTIVITEIT_VELDEN });
  if (!voor) throw new AppError("NOT_FOUND");
  if (voor.status === "GEARCHIVEERD") throw new AppError("INVALID", "Deze activiteit is gearchiveerd. Zet hem eerst terug uit het archief.");
  const na = await tx.activiteit.update({
    where: { id },
    data: { ...data, rooster: roosterData ? { upsert: { create: roosterData, update: roosterData } } : voor.rooster ? { delete: true } : undefined },
    select: ACTIVITEIT_VELDEN,
  });
  return { voor, na };
}

type ActiviteitBeheerRuw = Prisma.ActiviteitGetPayload<{ select: typeof ACTIVITEIT_VELDEN }>;

/** Staff: create (no id) or update an activity with its date or schedule. A member's update may wait for a staff check. */
export async function bewaarActiviteit(actor: Actor | null | undefined, invoer: ActiviteitInvoer): Promise<Bewaard> {
  const { id } = invoer;
  const a = id ? await vereisKaartOfLid(actor) : requireWijkPermission(vereisKaartBeheer(actor), "kaart:edit", invoer.wijkId);
  return db.$transaction(async (tx) => {
    if (id) {
      const huidig = await tx.activiteit.findUnique({ where: { id }, select: { wijkId: true, organisatieId: true } });
      return werkItemBij(tx, a, "activiteit", id, huidig, invoer, () => werkActiviteitBij(tx, id, invoer));
    }
    const { velden, data, roosterData } = activiteitData(invoer);
    const { wijkNaam } = await controleerVerwijzingen(tx, velden);
    const slug = await uniekeSlug(tx, "activiteit", `${velden.titel} ${wijkNaam}`);
    const x = await tx.activiteit.create({ data: { ...data, slug, ...(roosterData ? { rooster: { create: roosterData } } : {}) }, select: ACTIVITEIT_VELDEN });
    await log(tx, a, "activiteit", x.id, "aangemaakt", null, x);
    return { id: x.id, slug: x.slug };
  });
}

// ---------- archive ----------

/** Staff: archive (leaves the public kaart, its URL answers 410) or restore a plek or activity. */
export async function zetKaartArchief(actor: Actor | null | undefined, soort: KaartSoort, id: string, archiveren: boolean): Promise<{ id: string }> {
  const a = vereisKaartBeheer(actor);
  return db.$transaction(async (tx) => {
    const huidig = soort === "plek" ? await tx.plek.findUnique({ where: { id }, select: { wijkId: true, status: true } }) : await tx.activiteit.findUnique({ where: { id }, select: { wijkId: true, status: true } });
    if (!huidig) throw new AppError("NOT_FOUND");
    requireWijkPermission(a, "kaart:edit", huidig.wijkId);
    const nieuw = archiveren ? "GEARCHIVEERD" : "GEPUBLICEERD";
    if (huidig.status === nieuw) return { id };
    if (soort === "plek") await tx.plek.update({ where: { id }, data: { status: nieuw } });
    else await tx.activiteit.update({ where: { id }, data: { status: nieuw } });
    await log(tx, a, soort, id, archiveren ? "gearchiveerd" : "hersteld", { status: huidig.status }, { status: nieuw });
    return { id };
  });
}

/** Staff: the recorded changes of one item (newest first), for its edit page. */
export async function kaartWijzigingen(actor: Actor | null | undefined, soort: KaartSoort, id: string) {
  const a = vereisKaartBeheer(actor);
  const item = soort === "plek" ? await db.plek.findUnique({ where: { id }, select: { wijkId: true } }) : await db.activiteit.findUnique({ where: { id }, select: { wijkId: true } });
  if (!item) throw new AppError("NOT_FOUND");
  if (!canInWijk(a, "kaart:edit", item.wijkId)) throw new AppError("FORBIDDEN");
  return db.kaartWijziging.findMany({
    where: { entiteit: soort === "plek" ? "Plek" : "Activiteit", entiteitId: id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, actie: true, createdAt: true, actor: { select: { naam: true, email: true } } },
  });
}

// ---------- recent changes, diff and undo ----------

export interface RecenteWijziging {
  id: string;
  soort: KaartSoort;
  itemId: string;
  naam: string;
  actie: string;
  createdAt: Date;
  door: string | null;
  /** The member's organisation when a member (not staff) made the change. */
  verschillen: VeldVerschil[];
  ongedaanTeMaken: boolean;
}

const ONGEDAAN_TE_MAKEN = ["gewijzigd", "ongedaan_gemaakt"];

/**
 * Staff: the latest changes (staff and member edits) with their diff, only items in the caller's wijken.
 * `ouderDan` pages back: the changes before that moment (the last shown row's createdAt).
 */
export async function recenteKaartWijzigingen(actor: Actor | null | undefined, take = 50, ouderDan?: Date): Promise<RecenteWijziging[]> {
  const a = vereisKaartBeheer(actor);
  const scope = wijkScope(a, "kaart:edit");
  const rijen = await db.kaartWijziging.findMany({
    where: ouderDan ? { createdAt: { lt: ouderDan } } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: scope === undefined ? take : 1000,
    select: { id: true, entiteit: true, entiteitId: true, actie: true, voor: true, na: true, createdAt: true, actor: { select: { naam: true, email: true } } },
  });
  const ids = (e: string) => [...new Set(rijen.filter((r) => r.entiteit === e).map((r) => r.entiteitId))];
  const [plekken, activiteiten] = await Promise.all([
    db.plek.findMany({ where: { id: { in: ids("Plek") } }, select: { id: true, naam: true, wijkId: true } }),
    db.activiteit.findMany({ where: { id: { in: ids("Activiteit") } }, select: { id: true, titel: true, wijkId: true } }),
  ]);
  const items = new Map<string, { naam: string; wijkId: string }>([
    ...plekken.map((p) => [`Plek:${p.id}`, { naam: p.naam, wijkId: p.wijkId }] as const),
    ...activiteiten.map((x) => [`Activiteit:${x.id}`, { naam: x.titel, wijkId: x.wijkId }] as const),
  ]);
  const uit: RecenteWijziging[] = [];
  for (const r of rijen) {
    const item = items.get(`${r.entiteit}:${r.entiteitId}`);
    if (!item || (scope !== undefined && !scope.includes(item.wijkId))) continue;
    uit.push({
      id: r.id,
      soort: r.entiteit === "Plek" ? "plek" : "activiteit",
      itemId: r.entiteitId,
      naam: item.naam,
      actie: r.actie,
      createdAt: r.createdAt,
      door: r.actor ? (r.actor.naam ?? r.actor.email) : null,
      verschillen: r.voor ? kaartDiff(r.voor, r.na) : [],
      ongedaanTeMaken: ONGEDAAN_TE_MAKEN.includes(r.actie) && !!r.voor,
    });
    if (uit.length >= take) break;
  }
  return uit;
}

const PLEK_JSON = new Set(["openingstijden", "openingsUitzonderingen"]);

/**
 * Staff: undo one change: the fields it changed get their before values again, as a new logged change.
 * Refused when the item changed since (a later change, or fields that no longer hold the after values).
 */
export async function maakKaartWijzigingOngedaan(actor: Actor | null | undefined, wijzigingId: string): Promise<{ soort: KaartSoort; id: string }> {
  const a = vereisKaartBeheer(actor);
  return db.$transaction(async (tx) => {
    const w = await tx.kaartWijziging.findUnique({ where: { id: wijzigingId } });
    if (!w) throw new AppError("NOT_FOUND");
    const soort: KaartSoort = w.entiteit === "Plek" ? "plek" : "activiteit";
    const huidig = soort === "plek" ? await tx.plek.findUnique({ where: { id: w.entiteitId }, select: PLEK_VELDEN }) : await tx.activiteit.findUnique({ where: { id: w.entiteitId }, select: ACTIVITEIT_VELDEN });
    if (!huidig) throw new AppError("NOT_FOUND");
    requireWijkPermission(a, "kaart:edit", huidig.wijkId);
    if (!ONGEDAAN_TE_MAKEN.includes(w.actie) || !w.voor || !w.na) throw new AppError("INVALID", "Alleen een wijziging van de gegevens kan ongedaan worden gemaakt. Gebruik voor het archief de knop op de pagina zelf.");
    const later = await tx.kaartWijziging.count({ where: { entiteit: w.entiteit, entiteitId: w.entiteitId, createdAt: { gt: w.createdAt } } });
    const velden = gewijzigdeVelden(w.voor, w.na);
    const nu = alsJson(huidig) as Record<string, unknown>;
    const na = w.na as Record<string, unknown>;
    if (later > 0 || velden.some((v) => canoniek(nu[v]) !== canoniek(na[v]))) {
      throw new AppError("CONFLICT", "Dit kan niet meer ongedaan worden gemaakt: er is daarna nog iets gewijzigd. Pas de gegevens zelf aan op de pagina van het onderdeel.");
    }
    const voor = w.voor as Record<string, unknown>;
    if (voor.wijkId !== huidig.wijkId && typeof voor.wijkId === "string") requireWijkPermission(a, "kaart:edit", voor.wijkId);
    const data: Record<string, unknown> = {};
    for (const v of velden) {
      const waarde = voor[v];
      if (soort === "plek" && PLEK_JSON.has(v)) data[v] = waarde === null || waarde === undefined ? Prisma.DbNull : waarde;
      else if (soort === "activiteit" && (v === "start" || v === "eind")) data[v] = waarde ? new Date(String(waarde)) : null;
      else if (soort === "activiteit" && v === "rooster") {
        const r = waarde as Record<string, unknown> | null;
        data.rooster = r ? { upsert: { create: r, update: r } } : { delete: true };
      } else data[v] = waarde;
    }
    const resultaat =
      soort === "plek"
        ? await tx.plek.update({ where: { id: w.entiteitId }, data: data as Prisma.PlekUncheckedUpdateInput, select: PLEK_VELDEN })
        : await tx.activiteit.update({ where: { id: w.entiteitId }, data: data as Prisma.ActiviteitUncheckedUpdateInput, select: ACTIVITEIT_VELDEN });
    await log(tx, a, soort, w.entiteitId, "ongedaan_gemaakt", huidig, resultaat);
    return { soort, id: w.entiteitId };
  });
}

// ---------- helpers for the forms ----------

export function plekFormWaarden(p: PlekBeheer, uitzonderingenTekst: (l: Uitzondering[]) => string): Record<string, string | string[]> {
  const num = (n: number) => String(n).replace(".", ",");
  const uit: Record<string, string | string[]> = {
    id: p.id, naam: p.naam, beschrijving: p.beschrijving, categorieId: p.categorieId, ligging: p.ligging, sfeer: p.sfeer, wijkId: p.wijkId, organisatieId: p.organisatieId ?? "",
    doelgroepen: p.doelgroepen, status: p.status === "GEARCHIVEERD" ? "GEPUBLICEERD" : p.status, adres: p.adres ?? "", postcode: p.postcode ?? "", plaats: p.plaats ?? "", lat: num(p.lat), lng: num(p.lng),
    rolstoeltoegankelijk: p.rolstoeltoegankelijk ? "on" : "", aangepastToilet: p.aangepastToilet ? "on" : "", ringleiding: p.ringleiding ? "on" : "",
    toegankelijkheid: p.toegankelijkheid ?? "", contactNaam: p.contactNaam ?? "", telefoon: p.telefoon ?? "", email: p.email ?? "", website: p.website ?? "",
    gesloten: uitzonderingenTekst(Array.isArray(p.openingsUitzonderingen) ? (p.openingsUitzonderingen as unknown as Uitzondering[]) : []),
  };
  for (const o of leesOpeningstijden(p.openingstijden)) {
    uit[`open${o.dag}van`] = o.van;
    uit[`open${o.dag}tot`] = o.tot;
  }
  return uit;
}

/**
 * "Zoek adres" without JavaScript on a kaart form: the state of lib/pdok/adres-formulier.ts, plus the
 * wijk whose boundary holds the found point (only a wijk the caller may edit in).
 */
export async function metWijkVanAdres(actor: Actor | null | undefined, state: ActionState): Promise<ActionState> {
  if (!state?.ok || !state.values) return state;
  const a = await vereisKaartOfLid(actor);
  const getal = (v: unknown) => Number(String(v ?? "").replace(",", "."));
  const lat = getal(state.values.lat);
  const lng = getal(state.values.lng);
  if (!Number.isFinite(lat) || !Number.isFinite(lng)) return state;
  const wijkId = await wijkVoorPunt(lat, lng);
  if (!wijkId || (isKaartStaf(a) && !canInWijk(a, "kaart:edit", wijkId))) return state;
  return { ...state, values: { ...state.values, wijkId } };
}
