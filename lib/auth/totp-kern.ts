/**
 * Pure helpers for the second sign-in step (TOTP, RFC 6238): encryption at rest, codes, recovery codes.
 * No database and no request APIs here, so the seed script can use it too; lib/auth/totp.ts has the rest.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from "node:crypto";
import { generate, generateSecret, generateURI, verify } from "otplib";
import { authSecret } from "./secret.ts";
import type { Rol } from "./permissions.ts";

export const TOTP_PERIOD = 30;
/** Accept the previous, current and next 30-second code (clock drift of the phone). */
const TOLERANCE_SECONDS = 30;
export const HERSTELCODES_AANTAL = 10;

/** A 32-byte key for one purpose, derived from NEXTAUTH_SECRET (HKDF-SHA256). */
function key(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "sociale-basis-tweestaps", purpose, 32));
}

/** AES-256-GCM: "v1.<base64url(iv | tag | ciphertext)>". */
export function seal(purpose: string, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The plaintext, or null when the value was not sealed with this key and purpose (or was changed). */
export function unseal(purpose: string, sealed: string | null | undefined): string | null {
  if (!sealed?.startsWith("v1.")) return null;
  try {
    const raw = Buffer.from(sealed.slice(3), "base64url");
    if (raw.length < 29) return null;
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

export const encryptTotpSecret = (secret: string) => seal("totp-geheim", secret);
export const decryptTotpSecret = (sealed: string | null | undefined) => unseal("totp-geheim", sealed);

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string, gemeente: string): string {
  return generateURI({ issuer: `Sociale Basis ${gemeente}`, label: email, secret });
}

/** The time step (30-second window number) of a moment. */
export function timeStep(ms = Date.now()): number {
  return Math.floor(ms / 1000 / TOTP_PERIOD);
}

/** The code an authenticator app shows for `secret` at time `ms` (used by tests and the demo). */
export async function totpCode(secret: string, ms = Date.now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(ms / 1000) });
}

/** The time step at which `code` is valid (within one step either way), only if later than `after`; else null. */
export async function matchTotp(secret: string, code: string, after: number | null, ms = Date.now()): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(ms / 1000),
      epochTolerance: TOLERANCE_SECONDS,
      ...(after !== null ? { afterTimeStep: after } : {}),
    });
    return result.valid && "timeStep" in result ? result.timeStep : null;
  } catch {
    return null;
  }
}

/** Codes typed by people: ignore spaces, dashes and case. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]/g, "").toLowerCase();
}

const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i

/** Ten one-time recovery codes like "k7pzm-3qd8x" (about 49 bits each). */
export function newRecoveryCodes(n = HERSTELCODES_AANTAL): string[] {
  return Array.from({ length: n }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Recovery codes are stored as a keyed hash (HMAC-SHA256), never in plain text. */
export function hashRecoveryCode(code: string): string {
  return createHmac("sha256", key("herstelcode")).update(normalizeCode(code)).digest("hex");
}

/** Beheerders and ambtenaren must use the second step; opbouwwerkers may. */
export function secondFactorRequired(rol: Rol): boolean {
  return rol === "BEHEERDER" || rol === "AMBTENAAR";
}
