import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { seedReference } from "../../prisma/seed-lib.ts";
import { actorOf, createUser } from "../factories.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import { importWijkGrenzen, middelpunt, parseWijkGeojson } from "../../lib/import/geojson.ts";
import { importeerCijfers, bewaarCijfer } from "../../lib/data/cijfers.ts";
import { parseCijfersCsv } from "../../lib/import/cijfers-csv.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

const fixture = readFileSync("tests/fixtures/wijken-heusden.geojson", "utf8");
let ow: Actor;
let beheerder: Actor;
let inwoner: Actor;
let vesting: { id: string };
let herpt: { id: string };

beforeAll(async () => {
  await seedReference(db);
  vesting = await db.wijk.findUniqueOrThrow({ where: { slug: "vesting-heusden" } });
  herpt = await db.wijk.findUniqueOrThrow({ where: { slug: "herpt" } });
  ow = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [vesting.id, herpt.id] }), [vesting.id, herpt.id]);
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
});

const square = [[[5.1, 51.7], [5.11, 51.7], [5.11, 51.71], [5.1, 51.71], [5.1, 51.7]]];
const fc = (features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });

describe("GeoJSON import of wijk boundaries", () => {
  it("rejects malformed features with a clear message per feature and writes nothing", async () => {
    const voor = await db.wijk.findMany({ orderBy: { id: "asc" } });
    const text = fc([
      { type: "Feature", properties: { wijkcode: "WK079701", wijknaam: "Vesting Heusden" }, geometry: { type: "Polygon", coordinates: square } },
      { type: "Feature", properties: { wijknaam: "Herpt" }, geometry: { type: "Point", coordinates: [5.1, 51.7] } },
      { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: square } },
      { type: "Feature", properties: { wijkcode: "WK079703", wijknaam: "Doeveren" }, geometry: { type: "Polygon", coordinates: [[[150000, 410000], [150100, 410000], [150100, 410100], [150000, 410000]]] } },
      { type: "Feature", properties: { wijkcode: "079704", wijknaam: "Heesbeen" }, geometry: { type: "Polygon", coordinates: [[[5.1, 51.7], [5.2, 51.7]]] } },
    ]);
    const r = await importWijkGrenzen(db, text);
    expect(r.ok).toBe(false);
    expect(r.fouten.map((f) => f.melding)).toEqual([
      "Feature 2 (Herpt): de geometrie is van het type Point; alleen Polygon en MultiPolygon kunnen.",
      "Feature 3 (zonder naam): de wijkcode en de wijknaam ontbreken.",
      expect.stringMatching(/^Feature 4 \(Doeveren\): een ring heeft coördinaten buiten WGS84 .*EPSG:4326/),
      'Feature 5 (Heesbeen): de wijkcode "079704" heeft niet de vorm WK079701; een ring heeft minder dan 4 punten.',
    ]);
    expect(await db.wijk.findMany({ orderBy: { id: "asc" } })).toEqual(voor);
  });

  it("rejects a file that is not GeoJSON, and two features for one wijk", async () => {
    expect(parseWijkGeojson("{niet json").fouten[0].melding).toMatch(/geen geldige JSON/);
    expect(parseWijkGeojson('{"type":"Feature"}').fouten[0].melding).toMatch(/geen GeoJSON FeatureCollection/);
    const r = await importWijkGrenzen(db, fc([
      { type: "Feature", properties: { wijknaam: "Herpt" }, geometry: { type: "Polygon", coordinates: square } },
      { type: "Feature", properties: { wijknaam: "herpt" }, geometry: { type: "Polygon", coordinates: square } },
    ]));
    expect(r.fouten.map((f) => f.melding)).toEqual(["Feature 2 (herpt): hoort bij dezelfde wijk (Herpt) als feature 1."]);
    expect((await db.wijk.findUniqueOrThrow({ where: { id: herpt.id } })).grens).toBeNull();
  });

  it("imports the fixture: matches by name, sets code, boundary and centroid, skips unknown wijken", async () => {
    const r = await importWijkGrenzen(db, fixture);
    expect(r).toMatchObject({ ok: true, bijgewerkt: ["Vesting Heusden", "Herpt"] });
    expect(r.overgeslagen).toEqual(["Feature 3 (Verspreide huizen): geen wijk met deze code of naam."]);
    const v = await db.wijk.findUniqueOrThrow({ where: { id: vesting.id } });
    expect(v.cbsCode).toBe("WK079701");
    expect((v.grens as { type: string }).type).toBe("Polygon");
    expect(v.lat).toBeCloseTo(51.733, 5);
    expect(v.lng).toBeCloseTo(5.139, 5);
    expect((await db.wijk.findUniqueOrThrow({ where: { id: herpt.id } })).grens).toMatchObject({ type: "MultiPolygon" });
    expect(await db.auditLog.count({ where: { actie: "wijk.grens_geimporteerd" } })).toBe(2);
    // again: now matched by code, same result
    expect((await importWijkGrenzen(db, fixture)).bijgewerkt).toEqual(["Vesting Heusden", "Herpt"]);
  });

  it("computes the centre of a polygon", () => {
    expect(middelpunt({ type: "Polygon", coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] })).toEqual({ lat: 1, lng: 1 });
  });

  it("the npm script (a thin wrapper) reports errors per feature and exits non-zero on a bad file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "geojson-"));
    const bad = path.join(dir, "kapot.geojson");
    writeFileSync(bad, fc([{ type: "Feature", properties: { wijknaam: "Herpt" }, geometry: { type: "LineString", coordinates: [] } }]));
    const env = { ...process.env, PGLITE_DIR: "memory://", DATABASE_URL: "" };
    let stderr = "";
    let status = 0;
    try {
      execFileSync("npx", ["tsx", "scripts/import-wijken.mts", bad], { encoding: "utf8", stdio: "pipe", env });
    } catch (e) {
      stderr = String((e as { stderr?: string }).stderr);
      status = (e as { status: number }).status;
    }
    expect(status).toBe(1);
    expect(stderr).toContain("Niets geïmporteerd: 1 fout(en)");
    expect(stderr).toContain("Feature 1 (Herpt): de geometrie is van het type LineString");
    const ok = execFileSync("npx", ["tsx", "scripts/import-wijken.mts", "tests/fixtures/wijken-heusden.geojson"], { encoding: "utf8", stdio: "pipe", env });
    // an empty database has no wijken: every feature is skipped, nothing fails
    expect(ok).toContain("Grenzen bijgewerkt voor 0 wijk(en)");
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe("CSV import of wijk figures", () => {
  it("rejects malformed rows with a clear message per row and imports nothing", async () => {
    const voor = await db.wijkCijfer.count();
    const csv = [
      "wijk;indicator;jaar;waarde;bron",
      "Vesting Heusden;Eenzaamheid;2024;12;GGD",
      "Herpt;Eenzaamheid;twintig;12;GGD",
      "Herpt;Eenzaamheid;2024;veel;GGD",
      "Nergenshuizen;Eenzaamheid;2024;3;GGD",
      "Herpt;;2024;3;",
      "Vesting Heusden;Eenzaamheid;2024;13;GGD",
      "Herpt;Eenzaamheid;2024",
    ].join("\n");
    const r = await importeerCijfers(ow, csv);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fouten.map((f) => f.melding)).toEqual([
      'Regel 3: het jaar "twintig" is geen jaartal tussen 1990 en 2100.',
      'Regel 4: de waarde "veel" is geen getal.',
      'Regel 5: de wijk "Nergenshuizen" bestaat niet. Gebruik de naam of de CBS-wijkcode.',
      "Regel 6: de indicator ontbreekt; de bron ontbreekt.",
      "Regel 7: dit cijfer staat ook op regel 2.",
      'Regel 8: deze regel heeft 3 kolommen in plaats van 5; de bron ontbreekt; de waarde "" is geen getal.',
    ]);
    expect(await db.wijkCijfer.count()).toBe(voor);
  });

  it("a missing header is reported; quoted fields and a comma separator work", () => {
    expect(parseCijfersCsv("Herpt;x;2024;1;GGD").fouten[0].melding).toMatch(/Deze ontbreken: wijk, indicator, jaar, waarde, bron/);
    const r = parseCijfersCsv('wijk,indicator,jaar,waarde,bron\nHerpt,"Eenzaam, vaak",2024,7.5,"GGD ""monitor"""\n');
    expect(r.fouten).toEqual([]);
    expect(r.rijen[0]).toMatchObject({ indicator: "Eenzaam, vaak", waarde: 7.5, bron: 'GGD "monitor"' });
  });

  it("an opbouwwerker may only import figures for their own wijken: rows for other wijken are errors", async () => {
    const r = await importeerCijfers(ow, "wijk;indicator;jaar;waarde;bron\nHerpt;Eenzaamheid;2024;9;GGD\nCentrum-Drunen;Eenzaamheid;2024;9;GGD\n");
    expect(!r.ok && r.fouten.map((f) => f.melding)).toEqual(["Regel 3: u mag geen cijfers invoeren voor Centrum-Drunen; alleen voor de wijken waar u werkt."]);
    expect(await db.wijkCijfer.count({ where: { indicator: "Eenzaamheid" } })).toBe(0);
    await expect(importeerCijfers(inwoner, "x")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importeerCijfers(null, "x")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("imports a valid file (wijk by name or CBS code) all at once; importing again updates the values", async () => {
    const r = await importeerCijfers(ow, readFileSync("tests/fixtures/cijfers.csv", "utf8"));
    expect(r).toEqual({ ok: true, aantal: 2 });
    expect(await db.wijkCijfer.findFirst({ where: { wijkId: vesting.id, indicator: "Sociale kracht (rapportcijfer)" }, select: { waarde: true, eenheid: true, demo: true, bron: true } })).toEqual({ waarde: 7.1, eenheid: "cijfer", demo: false, bron: "Monitor Sociale Kracht 2024" });
    const r2 = await importeerCijfers(beheerder, "wijk;indicator;jaar;waarde;bron\nWK079701;Sociale kracht (rapportcijfer);2024;7,3;MSK\nCentrum-Drunen;Eenzaamheid;2022;11;GGD\n");
    expect(r2).toEqual({ ok: true, aantal: 2 });
    expect((await db.wijkCijfer.findFirstOrThrow({ where: { wijkId: vesting.id, indicator: "Sociale kracht (rapportcijfer)" } })).waarde).toBe(7.3);
  });

  it("the import action lists every row error under the field and keeps the pasted text", async () => {
    const { importCijfersAction, bewaarCijferAction } = await import("../../app/beheer/wijken/actions.ts");
    actAs(ow);
    const csv = "wijk;indicator;jaar;waarde;bron\nHerpt;A;1800;1;X\nDoeveren;B;2024;1;X\n";
    const state = await importCijfersAction(null, form({ wijk: "herpt", csv }));
    expect(state && !state.ok && state.message).toMatch(/Niets geïmporteerd: er zijn 2 fouten/);
    expect(state && !state.ok && state.fieldErrors.csv).toHaveLength(2);
    expect(state?.values?.csv).toBe(csv);
    expect(await expectRedirect(importCijfersAction(null, form({ wijk: "herpt", csv: "wijk;indicator;jaar;waarde;bron\nHerpt;Buurtpreventie-app;2025;3;Wijkraad\n" })))).toContain("klaar=import&aantal=1");

    const bad = await bewaarCijferAction(null, form({ wijk: "herpt", indicator: "", jaar: "tja", waarde: "x", bron: "" }));
    expect(bad && !bad.ok && Object.keys(bad.fieldErrors).sort()).toEqual(["bron", "indicator", "jaar", "waarde"]);
    await expectRedirect(bewaarCijferAction(null, form({ wijk: "herpt", indicator: "Inwoners 75+", jaar: "2025", waarde: "12,5", eenheid: "%", bron: "CBS", demo: true })));
    expect(await db.wijkCijfer.findFirst({ where: { wijkId: herpt.id, indicator: "Inwoners 75+" }, select: { waarde: true, demo: true } })).toEqual({ waarde: 12.5, demo: true });
    actAs(inwoner);
    expect((await bewaarCijferAction(null, form({ wijk: "herpt", indicator: "X", jaar: "2025", waarde: "1", bron: "Y" })))?.ok).toBe(false);
    const other = actorOf(await createUser(db, { rol: "OPBOUWWERKER" }), []);
    await expect(bewaarCijfer(other, "herpt", { indicator: "X", jaar: 2025, waarde: 1, eenheid: "", bron: "Y", demo: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
