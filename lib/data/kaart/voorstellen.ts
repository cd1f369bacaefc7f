/**
 * "Eerst controle" (issue 14): when the setting Instellingen.kaartControle is on, an edit by a member of
 * an organisation does not change the plek or activiteit. It becomes a KaartVoorstel that staff of the
 * item's wijk approve (the change is then applied as the member's, logged and audited) or reject (with
 * a reason the member gets by e-mail). Staff's own edits never wait.
 *
 * The proposal's "after" is computed by writing the change inside a savepoint and rolling it back, so the
 * diff staff see is exactly what approval will write. Approval is refused when the item changed since
 * the member saved (the member's form would overwrite that change), and a proposal is decided once
 * (conditional update from "open").
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client.ts";
import { db } from "../../db.ts";
import { AppError } from "../../errors.ts";
import { writeAudit } from "../../audit.ts";
import { requireWijkPermission } from "../../auth/guard.ts";
import { canInWijk, wijkScope, type Actor } from "../../auth/permissions.ts";
import { sendMailSafe } from "../../mail.ts";
import { env } from "../../env.ts";
import { canoniek, kaartDiff, type VeldVerschil } from "../../kaart/wijziging-diff.ts";
import type { ActiviteitInvoer, PlekInvoer } from "../../validation/kaartbeheer.ts";
import { ACTIVITEIT_VELDEN, PLEK_VELDEN, alsJson, logKaartWijziging, vereisKaartBeheer, werkActiviteitBij, werkPlekBij, type Bewaard, type KaartSoort } from "./beheer.ts";
import { organisatieIdsVan } from "../organisaties.ts";

type Tx = Prisma.TransactionClient;

const ENTITEIT = { plek: "Plek", activiteit: "Activiteit" } as const;
const soortVan = (entiteit: string): KaartSoort => (entiteit === "Plek" ? "plek" : "activiteit");

/**
 * Called by bewaarPlek/bewaarActiviteit (inside their transaction, after the member's rights were
 * checked): stores the change as a proposal instead of writing it. An open proposal of the same item is
 * replaced ("vervangen"): the newest form is what the member wants.
 */
export async function dienKaartVoorstelIn(
  tx: Tx,
  lid: Actor,
  soort: KaartSoort,
  id: string,
  organisatieId: string | null,
  invoer: PlekInvoer | ActiviteitInvoer,
  schrijf: () => Promise<{ voor: { slug: string }; na: unknown }>,
): Promise<Bewaard> {
  await tx.$executeRawUnsafe("SAVEPOINT kaart_voorstel");
  let voor: { slug: string };
  let na: unknown;
  try {
    ({ voor, na } = await schrijf());
  } finally {
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT kaart_voorstel");
  }
  const entiteit = ENTITEIT[soort];
  await tx.kaartVoorstel.updateMany({ where: { entiteit, entiteitId: id, status: "open" }, data: { status: "vervangen", beoordeeldOp: new Date() } });
  const v = await tx.kaartVoorstel.create({
    data: { entiteit, entiteitId: id, organisatieId, indienerId: lid.id, invoer: alsJson(invoer), voor: alsJson(voor), na: alsJson(na) },
    select: { id: true },
  });
  await writeAudit(tx, { actorId: lid.id, actie: `${soort}.wijziging_ingediend`, entiteit, entiteitId: id, voor: null, na: { voorstel: v.id } });
  return { id, slug: voor.slug, wachtOpControle: true };
}

export interface OpenVoorstel {
  id: string;
  soort: KaartSoort;
  itemId: string;
  naam: string;
  organisatie: string | null;
  door: string | null;
  createdAt: Date;
  verschillen: VeldVerschil[];
}

function naamVan(na: unknown): string {
  const n = (na ?? {}) as { naam?: unknown; titel?: unknown };
  return String(n.naam ?? n.titel ?? "");
}

