/**
 * The initiative status machine, shared by submission (initiatiefnemer) and review (ambtenaar).
 * Every transition: checks it is allowed from the current status, updates with optimistic locking
 * (status + versie must still be what the caller read, so two concurrent decisions cannot both
 * succeed), and writes exactly one AuditLog row — all in the caller's transaction.
 *
 * Who may do a transition (owner or reviewer) is checked by the data functions that call this.
 */
import type { InitiatiefStatus } from "../generated/prisma/enums.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Db } from "../db.ts";
import { AppError } from "../errors.ts";
import { vergeetKaartCache } from "../kaart/kaart-cache.ts";
import { writeAudit, type AuditActie } from "../audit.ts";

export type Tx = Prisma.TransactionClient | Db;

export type InitiatiefActie =
  | "indienen"
  | "in_behandeling_nemen"
  | "vraag_stellen"
  | "antwoorden"
  | "goedkeuren"
  | "afwijzen"
  | "doorverwijzen"
  | "intrekken"
  | "afronden";

export type Door = "eigenaar" | "beoordelaar";

export const TRANSITIES: Record<InitiatiefActie, { van: readonly InitiatiefStatus[]; naar: InitiatiefStatus; door: Door }> = {
  indienen: { van: ["CONCEPT"], naar: "INGEDIEND", door: "eigenaar" },
  in_behandeling_nemen: { van: ["INGEDIEND"], naar: "IN_BEHANDELING", door: "beoordelaar" },
  vraag_stellen: { van: ["INGEDIEND", "IN_BEHANDELING"], naar: "AANVULLING_GEVRAAGD", door: "beoordelaar" },
  antwoorden: { van: ["AANVULLING_GEVRAAGD"], naar: "IN_BEHANDELING", door: "eigenaar" },
  goedkeuren: { van: ["IN_BEHANDELING"], naar: "GOEDGEKEURD", door: "beoordelaar" },
  afwijzen: { van: ["IN_BEHANDELING"], naar: "AFGEWEZEN", door: "beoordelaar" },
  doorverwijzen: { van: ["IN_BEHANDELING"], naar: "DOORVERWEZEN", door: "beoordelaar" },
  intrekken: { van: ["CONCEPT", "INGEDIEND", "IN_BEHANDELING", "AANVULLING_GEVRAAGD"], naar: "INGETROKKEN", door: "eigenaar" },
  afronden: { van: ["GOEDGEKEURD"], naar: "AFGEROND", door: "eigenaar" },
};

/** The audit action each transition writes. */
export const TRANSITIE_AUDIT: Record<InitiatiefActie, AuditActie> = {
  indienen: "initiatief.ingediend",
  in_behandeling_nemen: "initiatief.in_behandeling_genomen",
  vraag_stellen: "initiatief.vraag_gesteld",
  antwoorden: "initiatief.vraag_beantwoord",
  goedkeuren: "initiatief.goedgekeurd",
  afwijzen: "initiatief.afgewezen",
  doorverwijzen: "initiatief.doorverwezen",
  intrekken: "initiatief.ingetrokken",
  afronden: "initiatief.afgerond",
};

export function kanTransitie(status: InitiatiefStatus, actie: InitiatiefActie): boolean {
  return TRANSITIES[actie].van.includes(status);
}

/** The actions possible from a status for one side (to show the right buttons). */
export function mogelijkeActies(status: InitiatiefStatus, door: Door): InitiatiefActie[] {
  return (Object.keys(TRANSITIES) as InitiatiefActie[]).filter((a) => TRANSITIES[a].door === door && kanTransitie(status, a));
}

export interface TransitieInput {
  initiatiefId: string;
  actie: InitiatiefActie;
  actorId: string | null;
  /** The versie the caller saw; when given, a newer change makes this fail with CONFLICT. */
  verwachteVersie?: number;
  /** Extra fields to set with the status change (e.g. bedragToegekend, besluitReden). */
  data?: Prisma.InitiatiefUpdateManyMutationInput & { behandelaarId?: string | null };
  /** Extra audit details (e.g. the question asked, the amount). */
  details?: Record<string, unknown>;
}

const ILLEGAL = (van: InitiatiefStatus, actie: InitiatiefActie) =>
  new AppError("CONFLICT", `Dit kan niet meer: de aanvraag heeft de status '${van.toLowerCase().replace(/_/g, " ")}' (${actie.replace(/_/g, " ")} is niet mogelijk).`);

/** Performs one transition inside `tx`. Returns the new status and versie. */
export async function voerTransitieUit(tx: Tx, input: TransitieInput): Promise<{ status: InitiatiefStatus; versie: number }> {
  const t = TRANSITIES[input.actie];
  const current = await tx.initiatief.findUnique({ where: { id: input.initiatiefId }, select: { status: true, versie: true } });
  if (!current) throw new AppError("NOT_FOUND", "Dit initiatief bestaat niet.");
  if (input.verwachteVersie !== undefined && input.verwachteVersie !== current.versie) throw new AppError("CONFLICT");
  if (!t.van.includes(current.status)) throw ILLEGAL(current.status, input.actie);

  const { behandelaarId, ...rest } = input.data ?? {};
  const updated = await tx.initiatief.updateMany({
    where: { id: input.initiatiefId, status: current.status, versie: current.versie },
    data: { ...rest, ...(behandelaarId !== undefined ? { behandelaarId } : {}), status: t.naar, versie: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT");

  await writeAudit(tx, {
    actorId: input.actorId,
    actie: TRANSITIE_AUDIT[input.actie],
    entiteit: "Initiatief",
    entiteitId: input.initiatiefId,
    voor: { status: current.status, versie: current.versie },
    na: { status: t.naar, versie: current.versie + 1, ...(input.details ?? {}) } as Prisma.InputJsonValue,
  });
  // Approved and finished public initiatives are on the sociale kaart: entering or leaving those statuses changes the map.
  const opKaart = (s: InitiatiefStatus) => s === "GOEDGEKEURD" || s === "AFGEROND";
  if (opKaart(t.naar) || opKaart(current.status)) await vergeetKaartCache(tx);
  return { status: t.naar, versie: current.versie + 1 };
}
