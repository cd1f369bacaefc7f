/** Rate limits for posting and responding: per user and (more generous) per IP address, in one place. */
import { defaultLimit } from "./rate-limit.ts";
import type { NamedLimit } from "./actions.ts";

export type LimitSoort = "hulpvraag" | "hulpaanbod" | "vacature-reactie" | "melding" | "hulpvraag-namens" | "hulpvraag-overnemen";

/**
 * Named limits for an action (`limiet` in actie()): one for this user (if any) and one for the
 * caller's IP; hit n+1 of either is refused with RATE_LIMITED.
 */
export function postLimieten(soort: LimitSoort, userId: string | null, ip: string): NamedLimit[] {
  const limit = defaultLimit();
  const limieten: NamedLimit[] = [];
  if (userId) limieten.push({ sleutel: `${soort}:user:${userId}`, limiet: limit });
  // Several people can share one address (a library, a care home): the IP limit is higher.
  limieten.push({ sleutel: `${soort}:ip:${ip}`, limiet: userId ? { ...limit, max: limit.max * 4 } : limit });
  return limieten;
}
