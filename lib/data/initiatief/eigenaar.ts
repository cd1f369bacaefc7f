/**
 * The initiatiefnemer's own initiatives: the list and detail (reads only), answering a question,
 * withdrawing, deleting, the narrative report, and the right-of-access download.
 */
import "server-only";
import { db } from "../../db.ts";
import { AppError } from "../../errors.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { InitiatiefStatus } from "../../generated/prisma/enums.ts";
import type { Actor } from "../../auth/permissions.ts";
import { requireActor } from "../../auth/guard.ts";
import { mogelijkeActies, voerTransitieUit, type InitiatiefActie } from "../../initiatief/status.ts";
import { writeAudit } from "../../audit.ts";
import { instellingen } from "../../instellingen.ts";

export const VERWIJDERBAAR: InitiatiefStatus[] = ["CONCEPT", "INGETROKKEN"];

/** How many initiatives became the user's. */
export interface OvergenomenInitiatieven {
  aantal: number;
}

/**
 * Initiatives submitted with the user's (verified) e-mail address and no owner become theirs. Called
 * once, when the e-mail address is proven (signing in with a link, lib/auth/login.ts): the owner's
 * pages only read.
 */
export async function neemInitiatievenOverOpEmail(a: { id: string; email: string }): Promise<OvergenomenInitiatieven> {
  const r = await db.initiatief.updateMany({ where: { indienerId: null, contactEmail: a.email.toLowerCase() }, data: { indienerId: a.id } });
  return { aantal: r.count };
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

export async function zoekMijnInitiatieven(actor: Actor | null): Promise<MijnInitiatiefItem[]> {
  const a = requireActor(actor);
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
  /** The budget lines as submitted (post and amount in euro). */
  begroting: { post: string; bedrag: number }[];
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

export async function leesMijnInitiatief(actor: Actor | null, id: string): Promise<MijnInitiatiefDetail> {
  const a = requireActor(actor);
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
      begroting: true,
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
  const { wijk, berichten, verantwoording, begroting, ...rest } = r;
  return {
    ...rest,
    wijkNaam: wijk?.naam ?? null,
    begroting: Array.isArray(begroting)
      ? begroting.flatMap((b) => {
          const regel = b as { post?: unknown; bedrag?: unknown } | null;
          return regel && typeof regel.post === "string" && typeof regel.bedrag === "number" ? [{ post: regel.post, bedrag: regel.bedrag }] : [];
        })
      : [],
    geschiedenis,
    berichten: berichten.map((b) => ({ id: b.id, tekst: b.tekst, vanGemeente: b.vanGemeente, datum: b.createdAt })),
    verantwoording: verantwoording ? { ...verantwoording, datum: verantwoording.createdAt } : null,
    acties: mogelijkeActies(r.status, "eigenaar"),
    magVerwijderen: VERWIJDERBAAR.includes(r.status),
  };
}

/** Who should be told of the answer. */
export interface BeantwoordeVraag {
  referentie: string | null;
  titel: string;
  behandelaarEmail: string | null;
}

/**
 * The owner answers the municipality's question: the message and the status change (back to
 * IN_BEHANDELING) in one transaction. Returns who should be told.
 */
export async function beantwoordVraag(actor: Actor | null, id: string, tekst: string): Promise<BeantwoordeVraag> {
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
export async function verwijderInitiatief(actor: Actor | null, id: string): Promise<void> {
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
export async function bewaarVerantwoording(actor: Actor | null, id: string, input: VerantwoordingInput): Promise<void> {
  const a = requireActor(actor);
  const row = await eigen(a, id);
  await db.$transaction(async (tx) => {
    await voerTransitieUit(tx, { initiatiefId: row.id, actie: "afronden", actorId: a.id, verwachteVersie: row.versie });
    await tx.verantwoording.create({ data: { initiatiefId: row.id, ...input } });
  });
}

/** What the download holds of the initiative itself: no secrets, no internal notes, no staff ids. */
const EXPORT_ARGS = {
  omit: { conceptSleutel: true, indienerId: true, behandelaarId: true, versie: true },
  include: {
    wijk: { select: { naam: true } },
    berichten: { where: { intern: false }, orderBy: { createdAt: "asc" }, select: { tekst: true, vanGemeente: true, createdAt: true } },
    verantwoording: { omit: { id: true, initiatiefId: true } },
    // Updates for the public page (the photo's file name; the photo itself is public at /initiatieven/fotos/).
    updates: { orderBy: { createdAt: "asc" }, select: { titel: true, tekst: true, foto: true, fotoBeschrijving: true, createdAt: true } },
  },
} satisfies Omit<Prisma.InitiatiefFindUniqueOrThrowArgs, "where">;

/** The right-of-access download for one initiative. */
export interface InitiatiefGegevensExport {
  uitgevoerdOp: string;
  uitleg: string;
  account: { email: string; naam: string | null };
  initiatief: Prisma.InitiatiefGetPayload<typeof EXPORT_ARGS> & { statusgeschiedenis: MijnInitiatiefDetail["geschiedenis"] };
}

/** Everything stored about one of the owner's initiatives (right of access), without internal notes. */
export async function exporteerInitiatiefGegevens(actor: Actor | null, id: string): Promise<InitiatiefGegevensExport> {
  const a = requireActor(actor);
  await eigen(a, id);
  const r = await db.initiatief.findUniqueOrThrow({ where: { id }, ...EXPORT_ARGS });
  const detail = await leesMijnInitiatief(a, id);
  return {
    uitgevoerdOp: new Date().toISOString(),
    uitleg: `Dit zijn de gegevens die de gemeente ${(await instellingen()).gemeenteNaam} over dit initiatief bewaart. Interne notities van medewerkers staan er niet in.`,
    account: { email: a.email, naam: a.naam },
    initiatief: { ...r, statusgeschiedenis: detail.geschiedenis },
  };
}
