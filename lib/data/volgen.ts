import "server-only";
/**
 * Volg je wijk (issue 16): anyone follows a wijk or dorp by e-mail (double opt-in: nothing is sent
 * before the link in the confirmation mail is used), or from a signed-in account (its own, verified
 * address needs no confirmation). The token in the links is the only permission for one subscription:
 * confirm, change how often, unsubscribe, preview. What the digest holds and how it is sent: lib/volgen/digest.ts.
 */
import { createHash } from "node:crypto";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { sendMailSafe } from "../mail.ts";
import { hitRateLimit } from "../rate-limit.ts";
import { writeAudit } from "../audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { hashVolgToken, isVolgTokenVorm, maakVolgToken } from "../volgen/token.ts";
import { bouwDigest, beheerUrl, type DigestInhoud } from "../volgen/digest.ts";
import type { Frequentie } from "../volgen/periode.ts";
import { FREQUENTIE_NAMEN } from "../volgen/periode.ts";

/** At most 3 follow requests per address and 10 per client per hour: the form cannot be used to flood a mailbox. */
export const VOLG_LIMIET_ADRES = { max: 3, windowSeconds: 3600 };
export const VOLG_LIMIET_IP = { max: 10, windowSeconds: 3600 };

export interface VolgInput {
  wijk: string;
  email?: string;
  frequentie: Frequentie;
}

export type VolgUitkomst = { soort: "mail" } | { soort: "account" };

const adresSleutel = (email: string) => createHash("sha256").update(email.toLowerCase()).digest("hex").slice(0, 32);

/**
 * From an account: the account's own address, if it is verified, needs no confirmation mail. Returns
 * that address (lower case) when the form left the address empty or gave the account's own; else null.
 * Shared with "Volg dit initiatief" (lib/data/initiatief/volgen.ts): the same rules.
 */
export async function geverifieerdAccountAdres(actor: Actor | null, email: string | undefined): Promise<string | null> {
  if (!actor || (email && email !== actor.email.toLowerCase())) return null;
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { email: true, emailVerified: true } });
  return user?.emailVerified ? user.email.toLowerCase() : null;
}

/**
 * A follow request that needs a confirmation mail (also signed in without a verified address: that
 * address). Counts it against the limits, per client and per address, for wijken and initiatives
 * together; returns the address (lower case).
 */
export async function telVolgVerzoek(actor: Actor | null, invoer: string | undefined, ip: string): Promise<string> {
  const email = (invoer ?? actor?.email)?.toLowerCase();
  if (!email) throw AppError.veld("email", "Vul uw e-mailadres in.");
  await hitRateLimit(`volgen:ip:${ip}`, VOLG_LIMIET_IP);
  await hitRateLimit(`volgen:adres:${adresSleutel(email)}`, VOLG_LIMIET_ADRES);
  return email;
}

