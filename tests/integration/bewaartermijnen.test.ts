/**
 * Retention (`npm run bewaartermijnen`): rows older than each term go, newer rows stay, a second run
 * changes nothing, and the privacy page lists exactly the terms the job uses.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { db } from "../../lib/db.ts";
import { bewaartermijnen, grens, termijnZin, type TermijnSleutel } from "../../lib/bewaartermijnen.ts";
import { voerBewaartermijnenUit } from "../../lib/bewaartermijnen-job.ts";
import { createUser, createWijk } from "../factories.ts";
import PrivacyPage from "../../app/privacy/page.tsx";

const NOW = new Date("2030-06-15T12:00:00Z");
const t = bewaartermijnen({});
const HOUR = 3600_000;
/** Just outside / just inside a term. */
const oud = (k: TermijnSleutel) => new Date(grens(t[k], NOW).getTime() - HOUR);
const nieuw = (k: TermijnSleutel) => new Date(grens(t[k], NOW).getTime() + HOUR);

let wijkId: string;
let userId: string;
const ids: Record<string, string> = {};

async function initiatief(status: string, updatedAt: Date, besluitOp: Date | null = null) {
  const r = await db.initiatief.create({ data: { status: status as "CONCEPT", titel: `t-${status}`, indienerId: userId, wijkId, besluitOp } });
  await db.bericht.create({ data: { initiatiefId: r.id, tekst: "hallo" } });
  await db.$executeRaw`UPDATE "Initiatief" SET "updatedAt" = ${updatedAt} WHERE "id" = ${r.id}`;
  return r.id;
}

async function hulpvraag(status: string, verlooptOp: Date, updatedAt: Date) {
  const r = await db.hulpvraag.create({ data: { soort: "boodschap", titel: "x", beschrijving: "y", wijkId, aanvragerId: userId, status: status as "OPEN", verlooptOp } });
  await db.$executeRaw`UPDATE "Hulpvraag" SET "updatedAt" = ${updatedAt} WHERE "id" = ${r.id}`;
  return r.id;
}

