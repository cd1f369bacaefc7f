/**
 * Tellen en vertellen: what an approved, public initiative brings about.
 * - Updates (title, text, optional photo) by the initiatiefnemer (the indiener) only. Reviewers
 *   (initiatief:review) can take one off the website with a reason, which the initiatiefnemer gets by mail.
 *   Followers of the initiative get a mail per update (./volgen.ts). The photo is checked and cleaned
 *   (lib/bestanden/foto.ts) and stored in
 *   the file store (UPLOAD_DIR), never in the database.
 * - "Steun dit initiatief": one per person. Only the SHA-256 of the normalised e-mail address is
 *   stored; a support counts after the link in the e-mail was confirmed. A signed-in resident
 *   supports with one click (counted under the account's e-mail address, so once per person).
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../../db.ts";
import { env } from "../../env.ts";
import { AppError } from "../../errors.ts";
import { writeAudit } from "../../audit.ts";
import { hasPermission, type Actor } from "../../auth/permissions.ts";
import { requireActor } from "../../auth/guard.ts";
import { sendMailSafe } from "../../mail.ts";
import { instellingen } from "../../instellingen.ts";
import { verwerkFoto, FOTO_MIME, type FotoSoort } from "../../bestanden/foto.ts";
import { bestandOpslag, isBestandsnaam, nieuweBestandsnaam } from "../../bestanden/opslag.ts";
import { PUBLIEK } from "./publiek.ts";
import { mailUpdateAanVolgers } from "./volgen.ts";

/** How long the confirmation link of a support works. */
export const STEUN_LINK_GELDIG_DAGEN = 7;

const NIET_OPENBAAR = "U kunt alleen updates plaatsen bij een goedgekeurd initiatief dat op de website staat.";

// ---------- Updates ----------

export interface UpdateInvoer {
  titel: string;
  tekst: string;
  fotoBeschrijving: string;
}

export interface PubliekeUpdate {
  id: string;
  titel: string;
  tekst: string;
  datum: Date;
  foto: { url: string; breedte: number | null; hoogte: number | null; beschrijving: string } | null;
}

export function fotoUrl(naam: string): string {
  return `/initiatieven/fotos/${naam}`;
}

/** The initiative of the owner, and whether it is public; refuses anyone else (data layer check). */
async function eigenPubliek(a: Actor, initiatiefId: string) {
  const row = await db.initiatief.findUnique({ where: { id: initiatiefId }, select: { id: true, indienerId: true, status: true, openbaar: true, referentie: true } });
  if (!row) throw new AppError("NOT_FOUND", "Dit initiatief hebben we niet gevonden.");
  if (row.indienerId !== a.id) throw new AppError("FORBIDDEN", "Alleen de initiatiefnemer kan updates plaatsen bij dit initiatief.");
  return row;
}

/**
 * The initiatiefnemer posts an update, with an optional photo (bytes as uploaded). The photo is
 * cleaned before anything is stored; the row and its audit line are one transaction, and a failed
 * transaction removes the stored file again.
 */
export async function plaatsUpdate(actor: Actor | null, initiatiefId: string, invoer: UpdateInvoer, foto: Uint8Array | null): Promise<{ id: string; referentie: string }> {
  const a = requireActor(actor);
  const ini = await eigenPubliek(a, initiatiefId);
  if (!ini.openbaar || !PUBLIEK.includes(ini.status) || !ini.referentie) throw new AppError("CONFLICT", NIET_OPENBAAR);
  const verwerkt = foto && foto.length ? await verwerkFoto(foto, { maxBytes: env().UPLOAD_MAX_MB * 1024 * 1024 }) : null;
  const opslag = bestandOpslag();
  const naam = verwerkt ? nieuweBestandsnaam(verwerkt.soort) : null;
  if (verwerkt && naam) await opslag.bewaar(naam, verwerkt.bytes);
  let update: { id: string };
  try {
    update = await db.$transaction(async (tx) => {
      const u = await tx.initiatiefUpdate.create({
        data: {
          initiatiefId: ini.id,
          auteurId: a.id,
          titel: invoer.titel,
          tekst: invoer.tekst,
          foto: naam,
          fotoType: verwerkt?.mime ?? null,
          fotoBreedte: verwerkt?.breedte ?? null,
          fotoHoogte: verwerkt?.hoogte ?? null,
          fotoBeschrijving: verwerkt ? invoer.fotoBeschrijving : "",
        },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: a.id,
        actie: "initiatief.update_geplaatst",
        entiteit: "Initiatief",
        entiteitId: ini.id,
        na: { updateId: u.id, titel: invoer.titel, foto: !!naam },
      });
      return u;
    });
  } catch (e) {
    if (naam) await opslag.verwijder(naam).catch(() => undefined);
    throw e;
  }
  // After the commit: one mail per follower (lib/data/initiatief/volgen.ts). A failed mail does not undo the update.
  await mailUpdateAanVolgers(ini.id, invoer);
  return { id: update.id, referentie: ini.referentie };
}

