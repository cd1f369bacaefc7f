/**
 * Which address is the client? Pure functions, used by lib/request.ts.
 *
 * The chain of addresses a request passed is X-Forwarded-For (left to right, as each proxy appended
 * the address it received the request from) followed by the TCP peer of our own server. With
 * TRUSTED_PROXY_HOPS = N proxies of our own in front of the app, the last N entries of that chain
 * are our proxies and the entry before them is the client; everything further left was sent by the
 * client and is ignored. With N = 0 the TCP peer itself is the client.
 *
 * Next.js does not give server actions the socket address, and `next start` keeps a client-sent
 * X-Forwarded-For as it is. So the app runs behind a tiny Node server (scripts/server.mjs) that
 * overwrites PEER_HEADER with the socket address on every request and sets SBP_PEER_HEADER=1.
 */
export const PEER_HEADER = "x-sbp-peer";

/** True when this process was started by scripts/server.mjs, so PEER_HEADER is ours, not the client's. */
export function peerHeaderTrusted(): boolean {
  return process.env.SBP_PEER_HEADER === "1";
}

function normalise(ip: string): string {
  const a = ip.trim().replace(/^\[|\]$/g, "");
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

export function clientIpFrom(h: Headers, hops: number, trustPeer: boolean): string {
  const xff = (h.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  const peer = trustPeer ? h.get(PEER_HEADER) : null;
  // Without our server (next dev, or plain `next start`) Next.js itself puts the socket address in
  // X-Forwarded-For only when the header is absent; the right-most entry is the best guess there.
  const chain = peer ? [...xff, normalise(peer)] : xff;
  if (!chain.length) return "lokaal";
  const index = chain.length - 1 - hops;
  // Fewer entries than trusted hops: the request did not come through all proxies; use the oldest.
  return chain[Math.max(0, index)];
}
