/** Rate limits for posting and responding: per user and (more generous) per IP address, in one place. */
import "server-only";
import { defaultLimit, hitRateLimit } from "./rate-limit.ts";
import { clientIp } from "./request.ts";

export type LimitSoort = "hulpvraag" | "hulpaanbod" | "vacature-reactie" | "melding";

/** Counts a hit for this user (if any) and for the caller's IP; throws AppError RATE_LIMITED on n+1. */
export async function limitPosting(soort: LimitSoort, userId: string | null): Promise<void> {
  const limit = defaultLimit();
  const ip = await clientIp();
  if (userId) await hitRateLimit(`${soort}:user:${userId}`, limit);
  // Several people can share one address (a library, a care home): the IP limit is higher.
  await hitRateLimit(`${soort}:ip:${ip}`, userId ? { ...limit, max: limit.max * 4 } : limit);
}
