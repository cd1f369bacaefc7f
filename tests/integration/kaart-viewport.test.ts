/**
 * Issue 15: map data by viewport (/api/kaart?bbox=…&zoom=…) on a real database: points when few are
 * in the box, grid clusters when many, only what is in the box, the filters still apply, every answer
 * small (gzip) with thousands of points, and bad input answered 400 with a Dutch message.
 */
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as kaartApi } from "@/app/api/kaart/route";
import { MAX_PUNTEN_IN_BEELD, vensterSleutel, type KaartVensterData } from "@/lib/data/kaart/kaartdata";
import { buildPlek, createWijk, ensureCategorieen, uniq } from "../factories";

type Cat = Awaited<ReturnType<typeof ensureCategorieen>>[number];
const tag = uniq("v").replace(/[^a-z0-9]/g, "");
const VEEL = 2000;
/** The dense field: VEEL benches on a 50 x 40 grid over lat 51.60–51.80, lng 5.00–5.30. */
const VELD = { west: 5.0, south: 51.6, east: 5.3, north: 51.8 };
const VER = { lat: 51.95, lng: 5.62, naam: `Speeltuin Verweg ${tag}` };
const STRAAT = { lat: 51.7001, lng: 5.1001, naam: `Speeltuin Straathoek ${tag}` };

async function vraag(query: string) {
  const res = await kaartApi(new Request(`http://localhost/api/kaart?${query}`));
  const tekst = await res.text();
  return { status: res.status, tekst, gzip: gzipSync(tekst).length, body: JSON.parse(tekst) as KaartVensterData & { fout?: string } };
}

const bbox = (b: { west: number; south: number; east: number; north: number }) => `bbox=${b.west},${b.south},${b.east},${b.north}`;

beforeAll(async () => {
  await db.instellingen.create({ data: { id: "gemeente", gemeenteNaam: "Heusden" } });
  const cats = new Map<string, Cat>((await ensureCategorieen(db)).map((c) => [c.slug, c]));
  const wijk = await createWijk(db, { naam: `Veldwijk ${tag}`, lat: 51.7, lng: 5.15 });
  const bankje = cats.get("bankje")!;
  const speeltuin = cats.get("speeltuin")!;
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const rijen = Array.from({ length: VEEL }, (_, i) =>
    buildPlek(rand, wijk, bankje, i, {
      naam: `Bankje ${i} ${tag}`,
      slug: `bankje-${tag}-${i}`,
      lat: VELD.south + 0.002 + (Math.floor(i / 50) / 40) * 0.196,
      lng: VELD.west + 0.003 + ((i % 50) / 50) * 0.294,
      openingstijden: undefined,
    }),
  );
  for (let i = 0; i < rijen.length; i += 500) await db.plek.createMany({ data: rijen.slice(i, i + 500) });
  for (const p of [VER, STRAAT]) {
    await db.plek.create({ data: buildPlek(rand, wijk, speeltuin, 0, { naam: p.naam, slug: `${p.naam.toLowerCase().replace(/ /g, "-")}`, lat: p.lat, lng: p.lng, openingstijden: undefined }) });
  }
}, 120_000);

