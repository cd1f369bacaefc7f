import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { seedReference } from "../../prisma/seed-lib.ts";
import { actorOf, createPlek, createUser, createWijk } from "../factories.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import {
  archiveerGebied, bekijkCbsImport, bekijkIndeling, bereidCbsImportVoor, bevestigCbsImport, deelPlaatsenIn, getGebiedBeheer, huidigeSlug,
  listGebiedenBeheer, maakGebied, wijzigGebied,
} from "../../lib/data/gebieden.ts";
import { archiveerCategorie, listCategorieenBeheer, maakCategorie, verwijderCategorie, wijzigCategorie } from "../../lib/data/categorieen.ts";
import { importeerCbsBestand } from "../../lib/import/gebieden-import.ts";
import { RD_MELDING, leesCbsBestand } from "../../lib/import/cbs.ts";
import { zoekCategorieen, zoekKaartWijken } from "../../lib/data/kaart/kaartdata.ts";
import { leesWijkPagina, zoekWijken, zoekWijkenOverzicht } from "../../lib/data/wijken.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

const OSS = readFileSync("tests/fixtures/cbs-wijken-oss-2023.geojson", "utf8");
const HEUSDEN = readFileSync("tests/fixtures/cbs-wijken-heusden-2023.geojson", "utf8");
const fc = (features: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ type: "FeatureCollection", ...extra, features });
const vierkant = (x: number, y: number, d = 0.01) => [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];

let beheerder: Actor;
let anderen: (Actor | null)[];

beforeAll(async () => {
  await seedReference(db);
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  const w = await db.wijk.findUniqueOrThrow({ where: { slug: "herpt" } });
  anderen = [
    actorOf(await createUser(db, { rol: "AMBTENAAR" })),
    actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [w.id] }), [w.id]),
    actorOf(await createUser(db, { rol: "INWONER" })),
    null,
  ];
});

async function importeer(tekst: string, gemeente: string, bestandsnaam = "wijken.geojson") {
  process.env.GEMEENTECODE = gemeente;
  try {
    const { id } = await bereidCbsImportVoor(beheerder, { bestandsnaam, tekst });
    return { id, preview: await bekijkCbsImport(beheerder, id) };
  } finally {
    delete process.env.GEMEENTECODE;
  }
}

