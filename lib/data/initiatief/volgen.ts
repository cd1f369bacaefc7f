import "server-only";
/**
 * Volg dit initiatief (issue 16): anyone follows one public initiative by e-mail and gets one mail per
 * update of the initiatiefnemer. The same rules as Volg je wijk (lib/data/volgen.ts): double opt-in,
 * a signed-in resident's own verified address follows at once, the same rate limits, and the token in
 * the links (lib/volgen/token.ts) is the only permission for this one subscription.
 *
 * The update mails go out right after the update's transaction, from the same request, one by one
 * with sendMailSafe: a failed mail is logged and does not undo the update (and is not sent again).
 */
import { db } from "../../db.ts";
import { env } from "../../env.ts";
import { AppError } from "../../errors.ts";
import { sendMailSafe } from "../../mail.ts";
import { writeAudit } from "../../audit.ts";
import type { Actor } from "../../auth/permissions.ts";
import { hashVolgToken, isVolgTokenVorm, maakVolgToken, ontsleutelVolgToken } from "../../volgen/token.ts";
import { geverifieerdAccountAdres, LINK_KLOPT_NIET, markeerVolger, telVolgVerzoek, tokenVelden, verberg, type VolgUitkomst } from "../volgen.ts";
import { PUBLIEK } from "./publiek.ts";

/** Unconfirmed requests are removed after this many days (by the wijk digest job's clean-up). */
export const ONBEVESTIGD_DAGEN = 7;

export function initiatiefBeheerUrl(token: string): string {
  return `${env().APP_URL}/volgen/initiatief/${token}`;
}

export function initiatiefAfmeldUrl(token: string): string {
  return `${env().APP_URL}/volgen/initiatief/afmelden/${token}`;
}

const paginaUrl = (referentie: string) => `${env().APP_URL}/initiatieven/${referentie}`;

/** Only approved (or finished) initiatives that are on the website can be followed. */
async function publiekInitiatief(referentie: string) {
  const ini = await db.initiatief.findFirst({ where: { referentie, openbaar: true, status: { in: PUBLIEK } }, select: { id: true, titel: true, referentie: true } });
  if (!ini?.referentie) throw new AppError("NOT_FOUND", "Dit initiatief hebben we niet gevonden.");
  return { ...ini, referentie: ini.referentie };
}

