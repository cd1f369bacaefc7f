import "server-only";
import { headers } from "next/headers";

/** The client's address for rate limiting (first hop of X-Forwarded-For behind a load balancer). */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "lokaal";
}