/** Removes an update with its audit row in one transaction, then its photo file (by its author or by a reviewer). */
async function schrapUpdate(
  a: Actor,
  initiatiefId: string,
  u: { id: string; titel: string; foto: string | null },
  actie: "initiatief.update_verwijderd" | "initiatief.update_weggehaald",
  na?: Record<string, string>,
) {
  await db.$transaction(async (tx) => {
    await tx.initiatiefUpdate.delete({ where: { id: u.id } });
    await writeAudit(tx, { actorId: a.id, actie, entiteit: "Initiatief", entiteitId: initiatiefId, voor: { updateId: u.id, titel: u.titel, foto: !!u.foto }, ...(na ? { na } : {}) });
  });
  if (u.foto) await bestandOpslag().verwijder(u.foto);
}

/** The initiatiefnemer removes one of the updates (and its photo). */
export async function verwijderUpdate(actor: Actor | null, initiatiefId: string, updateId: string): Promise<{ referentie: string | null }> {
  const a = requireActor(actor);
  const ini = await eigenPubliek(a, initiatiefId);
  const u = await db.initiatiefUpdate.findFirst({ where: { id: updateId, initiatiefId: ini.id }, select: { id: true, titel: true, foto: true } });
  if (!u) throw new AppError("NOT_FOUND", "Deze update hebben we niet gevonden.");
  await schrapUpdate(a, ini.id, u, "initiatief.update_verwijderd");
  return { referentie: ini.referentie };
}

/** The updates of an initiative for its reviewers (initiatief:review), newest first. */
export async function zoekUpdatesVoorBeheer(actor: Actor | null, initiatiefId: string): Promise<PubliekeUpdate[]> {
  const a = requireActor(actor);
  if (!hasPermission(a, "initiatief:review")) throw new AppError("FORBIDDEN", "Alleen beoordelaars van initiatieven zien en beheren de updates.");
  const rows = await db.initiatiefUpdate.findMany({ where: { initiatiefId }, orderBy: { createdAt: "desc" }, select: UPDATE_SELECT });
  return rows.map(alsPubliek);
}

/**
 * A reviewer takes an update off the website (say it names a neighbour, or the photo shows a child's
 * face): the update and its photo are removed, the audit trail keeps who, when, which title and why, and
 * the initiatiefnemer gets the reason by mail.
 */
export async function haalUpdateWeg(actor: Actor | null, input: { initiatiefId: string; updateId: string; reden: string }): Promise<void> {
  const a = requireActor(actor);
  if (!hasPermission(a, "initiatief:review")) throw new AppError("FORBIDDEN", "Alleen beoordelaars van initiatieven kunnen een update weghalen.");
  const u = await db.initiatiefUpdate.findFirst({
    where: { id: input.updateId, initiatiefId: input.initiatiefId },
    select: { id: true, titel: true, foto: true, initiatief: { select: { referentie: true, titel: true, contactNaam: true, contactEmail: true, indiener: { select: { email: true } } } } },
  });
  if (!u) throw new AppError("NOT_FOUND", "Deze update hebben we niet gevonden. Misschien is hij al weggehaald.");
  await schrapUpdate(a, input.initiatiefId, u, "initiatief.update_weggehaald", { reden: input.reden });
  const aan = u.initiatief.indiener?.email ?? u.initiatief.contactEmail;
  if (aan) {
    await sendMailSafe({
      to: aan,
      subject: `Uw update bij ${u.initiatief.referentie ?? "uw initiatief"} is van de website gehaald`,
      text: [
        `Beste ${u.initiatief.contactNaam || "initiatiefnemer"},`,
        "",
        `Een medewerker van de gemeente heeft uw update "${u.titel}" bij uw initiatief "${u.initiatief.titel}" van de website gehaald.`,
        `De reden: ${input.reden}`,
        "",
        "U kunt een nieuwe update plaatsen op uw pagina bij Mijn initiatieven. Heeft u vragen? Antwoord dan niet op deze e-mail, maar neem contact op met de gemeente.",
      ].join("\n"),
    });
  }
}

