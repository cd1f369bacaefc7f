/**
 * Issue 14, versheid: the reminder job on the runner (once with two workers, not again in the same
 * period, one mail per owner listing all their items), the signed one-click links (tampered, other
 * item, other action, expired: refused; idempotent), "bestaat niet meer" through the public action,
 * /beheer/versheid's data per role, and stale entries sinking in /kaart results. On both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { db, type Db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { TakenRunner } from "../../lib/taken/runner.ts";
import { TAKEN } from "../../lib/taken/taken.ts";
import { stuurVersheidHerinneringen } from "../../lib/versheid/herinnering.ts";
import { bevestigKloptNog, meldNietMeer, versheidOverzicht } from "../../lib/data/versheid.ts";
import { zoekKaart } from "../../lib/data/kaart/zoeken.ts";
import { meldNietMeerAction } from "../../app/kaart/controle/[token]/actions.ts";
import type { KaartFilters } from "../../lib/validation/kaart.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { actorOf, createPlek, createUser, createWijk, ensureCategorieen } from "../factories.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import { startSmtpSink, type ReceivedMail } from "../support/smtp-sink.ts";
import { isPostgresRun } from "../support/test-db.ts";

const tweede: Db = isPostgresRun() ? (new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) }) as unknown as Db) : db;
const stil = () => {};
const VERSHEID = TAKEN.filter((t) => t.naam === "versheid");

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijkA: { id: string }, wijkB: { id: string }, wijkC: { id: string };
let owA: Actor, owB: Actor;
const ids: Record<string, string> = {};

// 11:00 in Amsterdam: the daily job (from 9:00) is due. Six months back is 2029-07-10, seven 2029-06-10.
const T0 = new Date("2030-01-10T10:00:00Z");
const uur = 3600_000;

async function plek(naam: string, wijkId: string, gecontroleerd: string, over: { status?: "GEARCHIVEERD"; beschrijving?: string } = {}) {
  const cat = (await db.categorie.findFirstOrThrow({ orderBy: { volgorde: "asc" } })).id;
  const p = await createPlek(db, { naam, wijkId, categorieId: cat, ...over });
  await db.plek.update({ where: { id: p.id }, data: { laatstGecontroleerd: new Date(gecontroleerd) } });
  ids[naam] = p.id;
  return p;
}

const mailsAan = (email: string) => sink.messages.filter((m) => m.to.includes(email));

/** The token behind "Klopt alles nog" or "Bestaat het niet meer" for the item named `naam`. */
function token(mail: ReceivedMail, naam: string, actie: "klopt" | "weg"): string {
  const blok = mail.text.split("\n\n").find((b) => b.includes(`. ${naam} (`));
  if (!blok) throw new Error(`${naam} staat niet in:\n${mail.text}`);
  const regel = blok.split("\n").find((r) => r.includes(actie === "klopt" ? "Klopt alles nog?" : "Bestaat het niet meer?"))!;
  return regel.match(/\/kaart\/controle\/(\S+)/)![1];
}

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  delete process.env.VERSHEID_MAANDEN; // the default, 6
  resetEnvForTests();
  await ensureCategorieen(db);
  wijkA = await createWijk(db, { naam: "Versheidwijk A" });
  wijkB = await createWijk(db, { naam: "Versheidwijk B" });
  wijkC = await createWijk(db, { naam: "Versheidwijk C" });
  owA = actorOf(await createUser(db, { rol: "OPBOUWWERKER", email: "ow.a@versheid.example", wijkIds: [wijkA.id] }), [wijkA.id]);
  owB = actorOf(await createUser(db, { rol: "OPBOUWWERKER", email: "ow.b@versheid.example", wijkIds: [wijkB.id] }), [wijkB.id]);
  const uit = await createUser(db, { rol: "OPBOUWWERKER", email: "ow.uit@versheid.example", wijkIds: [wijkA.id] });
  await db.user.update({ where: { id: uit.id }, data: { actief: false } });

  await plek("Buurthuis Oud", wijkA.id, "2029-06-01T00:00:00Z"); // due, and past period + 1 month
  await plek("Speeltuin Vers", wijkA.id, "2029-12-01T00:00:00Z"); // checked recently
  await plek("Gesloten Plek", wijkA.id, "2029-01-01T00:00:00Z", { status: "GEARCHIVEERD" });
  await plek("Dorpshuis B", wijkB.id, "2029-07-05T00:00:00Z"); // due, not yet stale
  await plek("Wees Plek", wijkC.id, "2029-01-01T00:00:00Z"); // due, nobody to ask
  const act = await db.activiteit.create({ data: { titel: "Koffieochtend Oud", slug: "koffieochtend-oud-versheid", wijkId: wijkA.id, laatstGecontroleerd: new Date("2029-05-01T00:00:00Z") } });
  ids["Koffieochtend Oud"] = act.id;
});