describe("points or clusters, by what is in the box", () => {
  it("a street-level box at zoom 16 gets the points inside it, as compact arrays, and nothing far away", async () => {
    const r = await vraag(`${bbox({ west: 5.097, south: 51.698, east: 5.104, north: 51.702 })}&zoom=16`);
    expect(r.status).toBe(200);
    expect(r.body.clusters).toEqual([]);
    expect(r.body.punten.length).toBeGreaterThan(0);
    expect(r.body.punten.length).toBeLessThanOrEqual(MAX_PUNTEN_IN_BEELD);
    expect(r.body.inBeeld).toBe(r.body.punten.length);
    const namen = r.body.punten.map((p) => p[3]);
    expect(namen).toContain(STRAAT.naam);
    expect(namen).not.toContain(VER.naam);
    // only the (slightly widened) box
    for (const [lat, lng] of r.body.punten) {
      expect(lat).toBeGreaterThan(51.69);
      expect(lat).toBeLessThan(51.71);
      expect(lng).toBeGreaterThan(5.09);
      expect(lng).toBeLessThan(5.11);
    }
    const [, , li, , slug] = r.body.punten.find((p) => p[3] === STRAAT.naam)!;
    expect(r.body.legenda[li].code).toBe("speeltuin");
    expect(slug).toContain("speeltuin-straathoek");
    // totaal and omvang are about every result, for the status line and fitting the map
    expect(r.body.totaal).toBe(VEEL + 2);
    expect(r.body.omvang![2]).toBeCloseTo(VER.lat, 4);
    expect(r.body.omvang![3]).toBeCloseTo(VER.lng, 4);
  });

  it("the whole field at zoom 12 gets clusters with their count and bounds; together they hold every point in the box", async () => {
    const r = await vraag(`${bbox(VELD)}&zoom=12`);
    expect(r.status).toBe(200);
    expect(r.body.zoom).toBe(12);
    expect(r.body.clusters.length).toBeGreaterThan(5);
    expect(r.body.clusters.length).toBeLessThan(400);
    const som = r.body.clusters.reduce((s, c) => s + c[2], 0) + r.body.punten.length;
    expect(som).toBe(r.body.inBeeld);
    expect(r.body.inBeeld).toBe(VEEL + 1); // the field and the street corner, not the far one
    for (const [lat, lng, n, s, w, no, e] of r.body.clusters) {
      expect(n).toBeGreaterThan(1);
      expect(lat).toBeGreaterThanOrEqual(s);
      expect(lat).toBeLessThanOrEqual(no);
      expect(lng).toBeGreaterThanOrEqual(w);
      expect(lng).toBeLessThanOrEqual(e);
    }
    expect(r.gzip).toBeLessThan(30_000);
  });

  it("zooming in gives smaller clusters: more of them, each with fewer points", async () => {
    const ver = await vraag(`${bbox(VELD)}&zoom=11`);
    const dichtbij = await vraag(`${bbox(VELD)}&zoom=13`);
    const grootste = (d: KaartVensterData) => Math.max(...d.clusters.map((c) => c[2]));
    expect(dichtbij.body.clusters.length).toBeGreaterThan(ver.body.clusters.length);
    expect(grootste(dichtbij.body)).toBeLessThan(grootste(ver.body));
  });

  it("stays small at every zoom with thousands of points (gzip under 30 kB), also for a large screen", async () => {
    for (let zoom = 8; zoom <= 18; zoom++) {
      // a 3840 x 2160 pixel screen around the field's centre
      const dLng = (3840 / 256 / 2 ** zoom) * 360 / 2;
      const dLat = dLng * 0.62 * (2160 / 3840);
      const r = await vraag(`${bbox({ west: 5.15 - dLng, south: 51.7 - dLat, east: 5.15 + dLng, north: 51.7 + dLat })}&zoom=${zoom}`);
      expect(r.status, `zoom ${zoom}`).toBe(200);
      expect(r.gzip, `zoom ${zoom}`).toBeLessThan(30_000);
      expect(r.body.punten.length + r.body.clusters.length, `zoom ${zoom}`).toBeLessThanOrEqual(1000);
    }
  });

  it("without a bbox: an overview of every result (clustered, small) and its extent", async () => {
    const r = await vraag("");
    expect(r.status).toBe(200);
    expect(r.body.totaal).toBe(VEEL + 2);
    expect(r.body.inBeeld).toBe(VEEL + 2);
    expect(r.body.clusters.length).toBeGreaterThan(0);
    expect(r.gzip).toBeLessThan(30_000);
    const [s, w, n, e] = r.body.omvang!;
    expect(s).toBeCloseTo(VELD.south + 0.002, 4);
    expect(w).toBeCloseTo(VELD.west + 0.003, 4);
    expect(n).toBeCloseTo(VER.lat, 4);
    expect(e).toBeCloseTo(VER.lng, 4);
  });
});

