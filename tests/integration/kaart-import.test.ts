/**
 * Import of an existing sociale kaart (/beheer/kaart-import): a filled 50-row CSV template with one bad
 * row (nothing imported, a message per row), fixed (imported), imported again (updated, no duplicates);
 * the real HSDS example of the Open Referral specification; the HSDS round trip (export, import into a
 * kaart without plekken, compare); and refusals for every other role.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { bekijkKaartImport, bereidKaartImportVoor, bevestigKaartImport, kaartImportCategorieen } from "../../lib/data/kaart-import.ts";
import { KAART_IMPORT_KOPPEN, kaartImportSjabloon } from "../../lib/import/kaart-import.ts";
import { openKaartGegevens } from "../../lib/data/open-data.ts";
import { maakHsds } from "../../lib/open-data/hsds.ts";
import { leesOpeningstijden } from "../../lib/kaart/openingstijden.ts";
import { WIJKEN } from "../../prisma/demo-data.ts";
import { slugify } from "../../lib/slug.ts";
import { actorOf, createUser, createWijk, ensureCategorieen } from "../factories.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import { FOUTE_POSTCODE, kaartCsv } from "../support/kaart-csv.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

const FIXTURE = readFileSync(new URL("../fixtures/hsds-service-full.json", import.meta.url), "utf8");
let beheerder: Actor;
let ambtenaar: Actor;
let opbouwwerker: Actor;
let inwoner: Actor;

beforeAll(async () => {
  await ensureCategorieen(db);
  const wijken = [];
  for (const w of WIJKEN) wijken.push(await createWijk(db, { naam: w.naam, slug: slugify(w.naam), soort: w.soort, lat: w.lat, lng: w.lng }));
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
  opbouwwerker = actorOf(await createUser(db, { rol: "OPBOUWWERKER" }), wijken.map((w) => w.id));
  inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
});

const koppen = () => kaartImportSjabloon().replace(/^\uFEFF/, "").trim().split(";");

async function upload(tekst: string, bestandsnaam = "kaart.csv", extra: { bron?: string; categorie?: string } = {}) {
  return (await bereidKaartImportVoor(beheerder, { bestandsnaam, tekst, ...extra })).id;
}

describe("CSV template", () => {
  it("has the Dutch headers in order, and the template has no data rows", () => {
    expect(koppen()).toEqual([...KAART_IMPORT_KOPPEN]);
    expect(koppen()).toEqual(expect.arrayContaining(["naam", "categorie", "postcode", "lat", "lng", "wijk", "doelgroepen", "e-mail", "extern id"]));
  });
});

describe("CSV import: all or nothing, then update by extern id", () => {
  it("one bad row among 50: the dry run names it, confirming imports nothing", async () => {
    const { tekst, fouteRij } = kaartCsv(koppen(), { fout: true, prefix: "csv" });
    const id = await upload(tekst);
    const dry = await bekijkKaartImport(beheerder, id);
    expect(dry.fouten).toEqual([`Rij ${fouteRij}: de postcode '${FOUTE_POSTCODE}' is geen postcode.`]);
    expect(dry.nieuwePlekken).toHaveLength(44);
    expect(dry.nieuweActiviteiten).toHaveLength(5);
    await expect(bevestigKaartImport(beheerder, id)).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.plek.count({ where: { bron: "csv" } })).toBe(0);
    expect(await db.activiteit.count({ where: { bron: "csv" } })).toBe(0);
    expect(await db.organisatie.count({ where: { naam: "Stichting Import csv" } })).toBe(0);
    expect(await db.kaartImport.findUnique({ where: { id } })).toMatchObject({ toegepastOp: null });
  });

  it("fixed: everything is imported in one go, with an audit row", async () => {
    const { tekst } = kaartCsv(koppen(), { prefix: "csv" });
    const id = await upload(tekst);
    const dry = await bekijkKaartImport(beheerder, id);
    expect(dry.fouten).toEqual([]);
    expect([dry.nieuwePlekken.length, dry.nieuweActiviteiten.length, dry.bijgewerktePlekken.length, dry.nieuweOrganisaties]).toEqual([45, 5, 0, ["Stichting Import csv"]]);
    const r = await bevestigKaartImport(beheerder, id);
    expect(r).toEqual({ plekkenNieuw: 45, plekkenBijgewerkt: 0, activiteitenNieuw: 5, activiteitenBijgewerkt: 0, organisatiesNieuw: 1 });
    expect(await db.plek.count({ where: { bron: "csv" } })).toBe(45);
    const plek = await db.plek.findUniqueOrThrow({ where: { bron_externId: { bron: "csv", externId: "csv-plek-2" } }, include: { wijk: true, categorie: true } });
    expect(plek).toMatchObject({ postcode: "5252 AB", doelgroepen: ["OUDEREN", "MANTELZORGERS"], rolstoeltoegankelijk: true, status: "GEPUBLICEERD" });
    expect(plek.wijk.naam).toBe(WIJKEN[1].naam);
    const eerste = await db.plek.findUniqueOrThrow({ where: { bron_externId: { bron: "csv", externId: "csv-plek-1" } }, include: { organisatie: true } });
    expect(leesOpeningstijden(eerste.openingstijden)).toEqual([{ dag: 1, van: "09:00", tot: "17:00" }, { dag: 2, van: "13:30", tot: "21:30" }]);
    expect(eerste.organisatie?.naam).toBe("Stichting Import csv");
    const act = await db.activiteit.findUniqueOrThrow({ where: { bron_externId: { bron: "csv", externId: "csv-act-46" } } });
    expect(act).toMatchObject({ plekId: eerste.id, wijkId: eerste.wijkId, start: new Date("2027-03-12T09:00:00Z"), eind: new Date("2027-03-12T11:00:00Z") });
    expect(await db.auditLog.findFirst({ where: { actie: "kaartimport.bevestigd", entiteitId: id } })).toMatchObject({ actorId: beheerder.id });
    await expect(bevestigKaartImport(beheerder, id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("the same file again updates by extern id: no duplicates", async () => {
    const { tekst } = kaartCsv(koppen(), { prefix: "csv" });
    const gewijzigd = tekst.replace("Testplek 3 uit de import.", "Nieuwe omschrijving");
    const id = await upload(gewijzigd);
    const dry = await bekijkKaartImport(beheerder, id);
    expect([dry.nieuwePlekken.length, dry.bijgewerktePlekken.length, dry.nieuweActiviteiten.length, dry.bijgewerkteActiviteiten.length]).toEqual([0, 45, 0, 5]);
    expect(await bevestigKaartImport(beheerder, id)).toMatchObject({ plekkenNieuw: 0, plekkenBijgewerkt: 45, activiteitenNieuw: 0, activiteitenBijgewerkt: 5, organisatiesNieuw: 0 });
    expect(await db.plek.count({ where: { bron: "csv" } })).toBe(45);
    expect(await db.activiteit.count({ where: { bron: "csv" } })).toBe(5);
    expect(await db.organisatie.count({ where: { naam: "Stichting Import csv" } })).toBe(1);
    expect((await db.plek.findUniqueOrThrow({ where: { bron_externId: { bron: "csv", externId: "csv-plek-3" } } })).beschrijving).toBe("Nieuwe omschrijving");
  });

  it("lists every problem of every row in Dutch", async () => {
    const k = koppen();
    let n = 0;
    const rij = (v: Record<string, string>) => k.map((x) => (x === "extern id" ? `r${++n}` : (v[x] ?? ""))).join(";");
    const goed = { naam: "Goed", categorie: "buurthuis", lat: "51,6865", lng: "5,133" };
    const tekst = [
      k.join(";"),
      rij({ ...goed, naam: "" }),
      rij({ ...goed, categorie: "zwembad" }),
      rij({ ...goed, lat: "52,37", lng: "4,89" }),
      rij({ ...goed, wijk: "Atlantis", "e-mail": "geen-mail", website: "www.x", doelgroepen: "katten" }),
      rij({ ...goed, openingstijden: "maandag 9 uur", rolstoeltoegankelijk: "misschien" }),
      rij({ soort: "activiteit", naam: "Zonder plek", start: "morgen" }),
      rij({ soort: "feest", naam: "X" }),
    ].join("\n");
    const dry = await bekijkKaartImport(beheerder, await upload(tekst, "fouten.csv", { bron: "fouten" }));
    expect(dry.fouten).toEqual([
      "Rij 2: de naam ontbreekt.",
      "Rij 3: de categorie 'zwembad' bestaat niet. Kies een categorie van de kaart, zoals buurthuis, koffiecorner, bibliotheek.",
      "Rij 4: de coördinaten 52.37, 4.89 liggen buiten de gemeente.",
      "Rij 5: de doelgroep 'katten' bestaat niet. Kies uit iedereen, jongeren, ouderen, gezinnen en mantelzorgers.",
      "Rij 5: de wijk 'Atlantis' bestaat niet.",
      "Rij 5: het e-mailadres 'geen-mail' klopt niet.",
      "Rij 5: de website 'www.x' moet beginnen met https://.",
      "Rij 6: openingstijden: \"maandag 9 uur\" is geen openingstijd. Schrijf bijvoorbeeld: maandag 09:00-17:00.",
      "Rij 6: rolstoeltoegankelijk 'misschien' moet ja of nee zijn.",
      "Rij 7: de start 'morgen' is geen datum en tijd. Schrijf bijvoorbeeld 2027-03-12 10:00.",
      "Rij 7: geef een wijk of een plek op.",
      "Rij 8: de soort 'feest' is onbekend. Kies plek of activiteit.",
    ]);
  });

  it("refuses a file that is too large or has no name column", async () => {
    await expect(upload("x".repeat(2 * 1024 * 1024 + 1))).rejects.toMatchObject({ code: "INVALID", fieldErrors: { bestand: [expect.stringContaining("groter dan 2 MB")] } });
    await expect(upload("titel;plaats\nA;B\n")).resolves.toBeTruthy();
    await expect(upload("foo;bar\n1;2\n")).rejects.toMatchObject({ fieldErrors: { bestand: [expect.stringContaining("De kolom naam ontbreekt")] } });
  });
});

describe("HSDS import", () => {
  it("the real example of the specification: the dry run refuses its placeholder coordinates", async () => {
    const dry = await bekijkKaartImport(beheerder, await upload(FIXTURE, "service_full.json"));
    expect(dry.formaat).toBe("hsds");
    // The example's placeholders are no Dutch phone number or postcode either: every problem is listed.
    expect(dry.fouten).toEqual([
      "Locatie \"name\": het telefoonnummer 'number' klopt niet.",
      'Locatie "name": de categorie ontbreekt.',
      "Locatie \"name\": de postcode 'postal_code' is geen postcode.",
      'Locatie "name": de coördinaten 100, 101 bestaan niet (lat ligt tussen -90 en 90, lng tussen -180 en 180).',
    ]);
  });

  it("with coordinates in the gemeente and a default categorie it imports: organization, location, service, schedule", async () => {
    const doc = JSON.parse(FIXTURE.replaceAll('"number": "number"', '"number": "0416 123456"').replaceAll('"postal_code": "postal_code"', '"postal_code": "5251 HA"'));
    for (const loc of [doc.service_at_locations[0].location, ...doc.organization.locations]) Object.assign(loc, { latitude: 51.6865, longitude: 5.133 });
    const id = await upload(JSON.stringify(doc), "service_full.json", { categorie: "welzijn" });
    const dry = await bekijkKaartImport(beheerder, id);
    expect(dry.fouten).toEqual([]);
    expect(await bevestigKaartImport(beheerder, id)).toMatchObject({ plekkenNieuw: 1, activiteitenNieuw: 1, organisatiesNieuw: 1 });
    const plek = await db.plek.findFirstOrThrow({ where: { externId: "3a19ff88-4620-4d17-9830-ac1d859eb5d5" }, include: { categorie: true, organisatie: true, wijk: true } });
    expect(plek).toMatchObject({ naam: "name", adres: "address_1, address_2", plaats: "city", lat: 51.6865, lng: 5.133, postcode: "5251 HA", telefoon: "0416 123456", email: null });
    expect(plek.categorie.slug).toBe("welzijn");
    expect(plek.wijk.naam).toBe("Centrum-Drunen");
    expect(plek.organisatie).toMatchObject({ naam: "name", website: "http://example.com", email: "email@example.com" });
    const act = await db.activiteit.findFirstOrThrow({ where: { externId: "ac148810-d857-441c-9679-408f346de14b" } });
    expect(act).toMatchObject({ titel: "name", plekId: plek.id, kosten: "fees_description", aanmelden: "application_process", herhaling: "description" });
    expect(act.start).toEqual(new Date("2005-01-01T19:20:00Z"));
  });
});

describe("HSDS round trip: export, import into a kaart without plekken, compare", () => {
  it("gives back the same plekken and activiteiten", async () => {
    // What is on the kaart now: the CSV import above (45 plekken, 5 activiteiten, an organisation) and the HSDS example.
    const act = await db.activiteit.findFirstOrThrow({ where: { externId: "csv-act-47" } });
    await db.activiteit.update({ where: { id: act.id }, data: { start: null, eind: null, herhaling: "Elke dinsdag van 10.00 tot 12.00 uur", plekId: null, doelgroepen: ["JONGEREN"] } });
    const beeld = async () => {
      const plekken = await db.plek.findMany({
        where: { status: "GEPUBLICEERD" },
        select: {
          naam: true, beschrijving: true, adres: true, postcode: true, plaats: true, lat: true, lng: true, telefoon: true, email: true, website: true, openingstijden: true,
          rolstoeltoegankelijk: true, doelgroepen: true, soort: true, categorie: { select: { slug: true } }, wijk: { select: { slug: true } }, organisatie: { select: { naam: true } },
        },
      });
      const activiteiten = await db.activiteit.findMany({
        where: { status: "GEPUBLICEERD" },
        select: {
          titel: true, beschrijving: true, start: true, eind: true, herhaling: true, kosten: true, aanmelden: true, doelgroepen: true,
          wijk: { select: { slug: true } }, plek: { select: { naam: true } }, organisatie: { select: { naam: true } },
        },
      });
      return {
        plekken: plekken.map((p) => ({ ...p, openingstijden: leesOpeningstijden(p.openingstijden) })).sort((a, b) => a.naam.localeCompare(b.naam) || a.lat - b.lat),
        activiteiten: activiteiten.sort((a, b) => a.titel.localeCompare(b.titel)),
      };
    };
    const voor = await beeld();
    expect(voor.plekken.length).toBeGreaterThanOrEqual(46);
    const json = JSON.stringify(maakHsds(await openKaartGegevens()));
    await db.activiteit.deleteMany({});
    await db.plek.deleteMany({});
    await db.organisatie.deleteMany({});
    const id = await upload(json, "hsds.json");
    const dry = await bekijkKaartImport(beheerder, id);
    expect(dry.fouten).toEqual([]);
    expect(dry.bron).toMatch(/^gemeente-/); // the publisher in the file
    await bevestigKaartImport(beheerder, id);
    expect(await beeld()).toEqual(voor);
  });
});

describe("refusals: only a beheerder may import", () => {
  it("ambtenaar, opbouwwerker, inwoner and nobody are refused by every data function", async () => {
    const id = await upload(kaartCsv(koppen(), { prefix: "weiger" }).tekst);
    for (const [actor, code] of [[ambtenaar, "FORBIDDEN"], [opbouwwerker, "FORBIDDEN"], [inwoner, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(bereidKaartImportVoor(actor, { bestandsnaam: "x.csv", tekst: "naam\nA\n" })).rejects.toMatchObject({ code });
      await expect(bekijkKaartImport(actor, id)).rejects.toMatchObject({ code });
      await expect(bevestigKaartImport(actor, id)).rejects.toMatchObject({ code });
      await expect(kaartImportCategorieen(actor)).rejects.toMatchObject({ code });
    }
    expect(await db.plek.count({ where: { externId: { startsWith: "weiger-" } } })).toBe(0);
  });

  it("the server actions refuse them too; a beheerder goes through upload and confirm", async () => {
    const { uploadKaartAction, bevestigKaartAction } = await import("../../app/beheer/kaart-import/actions.ts");
    const bestand = () => {
      const fd = new FormData();
      fd.append("bestand", new File([kaartCsv(koppen(), { prefix: "actie" }).tekst], "kaart.csv", { type: "text/csv" }));
      fd.append("bron", "Actie");
      return fd;
    };
    const id = await upload(kaartCsv(koppen(), { prefix: "actie2" }).tekst);
    for (const actor of [ambtenaar, opbouwwerker, inwoner]) {
      actAs(actor);
      expect(await uploadKaartAction(null, bestand())).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await bevestigKaartAction(null, form({ id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.kaartImport.count({ where: { bron: "actie" } })).toBe(0);
    actAs(beheerder);
    const naar = await expectRedirect(uploadKaartAction(null, bestand()));
    expect(naar).toMatch(/^\/beheer\/kaart-import\/[a-z0-9]+$/);
    const nieuw = naar.split("/").pop()!;
    expect(await expectRedirect(bevestigKaartAction(null, form({ id: nieuw })))).toBe(`/beheer/kaart-import/${nieuw}?klaar=1`);
    expect(await db.plek.count({ where: { bron: "actie" } })).toBe(45);
    expect(await uploadKaartAction(null, new FormData())).toMatchObject({ ok: false, fieldErrors: { bestand: [expect.stringContaining("Kies een CSV-bestand")] } });
  });
});