/** Public. The answer does not tell whether the address already followed this wijk. */
export async function volgWijk(actor: Actor | null, input: VolgInput, ip: string, nu = new Date()): Promise<VolgUitkomst> {
  const wijk = await db.wijk.findUnique({ where: { slug: input.wijk }, select: { id: true, naam: true, slug: true, gearchiveerdOp: true } });
  if (!wijk || wijk.gearchiveerdOp) throw new AppError("NOT_FOUND", "Deze wijk of dit dorp bestaat niet (meer).");

  // From an account: its own verified address is followed at once.
  const accountAdres = await geverifieerdAccountAdres(actor, input.email);
  if (actor && accountAdres) {
    const email = accountAdres;
    const bestaand = await db.wijkVolger.findUnique({ where: { email_wijkId: { email, wijkId: wijk.id } }, select: { id: true, bevestigdOp: true, afgemeldOp: true } });
    await db.$transaction(async (tx) => {
      const v = bestaand
        ? await tx.wijkVolger.update({
            where: { id: bestaand.id },
            data: { userId: actor.id, frequentie: input.frequentie, afgemeldOp: null, bevestigdOp: bestaand.bevestigdOp && !bestaand.afgemeldOp ? bestaand.bevestigdOp : nu },
            select: { id: true },
          })
        : await tx.wijkVolger.create({
            data: { email, wijkId: wijk.id, userId: actor.id, frequentie: input.frequentie, bevestigdOp: nu, ...tokenVelden() },
            select: { id: true },
          });
      await writeAudit(tx, { actorId: actor.id, actie: "volger.bevestigd", entiteit: "WijkVolger", entiteitId: v.id, na: { wijkId: wijk.id, frequentie: input.frequentie, via: "account" } });
    });
    return { soort: "account" };
  }

  // Otherwise: the confirmation mail (signed in without a verified address: that address).
  const email = await telVolgVerzoek(actor, input.email, ip);

  const bestaand = await db.wijkVolger.findUnique({ where: { email_wijkId: { email, wijkId: wijk.id } }, select: { id: true, bevestigdOp: true, afgemeldOp: true } });
  if (bestaand?.bevestigdOp && !bestaand.afgemeldOp) {
    // Already following: tell the owner of the address, without a new link (the old links keep working).
    await sendMailSafe({
      to: email,
      subject: `U volgt ${wijk.naam} al`,
      text: [
        "Beste buurtbewoner,",
        "",
        `Iemand (waarschijnlijk u) wilde ${wijk.naam} volgen met dit e-mailadres. Dat doet u al.`,
        "Onder elke e-mail met nieuws uit de wijk staat een link. Daarmee kiest u hoe vaak u mail krijgt, of stopt u.",
        "",
        "Was u dit niet? Dan hoeft u niets te doen.",
      ].join("\n"),
    });
    return { soort: "mail" };
  }
  // New, not yet confirmed, or unsubscribed earlier: a new token (old links stop working) and a confirmation mail.
  const velden = maakVolgToken();
  await db.$transaction(async (tx) => {
    const rij = bestaand
      ? await tx.wijkVolger.update({
          where: { id: bestaand.id },
          data: { tokenHash: velden.tokenHash, tokenVersleuteld: velden.tokenVersleuteld, frequentie: input.frequentie, bevestigdOp: null, afgemeldOp: null, userId: actor?.id ?? null },
          select: { id: true },
        })
      : await tx.wijkVolger.create({
          data: { email, wijkId: wijk.id, userId: actor?.id ?? null, frequentie: input.frequentie, tokenHash: velden.tokenHash, tokenVersleuteld: velden.tokenVersleuteld },
          select: { id: true },
        });
    await writeAudit(tx, { actorId: actor?.id ?? null, actie: "volger.aangemeld", entiteit: "WijkVolger", entiteitId: rij.id, na: { wijkId: wijk.id, frequentie: input.frequentie } });
  });
  await sendMailSafe({
    to: email,
    subject: `Bevestig: ${wijk.naam} volgen`,
    text: [
      "Beste buurtbewoner,",
      "",
      `U wilt ${wijk.naam} volgen. Dan krijgt u ${FREQUENTIE_NAMEN[input.frequentie]} een e-mail met wat er nieuw is: activiteiten, initiatieven, vrijwilligerswerk en hulpvragen.`,
      "",
      `Bevestig dit via deze link: ${beheerUrl(velden.token)}`,
      "",
      "Pas na uw bevestiging sturen we iets. Wilde u dit niet? Dan hoeft u niets te doen: we bewaren uw adres dan niet langer dan 7 dagen.",
    ].join("\n"),
  });
  return { soort: "mail" };
}

export function tokenVelden() {
  const { tokenHash, tokenVersleuteld } = maakVolgToken();
  return { tokenHash, tokenVersleuteld };
}

export const LINK_KLOPT_NIET = "Deze link klopt niet, of is vervangen door een nieuwere link.";

/**
 * Confirms or stops one subscription (a wijk's or an initiative's), once: a second call changes nothing
 * and writes no second audit line. The token was checked by the caller.
 */
export async function markeerVolger(entiteit: "WijkVolger" | "InitiatiefVolger", id: string, stap: "bevestigd" | "afgemeld", nu: Date, na?: Record<string, string>) {
  const where = stap === "bevestigd" ? { id, bevestigdOp: null, afgemeldOp: null } : { id, afgemeldOp: null };
  const data = stap === "bevestigd" ? { bevestigdOp: nu } : { afgemeldOp: nu };
  await db.$transaction(async (tx) => {
    const n = entiteit === "WijkVolger" ? await tx.wijkVolger.updateMany({ where, data }) : await tx.initiatiefVolger.updateMany({ where, data });
    if (n.count) await writeAudit(tx, { actorId: null, actie: stap === "bevestigd" ? "volger.bevestigd" : "volger.afgemeld", entiteit, entiteitId: id, na });
  });
}