describe("reading CBS files", () => {
  it("reads the simplified national files (statcode/statnaam) and keeps only the configured gemeente", () => {
    const r = leesCbsBestand(fc([...JSON.parse(OSS).features, ...JSON.parse(HEUSDEN).features]), "GM0797");
    expect(r.fouten).toEqual([]);
    expect(r.andereGemeenten).toBe(23);
    expect(r.features.map((f) => f.code)).toEqual(Array.from({ length: 11 }, (_, i) => `WK0797${String(i + 1).padStart(2, "0")}`));
    expect(r.features[0]).toMatchObject({ soort: "WIJK", naam: "Wijk 01 Drunen" });
  });

  it("reads PDOK property names (wijkcode/wijknaam, buurtcode/buurtnaam, gemeentecode) and older WK_CODE/WK_NAAM", () => {
    const r = leesCbsBestand(
      fc([
        { type: "Feature", properties: { wijkcode: "WK082800", wijknaam: "Centrum", gemeentecode: "GM0828" }, geometry: { type: "Polygon", coordinates: vierkant(5.5, 51.7) } },
        { type: "Feature", properties: { buurtcode: "BU08280001", buurtnaam: "Binnenstad", wijkcode: "WK082800", gemeentecode: "GM0828" }, geometry: { type: "Polygon", coordinates: vierkant(5.5, 51.7, 0.005) } },
        { type: "Feature", properties: { WK_CODE: "WK082801", WK_NAAM: "Schadewijk", GM_CODE: "GM0828" }, geometry: { type: "MultiPolygon", coordinates: [vierkant(5.6, 51.7)] } },
        { type: "Feature", properties: { wijkcode: "WK079701", wijknaam: "Wijk 01 Drunen", gemeentecode: "GM0797" }, geometry: { type: "Polygon", coordinates: vierkant(5.1, 51.7) } },
      ]),
      "GM0828",
    );
    expect(r.fouten).toEqual([]);
    expect(r.andereGemeenten).toBe(1);
    expect(r.features.map((f) => [f.soort, f.code, f.naam, f.wijkcode])).toEqual([
      ["WIJK", "WK082800", "Centrum", null],
      ["BUURT", "BU08280001", "Binnenstad", "WK082800"],
      ["WIJK", "WK082801", "Schadewijk", null],
    ]);
  });

  it("refuses RD (EPSG:28992), by crs or by coordinates, with a Dutch message on how to export WGS84", () => {
    const rd = [{ type: "Feature", properties: { statcode: "WK082800", statnaam: "Centrum" }, geometry: { type: "Polygon", coordinates: [[[160000, 420000], [161000, 420000], [161000, 421000], [160000, 420000]]] } }];
    for (const tekst of [fc(rd), fc(rd, { crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::28992" } } })]) {
      const r = leesCbsBestand(tekst, "GM0828");
      expect(r.fouten.map((f) => f.melding)).toEqual([RD_MELDING]);
      expect(r.features).toEqual([]);
    }
    expect(RD_MELDING).toMatch(/EPSG:4326/);
    expect(RD_MELDING).toMatch(/ogr2ogr -t_srs EPSG:4326/);
  });
});

describe("CBS import with preview and confirmation", () => {
  it("Oss (GM0828) on a portal with 19 gebieden: preview shows counts, nothing changes until confirmed", async () => {
    const voor = await db.wijk.count();
    const { id, preview } = await importeer(OSS, "GM0828", "cbs-wijken-oss-2023.geojson");
    expect(preview.nieuw).toHaveLength(23);
    expect(preview.bijgewerkt).toHaveLength(0);
    expect(preview.zonderCode).toHaveLength(19);
    expect(preview.fouten).toEqual([]);
    expect(await db.wijk.count()).toBe(voor);

    const r = await bevestigCbsImport(beheerder, id);
    expect(r).toMatchObject({ nieuw: 23, bijgewerkt: 0 });
    const ruwaard = await db.wijk.findUniqueOrThrow({ where: { cbsCode: "WK082806" } });
    expect(ruwaard).toMatchObject({ naam: "Ruwaard", slug: "ruwaard", soort: "WIJK" });
    expect((ruwaard.grens as { type: string }).type).toBe("Polygon");
    expect(ruwaard.lat).toBeGreaterThan(51.7);
    expect(await db.auditLog.count({ where: { actie: "gebied.aangemaakt", actorId: beheerder.id } })).toBe(23);
    expect(await db.auditLog.count({ where: { actie: "cbsimport.bevestigd", entiteitId: id } })).toBe(1);
    await expect(bevestigCbsImport(beheerder, id)).rejects.toMatchObject({ code: "CONFLICT" });
    // On the public list and on the map
    expect((await zoekWijkenOverzicht()).map((w) => w.naam)).toContain("Ruwaard");
    expect((await zoekKaartWijken()).map((w) => w.naam)).toContain("Ruwaard");
  });

  it("Heusden (GM0797): matches by name with the 'Wijk 01 ' prefix and case ignored, creates the rest; again: updates by code", async () => {
    const { id, preview } = await importeer(HEUSDEN, "GM0797");
    expect(preview.bijgewerkt.map((b) => b.naam).sort()).toEqual(["Doeveren", "Elshout", "Haarsteeg", "Heesbeen", "Herpt", "Nieuwkuijk", "Oudheusden"]);
    expect(preview.nieuw.map((n) => n.naam)).toEqual(["Drunen", "Vlijmen", "Hedikthuizen", "Heusden"]);
    await bevestigCbsImport(beheerder, id);
    expect(await db.wijk.findUniqueOrThrow({ where: { slug: "doeveren" } })).toMatchObject({ cbsCode: "WK079706", soort: "DORP" });

    const opnieuw = await importeer(HEUSDEN.replace("Wijk 06 Doeveren", "wijk 06 DOEVEREN-nieuw"), "GM0797");
    expect(opnieuw.preview.nieuw).toEqual([]);
    expect(opnieuw.preview.bijgewerkt).toHaveLength(11);
  });

  it("buurten are linked to their wijk through the code; a buurt of an unknown wijk is refused", async () => {
    const buurt = (code: string, naam: string, wijkcode: string) => ({
      type: "Feature",
      properties: { buurtcode: code, buurtnaam: naam, wijkcode, gemeentecode: "GM0828" },
      geometry: { type: "Polygon", coordinates: vierkant(5.52, 51.765, 0.002) },
    });
    const { id, preview } = await importeer(fc([buurt("BU08280001", "Binnenstad", "WK082800"), buurt("BU08280002", "Walstraat", "WK082800")]), "GM0828");
    expect(preview.nieuw).toEqual([
      { sleutel: "BU08280001", naam: "Binnenstad", code: "BU08280001", soort: "BUURT" },
      { sleutel: "BU08280002", naam: "Walstraat", code: "BU08280002", soort: "BUURT" },
    ]);
    await bevestigCbsImport(beheerder, id);
    const centrum = await db.wijk.findUniqueOrThrow({ where: { cbsCode: "WK082800" } });
    expect(await db.wijk.findUniqueOrThrow({ where: { cbsCode: "BU08280001" } })).toMatchObject({ soort: "BUURT", parentId: centrum.id });
    // Buurten are not in the public lists of wijken and dorpen, but on their wijk's page.
    expect((await zoekWijken()).map((w) => w.naam)).not.toContain("Binnenstad");
    expect((await leesWijkPagina(centrum.slug))!.buurten.map((b) => b.naam)).toEqual(["Binnenstad", "Walstraat"]);

    await expect(importeer(fc([buurt("BU08289901", "Nergens", "WK082899")]), "GM0828")).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { bestand: [expect.stringContaining("de wijk WK082899 van deze buurt staat niet in het bestand en niet in het portaal")] },
    });
  });

  it("the preview offers each new gebied: only the ticked ones are created (a buurt of an unticked wijk neither)", async () => {
    const { bevestigCbsImportAction } = await import("../../app/beheer/gebieden/actions.ts");
    const wijk = (code: string, naam: string, x: number) => ({ type: "Feature", properties: { wijkcode: code, wijknaam: naam, gemeentecode: "GM0828" }, geometry: { type: "Polygon", coordinates: vierkant(x, 51.9) } });
    const tekst = fc([
      wijk("WK082890", "Wijk 90 Proefwijk", 5.1),
      wijk("WK082891", "Wijk 91 Tweede", 5.2),
      { type: "Feature", properties: { buurtcode: "BU08289001", buurtnaam: "Proefbuurt", wijkcode: "WK082890", gemeentecode: "GM0828" }, geometry: { type: "Polygon", coordinates: vierkant(5.1, 51.9, 0.005) } },
    ]);
    const { id, preview } = await importeer(tekst, "GM0828");
    expect(preview.nieuw.map((n) => n.sleutel)).toEqual(["WK082890", "WK082891", "BU08289001"]);
    actAs(beheerder);
    expect(await expectRedirect(bevestigCbsImportAction(null, form({ id, keuze: "1", maak: ["WK082891", "BU08289001"] })))).toMatch(/nieuw=1&bijgewerkt=0/);
    expect(await db.wijk.findUnique({ where: { cbsCode: "WK082891" } })).toMatchObject({ naam: "Tweede" });
    expect(await db.wijk.findUnique({ where: { cbsCode: "WK082890" } })).toBeNull();
    expect(await db.wijk.findUnique({ where: { cbsCode: "BU08289001" } })).toBeNull();
  });

  it("all or nothing: one bad feature and nothing is stored or changed", async () => {
    const voor = await db.wijk.findMany({ orderBy: { id: "asc" } });
    const importsVoor = await db.gebiedImport.count();
    const features = JSON.parse(OSS).features.slice(0, 3);
    features[1].geometry = { type: "LineString", coordinates: [[5.5, 51.7], [5.6, 51.8]] };
    features[0].properties.statnaam = "Centrum (nieuwe grens)";
    await expect(importeer(fc(features), "GM0828")).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { bestand: ["Feature 2 (Schadewijk): de geometrie is van het type LineString; alleen Polygon en MultiPolygon kunnen."] },
    });
    const cli = await importeerCbsBestand(fc(features), { gemeente: "GM0828" });
    expect(cli.ok).toBe(false);
    expect(await db.wijk.findMany({ orderBy: { id: "asc" } })).toEqual(voor);
    expect(await db.gebiedImport.count()).toBe(importsVoor);
  });

  it("an RD file is refused on upload with the message", async () => {
    const rd = fc([{ type: "Feature", properties: { statcode: "WK082800", statnaam: "Centrum" }, geometry: { type: "Polygon", coordinates: [[[160000, 420000], [161000, 420000], [161000, 421000], [160000, 420000]]] } }]);
    await expect(importeer(rd, "GM0828")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { bestand: [RD_MELDING] } });
  });

  it("the upload and confirm actions: preview page id, then the result with counts", async () => {
    const { uploadCbsAction, bevestigCbsImportAction } = await import("../../app/beheer/gebieden/actions.ts");
    actAs(beheerder);
    process.env.GEMEENTECODE = "GM0828";
    const fd = new FormData();
    fd.append("bestand", new File([OSS.replace("Industrieterreinen-Noord", "Industrieterrein Noord")], "oss.geojson", { type: "application/geo+json" }));
    const naar = await expectRedirect(uploadCbsAction(null, fd));
    delete process.env.GEMEENTECODE;
    expect(naar).toMatch(/^\/beheer\/gebieden\/import\/[a-z0-9]+$/);
    const id = naar.split("/").pop()!;
    expect((await bekijkCbsImport(beheerder, id)).bijgewerkt).toHaveLength(23);
    expect(await expectRedirect(bevestigCbsImportAction(null, form({ id })))).toMatch(/^\/beheer\/gebieden\/indeling\?import=1&nieuw=0&bijgewerkt=23&plekken=\d+/);
    // no file: a field error, nothing else
    const leeg = await uploadCbsAction(null, new FormData());
    expect(leeg).toMatchObject({ ok: false, fieldErrors: { bestand: ["Kies een GeoJSON-bestand met wijken of buurten."] } });
  });

  it("the npm script imports the real file and exits non-zero on a bad one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cbs-"));
    const bad = path.join(dir, "kapot.geojson");
    writeFileSync(bad, fc([{ type: "Feature", properties: { statcode: "WK082800", statnaam: "Centrum" }, geometry: { type: "LineString", coordinates: [] } }]));
    const env = { ...process.env, PGLITE_DIR: "memory://", DATABASE_URL: "", GEMEENTECODE: "GM0828" };
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
    expect(stderr).toContain("Feature 1 (Centrum): de geometrie is van het type LineString");
    const ok = execFileSync("npx", ["tsx", "scripts/import-wijken.mts", "tests/fixtures/cbs-wijken-oss-2023.geojson"], { encoding: "utf8", stdio: "pipe", env });
    expect(ok).toContain("Gemeente GM0828: 23 nieuw, 0 bijgewerkt, 0 bestaande gebieden zonder CBS-code.");
    rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});

