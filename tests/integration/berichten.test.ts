/**
 * Berichten bij burenhulp (issue 16): the private conversation per HulpAanbod, its refusals, the e-mail
 * notice, sharing a phone number on purpose, block and report, the rate limit, and "Is het gelukt?"
 * (once with two workers, only the requester answers, 'ja' closes and counts). On both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { db, type Db } from "../../lib/db.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { actorOf, createUser, createWijk } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";
import { isPostgresRun } from "../support/test-db.ts";
import { accepteerAanbod, beantwoordGelukt, biedHulpAan, leesGeluktVraag, plaatsHulpvraag, telGelukteHulpvragen } from "../../lib/data/hulpvragen.ts";
import { BERICHT_LIMIET, blokkeerGesprek, deblokkeerGesprek, deelTelefoonnummer, legAfspraakVast, leesGesprek, meldGesprek, stuurBericht } from "../../lib/data/berichten.ts";
import { handelMeldingAf, zoekOpenMeldingen } from "../../lib/data/meldingen.ts";
import { stuurGeluktVragen } from "../../lib/burenhulp/gelukt.ts";
import { leesMijnGegevens } from "../../lib/data/mijn-gegevens.ts";
import { TakenRunner } from "../../lib/taken/runner.ts";
import { TAKEN } from "../../lib/taken/taken.ts";
import { deelTelefoonAction, legAfspraakVastAction, stuurBerichtAction } from "../../app/mijn/hulpvragen/gesprek/actions.ts";
import { dagDatum } from "../../lib/format.ts";
import { beantwoordGeluktAction } from "../../app/mijn/hulpvragen/actions.ts";

const tweede: Db = isPostgresRun() ? (new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) }) as unknown as Db) : db;
const stil = () => {};
const GELUKT_TAAK = TAKEN.filter((t) => t.naam === "burenhulp-gelukt");
const DAG = 86_400_000;
/** The calendar day (JJJJ-MM-DD) in UTC of `d`. */
const isoDag = (d: Date) => d.toISOString().slice(0, 10);

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijkA: { id: string }, wijkB: { id: string };
let vrager: Actor, helper: Actor, derde: Actor, owA: Actor, owB: Actor, ambtenaar: Actor, beheerder: Actor;

const VRAGER_EMAIL = "vera.vraagt@berichten.example";
const HELPER_EMAIL = "hans.helpt@berichten.example";
const mailsAan = (email: string) => sink.messages.filter((m) => m.to.includes(email));

async function nieuwGesprek(titel: string, wijkId = wijkA.id): Promise<{ hulpvraagId: string; aanbodId: string }> {
  const hv = await plaatsHulpvraag(vrager, { soort: "boodschappen", titel, beschrijving: "Wie kan op vrijdag een paar boodschappen meenemen?", wijkId, naam: "Vera Vraag", telefoon: "06 12121212" });
  const a = await biedHulpAan(helper, { hulpvraagId: hv.id, bericht: "Ik kan vrijdagmiddag helpen.", naam: "Hans Help", telefoon: "06 34343434" });
  return { hulpvraagId: hv.id, aanbodId: a.id };
}

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  wijkA = await createWijk(db, { naam: "Berichtenwijk A" });
  wijkB = await createWijk(db, { naam: "Berichtenwijk B" });
  const mk = async (over: Parameters<typeof createUser>[1], wijken: string[] = []) => actorOf(await createUser(db, over), wijken);
  vrager = await mk({ email: VRAGER_EMAIL });
  helper = await mk({ email: HELPER_EMAIL });
  derde = await mk({ email: "derde@berichten.example" });
  owA = await mk({ rol: "OPBOUWWERKER", wijkIds: [wijkA.id] }, [wijkA.id]);
  owB = await mk({ rol: "OPBOUWWERKER", wijkIds: [wijkB.id] }, [wijkB.id]);
  ambtenaar = await mk({ rol: "AMBTENAAR" });
  beheerder = await mk({ rol: "BEHEERDER" });
});

