/** Test data for the review tests: submitted initiatives in a given state, and review staff. */
import type { Db } from "../../lib/db.ts";
import type { Doel, InitiatiefStatus } from "../../lib/generated/prisma/enums.ts";
import { actorOf, createUser, uniq } from "../factories.ts";

let nr = 100;

export async function createIngediend(
  db: Db,
  over: Partial<{
    status: InitiatiefStatus;
    titel: string;
    wijkId: string | null;
    indienerId: string | null;
    contactEmail: string;
    bedragGevraagd: number | null;
    bedragToegekend: number | null;
    ingediendOp: Date;
    besluitOp: Date | null;
    doelen: Doel[];
    behandelaarId: string | null;
  }> = {},
) {
  nr += 1;
  return db.initiatief.create({
    data: {
      referentie: `INI-2099-${String(nr).padStart(4, "0")}-${uniq("r").slice(-5)}`,
      status: over.status ?? "INGEDIEND",
      titel: over.titel ?? `Buurtinitiatief ${nr}`,
      ikWil: "Een buurtontbijt op het plein, voor iedereen.",
      ikKan: "Vijf buren organiseren het.",
      voorWie: "Alle buren.",
      wijkId: over.wijkId ?? null,
      indienerId: over.indienerId ?? null,
      contactNaam: "Ineke de Test",
      contactEmail: over.contactEmail ?? `indiener-${nr}@test.example`,
      nodigGeld: over.bedragGevraagd !== null,
      bedragGevraagd: over.bedragGevraagd === undefined ? 800 : over.bedragGevraagd,
      bedragToegekend: over.bedragToegekend ?? null,
      begroting: [{ post: "Boodschappen", bedrag: 800 }],
      doelen: over.doelen ?? ["ONTMOETING"],
      ingediendOp: over.ingediendOp ?? new Date(),
      besluitOp: over.besluitOp ?? null,
      behandelaarId: over.behandelaarId ?? null,
    },
    select: { id: true, referentie: true, versie: true, status: true, contactEmail: true },
  });
}

export async function staff(db: Db) {
  const mk = async (rol: "AMBTENAAR" | "BEHEERDER" | "OPBOUWWERKER" | "INWONER", wijkIds: string[] = []) =>
    actorOf(await createUser(db, { rol, naam: `${rol.toLowerCase()} ${uniq("n").slice(-4)}`, wijkIds }), wijkIds);
  return { mk };
}

/** Snapshot of everything a review action may change, to prove a refused call changed nothing. */
export async function snapshot(db: Db, initiatiefId: string) {
  const [i, berichten, audit, beoordeling, goedkeuringen] = await Promise.all([
    db.initiatief.findUniqueOrThrow({ where: { id: initiatiefId }, select: { status: true, versie: true, behandelaarId: true, bedragToegekend: true, besluitReden: true, doorverwezenNaar: true } }),
    db.bericht.count({ where: { initiatiefId } }),
    db.auditLog.count({ where: { entiteitId: initiatiefId } }),
    db.beoordeling.count({ where: { initiatiefId } }),
    db.goedkeuring.count({ where: { initiatiefId } }),
  ]);
  return { ...i, berichten, audit, beoordeling, goedkeuringen };
}
