/**
 * Vacatures for volunteers. Published by staff (vacature:publish) or by a resident whose own
 * initiative was approved. A resident's vacature starts as TER_CONTROLE ("wacht op controle") and
 * goes live only after a staff member publishes it; the owner may withdraw it, never (re)publish it.
 * The contact's e-mail address is never public: responses go through the portal, which e-mails the
 * contact and shows the response in /beheer.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "../db.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { env } from "../env.ts";
import { AppError } from "../errors.ts";
import { sendMailSafe } from "../mail.ts";
import { slugify } from "../slug.ts";
import { requireActor, requirePermission } from "../auth/guard.ts";
import { hasPermission, type Actor } from "../auth/permissions.ts";
import { labelVan, TIJDSBESTEDING, WERK_SOORTEN, type VacatureFilter, type VacatureInput } from "../validation/vrijwilligers.ts";
import { writeAudit, type AuditActie } from "../audit.ts";
import { instellingen } from "../instellingen.ts";

const publicSelect = {
  id: true,
  slug: true,
  titel: true,
  beschrijving: true,
  soortWerk: true,
  tijdsbesteding: true,
  eenmalig: true,
  wanneer: true,
  voorWie: true,
  vogNodig: true,
  contactNaam: true,
  createdAt: true,
  wijk: { select: { naam: true, slug: true } },
  organisatie: { select: { naam: true, slug: true, website: true } },
  initiatief: { select: { titel: true, openbaar: true } },
} as const;

export interface PublicVacature {
  id: string;
  slug: string;
  titel: string;
  beschrijving: string;
  soortWerk: string;
  soortWerkLabel: string;
  tijdsbesteding: string;
  tijdsbestedingLabel: string;
  eenmalig: boolean;
  wanneer: string;
  voorWie: string;
  vogNodig: boolean;
  contactNaam: string;
  createdAt: Date;
  wijk: { naam: string; slug: string };
  /** Organisation name, or the initiative's title when it is public, or 'Inwonersinitiatief'. */
  aanbieder: string;
  organisatieWebsite: string | null;
}

type Row = Prisma.VacatureGetPayload<{ select: typeof publicSelect }>;

function toPublic(r: Row): PublicVacature {
  return {
    id: r.id,
    slug: r.slug,
    titel: r.titel,
    beschrijving: r.beschrijving,
    soortWerk: r.soortWerk,
    soortWerkLabel: labelVan(WERK_SOORTEN, r.soortWerk),
    tijdsbesteding: r.tijdsbesteding,
    tijdsbestedingLabel: labelVan(TIJDSBESTEDING, r.tijdsbesteding),
    eenmalig: r.eenmalig,
    wanneer: r.wanneer,
    voorWie: r.voorWie,
    vogNodig: r.vogNodig,
    contactNaam: r.contactNaam,
    createdAt: r.createdAt,
    wijk: r.wijk,
    aanbieder: r.organisatie?.naam ?? (r.initiatief?.openbaar ? r.initiatief.titel : "Inwonersinitiatief"),
    organisatieWebsite: r.organisatie?.website ?? null,
  };
}