/** Public. The answer does not tell whether the address already followed this initiative. */
export async function volgInitiatief(actor: Actor | null, input: { referentie: string; email?: string }, ip: string, nu = new Date()): Promise<VolgUitkomst> {
  const ini = await publiekInitiatief(input.referentie);
  const zoek = (email: string) =>
    db.initiatiefVolger.findUnique({ where: { email_initiatiefId: { email, initiatiefId: ini.id } }, select: { id: true, bevestigdOp: true, afgemeldOp: true } });

  // From an account: its own verified address is followed at once.
  const accountAdres = await geverifieerdAccountAdres(actor, input.email);
  if (actor && accountAdres) {
    const bestaand = await zoek(accountAdres);
    await db.$transaction(async (tx) => {
      const v = bestaand
        ? await tx.initiatiefVolger.update({
            where: { id: bestaand.id },
            data: { userId: actor.id, afgemeldOp: null, bevestigdOp: bestaand.bevestigdOp && !bestaand.afgemeldOp ? bestaand.bevestigdOp : nu },
            select: { id: true },
          })
        : await tx.initiatiefVolger.create({ data: { email: accountAdres, initiatiefId: ini.id, userId: actor.id, bevestigdOp: nu, ...tokenVelden() }, select: { id: true } });
      await writeAudit(tx, { actorId: actor.id, actie: "volger.bevestigd", entiteit: "InitiatiefVolger", entiteitId: v.id, na: { initiatiefId: ini.id, via: "account" } });
    });
    return { soort: "account" };
  }

  // Otherwise: the confirmation mail.
  const email = await telVolgVerzoek(actor, input.email, ip);
  const bestaand = await zoek(email);
  if (bestaand?.bevestigdOp && !bestaand.afgemeldOp) {
    // Already following: tell the owner of the address, without a new link (the old links keep working).
    await sendMailSafe({
      to: email,
      subject: `U volgt "${ini.titel}" al`,
      text: [
        "Hallo,",
        "",
        `Iemand (waarschijnlijk u) wilde het initiatief "${ini.titel}" volgen met dit e-mailadres. Dat doet u al.`,
        "Onder elke e-mail met nieuws van het initiatief staat een link. Daarmee stopt u.",
        "",
        "Was u dit niet? Dan hoeft u niets te doen.",
      ].join("\n"),
    });
    return { soort: "mail" };
  }
  // New, not yet confirmed, or unsubscribed earlier: a new token (old links stop working) and a confirmation mail.
  const velden = maakVolgToken();
  await db.$transaction(async (tx) => {
    const token = { tokenHash: velden.tokenHash, tokenVersleuteld: velden.tokenVersleuteld };
    const rij = bestaand
      ? await tx.initiatiefVolger.update({ where: { id: bestaand.id }, data: { ...token, bevestigdOp: null, afgemeldOp: null, userId: actor?.id ?? null }, select: { id: true } })
      : await tx.initiatiefVolger.create({ data: { email, initiatiefId: ini.id, userId: actor?.id ?? null, ...token }, select: { id: true } });
    await writeAudit(tx, { actorId: actor?.id ?? null, actie: "volger.aangemeld", entiteit: "InitiatiefVolger", entiteitId: rij.id, na: { initiatiefId: ini.id } });
  });
  await sendMailSafe({
    to: email,
    subject: `Bevestig: "${ini.titel}" volgen`,
    text: [
      "Hallo,",
      "",
      `U wilt het initiatief "${ini.titel}" volgen. Dan krijgt u een e-mail als de initiatiefnemers nieuws op de website zetten.`,
      "",
      `Bevestig dit via deze link: ${initiatiefBeheerUrl(velden.token)}`,
      "",
      `Pas na uw bevestiging sturen we iets. Wilde u dit niet? Dan hoeft u niets te doen: we bewaren uw adres dan niet langer dan ${ONBEVESTIGD_DAGEN} dagen.`,
    ].join("\n"),
  });
  return { soort: "mail" };
}

export interface InitiatiefVolging {
  id: string;
  initiatief: { titel: string; referentie: string };
  /** The address with most of it hidden: j***@voorbeeld.nl. */
  adres: string;
  bevestigdOp: Date | null;
  afgemeldOp: Date | null;
}

/** The subscription of a token, or null (wrong form, unknown or replaced token, or a wijk's token). */
export async function leesInitiatiefVolging(token: string): Promise<InitiatiefVolging | null> {
  if (!isVolgTokenVorm(token)) return null;
  const v = await db.initiatiefVolger.findUnique({
    where: { tokenHash: hashVolgToken(token) },
    select: { id: true, email: true, bevestigdOp: true, afgemeldOp: true, initiatief: { select: { titel: true, referentie: true } } },
  });
  if (!v?.initiatief.referentie) return null;
  return { id: v.id, initiatief: { titel: v.initiatief.titel, referentie: v.initiatief.referentie }, adres: verberg(v.email), bevestigdOp: v.bevestigdOp, afgemeldOp: v.afgemeldOp };
}

async function volgingOfFout(token: string): Promise<InitiatiefVolging> {
  const v = await leesInitiatiefVolging(token);
  if (!v) throw new AppError("NOT_FOUND", LINK_KLOPT_NIET);
  return v;
}

/** The button on the page behind the link in the confirmation mail. Idempotent. */
export async function bevestigInitiatiefVolging(token: string, nu = new Date()): Promise<InitiatiefVolging> {
  const v = await volgingOfFout(token);
  if (v.afgemeldOp) throw new AppError("CONFLICT", "U volgt dit initiatief niet meer. Wilt u weer volgen? Vul dan opnieuw uw e-mailadres in op de pagina van het initiatief.");
  await markeerVolger("InitiatiefVolger", v.id, "bevestigd", nu);
  return volgingOfFout(token);
}

