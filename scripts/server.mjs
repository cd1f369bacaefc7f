/**
 * The production server: Next.js inside a plain Node http server, so the app knows the TCP peer of
 * every request. Next.js gives server actions no socket address and keeps a client-sent
 * X-Forwarded-For as it is, which would let anyone choose their own rate-limit key. This server
 * overwrites the header x-sbp-peer with the socket address (a client-sent one is replaced) and marks
 * the process (SBP_PEER_HEADER=1) so lib/client-ip.ts trusts it. Proxies in front: TRUSTED_PROXY_HOPS.
 *
 * Under load (finding 16):
 * - a page cache for anonymous visitors (scripts/pagina-cache.mjs; PAGINA_CACHE_SECONDS, default 10,
 *   0 = off), invalidated through a content version in the database, so correct with several instances;
 * - admission control (scripts/toelating.mjs): at most SERVER_MAX_GELIJKTIJDIG (16) requests in Next.js
 *   at once, a FIFO queue of SERVER_MAX_WACHTRIJ (500), beyond that 503 with Retry-After.
 *   Build assets (/_next/static) pass straight through.
 *
 *   node scripts/server.mjs [-p 3000] [-H 0.0.0.0]      (after `next build`; `npm start` uses it)
 */
import { createServer } from "node:http";
import { maakPaginaCache, paginaCacheControleMs, paginaCacheSeconden } from "./pagina-cache.mjs";
import { getalUitOmgeving, maakToelating } from "./toelating.mjs";

function arg(flag, fallback) {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const port = Number(arg("-p", process.env.PORT ?? "3000"));
const hostname = arg("-H", undefined);
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.SBP_PEER_HEADER = "1";

let paginaCache, toelating;
try {
  paginaCache = maakPaginaCache({
    seconden: paginaCacheSeconden(),
    controleMs: paginaCacheControleMs(),
    // registered by instrumentation.ts (lib/inhoud-versie.ts) once the app is loaded
    leesVersie: () => globalThis[Symbol.for("sbp.inhoudVersie")],
  });
  toelating = maakToelating({
    max: getalUitOmgeving("SERVER_MAX_GELIJKTIJDIG", 16, 1, 10_000),
    wachtrij: getalUitOmgeving("SERVER_MAX_WACHTRIJ", 500, 0, 100_000),
  });
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

const { default: next } = await import("next");
const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

function naarNext(req, res) {
  handle(req, res).catch((e) => {
    console.error("Verzoek mislukt:", e);
    if (!res.headersSent) {
      res.statusCode = 500;
      res.end();
    } else res.destroy();
  });
}

const server = createServer((req, res) => {
  req.headers["x-sbp-peer"] = req.socket.remoteAddress ?? "onbekend";
  if (req.url?.startsWith("/_next/static/")) return naarNext(req, res);
  paginaCache.verwerk(req, res, () => toelating.laatDoor(req, res, () => naarNext(req, res)));
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