describe("places follow the map", () => {
  it("assigns plekken, activiteiten and initiatieven by point in polygon (MultiPolygon, hole); lists what is outside", async () => {
    // Far from the CBS boundaries above: around lng 7, lat 50.
    const a = await createWijk(db, { naam: "Gebied A", lat: 50, lng: 7 });
    const b = await createWijk(db, { naam: "Gebied B", lat: 50, lng: 7.2 });
    await db.wijk.update({ where: { id: a.id }, data: { grens: { type: "MultiPolygon", coordinates: [vierkant(7, 50, 0.1), vierkant(7.5, 50, 0.1)] } } });
    const metGat = [vierkant(7.2, 50, 0.2)[0], vierkant(7.25, 50.05, 0.1)[0]];
    await db.wijk.update({ where: { id: b.id }, data: { grens: { type: "Polygon", coordinates: metGat } } });
    const cat = await db.categorie.findFirstOrThrow();
    const inTweedeDeelA = await createPlek(db, { wijkId: b.id, categorieId: cat.id, naam: "In het tweede deel van A", lat: 50.05, lng: 7.55 });
    const inB = await createPlek(db, { wijkId: a.id, categorieId: cat.id, naam: "In B", lat: 50.02, lng: 7.22 });
    const inGat = await createPlek(db, { wijkId: b.id, categorieId: cat.id, naam: "In het gat van B", lat: 50.1, lng: 7.3 });
    const blijft = await createPlek(db, { wijkId: a.id, categorieId: cat.id, naam: "Blijft in A", lat: 50.05, lng: 7.05 });
    const act = await db.activiteit.create({ data: { titel: "Koffie", slug: `koffie-${Date.now()}`, beschrijving: "x", wijkId: b.id, plekId: inTweedeDeelA.id } });
    const ini = await db.initiatief.create({
      data: { referentie: `INI-T-${Date.now()}`, titel: "Bankje", ikWil: "x", ikKan: "x", voorWie: "x", wijkId: a.id, lat: 50.15, lng: 7.35, doelen: ["ONTMOETING"] },
    });

    const auditVoor = await db.auditLog.count({ where: { actie: "plaatsen.heringedeeld" } });
    const vooraf = await bekijkIndeling(beheerder);
    expect(vooraf.buiten.map((x) => x.naam)).toContain("In het gat van B");
    expect(await db.plek.findUniqueOrThrow({ where: { id: inB.id } })).toMatchObject({ wijkId: a.id });

    const r = await deelPlaatsenIn(beheerder);
    expect(r.verplaatst).toMatchObject({ plekken: 2, activiteiten: 1, initiatieven: 1 });
    expect((await db.plek.findUniqueOrThrow({ where: { id: inTweedeDeelA.id } })).wijkId).toBe(a.id);
    expect((await db.plek.findUniqueOrThrow({ where: { id: inB.id } })).wijkId).toBe(b.id);
    expect((await db.plek.findUniqueOrThrow({ where: { id: inGat.id } })).wijkId).toBe(b.id);
    expect((await db.plek.findUniqueOrThrow({ where: { id: blijft.id } })).wijkId).toBe(a.id);
    expect((await db.activiteit.findUniqueOrThrow({ where: { id: act.id } })).wijkId).toBe(a.id);
    expect((await db.initiatief.findUniqueOrThrow({ where: { id: ini.id } })).wijkId).toBe(b.id);
    expect(r.buiten.map((x) => x.naam)).toEqual(["In het gat van B"]);
    expect(await db.auditLog.count({ where: { actie: "plaatsen.heringedeeld" } })).toBe(auditVoor + 1);
    // Again: nothing moves.
    expect((await deelPlaatsenIn(beheerder)).verplaatst).toEqual({ plekken: 0, activiteiten: 0, initiatieven: 0 });
  });
});