const UPDATE_SELECT = { id: true, titel: true, tekst: true, createdAt: true, foto: true, fotoBreedte: true, fotoHoogte: true, fotoBeschrijving: true } as const;

function alsPubliek(u: { id: string; titel: string; tekst: string; createdAt: Date; foto: string | null; fotoBreedte: number | null; fotoHoogte: number | null; fotoBeschrijving: string }): PubliekeUpdate {
  return {
    id: u.id,
    titel: u.titel,
    tekst: u.tekst,
    datum: u.createdAt,
    foto: u.foto ? { url: fotoUrl(u.foto), breedte: u.fotoBreedte, hoogte: u.fotoHoogte, beschrijving: u.fotoBeschrijving } : null,
  };
}

/** The owner's view of the updates of their initiative (for removing them). */
export async function zoekMijnUpdates(actor: Actor | null, initiatiefId: string): Promise<PubliekeUpdate[]> {
  const a = requireActor(actor);
  const rows = await db.initiatiefUpdate.findMany({ where: { initiatiefId, initiatief: { indienerId: a.id } }, orderBy: { createdAt: "desc" }, select: UPDATE_SELECT });
  return rows.map(alsPubliek);
}

/** Public: a photo of an update of a public initiative, or null. */
export async function leesPubliekeFoto(naam: string): Promise<{ bytes: Uint8Array; mime: string } | null> {
  if (!isBestandsnaam(naam)) return null;
  const u = await db.initiatiefUpdate.findFirst({
    where: { foto: naam, initiatief: { openbaar: true, status: { in: PUBLIEK } } },
    select: { fotoType: true },
  });
  if (!u) return null;
  const bytes = await bestandOpslag().lees(naam);
  if (!bytes) return null;
  const soort = naam.split(".").pop() as FotoSoort;
  return { bytes, mime: FOTO_MIME[soort] ?? u.fotoType ?? "application/octet-stream" };
}

// ---------- Steun ----------

/** Lower case, no spaces around: "Anna@Voorbeeld.NL " and "anna@voorbeeld.nl" are one person. */
export function normaliseerEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Only this is stored of the address (no address itself). */
export function steunEmailHash(email: string): string {
  return createHash("sha256").update(`steun:${normaliseerEmail(email)}`).digest("hex");
}

function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

async function publiekOpReferentie(referentie: string) {
  const ini = await db.initiatief.findFirst({ where: { referentie, openbaar: true, status: { in: PUBLIEK } }, select: { id: true, titel: true, referentie: true } });
  if (!ini) throw new AppError("NOT_FOUND", "Dit initiatief hebben we niet gevonden.");
  return ini;
}

/**
 * A visitor asks to support: a confirmation mail with a link (token of 256 bits; only its hash is
 * stored). Someone who already supports gets a mail that says so, and the count does not change.
 * The page says the same in both cases, so it does not reveal who supports what.
 */
