import "server-only";
import { headers } from "next/headers";
import { env } from "./env.ts";
import { clientIpFrom, peerHeaderTrusted } from "./client-ip.ts";

/**
 * The client's address for rate limiting. Uses the TCP peer address (recorded by scripts/server.mjs)
 * and X-Forwarded-For only as far as TRUSTED_PROXY_HOPS proxies in front of the app added it, so a
 * client cannot pick its own key by sending X-Forwarded-For. See lib/client-ip.ts.
 */
export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers(), env().TRUSTED_PROXY_HOPS, peerHeaderTrusted());
}