/** Staff: the proposals waiting for a check, oldest first, only items in the caller's wijken. */
export async function openKaartVoorstellen(actor: Actor | null | undefined): Promise<OpenVoorstel[]> {
  const a = vereisKaartBeheer(actor);
  const scope = wijkScope(a, "kaart:edit");
  const rijen = await db.kaartVoorstel.findMany({
    where: { status: "open" },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: { id: true, entiteit: true, entiteitId: true, organisatieId: true, voor: true, na: true, createdAt: true, indiener: { select: { naam: true, email: true } } },
  });
  const ids = (e: string) => [...new Set(rijen.filter((r) => r.entiteit === e).map((r) => r.entiteitId))];
  const [plekken, activiteiten, organisaties] = await Promise.all([
    db.plek.findMany({ where: { id: { in: ids("Plek") } }, select: { id: true, wijkId: true } }),
    db.activiteit.findMany({ where: { id: { in: ids("Activiteit") } }, select: { id: true, wijkId: true } }),
    db.organisatie.findMany({ where: { id: { in: [...new Set(rijen.flatMap((r) => (r.organisatieId ? [r.organisatieId] : [])))] } }, select: { id: true, naam: true } }),
  ]);
  const wijkVan = new Map<string, string>([...plekken.map((p) => [`Plek:${p.id}`, p.wijkId] as const), ...activiteiten.map((x) => [`Activiteit:${x.id}`, x.wijkId] as const)]);
  const orgNaam = new Map(organisaties.map((o) => [o.id, o.naam]));
  return rijen
    .filter((r) => {
      const wijkId = wijkVan.get(`${r.entiteit}:${r.entiteitId}`);
      return wijkId !== undefined && (scope === undefined || scope.includes(wijkId));
    })
    .slice(0, 100)
    .map((r) => ({
      id: r.id,
      soort: soortVan(r.entiteit),
      itemId: r.entiteitId,
      naam: naamVan(r.voor),
      organisatie: r.organisatieId ? (orgNaam.get(r.organisatieId) ?? null) : null,
      door: r.indiener ? (r.indiener.naam ?? r.indiener.email) : null,
      createdAt: r.createdAt,
      verschillen: kaartDiff(r.voor, r.na),
    }));
}

/** A member (of the item's organisation) or staff of its wijk: the open proposal for one item, if any. */
export async function openVoorstelVan(actor: Actor | null | undefined, soort: KaartSoort, id: string): Promise<OpenVoorstel | null> {
  const a = actor ?? null;
  if (!a) throw new AppError("UNAUTHENTICATED");
  const item = soort === "plek" ? await db.plek.findUnique({ where: { id }, select: { wijkId: true, organisatieId: true } }) : await db.activiteit.findUnique({ where: { id }, select: { wijkId: true, organisatieId: true } });
  if (!item) throw new AppError("NOT_FOUND");
  const lid = item.organisatieId ? (await organisatieIdsVan(db, a.id)).includes(item.organisatieId) : false;
  if (!lid && !canInWijk(a, "kaart:edit", item.wijkId)) throw new AppError("FORBIDDEN");
  const r = await db.kaartVoorstel.findFirst({
    where: { entiteit: ENTITEIT[soort], entiteitId: id, status: "open" },
    orderBy: { createdAt: "desc" },
    select: { id: true, voor: true, na: true, createdAt: true, indiener: { select: { naam: true, email: true } } },
  });
  if (!r) return null;
  return { id: r.id, soort, itemId: id, naam: naamVan(r.voor), organisatie: null, door: r.indiener ? (r.indiener.naam ?? r.indiener.email) : null, createdAt: r.createdAt, verschillen: kaartDiff(r.voor, r.na) };
}

/** Claims an open proposal for a decision by staff of the item's wijk (and of the wijk it moves to). */
async function beslis(tx: Tx, a: Actor, voorstelId: string, status: "goedgekeurd" | "afgewezen", reden: string | null) {
  const v = await tx.kaartVoorstel.findUnique({ where: { id: voorstelId } });
  if (!v) throw new AppError("NOT_FOUND");
  const soort = soortVan(v.entiteit);
  const item = soort === "plek" ? await tx.plek.findUnique({ where: { id: v.entiteitId }, select: PLEK_VELDEN }) : await tx.activiteit.findUnique({ where: { id: v.entiteitId }, select: ACTIVITEIT_VELDEN });
  if (!item) throw new AppError("NOT_FOUND");
  requireWijkPermission(a, "kaart:edit", item.wijkId);
  const naarWijk = (v.na as { wijkId?: unknown } | null)?.wijkId;
  if (status === "goedgekeurd" && typeof naarWijk === "string" && naarWijk !== item.wijkId) requireWijkPermission(a, "kaart:edit", naarWijk);
  const geclaimd = await tx.kaartVoorstel.updateMany({ where: { id: voorstelId, status: "open" }, data: { status, beoordelaarId: a.id, beoordeeldOp: new Date(), reden } });
  if (geclaimd.count === 0) throw new AppError("CONFLICT", "Over deze wijziging is al beslist. Ververs de pagina.");
  return { v, soort, item };
}

