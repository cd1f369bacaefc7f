/**
 * Finding 16 (load): the page cache and the admission control of the production server
 * (scripts/pagina-cache.mjs, scripts/toelating.mjs, used by scripts/server.mjs), on a real database.
 * Next.js is replaced by a small handler that behaves like it for this purpose (a CSP header with a fresh
 * nonce, the nonce in a script tag, content read from the database); tests/e2e/pagina-cache.spec.ts does
 * the same with the real app.
 * Two servers with their own cache play two app instances; on PostgreSQL the second reads the content
 * version over its own connection.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { PrismaPg } from "@prisma/adapter-pg";
import { db, type Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { leesInhoudVersie } from "@/lib/inhoud-versie";
import { cacheSleutel, maakPaginaCache } from "../../scripts/pagina-cache.mjs";
import { maakToelating } from "../../scripts/toelating.mjs";
import { createPlek, createWijk, ensureCategorieen, uniq } from "../factories";

let tweede: Db;
let eigenVerbinding: PrismaClient | undefined;
let plekId: string;
const servers: Server[] = [];

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (url) {
    eigenVerbinding = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    tweede = eigenVerbinding as unknown as Db;
  } else tweede = db;
  const [categorie] = await ensureCategorieen(db);
  const wijk = await createWijk(db);
  plekId = (await createPlek(db, { wijkId: wijk.id, categorieId: categorie.id, naam: "Buurthuis De Eerste" })).id;
});
afterAll(async () => {
  for (const s of servers) s.close();
  await eigenVerbinding?.$disconnect();
});

/** Stands in for Next.js: CSP with a fresh nonce, the nonce in a script tag, the place's name from the database. */
function nepNext(teller: { renders: number }, client: Db) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    teller.renders++;
    const nonce = randomBytes(16).toString("base64");
    res.setHeader("Content-Security-Policy", `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader("X-Frame-Options", "DENY");
    if (req.url?.startsWith("/koekje")) res.setHeader("Set-Cookie", "iets=persoonlijk; Path=/");
    if (req.url?.startsWith("/fout")) res.statusCode = 500;
    const naam = (await client.plek.findUniqueOrThrow({ where: { id: plekId } })).naam;
    const wie = req.headers.cookie ? `ingelogd: ${req.headers.cookie}` : "anoniem";
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.write(`<!doctype html><html><head><script nonce="${nonce}">self.x=1</script></head>`);
    await new Promise((r) => setTimeout(r, 20));
    res.end(`<body><p id="naam">${naam}</p><p id="wie">${wie}</p><p>één €</p><p>${"Een lange tekst. ".repeat(100)}</p></body></html>`);
  };
}

async function start(opties: { client?: Db; seconden?: number; leesVersie?: () => Promise<string> } = {}) {
  const client = opties.client ?? db;
  const teller = { renders: 0 };
  const cache = maakPaginaCache({
    seconden: opties.seconden ?? 60,
    leesVersie: () => opties.leesVersie ?? (() => leesInhoudVersie(client)),
    log: () => {},
  });
  const next = nepNext(teller, client);
  const server = createServer((req, res) => void cache.verwerk(req, res, () => void next(req, res)));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, teller, cache };
}

async function haal(url: string, headers: Record<string, string> = {}) {
  const r = await fetch(url, { headers: { "accept-encoding": "identity", ...headers } });
  const tekst = await r.text();
  const csp = r.headers.get("content-security-policy") ?? "";
  return { status: r.status, tekst, cache: r.headers.get("x-sbp-cache"), csp, headers: r.headers, nonceKop: /'nonce-([^']+)'/.exec(csp)?.[1], nonceBody: /nonce="([^"]+)"/.exec(tekst)?.[1] };
}

describe("finding 16: the page cache of scripts/server.mjs", () => {
  it("finding 16: an anonymous page is rendered once, then served from memory with a fresh nonce in body and CSP", async () => {
    const { base, teller } = await start();
    const a = await haal(`${base}/kaart?q=${uniq("x")}`.replace(/q=.*/, "q=een"));
    expect(a.cache).toBe("MISS");
    const b = await haal(`${base}/kaart?q=een`);
    const c = await haal(`${base}/kaart?q=een`);
    expect(teller.renders).toBe(1);
    expect([b.cache, c.cache]).toEqual(["HIT", "HIT"]);
    for (const r of [a, b, c]) {
      expect(r.nonceKop).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(r.nonceBody).toBe(r.nonceKop);
      expect(r.headers.get("x-frame-options")).toBe("DENY");
      expect(r.tekst).toContain("één €"); // UTF-8 unchanged by cutting out the nonce
    }
    expect(new Set([a.nonceKop, b.nonceKop, c.nonceKop]).size).toBe(3);
    expect(b.tekst.replace(b.nonceKop!, "N")).toBe(a.tekst.replace(a.nonceKop!, "N"));
    // another query string is another page
    expect((await haal(`${base}/kaart?q=twee`)).cache).toBe("MISS");
    // HEAD is answered from the stored GET
    const head = await fetch(`${base}/kaart?q=een`, { method: "HEAD" });
    expect(head.headers.get("x-sbp-cache")).toBe("HIT");
  });

  it("finding 16: a request with a session cookie (or any personal cookie) never comes from the cache and never fills it", async () => {
    const { base, teller } = await start();
    await haal(`${base}/wijken`);
    expect((await haal(`${base}/wijken`)).cache).toBe("HIT");
    for (const cookie of ["next-auth.session-token=abc", "__Secure-next-auth.session-token=abc", "sbp-concept=123", "onbekend=1", "next-auth.csrf-token=x; next-auth.session-token=def"]) {
      const r = await haal(`${base}/wijken`, { cookie });
      expect(r.cache).toBeNull();
      expect(r.tekst).toContain(`ingelogd: ${cookie}`);
    }
    // and the signed-in render did not replace the anonymous copy
    const anoniem = await haal(`${base}/wijken`);
    expect(anoniem.cache).toBe("HIT");
    expect(anoniem.tekst).toContain("anoniem");
    expect(teller.renders).toBe(1 + 5);
    // next-auth's CSRF cookie changes nothing on a page: still from the cache
    expect((await haal(`${base}/wijken`, { cookie: "next-auth.csrf-token=x" })).cache).toBe("HIT");
  });

  it("finding 16: staff and personal paths, API calls, client navigations, Set-Cookie and errors are never cached", async () => {
    const { base, teller } = await start();
    const nooit = ["/beheer", "/beheer/wijken", "/mijn/initiatieven", "/inloggen", "/api/auth/session", "/api/adres?q=1", "/initiatief/nieuw", "/test/fout", "/%62eheer", "//mijn", "/koekje", "/fout"];
    for (const pad of nooit) {
      await haal(base + pad);
      const r = await haal(base + pad);
      expect(r.cache, pad).not.toBe("HIT");
    }
    expect(teller.renders).toBe(nooit.length * 2);
    for (const headers of [{ rsc: "1" }, { "next-router-prefetch": "1" }, { "next-action": "abc" }, { authorization: "Bearer x" }]) {
      expect(cacheSleutel({ method: "GET", url: "/kaart", headers })).toBeNull();
    }
    expect(cacheSleutel({ method: "GET", url: "/kaart?_rsc=abc", headers: {} })).toBeNull();
    expect(cacheSleutel({ method: "POST", url: "/kaart", headers: {} })).toBeNull();
    expect(cacheSleutel({ method: "GET", url: "/api/kaart?q=x", headers: {} })).not.toBeNull();
    expect(cacheSleutel({ method: "GET", url: "/kaart", headers: { host: "a" } })).not.toBe(cacheSleutel({ method: "GET", url: "/kaart", headers: { host: "b" } }));
  });

  it("finding 16: a content change through one instance empties the cache of every instance within the check interval", async () => {
    const a = await start({ client: db });
    const b = await start({ client: tweede });
    for (const s of [a, b]) {
      await haal(`${s.base}/kaart/plek/x`);
      const r = await haal(`${s.base}/kaart/plek/x`);
      expect(r.cache).toBe("HIT");
      expect(r.tekst).toContain("Buurthuis De Eerste");
    }
    // staff rename the place (through instance A's database client)
    const nieuw = uniq("Buurthuis De Tweede");
    await db.plek.update({ where: { id: plekId }, data: { naam: nieuw } });
    for (const s of [a, b]) {
      await vi.waitFor(
        async () => {
          expect((await haal(`${s.base}/kaart/plek/x`)).tekst).toContain(nieuw);
        },
        { timeout: 10_000, interval: 200 },
      );
    }
    await db.plek.update({ where: { id: plekId }, data: { naam: "Buurthuis De Eerste" } });
  });

  it("finding 16: many simultaneous misses of one page render it once; gzip per response with its own nonce", async () => {
    const { base, teller } = await start();
    const antwoorden = await Promise.all(Array.from({ length: 20 }, () => haal(`${base}/vrijwilligers`)));
    expect(teller.renders).toBe(1);
    expect(antwoorden.filter((r) => r.cache === "MISS")).toHaveLength(1);
    expect(new Set(antwoorden.map((r) => r.nonceBody)).size).toBe(20);
    const gz = await new Promise<{ enc: string | undefined; body: Buffer; csp: string }>((resolve, reject) => {
      httpRequest(`${base}/vrijwilligers`, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
        const delen: Buffer[] = [];
        res.on("data", (d: Buffer) => delen.push(d));
        res.on("end", () => resolve({ enc: res.headers["content-encoding"], body: Buffer.concat(delen), csp: String(res.headers["content-security-policy"]) }));
      })
        .on("error", reject)
        .end();
    });
    expect(gz.enc).toBe("gzip");
    const html = gunzipSync(gz.body).toString("utf8");
    expect(html).toContain(`nonce="${/'nonce-([^']+)'/.exec(gz.csp)?.[1]}"`);
  });

  it("finding 16: without a readable content version nothing is cached; PAGINA_CACHE_SECONDS=0 switches it off", async () => {
    const kapot = await start({ leesVersie: () => Promise.reject(new Error("database weg")) });
    await haal(`${kapot.base}/kaart`);
    expect((await haal(`${kapot.base}/kaart`)).cache).toBeNull();
    expect(kapot.teller.renders).toBe(2);
    const uit = await start({ seconden: 0 });
    await haal(`${uit.base}/kaart`);
    expect((await haal(`${uit.base}/kaart`)).cache).toBeNull();
    expect(uit.teller.renders).toBe(2);
  });
});

describe("finding 16: admission control of scripts/server.mjs", () => {
  it("finding 16: at most `max` requests at once, the rest first in first out, beyond the queue 503 with Retry-After", async () => {
    const toelating = maakToelating({ max: 2, wachtrij: 2 });
    const volgorde: string[] = [];
    const open: ServerResponse[] = [];
    const server = createServer((req, res) =>
      toelating.laatDoor(req, res, () => {
        volgorde.push(req.url!);
        open.push(res); // answered below, by hand
      }),
    );
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    servers.push(server);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const verzoeken: Promise<Response>[] = [];
    for (const n of [1, 2, 3, 4]) {
      verzoeken.push(fetch(`${base}/${n}`));
      // wait until the server has it, so they arrive in this order
      await vi.waitFor(() => expect(toelating.stand().actief + toelating.stand().wachtend).toBe(n));
    }
    expect(toelating.stand()).toEqual({ actief: 2, wachtend: 2 });
    expect(volgorde).toEqual(["/1", "/2"]);
    // the queue is full: the fifth is refused at once
    const weigering = await fetch(`${base}/5`);
    expect(weigering.status).toBe(503);
    expect(weigering.headers.get("retry-after")).toBe("5");
    expect(await weigering.text()).toContain("erg druk");
    // answering one lets the next in, first in first out
    for (let klaar = 0; klaar < 4; klaar++) {
      await vi.waitFor(() => expect(open.length).toBeGreaterThan(0));
      expect(toelating.stand().actief).toBeLessThanOrEqual(2);
      open.shift()!.end("ok");
    }
    const antwoorden = await Promise.all(verzoeken);
    expect(antwoorden.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    expect(volgorde).toEqual(["/1", "/2", "/3", "/4"]);
    await vi.waitFor(() => expect(toelating.stand()).toEqual({ actief: 0, wachtend: 0 }));
  });
});
