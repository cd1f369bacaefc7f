/**
 * Fixed-window rate limiting stored in the database, so it holds across several app instances.
 * One atomic INSERT ... ON CONFLICT DO UPDATE per hit.
 */
import { db } from "./db.ts";
import { env } from "./env.ts";
import { AppError } from "./errors.ts";

export interface Limit {
  max: number;
  windowSeconds: number;
}

export function defaultLimit(): Limit {
  return { max: env().RATE_LIMIT_MAX, windowSeconds: env().RATE_LIMIT_WINDOW_SECONDS };
}

/** Start of the fixed window that `now` falls in. */
function vensterVan(limit: Limit, now: Date): Date {
  const windowMs = limit.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Counts a hit for `key`; throws RATE_LIMITED when this is hit number max+1 in the window. */
export async function hitRateLimit(key: string, limit: Limit = defaultLimit(), now = new Date()): Promise<void> {
  const venster = vensterVan(limit, now);
  const rows = await db.$queryRaw<{ aantal: number }[]>`
    INSERT INTO "RateLimit" ("sleutel", "venster", "aantal") VALUES (${key}, ${venster}, 1)
    ON CONFLICT ("sleutel", "venster") DO UPDATE SET "aantal" = "RateLimit"."aantal" + 1
    RETURNING "aantal"`;
  if (Number(rows[0]?.aantal ?? 0) > limit.max) throw new AppError("RATE_LIMITED");
}

/** Takes one hit back (after a successful attempt, so that only failed attempts count against `key`). */
export async function refundRateLimit(key: string, limit: Limit = defaultLimit(), now = new Date()): Promise<void> {
  const venster = vensterVan(limit, now);
  await db.$executeRaw`
    UPDATE "RateLimit" SET "aantal" = GREATEST("aantal" - 1, 0) WHERE "sleutel" = ${key} AND "venster" = ${venster}`;
}
