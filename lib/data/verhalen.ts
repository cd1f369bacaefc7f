import "server-only";
/** Stories from residents ('vertellen'): anyone submits; published only after moderation, with consent. */
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { hitRateLimit } from "../rate-limit.ts";
import { requireWijkPermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { leesWijk } from "./wijken.ts";
import { writeAudit } from "../audit.ts";

export interface VerhaalInput {
  titel: string;
  tekst: string;
  auteurNaam: string;
  /** "" | "plek:<id>" | "initiatief:<id>" */
  over: string;
  email?: string;
  toestemming: boolean;
}

export async function maakVerhaal(slug: string, input: VerhaalInput, clientKey: string) {
  const wijk = await leesWijk(slug);
  if (!input.toestemming) throw new AppError("INVALID", "Geef toestemming om uw verhaal te publiceren.");
  await hitRateLimit(`verhaal:${clientKey}`);
  let plekId: string | null = null;
  let initiatiefId: string | null = null;
  const [soort, id] = input.over.split(":");
  if (soort === "plek" && id) {
    const p = await db.plek.findFirst({ where: { id, wijkId: wijk.id, status: "GEPUBLICEERD" }, select: { id: true } });
    if (!p) throw new AppError("INVALID", "Deze plek hoort niet bij deze wijk.");
    plekId = p.id;
  } else if (soort === "initiatief" && id) {
    const i = await db.initiatief.findFirst({ where: { id, wijkId: wijk.id, openbaar: true, status: { in: ["GOEDGEKEURD", "AFGEROND"] } }, select: { id: true } });
    if (!i) throw new AppError("INVALID", "Dit initiatief hoort niet bij deze wijk.");
    initiatiefId = i.id;
  }
  const v = await db.verhaal.create({
    data: { wijkId: wijk.id, titel: input.titel, tekst: input.tekst, auteurNaam: input.auteurNaam, email: input.email?.toLowerCase() ?? null, toestemming: true, plekId, initiatiefId },
    select: { id: true },
  });
  return { id: v.id, wijk };
}

/** Stories of a wijk for moderation: waiting ones first. */
export async function zoekVerhalenBeheer(actor: Actor | null, slug: string) {
  const wijk = await leesWijk(slug);
  requireWijkPermission(actor, "verhaal:moderate", wijk.id);
  const verhalen = await db.verhaal.findMany({
    where: { wijkId: wijk.id },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    select: { id: true, titel: true, tekst: true, auteurNaam: true, status: true, toestemming: true, createdAt: true, plek: { select: { naam: true } }, initiatief: { select: { titel: true } } },
  });
  return { wijk, verhalen };
}

export async function modereerVerhaal(actor: Actor | null, slug: string, verhaalId: string, besluit: "GEPUBLICEERD" | "AFGEWEZEN") {
  const wijk = await leesWijk(slug);
  const user = requireWijkPermission(actor, "verhaal:moderate", wijk.id);
  return db.$transaction(async (tx) => {
    const v = await tx.verhaal.findUnique({ where: { id: verhaalId }, select: { id: true, wijkId: true, status: true, toestemming: true } });
    if (!v || v.wijkId !== wijk.id) throw new AppError("NOT_FOUND", "Dit verhaal hoort niet bij deze wijk.");
    if (besluit === "GEPUBLICEERD" && !v.toestemming) throw new AppError("INVALID", "Zonder toestemming van de schrijver kan dit verhaal niet openbaar.");
    await tx.verhaal.update({ where: { id: v.id }, data: { status: besluit } });
    await writeAudit(tx, { actorId: user.id, actie: "verhaal.gemodereerd", entiteit: "Verhaal", entiteitId: v.id, voor: { status: v.status }, na: { status: besluit } });
    return besluit;
  });
}
