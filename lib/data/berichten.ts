/**
 * Berichten bij burenhulp: one private conversation per HulpAanbod, between the requester and that
 * helper only. Every function checks here that the acting user is one of those two: a third
 * resident, staff (opbouwwerker, ambtenaar, beheerder) and signed-out visitors are refused. Staff
 * never read messages; a party can report the conversation ("Meld dit gesprek"), which reaches the
 * wijk's opbouwwerker in the existing meldingen list with the reporter's own explanation only.
 *
 * Privacy rules:
 *  - The conversation never shows an e-mail address, name or phone number from the account: the
 *    parties are "de vrager" and "de helper". The existing rule stays: contact details are shared
 *    once the requester accepts. The conversation lets people talk before that.
 *  - A phone number appears only when its owner presses "Deel mijn telefoonnummer" (a message of
 *    soort TELEFOON, audited as a deliberate choice).
 *  - The e-mail about a new message holds no text of the message and nothing about the sender: a
 *    mail can be read by others (a shared inbox, a forwarded mail), the message may hold personal
 *    details, and reading it in the portal keeps "Meld dit gesprek" and "Blokkeer" at hand.
 *  - Plain text only: messages are rendered as React text (never as HTML).
 */
import "server-only";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { amsterdamseDagStart } from "../format.ts";
import { AppError } from "../errors.ts";
import { sendMailSafe } from "../mail.ts";
import { hitRateLimit, type Limit } from "../rate-limit.ts";
import { requireActor } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { writeAudit } from "../audit.ts";
import { melderSleutel } from "./meldingen.ts";

/** Messages per user per hour (over all conversations), in PostgreSQL so it holds over several instances. */
export const BERICHT_LIMIET: Limit = { max: 30, windowSeconds: 3600 };

export type GesprekRol = "vrager" | "helper";

const ROL_NAAM: Record<GesprekRol, string> = { vrager: "de vrager", helper: "de helper" };

export function gesprekPad(aanbodId: string): string {
  return `/mijn/hulpvragen/gesprek/${aanbodId}`;
}

/** The conversation of an offer, for one of its two parties; everyone else is refused. */
async function gesprekVoor(actor: Actor | null, aanbodId: string) {
  const user = requireActor(actor);
  const a = await db.hulpAanbod.findUnique({
    where: { id: aanbodId },
    select: {
      id: true,
      status: true,
      bericht: true,
      createdAt: true,
      helperId: true,
      geblokkeerdDoorId: true,
      afgesprokenOp: true,
      helper: { select: { email: true } },
      hulpvraag: { select: { id: true, titel: true, status: true, aanvragerId: true, aanvrager: { select: { email: true } } } },
    },
  });
  if (!a) throw new AppError("NOT_FOUND", "Dit gesprek bestaat niet.");
  const rol: GesprekRol | null = user.id === a.helperId ? "helper" : user.id === a.hulpvraag.aanvragerId ? "vrager" : null;
  if (!rol) throw new AppError("FORBIDDEN", "Dit gesprek is alleen voor de vrager en de helper.");
  const ander = rol === "helper" ? { id: a.hulpvraag.aanvragerId, email: a.hulpvraag.aanvrager.email, rol: "vrager" as const } : { id: a.helperId, email: a.helper.email, rol: "helper" as const };
  return { user, a, rol, ander };
}

type Gesprek = Awaited<ReturnType<typeof gesprekVoor>>;

/** Why nobody can write in this conversation now, or null when both can. */
function geslotenReden(g: Gesprek): string | null {
  if (g.a.geblokkeerdDoorId === g.user.id) return "U heeft dit gesprek geblokkeerd. Er kunnen geen berichten meer worden gestuurd.";
  if (g.a.geblokkeerdDoorId) return "U kunt in dit gesprek geen berichten meer sturen.";
  if (g.a.status === "AFGEWEZEN") return "Dit aanbod is niet aangenomen. Het gesprek is gesloten.";
  if (!["OPEN", "GEKOPPELD"].includes(g.a.hulpvraag.status)) return "Deze hulpvraag is gesloten. Het gesprek is gesloten.";
  return null;
}

export interface GesprekBericht {
  id: string;
  vanMij: boolean;
  van: string;
  soort: "TEKST" | "TELEFOON" | "AFSPRAAK";
  tekst: string;
  createdAt: Date;
}