beforeAll(async () => {
  wijkId = (await createWijk(db)).id;
  userId = (await createUser(db)).id;
  ids.conceptOud = await initiatief("CONCEPT", oud("conceptInitiatief"));
  ids.conceptNieuw = await initiatief("CONCEPT", nieuw("conceptInitiatief"));
  ids.besluitOud = await initiatief("AFGEWEZEN", NOW, oud("initiatiefNaBesluit"));
  ids.besluitNieuw = await initiatief("GOEDGEKEURD", NOW, nieuw("initiatiefNaBesluit"));
  ids.ingetrokkenOud = await initiatief("INGETROKKEN", oud("initiatiefNaBesluit"));
  // in behandeling: no term runs, however old
  ids.lopendOud = await initiatief("IN_BEHANDELING", new Date("2000-01-01"));

  ids.hvVerlopenOud = await hulpvraag("OPEN", oud("hulpvraagNaAfloop"), NOW);
  ids.hvVerlopenNieuw = await hulpvraag("OPEN", nieuw("hulpvraagNaAfloop"), NOW);
  ids.hvGeslotenOud = await hulpvraag("GESLOTEN", new Date("2031-01-01"), oud("hulpvraagNaAfloop"));
  ids.hvOpen = await hulpvraag("OPEN", new Date("2031-01-01"), new Date("2000-01-01"));

  ids.sigOud = (await db.signaal.create({ data: { wijkId, soort: "IDEE", tekst: "a", email: "a@x.example", status: "AFGEHANDELD", afgehandeldOp: oud("emailBijMelding") } })).id;
  ids.sigNieuw = (await db.signaal.create({ data: { wijkId, soort: "IDEE", tekst: "b", email: "b@x.example", status: "AFGEHANDELD", afgehandeldOp: nieuw("emailBijMelding") } })).id;
  ids.sigOpen = (await db.signaal.create({ data: { wijkId, soort: "IDEE", tekst: "c", email: "c@x.example", status: "NIEUW", createdAt: new Date("2000-01-01") } })).id;
  ids.verhaalOud = (await db.verhaal.create({ data: { wijkId, titel: "v", tekst: "v", auteurNaam: "Piet", email: "p@x.example", status: "GEPUBLICEERD", createdAt: oud("emailBijMelding") } })).id;
  ids.verhaalNieuw = (await db.verhaal.create({ data: { wijkId, titel: "v", tekst: "v", auteurNaam: "Piet", email: "p@x.example", status: "GEPUBLICEERD", createdAt: nieuw("emailBijMelding") } })).id;
  ids.sugOud = (await db.plekSuggestie.create({ data: { wijkId, gegevens: {}, email: "s@x.example", status: "AFGEWEZEN", behandeldOp: oud("emailBijMelding") } })).id;
  ids.sugNieuw = (await db.plekSuggestie.create({ data: { wijkId, gegevens: {}, email: "s@x.example", status: "NIEUW", createdAt: new Date("2000-01-01") } })).id;

  await db.verificationToken.create({ data: { identifier: "a@x.example", token: "tok-oud", expires: oud("inloglink") } });
  await db.verificationToken.create({ data: { identifier: "a@x.example", token: "tok-nieuw", expires: nieuw("inloglink") } });
  const medewerker = await createUser(db);
  await db.uitnodiging.create({ data: { userId: medewerker.id, tokenHash: "h-verlopen-oud", verlooptOp: oud("uitnodiging") } });
  await db.uitnodiging.create({ data: { userId: medewerker.id, tokenHash: "h-gebruikt-oud", verlooptOp: nieuw("uitnodiging"), gebruiktOp: oud("uitnodiging") } });
  await db.uitnodiging.create({ data: { userId: medewerker.id, tokenHash: "h-gebruikt-nieuw", verlooptOp: NOW, gebruiktOp: nieuw("uitnodiging") } });
  await db.uitnodiging.create({ data: { userId: medewerker.id, tokenHash: "h-open", verlooptOp: new Date("2031-01-01") } });
  ids.medewerker = medewerker.id;
  await db.rateLimit.create({ data: { sleutel: "login:a", venster: oud("tellers"), aantal: 3 } });
  await db.rateLimit.create({ data: { sleutel: "login:a", venster: nieuw("tellers"), aantal: 3 } });

  // Follow and support requests: unconfirmed (old and new), confirmed long ago, unsubscribed (old and new).
  const volger = async (naam: string, over: { bevestigdOp?: Date; afgemeldOp?: Date }, updatedAt: Date) => {
    const r = await db.wijkVolger.create({ data: { email: `${naam}@x.example`, wijkId, tokenHash: `th-${naam}`, tokenVersleuteld: "v", ...over } });
    await db.$executeRaw`UPDATE "WijkVolger" SET "updatedAt" = ${updatedAt} WHERE "id" = ${r.id}`;
    return r.id;
  };
  ids.volgerOnbevestigdOud = await volger("onbevestigd-oud", {}, oud("onbevestigd"));
  ids.volgerOnbevestigdNieuw = await volger("onbevestigd-nieuw", {}, nieuw("onbevestigd"));
  ids.volgerBevestigd = await volger("bevestigd", { bevestigdOp: new Date("2000-01-01") }, new Date("2000-01-01"));
  ids.volgerAfgemeldOud = await volger("afgemeld-oud", { bevestigdOp: new Date("2000-01-01"), afgemeldOp: oud("afgemeld") }, NOW);
  ids.volgerAfgemeldNieuw = await volger("afgemeld-nieuw", { bevestigdOp: new Date("2000-01-01"), afgemeldOp: nieuw("afgemeld") }, NOW);
  const iv = await db.initiatiefVolger.create({ data: { email: "iv@x.example", initiatiefId: ids.lopendOud, tokenHash: "th-iv", tokenVersleuteld: "v" } });
  await db.$executeRaw`UPDATE "InitiatiefVolger" SET "updatedAt" = ${oud("onbevestigd")} WHERE "id" = ${iv.id}`;
  await db.initiatiefSteun.create({ data: { initiatiefId: ids.lopendOud, emailHash: "h-onbevestigd", tokenHash: "st-1", tokenVerlooptOp: oud("onbevestigd") } });
  await db.initiatiefSteun.create({ data: { initiatiefId: ids.lopendOud, emailHash: "h-bevestigd", bevestigdOp: new Date("2000-01-01"), createdAt: new Date("2000-01-01") } });

  ids.auditOud = (await db.auditLog.create({ data: { actorId: userId, actie: "x", entiteit: "Initiatief", entiteitId: "i1", voor: { a: 1 }, na: { naam: "Piet" }, createdAt: oud("logboekDetails") } })).id;
  ids.auditNieuw = (await db.auditLog.create({ data: { actorId: userId, actie: "x", entiteit: "Initiatief", entiteitId: "i2", voor: { a: 1 }, na: { b: 2 }, createdAt: nieuw("logboekDetails") } })).id;
});