async function meldAanIndiener(indienerId: string | null, onderwerp: string, tekst: string) {
  if (!indienerId) return;
  const u = await db.user.findUnique({ where: { id: indienerId }, select: { email: true } });
  if (u?.email) await sendMailSafe({ to: u.email, subject: onderwerp, text: tekst });
}

/**
 * Staff: approve a member's change. It is written as the member's change (KaartWijziging by the member,
 * so it can be undone like any other), and the approval is audited. Refused when the item changed since.
 */
export async function keurKaartVoorstelGoed(actor: Actor | null | undefined, voorstelId: string): Promise<{ soort: KaartSoort; id: string; slug: string }> {
  const a = vereisKaartBeheer(actor);
  const uit = await db.$transaction(async (tx) => {
    const { v, soort, item } = await beslis(tx, a, voorstelId, "goedgekeurd", null);
    if (canoniek(alsJson(item)) !== canoniek(v.voor)) {
      throw new AppError("CONFLICT", "De gegevens zijn gewijzigd nadat het lid deze wijziging opsloeg. Wijs de wijziging af en vraag het lid om het opnieuw te doen, of pas de gegevens zelf aan.");
    }
    const { voor, na } = soort === "plek" ? await werkPlekBij(tx, v.entiteitId, v.invoer as unknown as PlekInvoer) : await werkActiviteitBij(tx, v.entiteitId, v.invoer as unknown as ActiviteitInvoer);
    await logKaartWijziging(tx, v.indienerId ?? a.id, soort, v.entiteitId, "gewijzigd", voor, na, a.id);
    await writeAudit(tx, { actorId: a.id, actie: `${soort}.wijziging_goedgekeurd`, entiteit: v.entiteit, entiteitId: v.entiteitId, voor: null, na: { voorstel: v.id } });
    return { soort, id: v.entiteitId, slug: na.slug, naam: naamVan(na), indienerId: v.indienerId };
  });
  await meldAanIndiener(
    uit.indienerId,
    `Uw wijziging van ${uit.naam} staat op de kaart`,
    `Goed nieuws. Een medewerker van de gemeente heeft uw wijziging van ${uit.naam} goedgekeurd. Inwoners zien de nieuwe gegevens nu op de sociale kaart:\n\n${env().APP_URL}/kaart/${uit.soort}/${uit.slug}\n`,
  );
  return { soort: uit.soort, id: uit.id, slug: uit.slug };
}

/** Staff: reject a member's change, with a reason the member receives by e-mail. The item stays as it is. */
export async function wijsKaartVoorstelAf(actor: Actor | null | undefined, voorstelId: string, reden: string): Promise<{ soort: KaartSoort; id: string }> {
  const a = vereisKaartBeheer(actor);
  const uit = await db.$transaction(async (tx) => {
    const { v, soort, item } = await beslis(tx, a, voorstelId, "afgewezen", reden);
    await writeAudit(tx, { actorId: a.id, actie: `${soort}.wijziging_afgewezen`, entiteit: v.entiteit, entiteitId: v.entiteitId, voor: null, na: { voorstel: v.id, reden } });
    return { soort, id: v.entiteitId, naam: "naam" in item ? item.naam : item.titel, indienerId: v.indienerId };
  });
  await meldAanIndiener(
    uit.indienerId,
    `Uw wijziging van ${uit.naam} is niet overgenomen`,
    `Een medewerker van de gemeente heeft uw wijziging van ${uit.naam} niet overgenomen. De reden:\n\n${reden}\n\nU kunt de gegevens opnieuw aanpassen op ${env().APP_URL}/mijn/organisatie/${uit.soort}/${uit.id}\n`,
  );
  return { soort: uit.soort, id: uit.id };
}
