/**
 * The secret key of one wijk subscription (Volg je wijk): 256 random bits, base64url (43 characters).
 * Stored twice, never readable: as SHA-256 (unique, to find the subscription) and sealed with AES-256-GCM
 * (so every digest can carry the unsubscribe link). A token finds exactly one subscription: it cannot be
 * used for another address or wijk.
 */
import { createHash, randomBytes } from "node:crypto";
import { seal, unseal } from "../auth/totp-kern.ts";

const DOEL = "wijk-volgen-token";
const VORM = /^[A-Za-z0-9_-]{43}$/;

export function maakVolgToken(): { token: string; tokenHash: string; tokenVersleuteld: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashVolgToken(token), tokenVersleuteld: seal(DOEL, token) };
}

export function hashVolgToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether a string can be a token at all (checked before any database lookup). */
export function isVolgTokenVorm(token: string): boolean {
  return VORM.test(token);
}

export function ontsleutelVolgToken(versleuteld: string): string | null {
  return unseal(DOEL, versleuteld);
}