afterAll(async () => {
  actAs(null);
  if (tweede !== db) await tweede.$disconnect();
  await sink.close();
});

describe("the reminder job", () => {
  it("runs exactly once with two workers: one mail per opbouwwerker listing all due items of their wijken", async () => {
    const a = new TakenRunner({ db, taken: VERSHEID, log: stil });
    const b = new TakenRunner({ db: tweede, taken: VERSHEID, log: stil });
    await Promise.all([a.tick(T0), b.tick(T0), a.tick(T0), b.tick(T0)]);
    await Promise.all([a.tick(new Date(T0.getTime() + 2 * uur)), b.tick(new Date(T0.getTime() + 3 * uur))]);

    const rij = await db.taak.findUniqueOrThrow({ where: { sleutel: "versheid:2030-01-10" } });
    expect(rij).toMatchObject({ status: "GELUKT", pogingen: 1, resultaat: { items: 3, mails: 2, zonderEigenaar: 1 } });

    const [mailA] = mailsAan("ow.a@versheid.example");
    expect(mailsAan("ow.a@versheid.example")).toHaveLength(1);
    expect(mailA.subject).toMatch(/2 onderdelen om te controleren/);
    expect(mailA.text).toContain("Buurthuis Oud");
    expect(mailA.text).toContain("Koffieochtend Oud");
    expect(mailA.text).not.toContain("Speeltuin Vers");
    expect(mailA.text).not.toContain("Gesloten Plek");
    expect(mailA.text).not.toContain("Dorpshuis B");
    expect(mailA.text).toMatch(/Laatst gecontroleerd: 1 juni 2029/);
    expect(mailA.text).toContain("Pas het aan: http://localhost:3000/beheer/kaart/plek/");
    expect(mailsAan("ow.b@versheid.example")).toHaveLength(1);
    expect(mailsAan("ow.b@versheid.example")[0].text).toContain("Dorpshuis B");
    expect(mailsAan("ow.uit@versheid.example")).toHaveLength(0);
    expect(sink.messages.some((m) => m.text.includes("Wees Plek"))).toBe(false);

    const p = await db.plek.findUniqueOrThrow({ where: { id: ids["Buurthuis Oud"] } });
    expect(p.herinneringVerstuurdOp?.toISOString()).toBe(T0.toISOString());
    expect((await db.plek.findUniqueOrThrow({ where: { id: ids["Wees Plek"] } })).herinneringVerstuurdOp).toBeNull();
  });

  it("sends no second mail for the same period, on the next day's run or a direct call", async () => {
    const voor = sink.messages.length;
    const a = new TakenRunner({ db, taken: VERSHEID, log: stil });
    const b = new TakenRunner({ db: tweede, taken: VERSHEID, log: stil });
    const dag2 = new Date(T0.getTime() + 24 * uur);
    await Promise.all([a.tick(dag2), b.tick(dag2)]);
    expect(await db.taak.findUniqueOrThrow({ where: { sleutel: "versheid:2030-01-11" } })).toMatchObject({ status: "GELUKT", resultaat: { items: 0, mails: 0, zonderEigenaar: 1 } });
    await Promise.all([stuurVersheidHerinneringen(db, new Date(T0.getTime() + 48 * uur)), stuurVersheidHerinneringen(tweede, new Date(T0.getTime() + 48 * uur))]);
    expect(sink.messages.length).toBe(voor);
  });
});

