/**
 * Page cache of the production server (scripts/server.mjs), for anonymous visitors only (finding 16 of
 * issue 10, issue 15). 200 visitors at once on /kaart get the page from memory instead of 200 renders.
 *
 * Which requests (all conditions):
 * - GET or HEAD, without Authorization and without any cookie except next-auth's CSRF and callback
 *   cookies (these change nothing on a page). A session cookie, the draft cookie of an initiative, the
 *   second-step cookie or any unknown cookie: never from the cache, never stored;
 * - not a Next.js client navigation (RSC, prefetch, server action headers or `_rsc`);
 * - a public path: never /beheer, /mijn, /inloggen, /uitloggen, /initiatief/nieuw, /test, /_next, and of
 *   /api only /api/kaart (public map data);
 * - stored only from a 200 answer without Set-Cookie, HTML or JSON, at most MAX_ITEM_BYTES.
 * Signed-in pages are therefore never served from this (shared) cache.
 *
 * Lifetime: PAGINA_CACHE_SECONDS (default 10; 0 = off). Invalidation across instances: every committed
 * change of a content table bumps a content version in the database (migration
 * 20261201021000_pagina_cache_versie, lib/inhoud-versie.ts). Before serving, an instance makes sure it
 * has read that version with a query started at most `controleMs` ago (PAGINA_CACHE_CONTROLE_MS, default
 * 1000; while the next check is under way at most 2 x controleMs; 0 = one query per request, so a change
 * is visible to the very next request, as the e2e tests use it), and empties its cache when it changed. An entry is stored under the version read before its render started and only while that is
 * still the current one, so a render that overlaps a change is never kept.
 * Without the version query (not registered yet, or the database unreachable) nothing is cached.
 *
 * CSP nonce: every response gets a fresh one. The body and headers are kept with the nonce of the render
 * cut out; each served copy gets a new random nonce in its place (script tags and the CSP header).
 * Concurrent misses of one address render once; the others wait for that render, or, when the copy only
 * expired by time (same content version), get that copy meanwhile.
 * Header X-Sbp-Cache: HIT (from memory), MISS (rendered and stored), or absent (not cacheable).
 */
import { randomBytes } from "node:crypto";
import { gzip } from "node:zlib";
import { promisify } from "node:util";

const gzipAsync = promisify(gzip);

export const CACHE_KOP = "x-sbp-cache";
const MAX_ITEM_BYTES = 4 * 1024 * 1024;
const MAX_TOTAAL_BYTES = 96 * 1024 * 1024;
const MAX_ITEMS = 2000;

const NOOIT = /^\/(beheer|mijn|inloggen|uitloggen|test|initiatief\/nieuw|_next|api)(\/|$)/;
const API_WEL = /^\/api\/kaart$/;
/** Cookies that never change a page: next-auth's CSRF token and callback address. */
const ONSCHADELIJKE_COOKIES = new Set(["next-auth.csrf-token", "__Host-next-auth.csrf-token", "next-auth.callback-url", "__Secure-next-auth.callback-url"]);
const NEXT_KOPPEN = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-hmr-refresh"];
/** Not copied from a stored answer: recomputed per response or meaningless for a copy. */
const NIET_BEWAARD = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "etag", "set-cookie", "content-encoding", CACHE_KOP]);

/** The cookie names in a Cookie header. */
function cookieNamen(header) {
  if (!header) return [];
  return String(header)
    .split(";")
    .map((d) => d.split("=")[0].trim())
    .filter(Boolean);
}

/** The cache key of a request, or null when it may not come from (or go into) the cache. */
export function cacheSleutel(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const h = req.headers;
  if (h.authorization) return null;
  if (cookieNamen(h.cookie).some((n) => !ONSCHADELIJKE_COOKIES.has(n))) return null;
  if (NEXT_KOPPEN.some((k) => h[k] !== undefined)) return null;
  const url = req.url ?? "/";
  if (!url.startsWith("/")) return null;
  const vraag = url.indexOf("?");
  let pad;
  try {
    pad = decodeURIComponent(vraag >= 0 ? url.slice(0, vraag) : url).replace(/\/+/g, "/").toLowerCase();
  } catch {
    return null;
  }
  if (vraag >= 0 && /(^|&)_rsc=/.test(url.slice(vraag + 1))) return null;
  if (NOOIT.test(pad) && !API_WEL.test(pad)) return null;
  // The host (and what a proxy says about it) can end up in absolute links: part of the key.
  return `${h.host ?? ""}|${h["x-forwarded-host"] ?? ""}|${h["x-forwarded-proto"] ?? ""}|${url}`;
}

function accepteertGzip(req) {
  const ae = String(req.headers["accept-encoding"] ?? "");
  return /(^|,)\s*gzip\s*(,|$)/i.test(ae) || /(^|,)\s*gzip\s*;\s*q=(1|0\.0*[1-9])/i.test(ae);
}