describe("filters apply inside the box", () => {
  it("categorie=speeltuin over the whole field: only the playground, as a point", async () => {
    const r = await vraag(`categorie=speeltuin&${bbox(VELD)}&zoom=12`);
    expect(r.body.clusters).toEqual([]);
    expect(r.body.punten.map((p) => p[3])).toEqual([STRAAT.naam]);
    expect(r.body.totaal).toBe(2);
  });

  it("a search finds the far playground only in a box around it", async () => {
    const q = `q=${encodeURIComponent("Verweg " + tag)}`;
    expect((await vraag(`${q}&${bbox(VELD)}&zoom=12`)).body.punten).toEqual([]);
    const rond = await vraag(`${q}&${bbox({ west: 5.6, south: 51.94, east: 5.64, north: 51.96 })}&zoom=15`);
    expect(rond.body.punten.map((p) => p[3])).toEqual([VER.naam]);
    expect(rond.body.totaal).toBe(1);
  });

  it("no results at all: an empty answer without extent", async () => {
    const r = await vraag(`q=onvindbaarwoord${tag}&${bbox(VELD)}&zoom=12`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ totaal: 0, omvang: null, punten: [], clusters: [] });
  });
});

describe("the cache key", () => {
  it("a small pan keeps the same widened box (a cache hit); another zoom or far away does not", () => {
    const a = vensterSleutel({ west: 5.1, south: 51.69, east: 5.12, north: 51.7, zoom: 15 });
    expect(vensterSleutel({ west: 5.1001, south: 51.6901, east: 5.1201, north: 51.7001, zoom: 15 })).toBe(a);
    expect(vensterSleutel({ west: 5.1, south: 51.69, east: 5.12, north: 51.7, zoom: 16 })).not.toBe(a);
    expect(vensterSleutel({ west: 5.3, south: 51.69, east: 5.32, north: 51.7, zoom: 15 })).not.toBe(a);
  });
});

describe("bad input: 400 with a Dutch message", () => {
  const gevallen: [string, RegExp][] = [
    ["bbox=abc&zoom=12", /vier getallen/],
    ["bbox=5,51,5.2&zoom=12", /vier getallen/],
    ["bbox=5,51,5.2,51.8,9&zoom=12", /vier getallen/],
    ["bbox=5,51,Infinity,51.8&zoom=12", /vier getallen/],
    ["bbox=5,51,5.2,1e3&zoom=12", /vier getallen/],
    ["bbox=5.2,51.6,5.0,51.8&zoom=12", /west moet kleiner zijn dan oost/],
    ["bbox=5.0,51.8,5.2,51.6&zoom=12", /zuid kleiner dan noord/],
    ["bbox=5.0,51.6,5.2,95&zoom=12", /buiten de kaart/],
    ["bbox=-200,51.6,5.2,51.8&zoom=12", /buiten de kaart/],
    ["bbox=5.0,51.6,5.2,51.8&zoom=21", /zoomniveau/],
    ["bbox=5.0,51.6,5.2,51.8&zoom=1.5", /zoomniveau/],
    ["bbox=5.0,51.6,5.2,51.8&zoom=-1", /zoomniveau/],
    ["bbox=5.0,51.6,5.2,51.8", /samen/],
    ["zoom=12", /samen/],
    // the whole world at street level: no screen is that big
    ["bbox=-180,-85,180,85&zoom=16", /te groot voor dit zoomniveau/],
    ["bbox=5.0,51.6,5.3,51.8&zoom=18", /te groot voor dit zoomniveau/],
  ];
  for (const [query, melding] of gevallen) {
    it(query, async () => {
      const r = await vraag(query);
      expect(r.status).toBe(400);
      expect(r.body.fout).toMatch(melding);
    });
  }

  it("the whole world at zoom 0 is fine (the map's widest view)", async () => {
    const r = await vraag("bbox=-180,-85,180,85&zoom=0");
    expect(r.status).toBe(200);
    expect(r.body.inBeeld).toBe(VEEL + 2);
  });
});
