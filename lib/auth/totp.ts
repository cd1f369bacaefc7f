/**
 * The second sign-in step for staff (TOTP from an authenticator app, or a one-time recovery code).
 * Secrets are stored encrypted (AES-256-GCM, key from NEXTAUTH_SECRET) and never leave the server
 * after enrollment. Each accepted TOTP time step is stored, so the same code cannot be used twice.
 */
import "server-only";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requirePermission } from "./guard.ts";
import { hitRateLimit, refundRateLimit } from "../rate-limit.ts";
import { env } from "../env.ts";
import {
  decryptTotpSecret,
  encryptTotpSecret,
  hashRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  normalizeCode,
  secondFactorRequired,
} from "./totp-kern.ts";
import type { Actor } from "./permissions.ts";
import { writeAudit, type AuditActie } from "../audit.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export * from "./totp-kern.ts";

export interface TweestapsStatus {
  actief: boolean;
  actiefSinds: Date | null;
  verplicht: boolean;
  herstelcodesOver: number;
}

export async function tweestapsStatus(userId: string): Promise<TweestapsStatus> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { rol: true, totpActiefSinds: true } });
  const herstelcodesOver = await db.herstelcode.count({ where: { userId, gebruiktOp: null } });
  return {
    actief: !!user.totpActiefSinds,
    actiefSinds: user.totpActiefSinds,
    verplicht: secondFactorRequired(user.rol),
    herstelcodesOver,
  };
}

async function audit(actorId: string, actie: AuditActie, userId: string, na?: Prisma.InputJsonObject) {
  await writeAudit(db, { actorId, actie, entiteit: "User", entiteitId: userId, na });
}

/**
 * Checks a code from the authenticator app (6 digits) or a recovery code for this user.
 * Returns how the user passed, or null (wrong code, code already used, or no second step set up).
 */
export async function verifySecondFactor(userId: string, input: string): Promise<"totp" | "herstelcode" | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpGeheim: true, totpActiefSinds: true, totpLaatsteStap: true },
  });
  const secret = user?.totpActiefSinds ? decryptTotpSecret(user.totpGeheim) : null;
  if (!secret) return null;
  const code = normalizeCode(input);
  if (/^\d{6}$/.test(code)) {
    const step = await matchTotp(secret, code, user!.totpLaatsteStap);
    if (step === null) return null;
    // Atomic: of two requests with the same code only one moves the last step forward.
    const moved = await db.user.updateMany({
      where: { id: userId, OR: [{ totpLaatsteStap: null }, { totpLaatsteStap: { lt: step } }] },
      data: { totpLaatsteStap: step },
    });
    return moved.count === 1 ? "totp" : null;
  }
  if (code.length !== 10) return null;
  const used = await db.herstelcode.updateMany({
    where: { userId, hash: hashRecoveryCode(code), gebruiktOp: null },
    data: { gebruiktOp: new Date() },
  });
  if (used.count !== 1) return null;
  const over = await db.herstelcode.count({ where: { userId, gebruiktOp: null } });
  await audit(userId, "tweestaps.herstelcode_gebruikt", userId, { herstelcodesOver: over });
  return "herstelcode";
}

/**
 * Turns the second step on with a secret the user has just added to the app, after checking a first
 * code from it. Stores the recovery codes (hashed) in place of any earlier ones. False when the code is wrong.
 */
export async function activateTotp(userId: string, secret: string, code: string, recoveryCodes: string[]): Promise<boolean> {
  const step = await matchTotp(secret, normalizeCode(code), null);
  if (step === null) return false;
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { totpGeheim: encryptTotpSecret(secret), totpActiefSinds: new Date(), totpLaatsteStap: step },
    });
    await tx.herstelcode.deleteMany({ where: { userId } });
    await tx.herstelcode.createMany({ data: recoveryCodes.map((c) => ({ userId, hash: hashRecoveryCode(c) })) });
    await writeAudit(tx, { actorId: userId, actie: "tweestaps.ingesteld", entiteit: "User", entiteitId: userId });
  });
  return true;
}

/** New recovery codes for a signed-in user with the second step on; the old ones stop working. Shown once. */
export async function regenerateRecoveryCodes(actor: Actor): Promise<string[]> {
  const status = await tweestapsStatus(actor.id);
  if (!status.actief) throw new AppError("INVALID", "Zet eerst de tweestapsverificatie aan.");
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.herstelcode.deleteMany({ where: { userId: actor.id } });
    await tx.herstelcode.createMany({ data: codes.map((c) => ({ userId: actor.id, hash: hashRecoveryCode(c) })) });
    await writeAudit(tx, { actorId: actor.id, actie: "tweestaps.herstelcodes_vernieuwd", entiteit: "User", entiteitId: actor.id });
  });
  return codes;
}

/** Switches the second step off. Only where it is optional (opbouwwerkers); beheerders and ambtenaren cannot. */
export async function disableTotp(actor: Actor): Promise<void> {
  if (secondFactorRequired(actor.rol)) {
    throw new AppError("FORBIDDEN", "Voor uw rol is de tweestapsverificatie verplicht. U kunt hem niet uitzetten.");
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { totpGeheim: null, totpActiefSinds: null, totpLaatsteStap: null } });
    await tx.herstelcode.deleteMany({ where: { userId: actor.id } });
    await writeAudit(tx, { actorId: actor.id, actie: "tweestaps.uitgezet", entiteit: "User", entiteitId: actor.id });
  });
}

/**
 * A beheerder turns a colleague's second step back (phone and recovery codes lost). The colleague
 * then sets up the app again at the next sign-in (required roles) or signs in with the password (others).
 */
export async function resetTotpForUser(actor: Actor | null, emailRaw: string): Promise<{ email: string }> {
  const a = requirePermission(actor, "gebruikers:manage");
  const email = emailRaw.trim().toLowerCase();
  const target = await db.user.findUnique({ where: { email }, select: { id: true, email: true, rol: true, totpActiefSinds: true } });
  if (!target || target.rol === "INWONER") throw new AppError("NOT_FOUND", "Er is geen medewerker met dit e-mailadres.");
  if (target.id === a.id) throw new AppError("INVALID", "Uw eigen tweede stap kunt u hier niet terugzetten. Vraag een andere beheerder.");
  if (!target.totpActiefSinds) throw new AppError("INVALID", "Deze medewerker heeft geen tweede stap ingesteld.");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { totpGeheim: null, totpActiefSinds: null, totpLaatsteStap: null } });
    await tx.herstelcode.deleteMany({ where: { userId: target.id } });
    await writeAudit(tx, { actorId: a.id, actie: "tweestaps.teruggezet", entiteit: "User", entiteitId: target.id });
  });
  return { email: target.email };
}

/** Code attempts per account: 10 failed ones per 15 minutes (the password step has its own limit). */
/** Wrong second-step codes per account per 15 minutes (TOTP_LIMIT_PER_ACCOUNT, default 10). */
export function codeLimit() {
  return { max: env().TOTP_LIMIT_PER_ACCOUNT, windowSeconds: 900 };
}

/** Runs a code check under the per-account limit. Every attempt counts first; a successful one is taken back. */
export async function withCodeLimit<T>(userId: string, check: () => Promise<T>): Promise<T> {
  const key = `tweestap:${userId}`;
  await hitRateLimit(key, codeLimit());
  const result = await check();
  if (result) await refundRateLimit(key, codeLimit());
  return result;
}
