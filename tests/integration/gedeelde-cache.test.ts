/**
 * Finding 16 (load) and the multi-instance rule: the map cache lives in PostgreSQL, so an
 * invalidation by one app instance reaches every other one. Two "instances" here are two separate
 * cache objects; on PostgreSQL each has its own database connection (pool), on PGlite (one
 * connection per process) they share it, which still proves no state is kept in the cache object.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { db, type Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { maakGedeeldeCache } from "@/lib/cache/gedeeld";
import { KAART_GROEP } from "@/lib/kaart/kaart-cache";
import { zoekKaart } from "@/lib/data/kaart/zoeken";
import { leesKaartPagina } from "@/lib/data/kaart/pagina";
import { beslisSuggestie, stelPlekVoor } from "@/lib/data/suggesties";
import { GET as kaartApi } from "@/app/api/kaart/route";
import { voerTransitieUit } from "@/lib/initiatief/status";
import { actorOf, createUser, createWijk, ensureCategorieen, uniq } from "../factories";

let tweede: Db;
let eigenVerbinding: PrismaClient | undefined;

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (url) {
    eigenVerbinding = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    tweede = eigenVerbinding as unknown as Db;
  } else {
    tweede = db;
  }
});
afterAll(async () => {
  await eigenVerbinding?.$disconnect();
});

const instantieA = () => maakGedeeldeCache(() => db);
const instantieB = () => maakGedeeldeCache(() => tweede);

describe("finding 16: the shared map cache", () => {
  it("finding 16: an entry stored by one instance is served by another, and an invalidation by either reaches both", async () => {
    const a = instantieA();
    const b = instantieB();
    const groep = uniq("g");
    let berekend = 0;
    const maak = (w: string) => async () => {
      berekend++;
      return w;
    };
    expect(await a.haal(groep, "k", 60, maak("v1"))).toBe("v1");
    expect(await b.haal(groep, "k", 60, maak("anders"))).toBe("v1"); // B never computed: it read A's entry
    expect(berekend).toBe(1);

    await b.vergeet(groep); // e.g. instance B approved a suggestion
    expect(await a.haal(groep, "k", 60, maak("v2"))).toBe("v2"); // A does not serve the old entry
    expect(await b.haal(groep, "k", 60, maak("anders"))).toBe("v2");
    expect(berekend).toBe(2);

    // a brand-new instance (a second `next start`) sees the same state
    expect(await maakGedeeldeCache(() => tweede).haal(groep, "k", 60, maak("anders"))).toBe("v2");
    // other groups are not affected by this group's invalidation
    const andere = uniq("g");
    await a.haal(andere, "k", 60, maak("x"));
    await a.vergeet(groep);
    expect(await b.haal(andere, "k", 60, maak("y"))).toBe("x");
  });

  it("finding 16: a result computed while a change commits is never served afterwards", async () => {
    const a = instantieA();
    const b = instantieB();
    const groep = uniq("g");
    // A reads the generation, then B's change commits while A is still computing with old data.
    expect(await a.haal(groep, "k", 60, async () => {
      await b.vergeet(groep);
      return "oud";
    })).toBe("oud");
    expect(await b.haal(groep, "k", 60, async () => "nieuw")).toBe("nieuw");
    expect(await a.haal(groep, "k", 60, async () => "fout")).toBe("nieuw");
  });

  it("a miss whose generation check answers after another request in the same instance stored the value uses that value (no second computation)", async () => {
    // The second request's check runs at once but its answer arrives 300 ms later: by then the first
    // request has computed and stored the value, and its flight is gone. (Seen in CI on a busy PostgreSQL.)
    let vragen = 0;
    const traagAntwoord: Pick<Db, "$queryRaw" | "$executeRaw"> = {
      $executeRaw: ((...a: Parameters<Db["$executeRaw"]>) => db.$executeRaw(...a)) as Db["$executeRaw"],
      $queryRaw: (async (...a: Parameters<Db["$queryRaw"]>) => {
        const nr = ++vragen;
        const r = await db.$queryRaw(...a);
        if (nr === 2) await new Promise((ok) => setTimeout(ok, 300));
        return r;
      }) as Db["$queryRaw"],
    };
    const c = maakGedeeldeCache(() => traagAntwoord);
    const groep = uniq("g");
    let berekend = 0;
    const maak = async () => {
      berekend++;
      await new Promise((ok) => setTimeout(ok, 20));
      return "eenmaal";
    };
    const [een, twee] = await Promise.all([c.haal(groep, "k", 60, maak), c.haal(groep, "k", 60, maak)]);
    expect([een, twee]).toEqual(["eenmaal", "eenmaal"]);
    expect(berekend).toBe(1);
  });

  it("issue 15: the reads of one page share one generation check, and an invalidation in between is still seen by each", async () => {
    const vragen: string[] = [];
    const telClient: Pick<Db, "$queryRaw" | "$executeRaw"> = {
      $executeRaw: ((...a: Parameters<Db["$executeRaw"]>) => db.$executeRaw(...a)) as Db["$executeRaw"],
      $queryRaw: ((...a: Parameters<Db["$queryRaw"]>) => {
        vragen.push((a[0] as TemplateStringsArray).join("?"));
        return db.$queryRaw(...a);
      }) as Db["$queryRaw"],
    };
    const c = maakGedeeldeCache(() => telClient);
    const [g1, g2] = [uniq("g"), uniq("g")];
    // fill: three entries in two groups (as /kaart: results under one group, categories and wijken under another)
    await Promise.all([c.haal(g1, "resultaten", 60, async () => "r1"), c.haal(g2, "categorieen", 60, async () => "c1"), c.haal(g2, "wijken", 60, async () => "w1")]);
    vragen.length = 0;
    const lees = () => Promise.all([c.haal(g1, "resultaten", 60, async () => "r2"), c.haal(g2, "categorieen", 60, async () => "c2"), c.haal(g2, "wijken", 60, async () => "w2")]);
    expect(await lees()).toEqual(["r1", "c1", "w1"]);
    expect(vragen).toHaveLength(1); // one query for three local copies, not three
    // another instance changes g2: the next page sees it for both of g2's entries, and g1 is untouched
    await instantieB().vergeet(g2);
    expect(await lees()).toEqual(["r1", "c2", "w2"]);
    // two requests in the same turn share the check too
    vragen.length = 0;
    const [p1, p2] = await Promise.all([lees(), lees()]);
    expect([p1, p2]).toEqual([["r1", "c2", "w2"], ["r1", "c2", "w2"]]);
    expect(vragen).toHaveLength(1);
  });

  it("an invalidation inside a transaction that rolls back changes nothing", async () => {
    const a = instantieA();
    const groep = uniq("g");
    await a.haal(groep, "k", 60, async () => "v1");
    await expect(
      db.$transaction(async (tx) => {
        await a.vergeet(groep, tx);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await instantieB().haal(groep, "k", 60, async () => "v2")).toBe("v1");
  });

  it("expired entries are recomputed; a TTL of 0 caches nothing; simultaneous misses compute once", async () => {
    const a = instantieA();
    const groep = uniq("g");
    await a.haal(groep, "k", 60, async () => "v1");
    await db.$executeRaw`UPDATE "GedeeldeCache" SET "verlooptOp" = "verlooptOp" - interval '2 minutes' WHERE "sleutel" = ${`${groep}:k`}`;
    expect(await instantieB().haal(groep, "k", 60, async () => "v2")).toBe("v2");

    let n = 0;
    const tel = async () => String(++n);
    expect(await a.haal(groep, "nul", 0, tel)).toBe("1");
    expect(await a.haal(groep, "nul", 0, tel)).toBe("2");

    let m = 0;
    const traag = async () => {
      m++;
      await new Promise((r) => setTimeout(r, 50));
      return "samen";
    };
    const antwoorden = await Promise.all(Array.from({ length: 20 }, () => a.haal(groep, "druk", 60, traag)));
    expect(new Set(antwoorden)).toEqual(new Set(["samen"]));
    expect(m).toBe(1);
  });

  it("finding 16: an expired local copy is served while one request recomputes it, but never after an invalidation", async () => {
    const a = instantieA();
    const groep = uniq("g");
    expect(await a.haal(groep, "k", 1, async () => "v1")).toBe("v1");
    expect(await a.haal(groep, "j", 1, async () => "w1")).toBe("w1");
    await new Promise((r) => setTimeout(r, 1100)); // both copies expired by time
    let klaar!: () => void;
    const bezig = new Promise<void>((r) => (klaar = r));
    let berekend = 0;
    const traag = async () => {
      berekend++;
      await bezig;
      return "v2";
    };
    // the requests do not wait for the recomputation: they get the expired copy, which is computed once
    expect(await a.haal(groep, "k", 1, traag)).toBe("v1");
    expect(await a.haal(groep, "k", 1, traag)).toBe("v1");
    expect(berekend).toBe(1);
    klaar();
    await vi.waitFor(async () => expect(await a.haal(groep, "k", 1, async () => "fout")).toBe("v2"));
    // after an invalidation by another instance the expired copy is never served
    await instantieB().vergeet(groep);
    expect(await a.haal(groep, "j", 1, async () => "w2")).toBe("w2");
  });

  it("finding 16: approving a suggestion on one instance invalidates cached map data and search results for all", async () => {
    await ensureCategorieen(db);
    const wijk = await createWijk(db, { naam: `Cachewijk ${uniq("c")}`, lat: 51.69, lng: 5.13 });
    const opbouw = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijk.id] }), [wijk.id]);
    const naam = `Ruilkast ${uniq("r").replace(/[^a-z]/g, "")}`;
    const data = {
      plek: undefined, adres: undefined, telefoon: undefined, website: undefined, plekEmail: undefined, toelichting: undefined, email: undefined,
      naam, categorie: "koffiecorner", wijk: wijk.slug, beschrijving: "Boeken ruilen met koffie erbij.", ligging: "BINNEN" as const, rolstoeltoegankelijk: true, postcode: "5151AB",
    };
    const { id } = await stelPlekVoor(null, data);
    const url = `http://localhost/api/kaart?q=${encodeURIComponent(naam)}`;
    // both caches are filled (map JSON and the result list)
    expect(((await (await kaartApi(new Request(url))).json()) as { punten: unknown[] }).punten).toEqual([]);
    expect((await zoekKaart({ q: naam, pagina: 1 })).totaal).toBe(0);
    const rij = await tweede.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "GedeeldeCache" WHERE "groep" = ${KAART_GROEP} AND "sleutel" LIKE ${`%${encodeURIComponent(naam).replace(/%20/g, "+")}%`}`;
    expect(Number(rij[0].n)).toBe(2); // stored in the database, visible to the other connection

    await beslisSuggestie(opbouw, id, { besluit: "goedkeuren", gegevens: { ...data, lat: 51.69, lng: 5.13 } });

    // for every instance (read through the other connection) none of the old entries is valid any more
    const geldig = await tweede.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "GedeeldeCache" c JOIN "CacheGeneratie" g ON g."groep" = c."groep" AND g."generatie" = c."generatie"
      WHERE c."groep" = ${KAART_GROEP} AND c."sleutel" LIKE ${`%${encodeURIComponent(naam).replace(/%20/g, "+")}%`}`;
    expect(Number(geldig[0].n)).toBe(0);
    // and the app's own code shows the new place at once
    expect(((await (await kaartApi(new Request(url))).json()) as { punten: unknown[][] }).punten.map((p) => p[3])).toEqual([naam]);
    expect((await zoekKaart({ q: naam, pagina: 1 })).items.map((i) => i.naam)).toEqual([naam]);
  });

  it("finding 16: the data of the /kaart page (results, categories, wijken, boundary) comes from the shared cache; an approval shows at once", async () => {
    await ensureCategorieen(db);
    const wijk = await createWijk(db, { naam: `Paginawijk ${uniq("p")}`, lat: 51.69, lng: 5.13 });
    const grens = { type: "Polygon", coordinates: [[[5.1, 51.6], [5.2, 51.6], [5.2, 51.7], [5.1, 51.6]]] };
    await db.wijk.update({ where: { id: wijk.id }, data: { grens } });
    const opbouw = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijk.id] }), [wijk.id]);
    const naam = `Boekenkast ${uniq("b").replace(/[^a-z]/g, "")}`;
    const data = {
      plek: undefined, adres: undefined, telefoon: undefined, website: undefined, plekEmail: undefined, toelichting: undefined, email: undefined,
      naam, categorie: "koffiecorner", wijk: wijk.slug, beschrijving: "Boeken lenen met koffie erbij.", ligging: "BINNEN" as const, rolstoeltoegankelijk: true, postcode: "5151AB",
    };
    const { id } = await stelPlekVoor(null, data);
    const filters = { q: naam, wijk: wijk.slug, pagina: 1 };
    const voor = await leesKaartPagina(filters);
    expect(voor.resultaten.totaal).toBe(0);
    expect(voor.wijken.map((w) => w.slug)).toContain(wijk.slug);
    expect(voor.categorieen.map((c) => c.slug)).toContain("koffiecorner");
    expect(voor.wijk).toMatchObject({ slug: wijk.slug, grens });
    const sleutel = `%${encodeURIComponent(naam).replace(/%20/g, "+")}%`;
    const opgeslagen = await tweede.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "GedeeldeCache" WHERE "groep" = ${KAART_GROEP} AND "sleutel" LIKE ${sleutel}`;
    expect(Number(opgeslagen[0].n)).toBe(1); // in PostgreSQL, for every instance

    await beslisSuggestie(opbouw, id, { besluit: "goedkeuren", gegevens: { ...data, lat: 51.69, lng: 5.13 } });
    expect((await leesKaartPagina(filters)).resultaten.items.map((i) => i.naam)).toEqual([naam]);

    // 'nu open' depends on the minute: its results are never stored
    await leesKaartPagina({ ...filters, open: true });
    const open = await tweede.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "GedeeldeCache" WHERE "sleutel" LIKE ${sleutel} AND "sleutel" LIKE ${"%open=%"}`;
    expect(Number(open[0].n)).toBe(0);
  });

  it("finding 16: an initiative that is approved appears in cached map data at once (its transition invalidates the cache)", async () => {
    const wijk = await createWijk(db, { naam: `Initiatiefwijk ${uniq("i")}`, lat: 51.7, lng: 5.1 });
    const titel = `Buurtmoestuin ${uniq("m").replace(/[^a-z]/g, "")}`;
    const ini = await db.initiatief.create({ data: { titel, ikWil: "Samen groente kweken.", status: "IN_BEHANDELING", openbaar: true, wijkId: wijk.id } });
    const url = `http://localhost/api/kaart?q=${encodeURIComponent(titel)}`;
    expect(((await (await kaartApi(new Request(url))).json()) as { punten: unknown[] }).punten).toEqual([]);
    expect((await zoekKaart({ q: titel, pagina: 1 })).totaal).toBe(0);
    await db.$transaction((tx) => voerTransitieUit(tx, { initiatiefId: ini.id, actie: "goedkeuren", actorId: null }));
    expect(((await (await kaartApi(new Request(url))).json()) as { punten: unknown[][] }).punten.map((p) => p[3])).toEqual([titel]);
    expect((await zoekKaart({ q: titel, pagina: 1 })).items.map((i) => i.naam)).toEqual([titel]);
  });
});
