/**
 * The production server: Next.js inside a plain Node http server, so the app knows the TCP peer of
 * every request. Next.js gives server actions no socket address and keeps a client-sent
 * X-Forwarded-For as it is, which would let anyone choose their own rate-limit key. This server
 * overwrites the header x-sbp-peer with the socket address (a client-sent one is replaced) and marks
 * the process (SBP_PEER_HEADER=1) so lib/client-ip.ts trusts it. Proxies in front: TRUSTED_PROXY_HOPS.
 *
 *   node scripts/server.mjs [-p 3000] [-H 0.0.0.0]      (after `next build`; `npm start` uses it)
 */
import { createServer } from "node:http";

function arg(flag, fallback) {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const port = Number(arg("-p", process.env.PORT ?? "3000"));
const hostname = arg("-H", undefined);
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.SBP_PEER_HEADER = "1";

const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers["x-sbp-peer"] = req.socket.remoteAddress ?? "onbekend";
  handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`Klaar: http://${hostname ?? "localhost"}:${port}`);
});
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    server.close();
    process.exit(0);
  });
}
