/**
 * Admission control of the production server (scripts/server.mjs): at most `max` requests inside
 * Next.js at once (SERVER_MAX_GELIJKTIJDIG, default 16); the rest wait in a first-in-first-out queue of at
 * most `wachtrij` (SERVER_MAX_WACHTRIJ, default 500). Beyond that: 503 with a Dutch page and Retry-After.
 * On a 2-core machine 200 renders at once make every one of them slow (and memory grow); 16 at a time
 * finish sooner, and the page cache (scripts/pagina-cache.mjs) answers the waiting visitors of the same page.
 * A request leaves its place when its response is finished or its connection closed; a visitor who
 * gives up while waiting is taken out of the queue.
 */

const WEIGER_HTML =
  '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Even te druk</title></head><body>' +
  "<h1>Het is nu erg druk op de website</h1><p>Probeer het over een paar seconden opnieuw.</p></body></html>";

/** An integer setting from the environment, with a Dutch error for a wrong value. */
export function getalUitOmgeving(naam, standaard, min, max, waarde = process.env[naam]) {
  if (waarde === undefined || waarde === "") return standaard;
  const n = Number(waarde);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${naam} moet een heel getal van ${min} tot en met ${max} zijn (nu: "${waarde}").`);
  return n;
}

/**
 * @param {{ max: number, wachtrij: number, retryAfterSeconden?: number }} opties
 */
export function maakToelating({ max, wachtrij, retryAfterSeconden = 5 }) {
  let actief = 0;
  /** @type {{ req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, verder: () => void }[]} */
  const rij = [];

  function start(w) {
    actief++;
    let vrij = false;
    const laatLos = () => {
      if (vrij) return;
      vrij = true;
      actief--;
      volgende();
    };
    w.res.once("finish", laatLos);
    w.res.once("close", laatLos);
    try {
      w.verder();
    } catch (e) {
      laatLos();
      throw e;
    }
  }

  function volgende() {
    while (actief < max && rij.length > 0) {
      const w = rij.shift();
      w.res.off("close", w.weg);
      if (w.res.destroyed || w.res.writableEnded) continue;
      start(w);
    }
  }

  function weiger(req, res) {
    res.statusCode = 503;
    res.setHeader("Retry-After", String(retryAfterSeconden));
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    res.end(req.method === "HEAD" ? undefined : WEIGER_HTML);
  }

  return {
    /** Runs `verder()` now, or when a place is free; or answers 503 when the queue is full. */
    laatDoor(req, res, verder) {
      if (actief < max && rij.length === 0) return start({ req, res, verder });
      if (rij.length >= wachtrij) return weiger(req, res);
      const w = { req, res, verder, weg: () => {} };
      w.weg = () => {
        const i = rij.indexOf(w);
        if (i >= 0) rij.splice(i, 1);
      };
      res.once("close", w.weg);
      rij.push(w);
    },
    stand: () => ({ actief, wachtend: rij.length }),
  };
}
