/**
 * Limits on password sign-in attempts. Not per account alone (then anyone could lock a colleague out
 * with a few wrong passwords): per account *and* client address, plus per client address over all
 * accounts. A successful sign-in takes its hits back, so only failed attempts count.
 */
import { env } from "./env.ts";
import { hitRateLimit, refundRateLimit, type Limit } from "./rate-limit.ts";

export async function loginAttempt(emailRaw: string, ip: string, now = new Date()) {
  const e = env();
  const email = emailRaw.trim().toLowerCase();
  const hits: [string, Limit][] = [
    [`login-ip:${ip}`, { max: e.LOGIN_LIMIT_PER_IP, windowSeconds: e.LOGIN_LIMIT_WINDOW_SECONDS }],
    [`login:${email}:ip:${ip}`, { max: e.LOGIN_LIMIT_PER_ACCOUNT, windowSeconds: e.LOGIN_LIMIT_WINDOW_SECONDS }],
  ];
  // Each hit is one atomic increment before the password is checked, so parallel guesses count too.
  for (const [key, limit] of hits) await hitRateLimit(key, limit, now);
  return {
    async succeeded() {
      for (const [key, limit] of hits) await refundRateLimit(key, limit, now);
    },
  };
}