export interface Volging {
  id: string;
  wijk: { naam: string; slug: string };
  /** The address with most of it hidden: j***@voorbeeld.nl. */
  adres: string;
  frequentie: Frequentie;
  bevestigdOp: Date | null;
  afgemeldOp: Date | null;
}

/** The address with most of it hidden: j***@voorbeeld.nl. */
export function verberg(email: string): string {
  const [naam, domein] = email.split("@");
  return `${naam.slice(0, 1)}***@${domein}`;
}

/** The subscription of a token, or null (wrong form, unknown or replaced token). */
export async function leesVolging(token: string): Promise<Volging | null> {
  if (!isVolgTokenVorm(token)) return null;
  const v = await db.wijkVolger.findUnique({
    where: { tokenHash: hashVolgToken(token) },
    select: { id: true, email: true, frequentie: true, bevestigdOp: true, afgemeldOp: true, wijk: { select: { naam: true, slug: true } } },
  });
  return v ? { id: v.id, wijk: v.wijk, adres: verberg(v.email), frequentie: v.frequentie, bevestigdOp: v.bevestigdOp, afgemeldOp: v.afgemeldOp } : null;
}

async function volgingOfFout(token: string): Promise<Volging> {
  const v = await leesVolging(token);
  if (!v) throw new AppError("NOT_FOUND", LINK_KLOPT_NIET);
  return v;
}

/** The button in the confirmation mail's page. Idempotent. */
export async function bevestigVolging(token: string, nu = new Date()): Promise<Volging> {
  const v = await volgingOfFout(token);
  if (v.afgemeldOp) throw new AppError("CONFLICT", "U volgt deze wijk niet meer. Wilt u weer volgen? Vul dan opnieuw uw e-mailadres in op de pagina van de wijk.");
  await markeerVolger("WijkVolger", v.id, "bevestigd", nu, { frequentie: v.frequentie });
  return volgingOfFout(token);
}

export async function wijzigFrequentie(token: string, frequentie: Frequentie): Promise<Volging> {
  const v = await volgingOfFout(token);
  if (v.afgemeldOp) throw new AppError("CONFLICT", "U volgt deze wijk niet meer.");
  if (v.frequentie !== frequentie) {
    await db.$transaction([
      db.wijkVolger.update({ where: { id: v.id }, data: { frequentie } }),
      writeAudit(db, { actorId: null, actie: "volger.gewijzigd", entiteit: "WijkVolger", entiteitId: v.id, voor: { frequentie: v.frequentie }, na: { frequentie } }),
    ]);
  }
  return volgingOfFout(token);
}

/** Unsubscribe from the manage page: as meldAf, but an unknown token is an error for the form. */
export async function meldAfViaPagina(token: string): Promise<void> {
  if (!(await meldAf(token, "pagina"))) throw new AppError("NOT_FOUND", LINK_KLOPT_NIET);
}

/** Unsubscribe (the page button and the one-click POST of RFC 8058). Idempotent; returns false for an unknown token. */
export async function meldAf(token: string, via: "pagina" | "one-click", nu = new Date()): Promise<boolean> {
  const v = await leesVolging(token);
  if (!v) return false;
  await markeerVolger("WijkVolger", v.id, "afgemeld", nu, { via });
  return true;
}

/** The preview: what the next digest would hold now (since the last one, or since the confirmation). */
export async function digestVoorbeeld(token: string, nu = new Date()): Promise<{ volging: Volging; vanaf: Date; inhoud: DigestInhoud }> {
  const volging = await volgingOfFout(token);
  const vorige = await db.wijkDigest.findFirst({ where: { volgerId: volging.id }, orderBy: { tot: "desc" }, select: { tot: true } });
  const vanaf = vorige?.tot ?? volging.bevestigdOp ?? new Date(nu.getTime() - 7 * 86_400_000);
  const wijk = await db.wijk.findUniqueOrThrow({ where: { slug: volging.wijk.slug }, select: { id: true } });
  return { volging, vanaf, inhoud: await bouwDigest(db, wijk.id, vanaf, nu) };
}

