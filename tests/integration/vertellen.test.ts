/**
 * Tellen en vertellen (issue 16): updates with photos by the initiatiefnemer only, photos cleaned of
 * all metadata (EXIF GPS), non-images refused; "Steun dit initiatief" counted once per person, only
 * after confirmation, with a token bound to one initiative. PGlite and (TEST_DB=pg) PostgreSQL.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import {
  bevestigSteun,
  haalUpdateWeg,
  leesPubliekeFoto,
  leesVertellen,
  plaatsUpdate,
  steunAlsBewoner,
  steunEmailHash,
  vraagSteunAan,
  verwijderUpdate,
  zoekUpdatesVoorBeheer,
} from "../../lib/data/initiatief/vertellen.ts";
import { herkenFoto } from "../../lib/bestanden/foto.ts";
import { exporteerInitiatiefGegevens } from "../../lib/data/initiatief/eigenaar.ts";
import { actorOf, createUser, createWijk, uniq } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let uploadDir: string;
let wijkId: string;
let anna: Actor;
let bert: Actor;
let opbouwwerker: Actor;

const mijnActies = () => import("../../app/mijn/initiatieven/vertellen-actions.ts");
const steunActies = () => import("../../app/initiatieven/[referentie]/actions.ts");

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  uploadDir = await mkdtemp(path.join(tmpdir(), "sbp-uploads-"));
  process.env.UPLOAD_DIR = uploadDir;
  resetEnvForTests();
  wijkId = (await createWijk(db, { naam: `Vertelwijk ${uniq()}` })).id;
  anna = actorOf(await createUser(db, { email: `anna-${uniq()}@test.example`, naam: "Anna" }));
  bert = actorOf(await createUser(db, { email: `bert-${uniq()}@test.example`, naam: "Bert" }));
  const ow = await createUser(db, { email: `ow-${uniq()}@test.example`, rol: "OPBOUWWERKER", wijkIds: [wijkId] });
  opbouwwerker = actorOf(ow, [wijkId]);
});
afterAll(async () => {
  await sink.close();
  await rm(uploadDir, { recursive: true, force: true });
  delete process.env.UPLOAD_DIR;
  resetEnvForTests();
});

async function initiatief(over: { indienerId?: string | null; status?: "GOEDGEKEURD" | "AFGEROND" | "IN_BEHANDELING"; openbaar?: boolean } = {}) {
  const referentie = `INI-T-${uniq()}`.slice(0, 30);
  const r = await db.initiatief.create({
    data: {
      referentie,
      titel: `Plantenbakken ${uniq()}`,
      ikWil: "Groene plantenbakken in de straat.",
      status: over.status ?? "GOEDGEKEURD",
      openbaar: over.openbaar ?? true,
      indienerId: over.indienerId === undefined ? anna.id : over.indienerId,
      wijkId,
      besluitOp: new Date(),
    },
    select: { id: true, referentie: true },
  });
  return { id: r.id, referentie: r.referentie! };
}

/** A JPEG of 2000 x 1000 with EXIF, including a GPS position (IFD3). */
async function jpegMetGps(): Promise<Uint8Array> {
  const buf = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: "#3a7" } })
    .jpeg()
    .withExif({ IFD0: { Copyright: "Anna", Make: "TestCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 40/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "5/1 18/1 0/1" } })
    .toBuffer();
  return new Uint8Array(buf);
}

/** The EXIF block points to a GPS IFD (tag 0x8825, either byte order). */
function heeftGpsPointer(exif: Buffer | undefined): boolean {
  return !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
}

function tokenUit(text: string): string {
  const m = text.match(/https?:\/\/\S+\/steun\?token=([A-Za-z0-9_-]+)/);
  if (!m) throw new Error(`Geen steunlink in: ${text}`);
  return m[1];
}

describe("updates met foto", () => {
  it("the initiatiefnemer posts an update; the stored photo has no EXIF or GPS, is at most 1600 px, and is logged", async () => {
    const ini = await initiatief();
    const origineel = await jpegMetGps();
    const voor = await sharp(origineel).metadata();
    expect(heeftGpsPointer(voor.exif)).toBe(true);

    const { id } = await plaatsUpdate(anna, ini.id, { titel: "Eerste bakken staan", tekst: "Tien buren hielpen mee.", fotoBeschrijving: "Buren bij een plantenbak" }, origineel);
    const rij = await db.initiatiefUpdate.findUniqueOrThrow({ where: { id }, select: { foto: true, fotoType: true, fotoBreedte: true, fotoHoogte: true } });
    expect(rij.foto).toMatch(/^[0-9a-f]{32}\.jpg$/);
    expect(rij).toMatchObject({ fotoType: "image/jpeg", fotoBreedte: 1600, fotoHoogte: 800 });
    expect(await readdir(uploadDir)).toContain(rij.foto);

    const geserveerd = await leesPubliekeFoto(rij.foto!);
    expect(geserveerd?.mime).toBe("image/jpeg");
    const na = await sharp(Buffer.from(geserveerd!.bytes)).metadata();
    expect(na.exif).toBeUndefined();
    expect(na.xmp).toBeUndefined();
    expect(na.iptc).toBeUndefined();
    expect(na.width).toBe(1600);
    expect(Buffer.from(geserveerd!.bytes).includes(Buffer.from("TestCam"))).toBe(false);

    const publiek = await leesVertellen(ini.referentie);
    expect(publiek?.updates.map((u) => u.titel)).toEqual(["Eerste bakken staan"]);
    expect(publiek?.updates[0].foto?.url).toBe(`/initiatieven/fotos/${rij.foto}`);
    const audit = await db.auditLog.findMany({ where: { entiteitId: ini.id, actie: "initiatief.update_geplaatst" }, select: { actorId: true } });
    expect(audit).toEqual([{ actorId: anna.id }]);
    // Right of access: the owner's download holds the update.
    const exp = await exporteerInitiatiefGegevens(anna, ini.id);
    expect(exp.initiatief.updates).toEqual([expect.objectContaining({ titel: "Eerste bakken staan", foto: rij.foto })]);
  });

  it("refuses another resident, an opbouwwerker of the wijk and a signed-out visitor (data layer)", async () => {
    const ini = await initiatief();
    const invoer = { titel: "Niet van mij", tekst: "Tekst", fotoBeschrijving: "" };
    await expect(plaatsUpdate(bert, ini.id, invoer, null)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(plaatsUpdate(opbouwwerker, ini.id, invoer, null)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(plaatsUpdate(null, ini.id, invoer, null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db.initiatiefUpdate.count({ where: { initiatiefId: ini.id } })).toBe(0);
  });

  it("refuses through the action too (signed out, another resident)", async () => {
    const ini = await initiatief();
    const { plaatsUpdateAction } = await mijnActies();
    actAs(null);
    const uit = await plaatsUpdateAction(null, form({ initiatiefId: ini.id, titel: "Hoi", tekst: "Tekst" }));
    expect(uit).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(bert);
    const ander = await plaatsUpdateAction(null, form({ initiatiefId: ini.id, titel: "Hoi", tekst: "Tekst" }));
    expect(ander).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.initiatiefUpdate.count({ where: { initiatiefId: ini.id } })).toBe(0);
  });

  it("refuses a non-image disguised as .jpg with a Dutch message, keeps the input and stores nothing", async () => {
    const ini = await initiatief();
    const { plaatsUpdateAction } = await mijnActies();
    actAs(anna);
    const fd = form({ initiatiefId: ini.id, titel: "Met nepfoto", tekst: "Kijk eens" });
    fd.append("foto", new File(["<html><script>alert(1)</script></html>"], "vakantie.jpg", { type: "image/jpeg" }));
    const voor = await readdir(uploadDir);
    const r = await plaatsUpdateAction(null, fd);
    expect(r).toMatchObject({ ok: false, values: { titel: "Met nepfoto", tekst: "Kijk eens" } });
    expect(r && !r.ok && r.fieldErrors.foto).toEqual(["Dit bestand is geen foto die we kunnen gebruiken. Kies een foto in JPEG-, PNG- of WebP-formaat."]);
    expect(await readdir(uploadDir)).toEqual(voor);
    expect(await db.initiatiefUpdate.count({ where: { initiatiefId: ini.id } })).toBe(0);
    // A damaged JPEG (right first bytes, no picture) is refused the same way.
    await expect(plaatsUpdate(anna, ini.id, { titel: "x", tekst: "y", fotoBeschrijving: "" }, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { foto: [expect.stringContaining("geen foto")] },
    });
    expect(herkenFoto(new TextEncoder().encode("GIF89a...."))).toBeNull();
  });

  it("the action posts with a photo and redirects; removing deletes the row and the file, logged", async () => {
    const ini = await initiatief();
    const { plaatsUpdateAction, verwijderUpdateAction } = await mijnActies();
    actAs(anna);
    const fd = form({ initiatiefId: ini.id, titel: "Met foto", tekst: "Zo ziet het eruit", fotoBeschrijving: "Plantenbak" });
    fd.append("foto", new File([Buffer.from(await jpegMetGps())], "IMG_0001.JPG", { type: "image/jpeg" }));
    expect(await expectRedirect(plaatsUpdateAction(null, fd))).toBe(`/mijn/initiatieven/${ini.id}?gedaan=update#updates-kop`);
    const u = await db.initiatiefUpdate.findFirstOrThrow({ where: { initiatiefId: ini.id }, select: { id: true, foto: true } });
    expect(await readdir(uploadDir)).toContain(u.foto);

    actAs(bert);
    expect(await verwijderUpdateAction(null, form({ initiatiefId: ini.id, updateId: u.id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(verwijderUpdate(opbouwwerker, ini.id, u.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAs(anna);
    await expectRedirect(verwijderUpdateAction(null, form({ initiatiefId: ini.id, updateId: u.id })));
    expect(await db.initiatiefUpdate.count({ where: { id: u.id } })).toBe(0);
    expect(await readdir(uploadDir)).not.toContain(u.foto);
    expect(await leesPubliekeFoto(u.foto!)).toBeNull();
    expect(await db.auditLog.count({ where: { entiteitId: ini.id, actie: "initiatief.update_verwijderd", actorId: anna.id } })).toBe(1);
  });

  it("no updates on an initiative that is not public; its photos are not served", async () => {
    const ini = await initiatief({ openbaar: false });
    await expect(plaatsUpdate(anna, ini.id, { titel: "x", tekst: "y", fotoBeschrijving: "" }, null)).rejects.toMatchObject({ code: "CONFLICT" });
    const open = await initiatief();
    const { id } = await plaatsUpdate(anna, open.id, { titel: "x", tekst: "y", fotoBeschrijving: "" }, await jpegMetGps());
    const { foto } = await db.initiatiefUpdate.findUniqueOrThrow({ where: { id }, select: { foto: true } });
    await db.initiatief.update({ where: { id: open.id }, data: { openbaar: false } });
    expect(await leesPubliekeFoto(foto!)).toBeNull();
    expect(await leesPubliekeFoto("../../etc/passwd")).toBeNull();
  });
});

describe("a reviewer takes an update off the website", () => {
  it("only reviewers: the initiatiefnemer, another resident, an opbouwwerker and a signed-out visitor are refused, nothing changes", async () => {
    const ini = await initiatief();
    const { id } = await plaatsUpdate(anna, ini.id, { titel: "Met de naam van de buurman", tekst: "Buurman Jansen van nummer 12 deed niet mee.", fotoBeschrijving: "" }, null);
    for (const wie of [anna, bert, opbouwwerker]) {
      await expect(haalUpdateWeg(wie, { initiatiefId: ini.id, updateId: id, reden: "Hoort hier niet" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(zoekUpdatesVoorBeheer(wie, ini.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(haalUpdateWeg(null, { initiatiefId: ini.id, updateId: id, reden: "Hoort hier niet" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const { haalUpdateWegAction } = await import("../../app/beheer/initiatieven/actions.ts");
    fromIp("10.8.9.1");
    actAs(opbouwwerker);
    expect(await haalUpdateWegAction(null, form({ initiatiefId: ini.id, updateId: id, reden: "Hoort hier niet" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    expect(await db.initiatiefUpdate.count({ where: { id } })).toBe(1);
  });

  it("an ambtenaar removes it with a reason: the update and photo are gone, the audit trail has the reason, the initiatiefnemer gets it by mail; no reason keeps it", async () => {
    const ambtenaar = actorOf(await createUser(db, { email: `amb-${uniq()}@test.example`, rol: "AMBTENAAR" }));
    const ini = await initiatief();
    const ander = await initiatief();
    const { id } = await plaatsUpdate(anna, ini.id, { titel: "Foto van de kinderen", tekst: "Kijk eens.", fotoBeschrijving: "Kinderen bij de bak" }, await jpegMetGps());
    const foto = (await db.initiatiefUpdate.findUniqueOrThrow({ where: { id } })).foto!;
    expect((await zoekUpdatesVoorBeheer(ambtenaar, ini.id)).map((u) => u.id)).toEqual([id]);

    const { haalUpdateWegAction } = await import("../../app/beheer/initiatieven/actions.ts");
    fromIp("10.8.9.2");
    actAs(ambtenaar);
    const leeg = await haalUpdateWegAction(null, form({ initiatiefId: ini.id, updateId: id, reden: "" }));
    if (!leeg || leeg.ok) throw new Error("verwacht een fout");
    expect(leeg.fieldErrors.reden[0]).toMatch(/Schrijf waarom/);
    // an update id of another initiative is not found there
    expect(await haalUpdateWegAction(null, form({ initiatiefId: ander.id, updateId: id, reden: "Kinderen herkenbaar in beeld" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.initiatiefUpdate.count({ where: { id } })).toBe(1);

    sink.messages.length = 0;
    expect(await expectRedirect(haalUpdateWegAction(null, form({ initiatiefId: ini.id, updateId: id, reden: "Kinderen herkenbaar in beeld" })))).toBe(`/beheer/initiatieven/${ini.id}?gedaan=update_weg`);
    actAs(null);
    expect(await db.initiatiefUpdate.count({ where: { id } })).toBe(0);
    expect(await readdir(uploadDir)).not.toContain(foto);
    expect((await leesVertellen(ini.referentie))!.updates).toEqual([]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { actie: "initiatief.update_weggehaald", entiteitId: ini.id } });
    expect(audit).toMatchObject({ actorId: ambtenaar.id, voor: { updateId: id, titel: "Foto van de kinderen", foto: true }, na: { reden: "Kinderen herkenbaar in beeld" } });
    const mail = await sink.waitFor((m) => m.to.includes(anna.email) && m.subject.includes("van de website gehaald"));
    expect(mail.text).toContain("De reden: Kinderen herkenbaar in beeld");
    expect(mail.text).toContain("Foto van de kinderen");
  });
});

describe("steun dit initiatief", () => {
  it("counts once per person: only after confirmation, not again for the same address in other case", async () => {
    const ini = await initiatief();
    const { vraagSteunAanAction, bevestigSteunAction } = await steunActies();
    fromIp(`10.16.0.${Math.floor(Math.random() * 200) + 1}`);
    const adres = `Piet.${uniq()}@Test.Example`;
    expect(await expectRedirect(vraagSteunAanAction(null, form({ referentie: ini.referentie, email: adres })))).toBe(`/initiatieven/${ini.referentie}?steun=mail#steun-kop`);
    const mail = await sink.waitFor((m) => m.to.includes(adres.toLowerCase()) || m.to.includes(adres));
    expect(mail.subject).toContain("Bevestig uw steun");
    const token = tokenUit(mail.text);
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);

    // Unconfirmed: does not count.
    expect((await leesVertellen(ini.referentie))?.steun).toBe(0);
    // Only a hash of the address is stored.
    const rij = await db.initiatiefSteun.findFirstOrThrow({ where: { initiatiefId: ini.id } });
    expect(JSON.stringify(rij).toLowerCase()).not.toContain(adres.toLowerCase());
    expect(rij.emailHash).toBe(steunEmailHash(adres.toLowerCase()));

    expect(await expectRedirect(bevestigSteunAction(null, form({ referentie: ini.referentie, token })))).toContain("steun=bevestigd");
    expect((await leesVertellen(ini.referentie))?.steun).toBe(1);
    // The same link again: still one.
    expect(await expectRedirect(bevestigSteunAction(null, form({ referentie: ini.referentie, token })))).toContain("steun=al");

    // The same address in other case, with spaces: a mail that says "already", no new count.
    sink.messages.length = 0;
    await vraagSteunAan(ini.referentie, `  ${adres.toUpperCase()} `);
    const tweede = await sink.waitFor((m) => m.subject.includes("al"));
    expect(tweede.text).not.toContain("token=");
    expect((await leesVertellen(ini.referentie))?.steun).toBe(1);
    expect(await db.initiatiefSteun.count({ where: { initiatiefId: ini.id } })).toBe(1);
  });

  it("a token made for one initiative does not confirm another; an unknown token is refused", async () => {
    const a = await initiatief();
    const b = await initiatief();
    const adres = `kees-${uniq()}@test.example`;
    await vraagSteunAan(a.referentie, adres);
    const token = tokenUit((await sink.waitFor((m) => m.to.includes(adres))).text);
    await expect(bevestigSteun(b.referentie, token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(bevestigSteun(a.referentie, "x".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await leesVertellen(b.referentie))?.steun).toBe(0);
    expect((await leesVertellen(a.referentie))?.steun).toBe(0);
    // An expired link does not work either.
    await expect(bevestigSteun(a.referentie, token, new Date(Date.now() + 8 * 24 * 3600 * 1000))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await bevestigSteun(a.referentie, token);
    expect((await leesVertellen(a.referentie))?.steun).toBe(1);
  });

  it("a signed-in resident supports with one click, once per account, and not again with the same e-mail address", async () => {
    const ini = await initiatief();
    const { steunAlsBewonerAction } = await steunActies();
    actAs(bert);
    expect(await expectRedirect(steunAlsBewonerAction(null, form({ referentie: ini.referentie })))).toContain("steun=bevestigd");
    expect(await expectRedirect(steunAlsBewonerAction(null, form({ referentie: ini.referentie })))).toContain("steun=al");
    expect(await leesVertellen(ini.referentie, bert)).toMatchObject({ steun: 1, gesteund: true });
    expect(await leesVertellen(ini.referentie, anna)).toMatchObject({ steun: 1, gesteund: false });
    // Bert's address through the public form: he already supports, no new count.
    sink.messages.length = 0;
    await vraagSteunAan(ini.referentie, bert.email.toUpperCase());
    await sink.waitFor((m) => m.subject.includes("al"));
    expect((await leesVertellen(ini.referentie))?.steun).toBe(1);
    actAs(null);
    expect(await steunAlsBewonerAction(null, form({ referentie: ini.referentie }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await expect(steunAlsBewoner(null, ini.referentie)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses support for an initiative that is not public, and rate-limits the form per address", async () => {
    const dicht = await initiatief({ openbaar: false });
    await expect(vraagSteunAan(dicht.referentie, "iemand@test.example")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const ini = await initiatief();
    const { vraagSteunAanAction } = await steunActies();
    fromIp(`10.17.${Math.floor(Math.random() * 200) + 1}.${Math.floor(Math.random() * 200) + 1}`);
    const uitkomsten = [];
    for (let n = 0; n < 7; n++) {
      uitkomsten.push(await vraagSteunAanAction(null, form({ referentie: ini.referentie, email: `veel-${n}-${uniq()}@test.example` })).catch(() => "redirect"));
    }
    expect(uitkomsten.filter((u) => u === "redirect").length).toBeLessThan(7);
    expect(uitkomsten.at(-1)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    // A wrong address keeps the input and says what to do.
    fromIp(`10.18.${Math.floor(Math.random() * 200) + 1}.1`);
    const fout = await vraagSteunAanAction(null, form({ referentie: ini.referentie, email: "geen-adres" }));
    expect(fout).toMatchObject({ ok: false, values: { email: "geen-adres" }, fieldErrors: { email: ["Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."] } });
  });
});
