/** Sign-in data functions: staff password check, resident magic links. Sessions: lib/auth/sessie.ts. */
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { db } from "../db.ts";
import { env } from "../env.ts";
import { sendMail } from "../mail.ts";
import { authSecret } from "./secret.ts";
import { demoRefused, type SessionUser } from "./sessie.ts";

export type { SessionUser } from "./sessie.ts";
import { safeReturnPath } from "./return-path.ts";
import { instellingen } from "../instellingen.ts";
export { safeReturnPath };

const MAGIC_LINK_MINUTES = 30;

export async function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, 10);
}

/** Staff sign-in. Returns the user when e-mail and password match an active account with a password. */
export async function verifyPassword(email: string, password: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, naam: true, rol: true, actief: true, demo: true, passwordHash: true },
  });
  // Compare against a dummy hash when there is no user, so timing does not reveal accounts.
  const hash = user?.passwordHash ?? "$2b$10$CwTycUXWue0Thq9StjUM0uJ8.QpZ0N4Q7QdVdO3rS9vTxiEVmq6Hy";
  const ok = await bcrypt.compare(password, hash);
  if (!user || !user.actief || !user.passwordHash || !ok || demoRefused(user)) return null;
  return { id: user.id, email: user.email, naam: user.naam, rol: user.rol };
}

/** An active user for a session after the second step (null when deactivated meanwhile). */
export async function loadSessionUser(id: string): Promise<(SessionUser & { totpActief: boolean }) | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, naam: true, rol: true, actief: true, totpActiefSinds: true },
  });
  if (!user || !user.actief) return null;
  return { id: user.id, email: user.email, naam: user.naam, rol: user.rol, totpActief: !!user.totpActiefSinds };
}

function hashToken(token: string): string {
  return createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
}

export const MAGIC_LINK_GELDIG_MINUTEN = MAGIC_LINK_MINUTES;

/** Creates a one-time sign-in link (valid 30 minutes) without sending it (for mails that include one). */
export async function createMagicLinkUrl(emailRaw: string, terug?: string): Promise<string> {
  const email = emailRaw.trim().toLowerCase();
  const token = randomBytes(32).toString("base64url");
  await db.verificationToken.create({
    data: { identifier: email, token: hashToken(token), expires: new Date(Date.now() + MAGIC_LINK_MINUTES * 60_000) },
  });
  const url = new URL("/inloggen/link", env().APP_URL);
  url.searchParams.set("email", email);
  url.searchParams.set("token", token);
  url.searchParams.set("terug", safeReturnPath(terug));
  if (env().LOG_MAGIC_LINKS && env().APP_ENV !== "production") console.info(`[inloglink] ${email}: ${url.toString()}`);
  return url.toString();
}

/**
 * Creates a one-time link (valid 30 minutes) and e-mails it. Magic links are for residents only:
 * a staff account gets a mail without a link that says to use the password (the page shows the same
 * answer either way, so nobody learns whether an address belongs to staff).
 */
export async function sendMagicLink(emailRaw: string, terug?: string): Promise<void> {
  const email = emailRaw.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email }, select: { rol: true } });
  if (existing && existing.rol !== "INWONER") {
    await sendMail({
      to: email,
      subject: "Inloggen bij Sociale Basis " + (await instellingen()).gemeenteNaam,
      text: [
        "Hallo,",
        "",
        "Er is een inloglink gevraagd voor dit e-mailadres. Medewerkers loggen niet in met een link,",
        "maar met hun wachtwoord: ga naar de pagina Inloggen en kies 'Inloggen voor medewerkers'.",
        "",
        "Vroeg u niet om deze e-mail? Dan hoeft u niets te doen.",
        "",
        "Met vriendelijke groet,",
        `Gemeente ${(await instellingen()).gemeenteNaam}`,
      ].join("\n"),
    });
    return;
  }
  const url = await createMagicLinkUrl(email, terug);
  await sendMail({
    to: email,
    subject: "Uw inloglink voor Sociale Basis " + (await instellingen()).gemeenteNaam,
    text: [
      "Hallo,",
      "",
      "U vroeg om in te loggen. Klik op deze link om verder te gaan:",
      url,
      "",
      `De link werkt ${MAGIC_LINK_MINUTES} minuten en maar één keer.`,
      "Vroeg u niet om deze e-mail? Dan hoeft u niets te doen.",
      "",
      "Met vriendelijke groet,",
      `Gemeente ${(await instellingen()).gemeenteNaam}`,
    ].join("\n"),
  });
}

/**
 * Uses a magic link (once). Creates the resident account on first use.
 * Returns null when the link is unknown, used or expired, and for staff accounts (they sign in with
 * their password, so whoever reads their mailbox cannot bypass it) and inactive or refused demo accounts.
 */
export async function consumeMagicLink(emailRaw: string, token: string): Promise<SessionUser | null> {
  const email = emailRaw.trim().toLowerCase();
  const hashed = hashToken(token);
  const deleted = await db.verificationToken.deleteMany({
    where: { identifier: email, token: hashed, expires: { gt: new Date() } },
  });
  if (deleted.count !== 1) return null;
  const user = await db.user.upsert({
    where: { email },
    create: { email, emailVerified: new Date() },
    update: { emailVerified: new Date() },
    select: { id: true, email: true, naam: true, rol: true, actief: true, demo: true },
  });
  // A link never signs in staff (it would skip the password and the second step).
  if (!user.actief || user.rol !== "INWONER" || demoRefused(user)) return null;
  // The e-mail address is proven now: initiatives sent with it (and no owner) become this user's.
  // (Imported here, not at the top: scripts such as tests/e2e/server.mts load this module outside Next.js,
  // and the data layer is server-only.)
  const { neemInitiatievenOverOpEmail } = await import("../data/initiatief/eigenaar.ts");
  await neemInitiatievenOverOpEmail(user);
  return { id: user.id, email: user.email, naam: user.naam, rol: user.rol };
}