describe("gebieden: create, rename with redirect, archive", () => {
  it("creates a dorp and a buurt under it; a buurt needs a parent", async () => {
    const dorp = await maakGebied(beheerder, { naam: "Nieuwdorp", soort: "DORP", parentId: null, wijkraadNaam: "Dorpsraad Nieuwdorp", wijkraadEmail: null, wijkraadWebsite: null });
    const buurt = await maakGebied(beheerder, { naam: "Nieuwdorp-Noord", soort: "BUURT", parentId: dorp.id, wijkraadNaam: null, wijkraadEmail: null, wijkraadWebsite: null });
    expect((await getGebiedBeheer(beheerder, dorp.id)).kinderen.map((k) => k.id)).toEqual([buurt.id]);
    await expect(maakGebied(beheerder, { naam: "Losse buurt", soort: "BUURT", parentId: null, wijkraadNaam: null, wijkraadEmail: null, wijkraadWebsite: null })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { parentId: ["Kies de wijk of het dorp waar deze buurt bij hoort."] },
    });
    expect(await db.auditLog.count({ where: { actie: "gebied.aangemaakt", entiteitId: dorp.id } })).toBe(1);
  });

  it("a rename gives a new slug; the old URL keeps working; archived gebieden leave the public lists and the map filter", async () => {
    const g = await maakGebied(beheerder, { naam: "Oude Naam", soort: "WIJK", parentId: null, wijkraadNaam: null, wijkraadEmail: null, wijkraadWebsite: null });
    expect((await zoekKaartWijken()).map((w) => w.slug)).toContain("oude-naam"); // fills the shared cache
    const r = await wijzigGebied(beheerder, g.id, { naam: "Nieuwe Naam", soort: "WIJK", parentId: null, wijkraadNaam: "Wijkraad", wijkraadEmail: "raad@example.nl", wijkraadWebsite: null });
    expect(r.slug).toBe("nieuwe-naam");
    expect(await huidigeSlug("oude-naam")).toBe("nieuwe-naam");
    expect(await leesWijkPagina("oude-naam")).toBeNull();
    // the public pages answer the old address with a permanent redirect to the new one
    const WijkPage = (await import("../../app/wijken/[slug]/page.tsx")).default;
    const VersiesPage = (await import("../../app/wijken/[slug]/agenda/versies/page.tsx")).default;
    expect(await expectRedirect(WijkPage({ params: Promise.resolve({ slug: "oude-naam" }), searchParams: Promise.resolve({}) }))).toBe("/wijken/nieuwe-naam");
    expect(await expectRedirect(VersiesPage({ params: Promise.resolve({ slug: "oude-naam" }) }))).toBe("/wijken/nieuwe-naam/agenda/versies");
    expect((await zoekKaartWijken()).map((w) => w.slug)).toEqual(expect.arrayContaining(["nieuwe-naam"]));
    expect((await zoekKaartWijken()).map((w) => w.slug)).not.toContain("oude-naam");
    expect(await db.auditLog.findFirst({ where: { actie: "gebied.hernoemd", entiteitId: g.id }, select: { voor: true, na: true } })).toMatchObject({
      voor: { naam: "Oude Naam", slug: "oude-naam" },
      na: { naam: "Nieuwe Naam", slug: "nieuwe-naam", wijkraadEmail: "raad@example.nl" },
    });
    // the new page works and a slug of another gebied is never taken
    expect((await leesWijkPagina("nieuwe-naam"))!.wijk.naam).toBe("Nieuwe Naam");
    const ander = await maakGebied(beheerder, { naam: "Oude Naam", soort: "WIJK", parentId: null, wijkraadNaam: null, wijkraadEmail: null, wijkraadWebsite: null });
    expect((await db.wijk.findUniqueOrThrow({ where: { id: ander.id } })).slug).toBe("oude-naam-2");

    await archiveerGebied(beheerder, g.id, true);
    expect((await zoekWijken()).map((w) => w.id)).not.toContain(g.id);
    expect((await zoekWijkenOverzicht()).map((w) => w.id)).not.toContain(g.id);
    expect((await zoekKaartWijken()).map((w) => w.id)).not.toContain(g.id);
    // history kept: the page and its data still exist, marked archived
    expect((await leesWijkPagina("nieuwe-naam"))!.wijk.gearchiveerdOp).toBeInstanceOf(Date);
    expect((await listGebiedenBeheer(beheerder)).find((x) => x.id === g.id)?.gearchiveerdOp).toBeInstanceOf(Date);
    await archiveerGebied(beheerder, g.id, false);
    expect((await zoekKaartWijken()).map((w) => w.id)).toContain(g.id);
    expect(await db.auditLog.count({ where: { actie: { in: ["gebied.gearchiveerd", "gebied.hersteld"] }, entiteitId: g.id } })).toBe(2);
  });
});