/** A fresh CSP nonce in the format of lib/security/headers.ts (16 random bytes, base64). */
function nieuweNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * @param {{ seconden: number, leesVersie: () => (undefined | (() => Promise<string>)), controleMs?: number, log?: (m: string, e?: unknown) => void }} opties
 *   leesVersie returns the function that reads the content version (or undefined while there is none).
 */
export function maakPaginaCache({ seconden, leesVersie, controleMs = 1000, log = (m, e) => console.error(m, e) }) {
  /** key -> { versie, tot, status, koppen: [name, string[] | string[][]][], delen: string[] (latin1, cut at the nonce) | null, body: Buffer | null, gzip: boolean, bytes } */
  const items = new Map();
  let bytes = 0;
  /** key -> Promise<item | null>: a render in progress whose result the others wait for. */
  const bezig = new Map();
  let versie = null;
  let gecontroleerdOp = 0;
  let controle = null;

  function leeg() {
    items.clear();
    bytes = 0;
  }

  let laatsteStart = 0;

  /** Reads the version now; a result older than the last accepted one only answers its own request. */
  function leesNu() {
    const lees = leesVersie();
    if (typeof lees !== "function") return null;
    const start = Date.now();
    return lees().then(
      (v) => {
        if (start >= laatsteStart) {
          laatsteStart = start;
          if (v !== versie) leeg();
          versie = v;
          gecontroleerdOp = start;
        }
        return v;
      },
      (e) => {
        leeg();
        versie = null;
        log("Paginacache: inhoudsversie niet gelezen; de cache staat uit tot het weer lukt.", e);
        return null;
      },
    );
  }

  /**
   * The content version, read by a query started at most controleMs ago (requests in that interval share
   * one query), or, while the next check runs, at most 2 x controleMs ago; null = cache unusable.
   * controleMs 0: a query of its own for every request.
   */
  function startControle() {
    if (!controle) {
      const p = leesNu();
      if (p === null) return null;
      controle = p.finally(() => {
        controle = null;
      });
    }
    return controle;
  }

  function huidigeVersie() {
    if (controleMs <= 0) return leesNu();
    const leeftijd = Date.now() - gecontroleerdOp;
    if (versie !== null && leeftijd < controleMs) {
      // half way: check again in the background, so under steady traffic nobody waits for a check
      if (leeftijd >= controleMs / 2) startControle();
      return versie;
    }
    const p = startControle();
    // A slow database under load: nobody waits while the last check is less than two intervals old
    // (a change shows within 2 x controleMs); older than that, every request waits for the check.
    if (versie !== null && leeftijd < 2 * controleMs) return versie;
    return p;
  }

  function bewaar(sleutel, item) {
    const oud = items.get(sleutel);
    if (oud) {
      bytes -= oud.bytes;
      items.delete(sleutel);
    }
    const nu = Date.now();
    for (const [k, v] of items) {
      if (bytes + item.bytes <= MAX_TOTAAL_BYTES && items.size < MAX_ITEMS && v.tot > nu) break;
      items.delete(k);
      bytes -= v.bytes;
    }
    items.set(sleutel, item);
    bytes += item.bytes;
  }

  /** Serves a stored answer with a fresh nonce. */
  async function dien(req, res, item, status) {
    const nonce = nieuweNonce();
    let body = item.delen ? Buffer.from(item.delen.join(nonce), "latin1") : item.body;
    for (const [naam, waarde] of item.koppen) {
      res.setHeader(naam, Array.isArray(waarde[0]) ? waarde.map((d) => d.join(nonce)) : waarde.join(nonce));
    }
    res.setHeader(CACHE_KOP, status);
    if (item.gzip && accepteertGzip(req) && body.length > 1024) {
      if (item.delen) body = await gzipAsync(body, { level: 4 });
      else body = await (item.gezipt ??= gzipAsync(body, { level: 6 })); // the same bytes every time: once
      res.setHeader("content-encoding", "gzip");
    }
    res.setHeader("content-length", body.length);
    res.statusCode = item.status;
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** Captures what Next.js writes; resolves with a storable item or null. */
  function vang(req, res, itemVersie) {
    const delen = [];
    let grootte = 0;
    let teGroot = false;
    let writeHeadKoppen = null;
    const origWriteHead = res.writeHead;
    const origWrite = res.write;
    const origEnd = res.end;
    const neem = (chunk, enc) => {
      if (chunk == null || teGroot || typeof chunk === "function") return;
      const b = typeof chunk === "string" ? Buffer.from(chunk, typeof enc === "string" ? enc : "utf8") : Buffer.from(chunk);
      grootte += b.length;
      if (grootte > MAX_ITEM_BYTES) {
        teGroot = true;
        delen.length = 0;
      } else delen.push(b);
    };
    res.writeHead = function (...args) {
      const h = typeof args[1] === "string" ? args[2] : args[1];
      if (h) writeHeadKoppen = h;
      return origWriteHead.apply(this, args);
    };
    res.write = function (chunk, enc, cb) {
      neem(chunk, enc);
      return origWrite.call(this, chunk, enc, cb);
    };
    res.end = function (chunk, enc, cb) {
      neem(chunk, enc);
      return origEnd.call(this, chunk, enc, cb);
    };
    return new Promise((resolve) => {
      res.once("close", () => {
        if (!res.writableFinished || teGroot || req.method !== "GET" || res.statusCode !== 200) return resolve(null);
        const koppen = { ...res.getHeaders() };
        if (writeHeadKoppen) {
          const lijst = Array.isArray(writeHeadKoppen) ? writeHeadKoppen : Object.entries(writeHeadKoppen);
          for (const paar of lijst) if (Array.isArray(paar)) koppen[String(paar[0]).toLowerCase()] = paar[1];
        }
        if (koppen["set-cookie"] !== undefined) return resolve(null);
        if (koppen["content-encoding"] !== undefined && koppen["content-encoding"] !== "identity") return resolve(null);
        const type = String(koppen["content-type"] ?? "");
        if (!/^(text\/html|application\/json)/i.test(type)) return resolve(null);
        // Stored only while the version read before the render is still the current one.
        if (itemVersie !== versie) return resolve(null);
        const csp = String(koppen["content-security-policy"] ?? "");
        const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
        const body = Buffer.concat(delen);
        const lijst = [];
        for (const [naam, waarde] of Object.entries(koppen)) {
          if (NIET_BEWAARD.has(naam) || waarde === undefined) continue;
          const knip = (v) => (nonce ? String(v).split(nonce) : [String(v)]);
          lijst.push([naam, Array.isArray(waarde) ? waarde.map(knip) : knip(waarde)]);
        }
        // latin1 keeps every byte as one character, so cutting and joining never changes the UTF-8 text.
        const tekst = nonce ? body.toString("latin1") : "";
        const delenMetNonce = nonce && tekst.includes(nonce) ? tekst.split(nonce) : null;
        resolve({
          versie: itemVersie,
          tot: Date.now() + seconden * 1000,
          status: 200,
          koppen: lijst,
          delen: delenMetNonce,
          body: delenMetNonce ? null : body,
          gzip: true,
          bytes: body.length + 1024,
        });
      });
    });
  }

  /**
   * Answers `req` from the cache, or hands it to `verder(req, res)` (admission control + Next.js).
   * Never throws.
   */
  async function verwerk(req, res, verder) {
    let doorgegeven = false;
    const geef = () => {
      doorgegeven = true;
      verder(req, res);
    };
    try {
      const sleutel = seconden > 0 ? cacheSleutel(req) : null;
      if (!sleutel) return geef();
      const v = await huidigeVersie();
      if (v === null) return geef();
      const item = items.get(sleutel);
      if (item && item.versie === v && item.tot > Date.now()) return await dien(req, res, item, "HIT");
      const lopend = bezig.get(sleutel);
      // Expired by time only (same content version, less than one lifetime ago) while another request
      // renders it anew: that copy is still what a render would show, so the others need not wait.
      if (lopend && item && item.versie === v && item.tot + seconden * 1000 > Date.now()) return await dien(req, res, item, "HIT");
      if (lopend) {
        const klaar = await lopend;
        if (klaar && klaar.versie === v) return await dien(req, res, klaar, "HIT");
        return geef();
      }
      if (req.method !== "GET") return geef();
      // A miss: render through Next.js, uncompressed (stored as it is; compressed per response here).
      delete req.headers["accept-encoding"];
      res.setHeader(CACHE_KOP, "MISS");
      const p = vang(req, res, v).then((nieuw) => {
        if (nieuw && nieuw.versie === versie) bewaar(sleutel, nieuw);
        return nieuw;
      });
      const gedeeld = p.finally(() => bezig.delete(sleutel));
      bezig.set(sleutel, gedeeld);
      geef();
    } catch (e) {
      log("Paginacache: fout, verzoek gaat buiten de cache om.", e);
      if (!doorgegeven && !res.headersSent) geef();
      else if (!res.writableEnded) res.destroy();
    }
  }

  return {
    verwerk,
    /** For tests and diagnostics. */
    stand: () => ({ items: items.size, bytes, versie }),
    leeg,
  };
}

function getal(naam, waarde, standaard, max) {
  if (waarde === undefined || waarde === "") return standaard;
  const n = Number(waarde);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new Error(`${naam} moet een heel getal van 0 tot en met ${max} zijn (nu: "${waarde}").`);
  return n;
}

/** PAGINA_CACHE_SECONDS from the environment: default 10, 0 = off. */
export function paginaCacheSeconden(waarde = process.env.PAGINA_CACHE_SECONDS) {
  return getal("PAGINA_CACHE_SECONDS", waarde, 10, 3600);
}

/** PAGINA_CACHE_CONTROLE_MS from the environment: default 1000, 0 = check the version on every request. */
export function paginaCacheControleMs(waarde = process.env.PAGINA_CACHE_CONTROLE_MS) {
  return getal("PAGINA_CACHE_CONTROLE_MS", waarde, 1000, 60_000);
}