describe("/beheer/versheid data", () => {
  it("opbouwwerkers see their own wijken, ambtenaren and beheerders all, others are refused", async () => {
    const eigen = await versheidOverzicht(owA, T0);
    expect(eigen.maanden).toBe(6);
    expect(eigen.wijken.map((w) => w.naam)).toEqual(["Versheidwijk A"]);
    // A: Buurthuis Oud, Speeltuin Vers, Koffieochtend Oud published; only Speeltuin Vers checked in 6 months.
    expect(eigen.wijken[0]).toMatchObject({ totaal: 3, gecontroleerd: 1 });
    expect(eigen.wijken[0].aandeel).toBeCloseTo(1 / 3);
    expect(eigen.verouderd.map((v) => v.naam).sort()).toEqual(["Buurthuis Oud", "Koffieochtend Oud"]);
    expect(eigen.verouderd.find((v) => v.naam === "Buurthuis Oud")).toMatchObject({ herinneringVerstuurdOp: T0, bewerkHref: expect.stringMatching(/^\/beheer\/kaart\/plek\//) });

    const b = await versheidOverzicht(owB, T0);
    expect(b.wijken.map((w) => w.naam)).toEqual(["Versheidwijk B"]);
    expect(b.verouderd).toEqual([]); // Dorpshuis B is due, but not yet a month past its period

    for (const rol of ["AMBTENAAR", "BEHEERDER"] as const) {
      const o = await versheidOverzicht(actorOf(await createUser(db, { rol })), T0);
      expect(o.wijken.map((w) => w.naam)).toEqual(expect.arrayContaining(["Versheidwijk A", "Versheidwijk B", "Versheidwijk C"]));
      expect(o.verouderd.map((v) => v.naam)).toEqual(expect.arrayContaining(["Buurthuis Oud", "Koffieochtend Oud", "Wees Plek"]));
    }
    const ow0 = actorOf(await createUser(db, { rol: "OPBOUWWERKER" }), []);
    expect(await versheidOverzicht(ow0, T0)).toMatchObject({ wijken: [], verouderd: [] });
    await expect(versheidOverzicht(actorOf(await createUser(db, { rol: "INWONER" })), T0)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(versheidOverzicht(null, T0)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("signed links", () => {
  it("refuses a tampered link, a link changed to another item or answer, and an expired link", async () => {
    const mail = mailsAan("ow.a@versheid.example")[0];
    const klopt = token(mail, "Buurthuis Oud", "klopt");
    const weg = token(mail, "Buurthuis Oud", "weg");
    const [soort, id, actie, exp, sig] = klopt.split(".");
    const later = new Date(T0.getTime() + uur);
    const sigAnders = sig.slice(0, -2) + (sig.endsWith("AA") ? "BB" : "AA");
    await expect(bevestigKloptNog([soort, id, actie, exp, sigAnders].join("."), later)).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/klopt niet/) });
    await expect(bevestigKloptNog([soort, ids["Koffieochtend Oud"], actie, exp, sig].join("."), later)).rejects.toMatchObject({ code: "INVALID" });
    await expect(bevestigKloptNog(["activiteit", id, actie, exp, sig].join("."), later)).rejects.toMatchObject({ code: "INVALID" });
    await expect(bevestigKloptNog([soort, id, "weg", exp, sig].join("."), later)).rejects.toMatchObject({ code: "INVALID" });
    await expect(bevestigKloptNog(weg, later)).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/ander antwoord/) });
    await expect(meldNietMeer(klopt, later)).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/ander antwoord/) });
    await expect(bevestigKloptNog(klopt, new Date(T0.getTime() + 61 * 24 * uur))).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/verlopen/) });
    // Nothing changed.
    const p = await db.plek.findUniqueOrThrow({ where: { id: ids["Buurthuis Oud"] } });
    expect(p.laatstGecontroleerd.toISOString()).toBe("2029-06-01T00:00:00.000Z");
    expect(p.gemeldNietMeerOp).toBeNull();
    expect(await db.auditLog.count({ where: { entiteitId: ids["Buurthuis Oud"] } })).toBe(0);
  });

  it("'klopt nog' sets laatstGecontroleerd without login, audited once; a second click changes nothing", async () => {
    const klopt = token(mailsAan("ow.a@versheid.example")[0], "Buurthuis Oud", "klopt");
    const t1 = new Date(T0.getTime() + uur);
    const r = await bevestigKloptNog(klopt, t1);
    expect(r).toMatchObject({ alBevestigd: false, item: { naam: "Buurthuis Oud", laatstGecontroleerd: t1 } });
    const r2 = await bevestigKloptNog(klopt, new Date(T0.getTime() + 2 * uur));
    expect(r2).toMatchObject({ alBevestigd: true, item: { laatstGecontroleerd: t1 } });
    expect((await db.plek.findUniqueOrThrow({ where: { id: ids["Buurthuis Oud"] } })).laatstGecontroleerd.toISOString()).toBe(t1.toISOString());
    const audit = await db.auditLog.findMany({ where: { entiteitId: ids["Buurthuis Oud"] } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actie: "plek.gecontroleerd", actorId: null, entiteit: "Plek" });

    // It is no longer out of date, and a new reminder comes only after the next full period.
    expect((await versheidOverzicht(owA, t1)).verouderd.map((v) => v.naam)).toEqual(["Koffieochtend Oud"]);
    const voor = mailsAan("ow.a@versheid.example").length;
    await stuurVersheidHerinneringen(db, new Date("2030-07-01T10:00:00Z"));
    const juli = mailsAan("ow.a@versheid.example").slice(voor);
    expect(juli).toHaveLength(1); // Speeltuin Vers (checked 1 December) is due now; Buurthuis Oud not yet
    expect(juli[0].text).toContain("Speeltuin Vers");
    expect(juli[0].text).not.toContain("Buurthuis Oud");
    await stuurVersheidHerinneringen(db, new Date("2030-07-10T12:00:00Z"));
    const nieuw = mailsAan("ow.a@versheid.example").slice(voor + 1);
    expect(nieuw).toHaveLength(1);
    expect(nieuw[0].subject).toMatch(/1 onderdeel om te controleren/);
    expect(nieuw[0].text).toContain("Buurthuis Oud");
    expect(nieuw[0].text).not.toContain("Koffieochtend Oud"); // reminded already, no answer yet
  });

  it("'bestaat niet meer' through the public action marks the item for staff, deletes nothing, and is idempotent", async () => {
    const weg = token(mailsAan("ow.a@versheid.example")[0], "Koffieochtend Oud", "weg");
    actAs(null);
    const fout = await meldNietMeerAction(null, form({ token: weg.replace(/\.[^.]+$/, ".abc") }));
    expect(fout).toMatchObject({ ok: false, code: "INVALID" });
    expect(await expectRedirect(meldNietMeerAction(null, form({ token: weg })))).toBe(`/kaart/controle/${weg}?gemeld=1`);
    const a = await db.activiteit.findUniqueOrThrow({ where: { id: ids["Koffieochtend Oud"] } });
    expect(a.gemeldNietMeerOp).not.toBeNull();
    expect(a.status).toBe("GEPUBLICEERD");
    await expectRedirect(meldNietMeerAction(null, form({ token: weg })));
    expect((await db.activiteit.findUniqueOrThrow({ where: { id: a.id } })).gemeldNietMeerOp).toEqual(a.gemeldNietMeerOp);
    expect(await db.auditLog.count({ where: { entiteitId: a.id, actie: "activiteit.gemeld_niet_meer" } })).toBe(1);
    const o = await versheidOverzicht(owA, new Date(T0.getTime() + uur));
    expect(o.verouderd[0]).toMatchObject({ naam: "Koffieochtend Oud", gemeldNietMeerOp: a.gemeldNietMeerOp });
  });
});

describe("/kaart results", () => {
  it("labels stale entries and sorts them below fresh ones", async () => {
    const f = (x: Partial<KaartFilters>): KaartFilters => ({ pagina: 1, ...x });
    await plek("Aardbeienhof", wijkB.id, "2029-01-01T00:00:00Z", { beschrijving: "Een zonnebloemtuin voor de buurt." });
    await plek("Bessenhof", wijkB.id, "2029-12-01T00:00:00Z", { beschrijving: "Een zonnebloemtuin voor de buurt." });
    const r = await zoekKaart(f({ q: "zonnebloemtuin" }), { nu: T0 });
    expect(r.items.map((i) => [i.naam, i.verouderd ?? false])).toEqual([
      ["Bessenhof", false],
      ["Aardbeienhof", true],
    ]);
    const opNaam = await zoekKaart(f({ wijk: undefined, soort: "ontmoetingsplek" }), { nu: T0, perPagina: 100 });
    const namen = opNaam.items.map((i) => i.naam);
    expect(namen.indexOf("Aardbeienhof")).toBeGreaterThan(namen.indexOf("Bessenhof"));
  });
});