/** The conversation as its party sees it: no e-mail address, name or account phone of anyone. */
export async function leesGesprek(actor: Actor | null, aanbodId: string) {
  const g = await gesprekVoor(actor, aanbodId);
  const rijen = await db.hulpBericht.findMany({
    where: { aanbodId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, afzenderId: true, soort: true, tekst: true, createdAt: true },
  });
  // The offer's own text opens the conversation.
  const eerste: GesprekBericht = { id: `aanbod-${g.a.id}`, vanMij: g.rol === "helper", van: ROL_NAAM.helper, soort: "TEKST", tekst: g.a.bericht, createdAt: g.a.createdAt };
  const berichten: GesprekBericht[] = [
    eerste,
    ...rijen.map((r) => {
      const vanMij = r.afzenderId === g.user.id;
      return { id: r.id, vanMij, van: vanMij ? "u" : ROL_NAAM[g.ander.rol], soort: r.soort, tekst: r.tekst, createdAt: r.createdAt };
    }),
  ];
  return {
    aanbodId: g.a.id,
    rol: g.rol,
    ander: ROL_NAAM[g.ander.rol],
    hulpvraag: { id: g.a.hulpvraag.id, titel: g.a.hulpvraag.titel },
    aanbodStatus: g.a.status,
    geblokkeerd: g.a.geblokkeerdDoorId ? (g.a.geblokkeerdDoorId === g.user.id ? ("door-mij" as const) : ("door-ander" as const)) : null,
    gesloten: geslotenReden(g),
    /** The agreed day as JJJJ-MM-DD, or null. */
    afgesprokenOp: g.a.afgesprokenOp ? g.a.afgesprokenOp.toISOString().slice(0, 10) : null,
    berichten,
  };
}

export type GesprekWeergave = Awaited<ReturnType<typeof leesGesprek>>;

async function meldNieuwBericht(g: Gesprek) {
  // No message text, no sender name or address: see the header of this file.
  await sendMailSafe({
    to: g.ander.email,
    subject: "U heeft een nieuw bericht over burenhulp",
    text: [
      `U heeft een nieuw bericht van ${ROL_NAAM[g.rol]} over de hulpvraag "${g.a.hulpvraag.titel}".`,
      "",
      "Lees het bericht en antwoord in het portaal:",
      `${env().APP_URL}${gesprekPad(g.a.id)}`,
      "",
      "Voor uw privacy staat het bericht zelf niet in deze e-mail. Antwoord niet op deze e-mail: uw antwoord komt dan niet aan.",
    ].join("\n"),
  });
}

async function schrijfbaar(actor: Actor | null, aanbodId: string, now: Date) {
  const g = await gesprekVoor(actor, aanbodId);
  const reden = geslotenReden(g);
  if (reden) throw new AppError("FORBIDDEN", reden);
  await hitRateLimit(`bericht:user:${g.user.id}`, BERICHT_LIMIET, now);
  return g;
}

/** One of the two parties sends a plain-text message; the other gets an e-mail notice. */
export async function stuurBericht(actor: Actor | null, input: { aanbodId: string; tekst: string }, now = new Date()): Promise<{ id: string }> {
  const g = await schrijfbaar(actor, input.aanbodId, now);
  const b = await db.hulpBericht.create({ data: { aanbodId: g.a.id, afzenderId: g.user.id, soort: "TEKST", tekst: input.tekst }, select: { id: true } });
  await meldNieuwBericht(g);
  return b;
}

/** "Deel mijn telefoonnummer": a deliberate choice, recorded as its own message and in the audit trail. */
export async function deelTelefoonnummer(actor: Actor | null, input: { aanbodId: string; telefoon: string }, now = new Date()): Promise<{ id: string }> {
  const g = await schrijfbaar(actor, input.aanbodId, now);
  const b = await db.$transaction(async (tx) => {
    const b = await tx.hulpBericht.create({ data: { aanbodId: g.a.id, afzenderId: g.user.id, soort: "TELEFOON", tekst: input.telefoon }, select: { id: true } });
    // The number itself stays out of the audit log: the message holds it, and is deleted with the account.
    await writeAudit(tx, { actorId: g.user.id, actie: "hulpgesprek.telefoon_gedeeld", entiteit: "HulpAanbod", entiteitId: g.a.id, na: { berichtId: b.id, rol: g.rol } });
    return b;
  });
  await meldNieuwBericht(g);
  return b;
}

/** How far back and ahead the agreed day may lie: a meeting last week can still be recorded, not one years away. */
export const AFSPRAAK_DAGEN_TERUG = 14;
export const AFSPRAAK_DAGEN_VOORUIT = 366;

/**
 * "Wanneer helpt u?": either party records the day they agreed on (again to change it). It shows in the
 * conversation as a message (the other gets the usual notice), is audited, and "Is het gelukt?"
 * (lib/burenhulp/gelukt.ts) is asked a few days after this day instead of after the acceptance.
 */