export async function vraagSteunAan(referentie: string, email: string, nu = new Date()): Promise<void> {
  const ini = await publiekOpReferentie(referentie);
  const emailHash = steunEmailHash(email);
  const inst = await instellingen();
  const bestaand = await db.initiatiefSteun.findUnique({ where: { initiatiefId_emailHash: { initiatiefId: ini.id, emailHash } }, select: { bevestigdOp: true } });
  const pagina = new URL(`/initiatieven/${ini.referentie}`, env().APP_URL).toString();
  if (bestaand?.bevestigdOp) {
    await sendMailSafe({
      to: normaliseerEmail(email),
      subject: `U steunt "${ini.titel}" al`,
      text: [`Hallo,`, "", `U steunt het initiatief "${ini.titel}" al. Dank u wel! U hoeft niets meer te doen.`, "", pagina, "", "Met vriendelijke groet,", `Gemeente ${inst.gemeenteNaam}`].join("\n"),
    });
    return;
  }
  const token = randomBytes(32).toString("base64url");
  const verloopt = new Date(nu.getTime() + STEUN_LINK_GELDIG_DAGEN * 24 * 3600 * 1000);
  await db.initiatiefSteun.upsert({
    where: { initiatiefId_emailHash: { initiatiefId: ini.id, emailHash } },
    create: { initiatiefId: ini.id, emailHash, tokenHash: tokenHash(token), tokenVerlooptOp: verloopt },
    update: { tokenHash: tokenHash(token), tokenVerlooptOp: verloopt },
  });
  const link = new URL(`/initiatieven/${ini.referentie}/steun`, env().APP_URL);
  link.searchParams.set("token", token);
  await sendMailSafe({
    to: normaliseerEmail(email),
    subject: `Bevestig uw steun voor "${ini.titel}"`,
    text: [
      "Hallo,",
      "",
      `U wilt het initiatief "${ini.titel}" steunen. Leuk! Klik op de link hieronder om dat te bevestigen. Pas daarna telt uw steun mee.`,
      "",
      link.toString(),
      "",
      `De link werkt ${STEUN_LINK_GELDIG_DAGEN} dagen. We bewaren uw e-mailadres niet: we tellen alleen hoeveel mensen het initiatief steunen.`,
      "Heeft u dit niet zelf gevraagd? Dan kunt u deze e-mail negeren.",
      "",
      "Met vriendelijke groet,",
      `Gemeente ${inst.gemeenteNaam}`,
    ].join("\n"),
  });
}

/**
 * Confirms a support with the link from the mail. The token only works for the initiative it was made
 * for. Confirming twice is harmless (counted once).
 */
export async function bevestigSteun(referentie: string, token: string, nu = new Date()): Promise<{ alBevestigd: boolean }> {
  const ini = await publiekOpReferentie(referentie);
  const steun = await db.initiatiefSteun.findFirst({
    where: { tokenHash: tokenHash(token), initiatiefId: ini.id, tokenVerlooptOp: { gt: nu } },
    select: { id: true, bevestigdOp: true },
  });
  if (!steun) throw new AppError("NOT_FOUND", "Deze link werkt niet (meer). Misschien is hij te oud. Vraag op de pagina van het initiatief een nieuwe link aan.");
  if (steun.bevestigdOp) return { alBevestigd: true };
  const r = await db.initiatiefSteun.updateMany({ where: { id: steun.id, bevestigdOp: null }, data: { bevestigdOp: nu } });
  return { alBevestigd: r.count === 0 };
}

/** A signed-in resident supports with one click, under the account's e-mail address (once per person). */
export async function steunAlsBewoner(actor: Actor | null, referentie: string, nu = new Date()): Promise<{ alGesteund: boolean }> {
  const a = requireActor(actor);
  const ini = await publiekOpReferentie(referentie);
  const emailHash = steunEmailHash(a.email);
  const bestaand = await db.initiatiefSteun.findUnique({ where: { initiatiefId_emailHash: { initiatiefId: ini.id, emailHash } }, select: { bevestigdOp: true } });
  if (bestaand?.bevestigdOp) return { alGesteund: true };
  await db.initiatiefSteun.upsert({
    where: { initiatiefId_emailHash: { initiatiefId: ini.id, emailHash } },
    create: { initiatiefId: ini.id, emailHash, bevestigdOp: nu },
    update: { bevestigdOp: nu, tokenHash: null, tokenVerlooptOp: null },
  });
  return { alGesteund: false };
}

/** Public: the updates (newest first) and the number of confirmed supports; and whether the actor supports. */
export async function leesVertellen(referentie: string, actor: Actor | null = null): Promise<{ updates: PubliekeUpdate[]; steun: number; gesteund: boolean } | null> {
  const ini = await db.initiatief.findFirst({ where: { referentie, openbaar: true, status: { in: PUBLIEK } }, select: { id: true } });
  if (!ini) return null;
  const [updates, steun, eigen] = await Promise.all([
    db.initiatiefUpdate.findMany({ where: { initiatiefId: ini.id }, orderBy: { createdAt: "desc" }, select: UPDATE_SELECT }),
    db.initiatiefSteun.count({ where: { initiatiefId: ini.id, bevestigdOp: { not: null } } }),
    actor
      ? db.initiatiefSteun.findFirst({ where: { initiatiefId: ini.id, emailHash: steunEmailHash(actor.email), bevestigdOp: { not: null } }, select: { id: true } })
      : Promise.resolve(null),
  ]);
  return { updates: updates.map(alsPubliek), steun, gesteund: !!eigen };
}