/** Public list with filters (wijk slug, kind of work, time commitment, one-off or regular). */
export async function zoekVacatures(filter: VacatureFilter = {}, limit = 200): Promise<PublicVacature[]> {
  const rows = await db.vacature.findMany({
    where: {
      status: "GEPUBLICEERD",
      ...(filter.wijk ? { wijk: { slug: filter.wijk } } : {}),
      ...(filter.soort ? { soortWerk: filter.soort } : {}),
      ...(filter.tijd ? { tijdsbesteding: filter.tijd } : {}),
      ...(filter.vorm ? { eenmalig: filter.vorm === "eenmalig" } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: publicSelect,
  });
  return rows.map((r) => toPublic(r));
}

export async function leesPubliekeVacature(slug: string): Promise<PublicVacature | null> {
  const row = await db.vacature.findFirst({ where: { slug, status: "GEPUBLICEERD" }, select: publicSelect });
  return row ? toPublic(row) : null;
}

// ---------- Publishing ----------

/** Approved initiatives of this resident (they may publish vacatures for them). */
export async function zoekEigenGoedgekeurdeInitiatieven(actor: Actor | null) {
  const user = requireActor(actor);
  return db.initiatief.findMany({
    where: { indienerId: user.id, status: { in: ["GOEDGEKEURD", "AFGEROND"] } },
    select: { id: true, titel: true, wijkId: true },
    orderBy: { titel: "asc" },
  });
}

/** May this actor publish a vacature for this initiative (or in general)? */
async function assertMayPublish(actor: Actor | null, initiatiefId: string | undefined): Promise<Actor> {
  const user = requireActor(actor);
  if (hasPermission(user, "vacature:publish")) return user;
  if (!initiatiefId) throw new AppError("FORBIDDEN", "Alleen medewerkers of initiatiefnemers met een goedgekeurd initiatief kunnen vacatures plaatsen.");
  const ini = await db.initiatief.findUnique({ where: { id: initiatiefId }, select: { indienerId: true, status: true } });
  if (!ini || ini.indienerId !== user.id || !["GOEDGEKEURD", "AFGEROND"].includes(ini.status)) {
    throw new AppError("FORBIDDEN", "U kunt alleen een vacature plaatsen voor uw eigen goedgekeurde initiatief.");
  }
  return user;
}

function dataFrom(input: VacatureInput, isStaff: boolean) {
  return {
    titel: input.titel,
    beschrijving: input.beschrijving,
    wijkId: input.wijkId,
    organisatieId: isStaff && input.organisatieId ? input.organisatieId : null,
    initiatiefId: input.initiatiefId || null,
    soortWerk: input.soortWerk,
    tijdsbesteding: input.tijdsbesteding,
    eenmalig: input.eenmalig,
    wanneer: input.wanneer,
    voorWie: input.voorWie,
    vogNodig: input.vogNodig,
    contactNaam: input.contactNaam,
    contactEmail: input.contactEmail.toLowerCase(),
    status: isStaff ? input.status : "TER_CONTROLE",
  } as const;
}

const ALLEEN_INTREKKEN = "U kunt uw vacature alleen intrekken. Een medewerker zet vacatures online.";
const GEARCHIVEERD_NIET_WIJZIGEN = "Deze vacature is gearchiveerd. Neem contact op met de gemeente als u hem opnieuw wilt plaatsen.";

async function assertRefs(input: VacatureInput) {
  const [wijk, org] = await Promise.all([
    db.wijk.count({ where: { id: input.wijkId } }),
    input.organisatieId ? db.organisatie.count({ where: { id: input.organisatieId } }) : Promise.resolve(1),
  ]);
  if (!wijk) throw new AppError("INVALID", "Deze wijk bestaat niet. Kies een wijk uit de lijst.");
  if (!org) throw new AppError("INVALID", "Deze organisatie bestaat niet.");
}

export async function plaatsVacature(actor: Actor | null, input: VacatureInput): Promise<{ id: string; slug: string }> {
  const user = await assertMayPublish(actor, input.initiatiefId || undefined);
  await assertRefs(input);
  const slug = `${slugify(input.titel).slice(0, 60)}-${randomBytes(3).toString("hex")}`;
  const staff = hasPermission(user, "vacature:publish");
  return db.$transaction(async (tx) => {
    const v = await tx.vacature.create({ data: { ...dataFrom(input, staff), slug, geplaatstDoor: user.id }, select: { id: true, slug: true, status: true } });
    await writeAudit(tx, { actorId: user.id, actie: "vacature.geplaatst", entiteit: "Vacature", entiteitId: v.id, na: { status: v.status, titel: input.titel } });
    return { id: v.id, slug: v.slug };
  });
}

/** Staff edit any vacature; an initiatiefnemer only the ones they placed themselves. */
async function editable(actor: Actor | null, id: string) {
  const user = requireActor(actor);
  const v = await db.vacature.findUnique({ where: { id }, select: { id: true, slug: true, status: true, geplaatstDoor: true } });
  if (!v) throw new AppError("NOT_FOUND", "Deze vacature bestaat niet.");
  if (!hasPermission(user, "vacature:publish") && v.geplaatstDoor !== user.id) throw new AppError("FORBIDDEN");
  return { user, v };
}

export async function wijzigVacature(actor: Actor | null, id: string, input: VacatureInput): Promise<{ slug: string }> {
  const { user, v } = await editable(actor, id);
  await assertMayPublish(user, input.initiatiefId || undefined);
  await assertRefs(input);
  const staff = hasPermission(user, "vacature:publish");
  // An owner's edit never republishes: an archived vacature stays archived, any other goes back to the check.
  if (!staff && v.status === "GEARCHIVEERD") throw new AppError("FORBIDDEN", GEARCHIVEERD_NIET_WIJZIGEN);
  const data = dataFrom(input, staff);
  await db.$transaction([
    db.vacature.update({ where: { id }, data }),
    writeAudit(db, { actorId: user.id, actie: "vacature.gewijzigd", entiteit: "Vacature", entiteitId: id, voor: { status: v.status }, na: { status: data.status } }),
  ]);
  return { slug: v.slug };
}

/** The audit actions a status change of a vacature can write. */
export type VacatureStatusActie = Extract<AuditActie, "vacature.status_gewijzigd" | "vacature.ingetrokken" | "vacature.hersteld_na_meldingen">;

/**
 * Publish or archive. Staff with vacature:publish may do both for any vacature; the resident who
 * placed it may only withdraw (archive) their own: never publish, so never bring back what
 * moderation archived or what still waits for the check.
 */
export async function zetVacatureStatus(actor: Actor | null, id: string, status: "GEPUBLICEERD" | "GEARCHIVEERD", actie: VacatureStatusActie = "vacature.status_gewijzigd"): Promise<void> {
  const { user, v } = await editable(actor, id);
  if (!hasPermission(user, "vacature:publish") && status !== "GEARCHIVEERD") throw new AppError("FORBIDDEN", ALLEEN_INTREKKEN);
  if (v.status === status) return;
  await db.$transaction([
    db.vacature.update({ where: { id }, data: { status } }),
    writeAudit(db, { actorId: user.id, actie, entiteit: "Vacature", entiteitId: id, voor: { status: v.status }, na: { status } }),
  ]);
}

/** The resident's own vacatures with their status (wacht op controle, online, ingetrokken). */
export async function zoekEigenVacatures(actor: Actor | null) {
  const user = requireActor(actor);
  return db.vacature.findMany({
    where: { geplaatstDoor: user.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, slug: true, titel: true, status: true, createdAt: true },
  });
}

/** Staff overview: every vacature with its number of responses. */
export async function zoekVacaturesBeheer(actor: Actor | null) {
  requirePermission(actor, "vacature:publish");
  const rows = await db.vacature.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, slug: true, titel: true, status: true, createdAt: true, wijk: { select: { naam: true } }, organisatie: { select: { naam: true } }, _count: { select: { reacties: true } } },
  });
  // vacatures waiting for the check first (a stable sort keeps newest first within each group)
  rows.sort((a, b) => Number(b.status === "TER_CONTROLE") - Number(a.status === "TER_CONTROLE"));
  return rows.map((r) => ({ id: r.id, slug: r.slug, titel: r.titel, status: r.status, createdAt: r.createdAt, wijk: r.wijk.naam, organisatie: r.organisatie?.naam ?? null, reacties: r._count.reacties }));
}