export async function legAfspraakVast(actor: Actor | null, input: { aanbodId: string; datum: string }, now = new Date()): Promise<{ id: string }> {
  const g = await schrijfbaar(actor, input.aanbodId, now);
  const dag = amsterdamseDagStart(now).getTime();
  const gekozen = Date.parse(`${input.datum}T00:00:00Z`);
  if (Number.isNaN(gekozen)) throw AppError.veld("datum", "Vul een bestaande datum in, zoals 15-12-2026.");
  if (gekozen < dag - AFSPRAAK_DAGEN_TERUG * 86_400_000) throw AppError.veld("datum", `Deze dag ligt te ver terug. Kies een dag vanaf ${AFSPRAAK_DAGEN_TERUG} dagen geleden.`);
  if (gekozen > dag + AFSPRAAK_DAGEN_VOORUIT * 86_400_000) throw AppError.veld("datum", "Deze dag ligt meer dan een jaar vooruit. Kies een eerdere dag.");
  const voor = g.a.afgesprokenOp ? g.a.afgesprokenOp.toISOString().slice(0, 10) : null;
  const b = await db.$transaction(async (tx) => {
    await tx.hulpAanbod.update({ where: { id: g.a.id }, data: { afgesprokenOp: new Date(gekozen) } });
    const b = await tx.hulpBericht.create({ data: { aanbodId: g.a.id, afzenderId: g.user.id, soort: "AFSPRAAK", tekst: input.datum }, select: { id: true } });
    await writeAudit(tx, { actorId: g.user.id, actie: "hulpgesprek.afspraak", entiteit: "HulpAanbod", entiteitId: g.a.id, voor: { afgesprokenOp: voor }, na: { afgesprokenOp: input.datum, door: g.rol } });
    return b;
  });
  await meldNieuwBericht(g);
  return b;
}

/** "Blokkeer": nobody can send messages in this conversation any more (audited); only the blocker can undo it. */
export async function blokkeerGesprek(actor: Actor | null, aanbodId: string, now = new Date()): Promise<void> {
  const g = await gesprekVoor(actor, aanbodId);
  if (g.a.geblokkeerdDoorId) {
    if (g.a.geblokkeerdDoorId === g.user.id) return;
    throw new AppError("INVALID", "Dit gesprek is al geblokkeerd.");
  }
  await db.$transaction(async (tx) => {
    const r = await tx.hulpAanbod.updateMany({ where: { id: g.a.id, geblokkeerdDoorId: null }, data: { geblokkeerdDoorId: g.user.id, geblokkeerdOp: now } });
    if (r.count !== 1) throw new AppError("CONFLICT");
    await writeAudit(tx, { actorId: g.user.id, actie: "hulpgesprek.geblokkeerd", entiteit: "HulpAanbod", entiteitId: g.a.id, voor: { geblokkeerd: false }, na: { geblokkeerd: true, door: g.rol } });
  });
}

/** Undo a block: only the one who blocked (audited). */
export async function deblokkeerGesprek(actor: Actor | null, aanbodId: string): Promise<void> {
  const g = await gesprekVoor(actor, aanbodId);
  if (!g.a.geblokkeerdDoorId) return;
  if (g.a.geblokkeerdDoorId !== g.user.id) throw new AppError("FORBIDDEN", "Alleen wie blokkeerde, kan de blokkade opheffen.");
  await db.$transaction([
    db.hulpAanbod.update({ where: { id: g.a.id }, data: { geblokkeerdDoorId: null, geblokkeerdOp: null } }),
    writeAudit(db, { actorId: g.user.id, actie: "hulpgesprek.gedeblokkeerd", entiteit: "HulpAanbod", entiteitId: g.a.id, voor: { geblokkeerd: true }, na: { geblokkeerd: false, door: g.rol } }),
  ]);
}

/**
 * "Meld dit gesprek": a Melding (entiteit "Gesprek") for the opbouwwerkers of the hulpvraag's wijk, in
 * the existing meldingen list. Staff see the reporter's explanation, not the messages.
 */
export async function meldGesprek(actor: Actor | null, input: { aanbodId: string; reden: string }, ip = ""): Promise<{ id: string }> {
  const g = await gesprekVoor(actor, input.aanbodId);
  return db.melding.create({ data: { entiteit: "Gesprek", entiteitId: g.a.id, reden: input.reden, melderSleutel: melderSleutel({ userId: g.user.id, ip }) }, select: { id: true } });
}
