/**
 * Sociale kaart search against a real database: Dutch stemming, filters and their combinations,
 * distance sort, pagination, 'nu open', initiatives on the map, the JSON endpoint.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { zoekKaart } from "@/lib/data/kaart/zoeken";
import { zoekKaartPunten } from "@/lib/data/kaart/kaartdata";
import { leesActiviteit, leesKaartInitiatief, leesPlek } from "@/lib/data/kaart/detail";
import { parseFilters, filtersToQuery, type KaartFilters } from "@/lib/validation/kaart";
import { createPlek, createWijk, ensureCategorieen, uniq } from "../factories";
import { GET as kaartApi } from "@/app/api/kaart/route";
import { resetEnvForTests } from "@/lib/env";
import { startLocatieserverFake } from "../support/locatieserver-fake";

type Cat = Awaited<ReturnType<typeof ensureCategorieen>>[number];
let cats: Map<string, Cat>;
let noord: { id: string; slug: string };
let zuid: { id: string; slug: string };
const tag = uniq("t").replace(/[^a-z0-9]/g, "");

const f = (x: Partial<KaartFilters>): KaartFilters => ({ pagina: 1, ...x });

beforeAll(async () => {
  // The gemeente's name comes from the settings (the demo seed sets Heusden; here by hand).
  await db.instellingen.create({ data: { id: "gemeente", gemeenteNaam: "Heusden" } });
  cats = new Map((await ensureCategorieen(db)).map((c) => [c.slug, c]));
  noord = await createWijk(db, { naam: `Noordwijk ${tag}`, lat: 51.70, lng: 5.10 });
  zuid = await createWijk(db, { naam: `Zuidwijk ${tag}`, lat: 51.60, lng: 5.30 });
  const speeltuin = cats.get("speeltuin")!.id;
  const buurthuis = cats.get("buurthuis")!.id;
  await createPlek(db, { wijkId: noord.id, categorieId: speeltuin, naam: "Speeltuin De Eekhoorn", beschrijving: "Klimrek en schommels.", lat: 51.701, lng: 5.101, doelgroepen: ["GEZINNEN"], ligging: "BUITEN", rolstoeltoegankelijk: true, sfeer: "GEMEENSCHAPPELIJK" });
  await createPlek(db, { wijkId: zuid.id, categorieId: speeltuin, naam: "Speeltuin Het Bos", beschrijving: "Spelen met water en zand.", lat: 51.601, lng: 5.301, doelgroepen: ["GEZINNEN", "JONGEREN"], ligging: "BUITEN", rolstoeltoegankelijk: false });
  const bh = await createPlek(db, {
    wijkId: noord.id, categorieId: buurthuis, naam: "Buurthuis De Schakel", beschrijving: "Koffie, spelletjes en een bibliotheekhoek.", lat: 51.702, lng: 5.102,
    doelgroepen: ["IEDEREEN", "OUDEREN"], ligging: "BINNEN", rolstoeltoegankelijk: true, sfeer: "GEMEENSCHAPPELIJK",
    openingstijden: [{ dag: 2, van: "09:00", tot: "17:00" }],
  });
  await createPlek(db, { wijkId: noord.id, categorieId: buurthuis, naam: "Verborgen concept speeltuin", beschrijving: "Niet gepubliceerd.", status: "CONCEPT" });
  await db.activiteit.create({ data: { titel: "Samen spelen in de speeltuin", slug: `samen-spelen-${tag}`, beschrijving: "Elke woensdag.", wijkId: noord.id, plekId: bh.id, doelgroepen: ["GEZINNEN"], herhaling: "Elke woensdag" } });
  await db.activiteit.create({ data: { titel: "Afgelopen feest", slug: `oud-${tag}`, beschrijving: "Was leuk, speeltuin.", wijkId: noord.id, eind: new Date("2020-01-01") } });
  await db.initiatief.create({ data: { titel: "Moestuin bij de speeltuin", ikWil: "Samen tuinieren.", status: "GOEDGEKEURD", openbaar: true, wijkId: zuid.id, contactEmail: "geheim@test.example" } });
  await db.initiatief.create({ data: { titel: "Geheim speeltuinplan", ikWil: "Nog niet openbaar.", status: "GOEDGEKEURD", openbaar: false, wijkId: zuid.id } });
  await db.initiatief.create({ data: { titel: "Ingediende speeltuin", ikWil: "Nog in behandeling.", status: "INGEDIEND", openbaar: true, wijkId: zuid.id } });
  // Filler for pagination: 25 benches in the south wijk
  for (let i = 0; i < 25; i++) {
    await createPlek(db, { wijkId: zuid.id, categorieId: cats.get("bankje")!.id, naam: `Praatbankje ${String(i).padStart(2, "0")}`, beschrijving: "Even zitten.", lat: 51.6 + i * 0.001, lng: 5.3 });
  }
});

describe("full-text search (Dutch)", () => {
  it("'speeltuinen' finds 'speeltuin' (stemming) across places, activities and initiatives, only public ones", async () => {
    const r = await zoekKaart(f({ q: "speeltuinen" }), { perPagina: 50 });
    const namen = r.items.map((i) => i.naam);
    expect(namen).toEqual(expect.arrayContaining(["Speeltuin De Eekhoorn", "Speeltuin Het Bos", "Samen spelen in de speeltuin", "Moestuin bij de speeltuin"]));
    expect(namen).not.toContain("Verborgen concept speeltuin");
    expect(namen).not.toContain("Geheim speeltuinplan");
    expect(namen).not.toContain("Ingediende speeltuin");
    expect(namen).not.toContain("Afgelopen feest");
    expect(r.items.find((i) => i.naam === "Moestuin bij de speeltuin")?.soort).toBe("initiatief");
  });

  it("ranks a name hit and finds words in the description", async () => {
    const r = await zoekKaart(f({ q: "schommels" }));
    expect(r.items.map((i) => i.naam)).toEqual(["Speeltuin De Eekhoorn"]);
    const none = await zoekKaart(f({ q: "zwembadxyz" }));
    expect(none.totaal).toBe(0);
  });

  it("uses the GIN expression index on PostgreSQL's planner (no sequential-only plan needed)", async () => {
    // SET LOCAL in a transaction: the planner option holds for this one connection until the
    // transaction ends, so no pooled connection keeps it (a plain SET would stay on whichever
    // connection ran it, and the EXPLAIN might even run on another one).
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`);
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT id FROM "Plek" p WHERE to_tsvector('dutch'::regconfig, p."naam" || ' ' || p."beschrijving") @@ websearch_to_tsquery('dutch'::regconfig, 'speeltuin')`,
      );
    });
    expect((await db.$queryRawUnsafe<{ enable_seqscan: string }[]>(`SHOW enable_seqscan`))[0].enable_seqscan).toBe("on");
    expect(plan.map((p) => p["QUERY PLAN"]).join("\n")).toContain("Plek_zoek_idx");
  });
});

describe("filters", () => {
  it("wijk + categorie", async () => {
    const r = await zoekKaart(f({ wijk: noord.slug, categorie: "speeltuin" }));
    expect(r.items.map((i) => i.naam)).toEqual(["Speeltuin De Eekhoorn"]);
    expect(r.items[0].categorie?.naam).toBe("Speeltuin");
  });

  it("wijk alone includes activities and initiatives of that wijk", async () => {
    const r = await zoekKaart(f({ wijk: zuid.slug }), { perPagina: 100 });
    expect(r.items.map((i) => i.soort)).toContain("initiatief");
    expect(r.items.every((i) => i.wijk === `Zuidwijk ${tag}`)).toBe(true);
    expect(r.totaal).toBe(27);
  });

  it("doelgroep, ligging, rolstoel and sfeer combine (AND)", async () => {
    const gezin = await zoekKaart(f({ q: "speeltuin", doelgroep: "GEZINNEN" }), { perPagina: 50 });
    expect(gezin.items.map((i) => i.naam).sort()).toEqual(["Samen spelen in de speeltuin", "Speeltuin De Eekhoorn", "Speeltuin Het Bos"]);
    const rolstoel = await zoekKaart(f({ q: "speeltuin", doelgroep: "GEZINNEN", rolstoel: true, ligging: "BUITEN" }));
    expect(rolstoel.items.map((i) => i.naam)).toEqual(["Speeltuin De Eekhoorn"]);
    const binnen = await zoekKaart(f({ wijk: noord.slug, ligging: "BINNEN" }));
    expect(binnen.items.map((i) => i.naam).sort()).toEqual(["Buurthuis De Schakel", "Samen spelen in de speeltuin"]);
    const inst = await zoekKaart(f({ wijk: noord.slug, sfeer: "INSTITUTIONEEL" }));
    expect(inst.totaal).toBe(0);
  });

  it("soort limits to activities or initiatives", async () => {
    const act = await zoekKaart(f({ q: "speeltuin", soort: "activiteit" }));
    expect(act.items.map((i) => i.naam)).toEqual(["Samen spelen in de speeltuin"]);
    const ini = await zoekKaart(f({ soort: "initiatief", wijk: zuid.slug }));
    expect(ini.items.map((i) => i.naam)).toEqual(["Moestuin bij de speeltuin"]);
  });

  it("'nu open' uses the opening hours in Dutch time", async () => {
    const dinsdagOchtend = new Date("2026-06-02T08:00:00Z"); // 10:00 in Amsterdam
    const open = await zoekKaart(f({ wijk: noord.slug, open: true }), { nu: dinsdagOchtend });
    expect(open.items.map((i) => i.naam)).toEqual(["Buurthuis De Schakel"]);
    expect(open.items[0].nuOpen).toBe(true);
    const dinsdagAvond = new Date("2026-06-02T18:00:00Z");
    expect((await zoekKaart(f({ wijk: noord.slug, open: true }), { nu: dinsdagAvond })).totaal).toBe(0);
  });
});

describe("distance and pagination", () => {
  it("sorts by distance from a location and reports km", async () => {
    const r = await zoekKaart(f({ q: "speeltuin", lat: 51.601, lng: 5.301 }), { perPagina: 50 });
    expect(r.items[0].naam).toBe("Speeltuin Het Bos");
    expect(r.items[0].afstandKm).toBeLessThan(0.5);
    const afstanden = r.items.map((i) => i.afstandKm!);
    expect([...afstanden].sort((a, b) => a - b)).toEqual(afstanden);
    const terug = await zoekKaart(f({ q: "speeltuin", lat: 51.7, lng: 5.1 }), { perPagina: 50 });
    expect(terug.items[0].naam).not.toBe("Speeltuin Het Bos");
  });

  it("sorts by distance from a postcode or place (PDOK Locatieserver fake); an unknown one gives a Dutch message", async () => {
    const fake = await startLocatieserverFake();
    process.env.LOCATIESERVER_URL = fake.url;
    resetEnvForTests();
    try {
      const r = await zoekKaart(f({ postcode: "5151 AB", categorie: "speeltuin" }), { perPagina: 50 });
      expect(r.herkomst?.label).toBe("postcode 5151 AB (Drunen)");
      expect(r.items.length).toBeGreaterThan(0);
      expect(r.items[0].naam).toBe("Speeltuin De Eekhoorn");
      const plaats = await zoekKaart(f({ postcode: "Oss", categorie: "speeltuin" }), { perPagina: 50 });
      expect(plaats.herkomst?.label).toBe("Oss");
      expect(plaats.items[0].naam).toBe("Speeltuin Het Bos");
      const onbekend = await zoekKaart(f({ postcode: "9999", categorie: "speeltuin" }), { perPagina: 50 });
      expect(onbekend.melding).toMatch(/We kennen de postcode of plaats "9999" niet/);
      expect(onbekend.items[0].afstandKm).toBeNull();
    } finally {
      await fake.close();
    }
  });

  it("paginates server-side with a stable order", async () => {
    const p1 = await zoekKaart(f({ categorie: "bankje", wijk: zuid.slug }), { perPagina: 10 });
    const p3 = await zoekKaart(f({ categorie: "bankje", wijk: zuid.slug, pagina: 3 }), { perPagina: 10 });
    expect(p1.totaal).toBe(25);
    expect(p1.paginas).toBe(3);
    expect(p1.items.map((i) => i.naam)).toEqual(Array.from({ length: 10 }, (_, i) => `Praatbankje ${String(i).padStart(2, "0")}`));
    expect(p3.items.map((i) => i.naam)).toEqual(["Praatbankje 20", "Praatbankje 21", "Praatbankje 22", "Praatbankje 23", "Praatbankje 24"]);
    const voorbij = await zoekKaart(f({ categorie: "bankje", wijk: zuid.slug, pagina: 9 }), { perPagina: 10 });
    expect(voorbij.items).toEqual([]);
    expect(voorbij.totaal).toBe(25);
  });
});

describe("URL filters", () => {
  it("parses and writes back filters; ignores nonsense", () => {
    const parsed = parseFilters({ q: " speeltuin ", wijk: "venne-oost", doelgroep: "OUDEREN", rolstoel: "1", pagina: "2", sfeer: "FOUT", lat: "51.70123", lng: "x" });
    expect(parsed).toEqual({ q: "speeltuin", wijk: "venne-oost", doelgroep: "OUDEREN", rolstoel: true, pagina: 2 });
    expect(filtersToQuery(parsed)).toBe("q=speeltuin&wijk=venne-oost&doelgroep=OUDEREN&rolstoel=1&pagina=2");
    expect(filtersToQuery(parsed, { pagina: 1 })).toBe("q=speeltuin&wijk=venne-oost&doelgroep=OUDEREN&rolstoel=1");
  });
});

describe("map data", () => {
  it("returns the same filtered set as compact points with public fields only", async () => {
    const data = await zoekKaartPunten(f({ q: "speeltuin" }));
    const list = await zoekKaart(f({ q: "speeltuin" }), { perPagina: 100 });
    expect(data.totaal).toBe(list.totaal);
    const moestuin = data.punten.find((p) => p[3] === "Moestuin bij de speeltuin")!;
    expect(data.legenda[moestuin[2]].code).toBe("initiatief");
    // initiative without coordinates sits on its wijk's centre
    expect(moestuin[0]).toBeCloseTo(51.6, 3);
    expect(JSON.stringify(data)).not.toContain("geheim@test.example");
  });

  it("the JSON endpoint applies the URL filters", async () => {
    const res = await kaartApi(new Request(`http://localhost/api/kaart?wijk=${noord.slug}&categorie=speeltuin`));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { punten: unknown[][]; legenda: { code: string; pad: string }[] };
    expect(body.punten.map((p) => p[3])).toEqual(["Speeltuin De Eekhoorn"]);
    expect(body.legenda[body.punten[0][2] as number].code).toBe("speeltuin");
  });
});

describe("details", () => {
  it("a published place with its activities; unpublished places are not found", async () => {
    const list = await zoekKaart(f({ q: "Schakel" }));
    const slug = list.items[0].href.split("/").pop()!;
    const p = await leesPlek(slug);
    expect(p?.activiteiten.map((a) => a.titel)).toEqual(["Samen spelen in de speeltuin"]);
    expect(p?.openingstijden).toEqual([{ dag: 2, van: "09:00", tot: "17:00" }]);
    const concept = await db.plek.findFirstOrThrow({ where: { naam: "Verborgen concept speeltuin" } });
    expect(await leesPlek(concept.slug)).toBeNull();
    expect((await leesActiviteit(`samen-spelen-${tag}`))?.plek?.naam).toBe("Buurthuis De Schakel");
    const geheim = await db.initiatief.findFirstOrThrow({ where: { titel: "Geheim speeltuinplan" } });
    expect(await leesKaartInitiatief(geheim.id)).toBeNull();
  });
});