/** Staff (or the initiatiefnemer who placed it): the full vacature with its responses. */
export async function leesVacatureBeheer(actor: Actor | null, id: string) {
  await editable(actor, id);
  const v = await db.vacature.findUniqueOrThrow({
    where: { id },
    select: {
      id: true, slug: true, titel: true, beschrijving: true, wijkId: true, organisatieId: true, initiatiefId: true, soortWerk: true, tijdsbesteding: true,
      eenmalig: true, wanneer: true, voorWie: true, vogNodig: true, contactNaam: true, contactEmail: true, status: true, createdAt: true,
      reacties: { orderBy: { createdAt: "desc" }, select: { id: true, bericht: true, createdAt: true, user: { select: { naam: true, email: true, telefoon: true } } } },
    },
  });
  return v;
}

export async function zoekOrganisaties() {
  return db.organisatie.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } });
}

// ---------- Responding ----------

/**
 * A signed-in resident responds. Responding = consent to pass their name, e-mail and phone to the
 * vacature's contact person. The contact receives an e-mail; staff see it in /beheer/vacatures.
 */
export async function reageerOpVacature(actor: Actor | null, input: { vacatureId: string; bericht: string; naam: string; telefoon?: string }): Promise<{ id: string; slug: string }> {
  const user = requireActor(actor);
  const v = await db.vacature.findFirst({ where: { id: input.vacatureId, status: "GEPUBLICEERD" }, select: { id: true, slug: true, titel: true, contactNaam: true, contactEmail: true } });
  if (!v) throw new AppError("NOT_FOUND", "Deze vacature is niet meer beschikbaar.");
  const reactie = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { naam: input.naam, telefoon: input.telefoon ? input.telefoon : null } });
    return tx.vacatureReactie.create({ data: { vacatureId: v.id, userId: user.id, bericht: input.bericht }, select: { id: true } });
  });
  await sendMailSafe({
    to: v.contactEmail,
    subject: `Nieuwe reactie op uw vacature: ${v.titel}`,
    text: [
      `Beste ${v.contactNaam},`,
      "",
      `Via de Sociale Basis ${(await instellingen()).gemeenteNaam} reageert iemand op uw vacature "${v.titel}".`,
      "",
      `Naam: ${input.naam}`,
      `E-mail: ${user.email}`,
      ...(input.telefoon ? [`Telefoon: ${input.telefoon}`] : []),
      "",
      "Bericht:",
      input.bericht,
      "",
      "Deze vrijwilliger gaf toestemming om deze gegevens met u te delen. Neem zelf contact op.",
      `De vacature: ${env().APP_URL}/vrijwilligers/vacatures/${v.slug}`,
    ].join("\n"),
  });
  return { id: reactie.id, slug: v.slug };
}

/** Has this user responded to this vacature before? */
export async function heeftGereageerd(actor: Actor | null, vacatureId: string): Promise<boolean> {
  if (!actor) return false;
  return (await db.vacatureReactie.count({ where: { vacatureId, userId: actor.id } })) > 0;
}