describe("bewaartermijnen", () => {
  it("removes rows older than each term, keeps newer ones, and a second run changes nothing", async () => {
    const r = await voerBewaartermijnenUit(db, NOW, {});
    expect(r).toEqual({ conceptInitiatief: 1, initiatiefNaBesluit: 2, hulpvraagNaAfloop: 2, emailBijMelding: 3, inloglink: 1, uitnodiging: 2, tellers: 1, onbevestigd: 3, afgemeld: 1, logboekDetails: 1 });
    expect((await db.wijkVolger.findMany({ select: { id: true } })).map((x) => x.id).sort()).toEqual([ids.volgerOnbevestigdNieuw, ids.volgerBevestigd, ids.volgerAfgemeldNieuw].sort());
    expect(await db.initiatiefVolger.count()).toBe(0);
    expect((await db.initiatiefSteun.findMany({ select: { emailHash: true } })).map((x) => x.emailHash)).toEqual(["h-bevestigd"]);

    const initiatieven = (await db.initiatief.findMany({ select: { id: true } })).map((x) => x.id).sort();
    expect(initiatieven).toEqual([ids.conceptNieuw, ids.besluitNieuw, ids.lopendOud].sort());
    // messages went with their initiative
    expect(await db.bericht.count()).toBe(3);

    const hulpvragen = (await db.hulpvraag.findMany({ select: { id: true } })).map((x) => x.id).sort();
    expect(hulpvragen).toEqual([ids.hvVerlopenNieuw, ids.hvOpen].sort());

    expect((await db.signaal.findUniqueOrThrow({ where: { id: ids.sigOud } })).email).toBeNull();
    expect((await db.signaal.findUniqueOrThrow({ where: { id: ids.sigOud } })).tekst).toBe("a");
    expect((await db.signaal.findUniqueOrThrow({ where: { id: ids.sigNieuw } })).email).toBe("b@x.example");
    expect((await db.signaal.findUniqueOrThrow({ where: { id: ids.sigOpen } })).email).toBe("c@x.example");
    expect((await db.verhaal.findUniqueOrThrow({ where: { id: ids.verhaalOud } })).email).toBeNull();
    expect((await db.verhaal.findUniqueOrThrow({ where: { id: ids.verhaalNieuw } })).email).toBe("p@x.example");
    expect((await db.plekSuggestie.findUniqueOrThrow({ where: { id: ids.sugOud } })).email).toBeNull();
    expect((await db.plekSuggestie.findUniqueOrThrow({ where: { id: ids.sugNieuw } })).email).toBe("s@x.example");

    expect((await db.verificationToken.findMany()).map((x) => x.token)).toEqual(["tok-nieuw"]);
    expect(await db.rateLimit.count()).toBe(1);
    expect((await db.uitnodiging.findMany({ select: { tokenHash: true } })).map((x) => x.tokenHash).sort()).toEqual(["h-gebruikt-nieuw", "h-open"]);
    // the account stays when its invitation goes
    expect(await db.user.count({ where: { id: ids.medewerker } })).toBe(1);

    const auditOud = await db.auditLog.findUniqueOrThrow({ where: { id: ids.auditOud } });
    expect(auditOud).toMatchObject({ voor: null, na: null, actie: "x", entiteit: "Initiatief", entiteitId: "i1" });
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: ids.auditNieuw } })).na).toEqual({ b: 2 });

    const again = await voerBewaartermijnenUit(db, NOW, {});
    expect(Object.values(again).every((n) => n === 0)).toBe(true);
  });

  it("two runs at the same time (as on two machines) together delete each row once", async () => {
    await initiatief("CONCEPT", oud("conceptInitiatief"));
    await db.verificationToken.create({ data: { identifier: "b@x.example", token: "tok-oud-2", expires: oud("inloglink") } });
    const [a, b] = await Promise.all([voerBewaartermijnenUit(db, NOW, {}), voerBewaartermijnenUit(db, NOW, {})]);
    expect(a.conceptInitiatief + b.conceptInitiatief).toBe(1);
    expect(a.inloglink + b.inloglink).toBe(1);
  });

  it("terms can be overridden by environment variables, and bad values are refused", () => {
    expect(bewaartermijnen({ BEWAAR_CONCEPT_INITIATIEF_MAANDEN: "12" }).conceptInitiatief.aantal).toBe(12);
    expect(() => bewaartermijnen({ BEWAAR_CONCEPT_INITIATIEF_MAANDEN: "zes" })).toThrow(/BEWAAR_CONCEPT_INITIATIEF_MAANDEN/);
  });

  it("the privacy page lists every term from the same module", async () => {
    const html = renderToStaticMarkup(await PrivacyPage());
    for (const term of Object.values(bewaartermijnen())) expect(html).toContain(termijnZin(term).replace(/'/g, "&#x27;"));
    expect(html).toContain("verwijderen we 6 maanden na de laatste wijziging");
  });
});