/** Unsubscribe (the page button and the one-click POST of RFC 8058). Idempotent; returns false for an unknown token. */
export async function meldAfInitiatief(token: string, via: "pagina" | "one-click", nu = new Date()): Promise<boolean> {
  const v = await leesInitiatiefVolging(token);
  if (!v) return false;
  await markeerVolger("InitiatiefVolger", v.id, "afgemeld", nu, { via });
  return true;
}

/** Unsubscribe from the manage page: as meldAfInitiatief, but an unknown token is an error for the form. */
export async function meldAfInitiatiefViaPagina(token: string): Promise<void> {
  if (!(await meldAfInitiatief(token, "pagina"))) throw new AppError("NOT_FOUND", LINK_KLOPT_NIET);
}

/** Whether the signed-in resident follows this initiative (confirmed, not stopped). */
export async function volgtInitiatief(actor: Actor | null, referentie: string): Promise<boolean> {
  if (!actor) return false;
  const n = await db.initiatiefVolger.count({
    where: { initiatief: { referentie }, bevestigdOp: { not: null }, afgemeldOp: null, OR: [{ userId: actor.id }, { email: actor.email.toLowerCase() }] },
  });
  return n > 0;
}

/** The first words of an update, at most `max` characters, cut at a space. */
export function uittreksel(tekst: string, max = 280): string {
  const plat = tekst.replace(/\s+/g, " ").trim();
  if (plat.length <= max) return plat;
  const stuk = plat.slice(0, max);
  const spatie = stuk.lastIndexOf(" ");
  return `${(spatie > max / 2 ? stuk.slice(0, spatie) : stuk).replace(/[\s,.;:]+$/, "")} …`;
}

/**
 * One mail per confirmed follower about a new update (called after the update's transaction). Never
 * throws: the update stands whatever happens to the mails. Returns how many were sent and failed.
 */
export async function mailUpdateAanVolgers(initiatiefId: string, update: { titel: string; tekst: string }): Promise<{ verstuurd: number; mislukt: number }> {
  const r = { verstuurd: 0, mislukt: 0 };
  try {
    const ini = await db.initiatief.findFirst({ where: { id: initiatiefId, openbaar: true, status: { in: PUBLIEK } }, select: { titel: true, referentie: true } });
    if (!ini?.referentie) return r;
    const volgers = await db.initiatiefVolger.findMany({
      where: { initiatiefId, bevestigdOp: { not: null }, afgemeldOp: null },
      orderBy: { createdAt: "asc" },
      select: { email: true, tokenVersleuteld: true },
    });
    for (const v of volgers) {
      const token = ontsleutelVolgToken(v.tokenVersleuteld);
      // Sealed with another NEXTAUTH_SECRET: without a working unsubscribe link, we send nothing.
      const ok = token
        ? await sendMailSafe({
            to: v.email,
            subject: `Nieuws van "${ini.titel}": ${update.titel}`,
            text: [
              "Hallo,",
              "",
              `De initiatiefnemers van "${ini.titel}" hebben nieuws:`,
              "",
              update.titel,
              uittreksel(update.tekst),
              "",
              `Lees verder: ${paginaUrl(ini.referentie)}`,
              "",
              "--",
              "U krijgt deze e-mail omdat u dit initiatief volgt.",
              `Stoppen? Kijk hier (u hoeft niet in te loggen): ${initiatiefBeheerUrl(token)}`,
              `Direct afmelden: ${initiatiefAfmeldUrl(token)}`,
            ].join("\n"),
            headers: { "List-Unsubscribe": `<${initiatiefAfmeldUrl(token)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
          })
        : false;
      if (ok) r.verstuurd++;
      else r.mislukt++;
    }
  } catch (e) {
    console.warn("Mail over een update aan de volgers mislukt:", (e as Error).message);
  }
  return r;
}