describe("categorieën", () => {
  const invoer = { naam: "Moestuin", soort: "ONTMOETINGSPLEK" as const, kleur: "#1b6b34", icoon: "G" as const, volgorde: 20 };

  it("refuses a colour white text cannot be read on (WCAG 4.5 : 1), in the data layer and in the action (input kept)", async () => {
    await expect(maakCategorie(beheerder, { ...invoer, kleur: "#ffd700" })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { kleur: [expect.stringMatching(/^Deze kleur is te licht\. .*contrast is 1,4 : 1 en moet minstens 4,5 : 1 zijn/)] },
    });
    const { maakCategorieAction } = await import("../../app/beheer/categorieen/actions.ts");
    actAs(beheerder);
    const state = await maakCategorieAction(null, form({ ...invoer, kleur: "#7fbf7f" }));
    expect(state).toMatchObject({ ok: false, values: { naam: "Moestuin", kleur: "#7fbf7f" }, fieldErrors: { kleur: [expect.stringContaining("te licht")] } });
    expect(await db.categorie.count({ where: { naam: "Moestuin" } })).toBe(0);
    expect(await expectRedirect(maakCategorieAction(null, form(invoer)))).toBe("/beheer/categorieen?opgeslagen=nieuw");
  });

  it("a category in use cannot be deleted, only archived; archived ones leave the public filters", async () => {
    const moestuin = await db.categorie.findFirstOrThrow({ where: { naam: "Moestuin" } });
    expect((await zoekCategorieen()).map((c) => c.id)).toContain(moestuin.id);
    const wijk = await db.wijk.findFirstOrThrow({ where: { gearchiveerdOp: null } });
    await createPlek(db, { wijkId: wijk.id, categorieId: moestuin.id, naam: "Moestuin De Kuil" });
    await expect(verwijderCategorie(beheerder, moestuin.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Archiveer de categorie") });
    await archiveerCategorie(beheerder, moestuin.id, true);
    expect((await zoekCategorieen()).map((c) => c.id)).not.toContain(moestuin.id);
    expect((await listCategorieenBeheer(beheerder)).find((c) => c.id === moestuin.id)?.plekken).toBe(1);
    await wijzigCategorie(beheerder, moestuin.id, { ...invoer, naam: "Moestuin of pluktuin", kleur: "#2f6b1f" });
    const leeg = await maakCategorie(beheerder, { ...invoer, naam: "Tijdelijk" });
    await verwijderCategorie(beheerder, leeg.id);
    expect(await db.categorie.findUnique({ where: { id: leeg.id } })).toBeNull();
    const acties = (await db.auditLog.findMany({ where: { entiteit: "Categorie", actorId: beheerder.id }, select: { actie: true } })).map((a) => a.actie);
    expect(acties).toEqual(expect.arrayContaining(["categorie.aangemaakt", "categorie.gearchiveerd", "categorie.gewijzigd", "categorie.verwijderd"]));
  });
});

describe("every admin action is refused for ambtenaar, opbouwwerker, inwoner and signed out", () => {
  it("data functions", async () => {
    const g = await db.wijk.findFirstOrThrow({ where: { slug: "herpt" } });
    const cat = await db.categorie.findFirstOrThrow();
    const gebied = { naam: "Stiekem", soort: "WIJK" as const, parentId: null, wijkraadNaam: null, wijkraadEmail: null, wijkraadWebsite: null };
    const categorie = { naam: "Stiekem", soort: "VOORZIENING" as const, kleur: "#1f5f8b", icoon: "B" as const, volgorde: 1 };
    const imp = await db.gebiedImport.create({ data: { bestandsnaam: "x", gemeentecode: "GM0828", inhoud: OSS } });
    for (const actor of anderen) {
      const code = actor ? "FORBIDDEN" : "UNAUTHENTICATED";
      const pogingen = [
        listGebiedenBeheer(actor), getGebiedBeheer(actor, g.id), maakGebied(actor, gebied), wijzigGebied(actor, g.id, gebied), archiveerGebied(actor, g.id, true),
        bereidCbsImportVoor(actor, { bestandsnaam: "x", tekst: OSS }), bekijkCbsImport(actor, imp.id), bevestigCbsImport(actor, imp.id), deelPlaatsenIn(actor), bekijkIndeling(actor),
        listCategorieenBeheer(actor), maakCategorie(actor, categorie), wijzigCategorie(actor, cat.id, categorie), archiveerCategorie(actor, cat.id, true), verwijderCategorie(actor, cat.id),
      ];
      for (const p of pogingen) await expect(p).rejects.toMatchObject({ code });
    }
    expect(await db.wijk.findUniqueOrThrow({ where: { id: g.id } })).toMatchObject({ naam: "Herpt", gearchiveerdOp: null });
    expect(await db.gebiedImport.findUniqueOrThrow({ where: { id: imp.id } })).toMatchObject({ toegepastOp: null });
  });

  it("server actions", async () => {
    const gebieden = await import("../../app/beheer/gebieden/actions.ts");
    const categorieen = await import("../../app/beheer/categorieen/actions.ts");
    const g = await db.wijk.findFirstOrThrow({ where: { slug: "herpt" } });
    const cat = await db.categorie.findFirstOrThrow({ where: { gearchiveerdOp: null } });
    const imp = await db.gebiedImport.create({ data: { bestandsnaam: "x", gemeentecode: "GM0828", inhoud: OSS } });
    const auditVoor = await db.auditLog.count();
    const bestand = new FormData();
    bestand.append("bestand", new File([OSS], "oss.geojson"));
    for (const actor of anderen) {
      actAs(actor);
      const states = [
        await gebieden.maakGebiedAction(null, form({ naam: "Stiekem", soort: "WIJK" })),
        await gebieden.wijzigGebiedAction(null, form({ id: g.id, naam: "Stiekem", soort: "WIJK" })),
        await gebieden.archiveerGebiedAction(null, form({ id: g.id })),
        await gebieden.herstelGebiedAction(null, form({ id: g.id })),
        await gebieden.uploadCbsAction(null, bestand),
        await gebieden.bevestigCbsImportAction(null, form({ id: imp.id })),
        await gebieden.deelPlaatsenInAction(null, form({})),
        await categorieen.maakCategorieAction(null, form({ naam: "Stiekem", soort: "VOORZIENING", kleur: "#1f5f8b", icoon: "B", volgorde: "1" })),
        await categorieen.wijzigCategorieAction(null, form({ id: cat.id, naam: "Stiekem", soort: cat.soort, kleur: "#1f5f8b", icoon: "B", volgorde: "1" })),
        await categorieen.archiveerCategorieAction(null, form({ id: cat.id })),
        await categorieen.herstelCategorieAction(null, form({ id: cat.id })),
        await categorieen.verwijderCategorieAction(null, form({ id: cat.id })),
      ];
      for (const s of states) expect(s).toMatchObject({ ok: false });
    }
    expect(await db.auditLog.count()).toBe(auditVoor);
    expect(await db.wijk.count({ where: { naam: "Stiekem" } })).toBe(0);
    expect(await db.categorie.count({ where: { naam: "Stiekem" } })).toBe(0);
  });
});

describe("the new pages refuse other roles", () => {
  it("ambtenaar and opbouwwerker go to /geen-toegang with the reason (beheerder only)", async () => {
    for (const actor of anderen.slice(0, 2)) {
      actAs(actor);
      expect(await expectRedirect((await import("../../app/beheer/gebieden/page.tsx")).default())).toBe("/geen-toegang?reden=beheerder");
      expect(await expectRedirect((await import("../../app/beheer/gebieden/indeling/page.tsx")).default({ searchParams: Promise.resolve({}) }))).toBe("/geen-toegang?reden=beheerder");
      expect(await expectRedirect((await import("../../app/beheer/categorieen/page.tsx")).default({ searchParams: Promise.resolve({}) }))).toBe("/geen-toegang?reden=beheerder");
      const g = await db.wijk.findFirstOrThrow();
      expect(await expectRedirect((await import("../../app/beheer/gebieden/[id]/page.tsx")).default({ params: Promise.resolve({ id: g.id }), searchParams: Promise.resolve({}) }))).toBe("/geen-toegang?reden=beheerder");
    }
  });
});