afterAll(async () => {
  actAs(null);
  if (tweede !== db) await tweede.$disconnect();
  await sink.close();
});

describe("the conversation", () => {
  it("requester and helper write and read; the other gets a notice without the text or the sender's address", async () => {
    const { aanbodId } = await nieuwGesprek("Boodschappen op vrijdag");
    sink.messages.length = 0;
    await stuurBericht(vrager, { aanbodId, tekst: "Fijn! Kunt u om 14.00 uur? Geheim-detail-123" });
    await stuurBericht(helper, { aanbodId, tekst: "Ja hoor, 14.00 uur is goed." });

    const alsVrager = await leesGesprek(vrager, aanbodId);
    const alsHelper = await leesGesprek(helper, aanbodId);
    expect(alsVrager.rol).toBe("vrager");
    expect(alsHelper.rol).toBe("helper");
    expect(alsVrager.berichten.map((b) => b.tekst)).toEqual(["Ik kan vrijdagmiddag helpen.", "Fijn! Kunt u om 14.00 uur? Geheim-detail-123", "Ja hoor, 14.00 uur is goed."]);
    expect(alsVrager.berichten.map((b) => b.vanMij)).toEqual([false, true, false]);
    expect(alsHelper.berichten.map((b) => b.vanMij)).toEqual([true, false, true]);
    expect(alsVrager.gesloten).toBeNull();
    // nobody's address, name or account phone in what the page gets
    for (const g of [alsVrager, alsHelper]) {
      const json = JSON.stringify(g);
      for (const geheim of [VRAGER_EMAIL, HELPER_EMAIL, "Vera Vraag", "Hans Help", "06 12121212", "06 34343434"]) expect(json).not.toContain(geheim);
    }

    const [naarHelper] = mailsAan(HELPER_EMAIL);
    const [naarVrager] = mailsAan(VRAGER_EMAIL);
    expect(mailsAan(HELPER_EMAIL)).toHaveLength(1);
    expect(mailsAan(VRAGER_EMAIL)).toHaveLength(1);
    expect(naarHelper.text).toContain(`/mijn/hulpvragen/gesprek/${aanbodId}`);
    expect(naarHelper.text).toContain("de vrager");
    expect(naarHelper.text).not.toContain("Geheim-detail-123");
    expect(naarHelper.text).not.toContain(VRAGER_EMAIL);
    expect(naarHelper.text).not.toContain("Vera Vraag");
    expect(naarVrager.text).not.toContain("14.00 uur is goed");
    expect(naarVrager.text).not.toContain(HELPER_EMAIL);
  });

  it("a third resident, an opbouwwerker, an ambtenaar, a beheerder and a signed-out visitor can neither read nor write", async () => {
    const { aanbodId } = await nieuwGesprek("Hulp bij de tuin");
    const voor = await db.hulpBericht.count();
    for (const wie of [derde, owA, ambtenaar, beheerder]) {
      await expect(leesGesprek(wie, aanbodId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(stuurBericht(wie, { aanbodId, tekst: "Ik lees mee" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deelTelefoonnummer(wie, { aanbodId, telefoon: "06 55555555" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(blokkeerGesprek(wie, aanbodId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(meldGesprek(wie, { aanbodId, reden: "Ik wil meelezen" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(leesGesprek(null, aanbodId)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(stuurBericht(null, { aanbodId, tekst: "Anoniem" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(leesGesprek(vrager, "bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });

    // and through the server action (reachable by a direct POST)
    fromIp("10.9.0.1");
    actAs(derde);
    const s = await stuurBerichtAction(null, form({ aanbodId, tekst: "Via de actie" }));
    expect(s).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    const anoniem = await stuurBerichtAction(null, form({ aanbodId, tekst: "Via de actie" }));
    expect(anoniem).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db.hulpBericht.count()).toBe(voor);
    expect(await db.melding.count({ where: { entiteit: "Gesprek", entiteitId: aanbodId } })).toBe(0);
  });

  it("the form: an empty or too long message is refused with a field error and the input kept", async () => {
    const { aanbodId } = await nieuwGesprek("Hulp met de computer");
    fromIp("10.9.0.2");
    actAs(vrager);
    const leeg = await stuurBerichtAction(null, form({ aanbodId, tekst: "   " }));
    if (!leeg || leeg.ok) throw new Error("verwacht een fout");
    expect(leeg.fieldErrors.tekst[0]).toMatch(/Schrijf een bericht/);
    const lang = "x".repeat(1001);
    const teLang = await stuurBerichtAction(null, form({ aanbodId, tekst: lang }));
    if (!teLang || teLang.ok) throw new Error("verwacht een fout");
    expect(teLang.fieldErrors.tekst[0]).toMatch(/te lang/);
    expect(teLang.values.tekst).toBe(lang);
    expect(await db.hulpBericht.count({ where: { aanbodId } })).toBe(0);
    const to = await expectRedirect(stuurBerichtAction(null, form({ aanbodId, tekst: "<b>Hallo</b> buurman" })));
    expect(to).toBe(`/mijn/hulpvragen/gesprek/${aanbodId}?verstuurd=1#berichten`);
    // stored as typed: plain text, rendered by React as text
    expect((await db.hulpBericht.findFirstOrThrow({ where: { aanbodId } })).tekst).toBe("<b>Hallo</b> buurman");
    actAs(null);
  });

  it("the agreed day: either party records it as a message the other is told about (audited); a wrong day keeps the input", async () => {
    const { aanbodId } = await nieuwGesprek("Kast in elkaar zetten");
    const nu = new Date();
    const dag = isoDag(new Date(nu.getTime() + 5 * DAG));
    sink.messages.length = 0;
    await legAfspraakVast(helper, { aanbodId, datum: dag }, nu);
    const g = await leesGesprek(vrager, aanbodId);
    expect(g.afgesprokenOp).toBe(dag);
    expect(g.berichten.at(-1)).toMatchObject({ soort: "AFSPRAAK", tekst: dag, vanMij: false, van: "de helper" });
    expect(mailsAan(VRAGER_EMAIL).map((m) => m.subject)).toEqual(["U heeft een nieuw bericht over burenhulp"]);
    expect(await db.auditLog.count({ where: { actie: "hulpgesprek.afspraak", entiteitId: aanbodId, actorId: helper.id } })).toBe(1);

    // the requester changes it, through the form, written as 15-12-2026
    fromIp("10.9.0.7");
    actAs(vrager);
    const later = isoDag(new Date(nu.getTime() + 8 * DAG));
    const nl = later.split("-").reverse().join("-");
    expect(await expectRedirect(legAfspraakVastAction(null, form({ aanbodId, datum: nl })))).toBe(`/mijn/hulpvragen/gesprek/${aanbodId}?afspraak=1#berichten`);
    expect((await leesGesprek(helper, aanbodId)).afgesprokenOp).toBe(later);
    // a day that does not exist, one too far back and one too far ahead: a field error, the input kept, nothing stored
    for (const [datum, melding] of [
      ["31-02-2027", /bestaande datum/],
      [isoDag(new Date(nu.getTime() - 30 * DAG)), /te ver terug/],
      [isoDag(new Date(nu.getTime() + 400 * DAG)), /meer dan een jaar/],
      ["", /Vul de dag/],
    ] as const) {
      const s = await legAfspraakVastAction(null, form({ aanbodId, datum }));
      if (!s || s.ok) throw new Error(`verwacht een fout voor ${datum}`);
      expect(s.fieldErrors.datum[0]).toMatch(melding);
      expect(s.values.datum).toBe(datum);
    }
    actAs(null);
    expect((await leesGesprek(vrager, aanbodId)).afgesprokenOp).toBe(later);
    expect(await db.hulpBericht.count({ where: { aanbodId, soort: "AFSPRAAK" } })).toBe(2);

    // nobody else can record a day: not a third resident, not staff, not signed out, not through the action
    for (const wie of [derde, owA, ambtenaar, beheerder]) {
      await expect(legAfspraakVast(wie, { aanbodId, datum: dag })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(legAfspraakVast(null, { aanbodId, datum: dag })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    actAs(derde);
    expect(await legAfspraakVastAction(null, form({ aanbodId, datum: nl }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    expect((await leesGesprek(vrager, aanbodId)).afgesprokenOp).toBe(later);
    // a blocked conversation takes no new day either
    await blokkeerGesprek(vrager, aanbodId);
    await expect(legAfspraakVast(helper, { aanbodId, datum: dag })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("'Deel mijn telefoonnummer' puts the number in the conversation as a deliberate, audited message", async () => {
    const { aanbodId } = await nieuwGesprek("Hulp bij verhuizen");
    fromIp("10.9.0.3");
    actAs(helper);
    const fout = await deelTelefoonAction(null, form({ aanbodId, telefoon: "bel mij" }));
    expect(fout).toMatchObject({ ok: false, fieldErrors: { telefoon: [expect.stringMatching(/geldig telefoonnummer/)] } });
    await expectRedirect(deelTelefoonAction(null, form({ aanbodId, telefoon: "06 77778888" })));
    actAs(null);
    const g = await leesGesprek(vrager, aanbodId);
    expect(g.berichten.at(-1)).toMatchObject({ soort: "TELEFOON", tekst: "06 77778888", vanMij: false });
    const audit = await db.auditLog.findFirstOrThrow({ where: { actie: "hulpgesprek.telefoon_gedeeld", entiteitId: aanbodId } });
    expect(audit.actorId).toBe(helper.id);
    expect(JSON.stringify(audit.na)).not.toContain("7777");
  });

  it("'Blokkeer': the blocked party cannot send any more (audited); only the blocker can lift it", async () => {
    const { aanbodId } = await nieuwGesprek("Samen wandelen");
    await stuurBericht(helper, { aanbodId, tekst: "Zullen we dinsdag wandelen?" });
    await blokkeerGesprek(vrager, aanbodId);
    await expect(stuurBericht(helper, { aanbodId, tekst: "Hallo?" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deelTelefoonnummer(helper, { aanbodId, telefoon: "06 12345678" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deblokkeerGesprek(helper, aanbodId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await leesGesprek(helper, aanbodId)).geblokkeerd).toBe("door-ander");
    expect((await leesGesprek(vrager, aanbodId)).geblokkeerd).toBe("door-mij");
    expect(await db.hulpBericht.count({ where: { aanbodId } })).toBe(1);
    expect(await db.auditLog.count({ where: { actie: "hulpgesprek.geblokkeerd", entiteitId: aanbodId, actorId: vrager.id } })).toBe(1);

    await deblokkeerGesprek(vrager, aanbodId);
    expect(await db.auditLog.count({ where: { actie: "hulpgesprek.gedeblokkeerd", entiteitId: aanbodId, actorId: vrager.id } })).toBe(1);
    await stuurBericht(helper, { aanbodId, tekst: "Sorry, ik laat u met rust." });
    expect(await db.hulpBericht.count({ where: { aanbodId } })).toBe(2);
  });

  it("'Meld dit gesprek' reaches the opbouwwerker of the wijk only, with the explanation and without the messages", async () => {
    const { aanbodId } = await nieuwGesprek("Hulp bij de administratie");
    await stuurBericht(helper, { aanbodId, tekst: "Stuur mij uw pincode, dan regel ik het." });
    await meldGesprek(vrager, { aanbodId, reden: "De helper vraagt om mijn pincode." });
    const bijA = (await zoekOpenMeldingen(owA)).filter((m) => m.entiteitId === aanbodId);
    expect(bijA).toHaveLength(1);
    expect(bijA[0]).toMatchObject({ entiteit: "Gesprek", reden: "De helper vraagt om mijn pincode.", titel: "Hulp bij de administratie" });
    expect(JSON.stringify(bijA)).not.toContain("pincode, dan regel");
    expect((await zoekOpenMeldingen(owB)).filter((m) => m.entiteitId === aanbodId)).toHaveLength(0);
    expect((await zoekOpenMeldingen(beheerder)).filter((m) => m.entiteitId === aanbodId)).toHaveLength(1);
    await expect(handelMeldingAf(owB, bijA[0].id, "afgehandeld")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await handelMeldingAf(owA, bijA[0].id, "afgehandeld");
    expect((await zoekOpenMeldingen(owA)).filter((m) => m.entiteitId === aanbodId)).toHaveLength(0);
    // the opbouwwerker still cannot read the conversation
    await expect(leesGesprek(owA, aanbodId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("rate limit per user (in the database): message max+1 in one window is refused", async () => {
    const { aanbodId } = await nieuwGesprek("Veel te vertellen");
    const venster = new Date("2031-03-03T10:00:00Z");
    for (let i = 0; i < BERICHT_LIMIET.max; i++) await stuurBericht(vrager, { aanbodId, tekst: `Bericht ${i}` }, venster);
    await expect(stuurBericht(vrager, { aanbodId, tekst: "Nog eentje" }, venster)).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await db.hulpBericht.count({ where: { aanbodId } })).toBe(BERICHT_LIMIET.max);
    // the other party is not limited by it
    await stuurBericht(helper, { aanbodId, tekst: "Ik lees alles!" }, venster);
  });
});

describe("AVG", () => {
  it("the data export holds the messages the user sent, not those of the other party", async () => {
    const { aanbodId } = await nieuwGesprek("Ramen lappen");
    await stuurBericht(vrager, { aanbodId, tekst: "Export-vrager-tekst" });
    await stuurBericht(helper, { aanbodId, tekst: "Export-helper-tekst" });
    const json = JSON.stringify((await leesMijnGegevens(helper)).berichtenBijBurenhulp);
    expect(json).toContain("Export-helper-tekst");
    expect(json).toContain("Ramen lappen");
    expect(json).not.toContain("Export-vrager-tekst");
  });
});

describe("Is het gelukt?", () => {
  // 12:00 UTC today: after the job's 10:00 (Amsterdam) start.
  const nu = new Date(new Date().toISOString().slice(0, 10) + "T12:00:00Z");
  let oud: { hulpvraagId: string; aanbodId: string };
  let vers: { hulpvraagId: string; aanbodId: string };

  beforeAll(async () => {
    oud = await nieuwGesprek("Lamp ophangen");
    vers = await nieuwGesprek("Gordijnen ophangen");
    await accepteerAanbod(vrager, oud.aanbodId, new Date(nu.getTime() - 4 * DAG));
    await accepteerAanbod(vrager, vers.aanbodId, new Date(nu.getTime() - 1 * DAG));
  });

  it("mails the requester once, 3 days after accepting, even with two workers at the same moment", async () => {
    sink.messages.length = 0;
    const a = new TakenRunner({ db, taken: GELUKT_TAAK, log: stil });
    const b = new TakenRunner({ db: tweede, taken: GELUKT_TAAK, log: stil });
    await Promise.all([a.tick(nu), b.tick(nu), stuurGeluktVragen(db, nu), stuurGeluktVragen(tweede, nu)]);
    await Promise.all([a.tick(new Date(nu.getTime() + DAG / 2)), b.tick(new Date(nu.getTime() + DAG))]);
    const mails = mailsAan(VRAGER_EMAIL).filter((m) => m.subject.includes("Is het gelukt"));
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`/mijn/hulpvragen/${oud.hulpvraagId}/gelukt`);
    expect(mails[0].text).toContain("Lamp ophangen");
    expect(mailsAan(HELPER_EMAIL)).toHaveLength(0);
    expect((await db.hulpvraag.findUniqueOrThrow({ where: { id: oud.hulpvraagId } })).geluktGevraagdOp).not.toBeNull();
    expect((await db.hulpvraag.findUniqueOrThrow({ where: { id: vers.hulpvraagId } })).geluktGevraagdOp).toBeNull();
  });

  it("only the requester can answer: another resident, the helper, staff and signed-out are refused", async () => {
    for (const wie of [derde, helper, owA, beheerder]) {
      await expect(beantwoordGelukt(wie, oud.hulpvraagId, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(leesGeluktVraag(wie, oud.hulpvraagId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(beantwoordGelukt(null, oud.hulpvraagId, true)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    fromIp("10.9.0.4");
    actAs(derde);
    expect(await beantwoordGeluktAction(null, form({ id: oud.hulpvraagId, antwoord: "ja" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    expect(await db.hulpvraag.findUniqueOrThrow({ where: { id: oud.hulpvraagId } })).toMatchObject({ status: "GEKOPPELD", gelukt: null });
  });

  it("'ja' closes the hulpvraag (audited), counts for the wijk, and ends the conversation", async () => {
    const voor = await telGelukteHulpvragen(wijkA.id);
    fromIp("10.9.0.5");
    actAs(vrager);
    const to = await expectRedirect(beantwoordGeluktAction(null, form({ id: oud.hulpvraagId, antwoord: "ja" })));
    actAs(null);
    expect(to).toBe(`/mijn/hulpvragen/${oud.hulpvraagId}?gelukt=ja`);
    expect(await db.hulpvraag.findUniqueOrThrow({ where: { id: oud.hulpvraagId } })).toMatchObject({ status: "GESLOTEN", gelukt: true });
    expect(await telGelukteHulpvragen(wijkA.id)).toBe(voor + 1);
    expect(await telGelukteHulpvragen(wijkB.id)).toBe(0);
    expect(await db.auditLog.count({ where: { actie: "hulpvraag.gelukt_beantwoord", entiteitId: oud.hulpvraagId, actorId: vrager.id } })).toBe(1);
    await expect(stuurBericht(helper, { aanbodId: oud.aanbodId, tekst: "Nog iets?" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // answering again changes nothing
    await beantwoordGelukt(vrager, oud.hulpvraagId, true);
    expect(await telGelukteHulpvragen(wijkA.id)).toBe(voor + 1);
  });

  it("with an agreed day, the question waits until 3 days after that day, not 3 days after accepting", async () => {
    const g = await nieuwGesprek("Schilderij ophangen");
    await accepteerAanbod(vrager, g.aanbodId, new Date(nu.getTime() - 10 * DAG));
    const dag = isoDag(new Date(nu.getTime() + 2 * DAG));
    await legAfspraakVast(helper, { aanbodId: g.aanbodId, datum: dag }, nu);
    const gevraagd = async () => (await db.hulpvraag.findUniqueOrThrow({ where: { id: g.hulpvraagId } })).geluktGevraagdOp;
    sink.messages.length = 0;
    await stuurGeluktVragen(db, nu); // accepted 10 days ago, but the day is still to come
    expect(await gevraagd()).toBeNull();
    await stuurGeluktVragen(db, new Date(nu.getTime() + 4 * DAG)); // 2 days after the day
    expect(await gevraagd()).toBeNull();
    await stuurGeluktVragen(db, new Date(nu.getTime() + 5 * DAG)); // 3 days after the day
    expect(await gevraagd()).not.toBeNull();
    const mail = mailsAan(VRAGER_EMAIL).filter((m) => m.text.includes("Schilderij ophangen"));
    expect(mail).toHaveLength(1);
    expect(mail[0].text).toContain(`Op ${dagDatum(new Date(`${dag}T12:00:00Z`))} zou u geholpen worden`);
  });

  it("'nee' leaves the hulpvraag as it was and does not count; without an accepted offer there is nothing to answer", async () => {
    await beantwoordGelukt(vrager, vers.hulpvraagId, false);
    expect(await db.hulpvraag.findUniqueOrThrow({ where: { id: vers.hulpvraagId } })).toMatchObject({ status: "GEKOPPELD", gelukt: false });
    const zonder = await nieuwGesprek("Nog niemand aangenomen");
    await expect(beantwoordGelukt(vrager, zonder.hulpvraagId, true)).rejects.toMatchObject({ code: "INVALID" });
  });
});
