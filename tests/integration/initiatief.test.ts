/**
 * Initiatief indienen: the step form with drafts, submitting with unique reference numbers, and the
 * owner's actions. Runs on PGlite and (TEST_DB=pg) PostgreSQL, calling server actions and the data
 * layer directly against a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import { consumeMagicLink } from "../../lib/auth/login.ts";
import { loadActor } from "../../lib/auth/actor.ts";
import { voerTransitieUit } from "../../lib/initiatief/status.ts";
import { paginasVoor, stappenVoor } from "../../lib/initiatief/stappen.ts";
import { beantwoordVraag, verwijderInitiatief, exporteerInitiatiefGegevens, leesMijnInitiatief, zoekMijnInitiatieven, bewaarVerantwoording, trekInitiatiefIn, neemInitiatievenOverOpEmail } from "../../lib/data/initiatief/eigenaar.ts";
import { startConcept, verwijderConcept, leesConcept, hervatConcept, bewaarConceptStap } from "../../lib/data/initiatief/concept.ts";
import { leesPubliekInitiatief, zoekPubliekeInitiatieven } from "../../lib/data/initiatief/publiek.ts";
import { dienConceptIn } from "../../lib/data/initiatief/indienen.ts";
import { actorOf, createUser, createWijk, uniq } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { extractLink, startSmtpSink } from "../support/smtp-sink.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijkId: string;
let anna: Actor;
let bert: Actor;
let ambtenaar: Actor;

const acties = () => import("../../app/initiatief/actions.ts");
const mijnActies = () => import("../../app/mijn/initiatieven/actions.ts");

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  wijkId = (await createWijk(db, { naam: `Vesting ${uniq()}` })).id;
  anna = actorOf(await createUser(db, { email: "anna@test.example", naam: "Anna" }));
  bert = actorOf(await createUser(db, { email: "bert@test.example", naam: "Bert" }));
  ambtenaar = actorOf(await createUser(db, { email: "ambt@test.example", rol: "AMBTENAAR" }));
});
afterAll(async () => {
  await sink.close();
});

type Stappen = [string, Record<string, string | string[] | boolean>][];

function stappenMetBegroting(titel: string, email: string): Stappen {
  return [
    // Issue 12 point 10: a page sends several steps at once.
    ["idee", { titel, ikWil: "Een straatfeest om nieuwe buren te leren kennen.", ikKan: "Vijf buren organiseren het; de fanfare speelt.", samenMet: "Buurtvereniging" }],
    ["nodig", { nodig: ["GELD", "MATERIAAL"], nodigToelichting: "Tafels en banken", bedragGevraagd: "1.200", waaraan: "" }],
    ["begroting", { post_0: "Muziek", bedrag_0: "700", post_1: "Tenten", bedrag_1: "€ 500" }],
    ["waar", { voorWie: "Alle bewoners van de straat", wijkId, locatie: "Kerkstraat", doelen: ["ONTMOETING", "INFORMEEL_NETWERK"] }],
    ["meedoen", { meedoen: "Iedereen is welkom, aanmelden via de buurtapp.", openbaar: true }],
    ["contact", { contactNaam: "Anna de Vries", contactEmail: email, contactTelefoon: "0416 123456" }],
  ];
}

/** Walks every step through the server action; returns the redirect targets. */
async function vulIn(sleutel: string, stappen: Stappen): Promise<string[]> {
  const { bewaarConceptStapAction } = await acties();
  const naar: string[] = [];
  for (const [stap, v] of stappen) naar.push(await expectRedirect(bewaarConceptStapAction(null, form({ stap, sleutel, ...v }))));
  return naar;
}

/** A complete draft (written directly) for tests that are not about the form. */
async function volledigConcept(owner: Actor | null, over: Record<string, unknown> = {}) {
  const { id, sleutel } = await startConcept(owner);
  await db.initiatief.update({
    where: { id },
    data: {
      titel: `Koffieochtend ${uniq()}`,
      ikWil: "Elke week koffie drinken met buren.",
      ikKan: "Ik zet de koffie.",
      voorWie: "Ouderen in de straat",
      wijkId,
      doelen: ["ONTMOETING"],
      meedoen: "Iedereen mag aanschuiven.",
      contactNaam: "Test",
      contactEmail: owner?.email ?? "anoniem@test.example",
      ...over,
    },
  });
  return { id, sleutel };
}

async function ingediend(owner: Actor, over: Record<string, unknown> = {}) {
  const c = await volledigConcept(owner, over);
  // An incomplete draft throws INVALID with the errors per step.
  return dienConceptIn(owner, c.sleutel);
}

async function zetStatus(id: string, acties: ("in_behandeling_nemen" | "vraag_stellen" | "goedkeuren")[], data: Record<string, unknown> = {}) {
  for (const actie of acties) {
    await db.$transaction((tx) => voerTransitieUit(tx, { initiatiefId: id, actie, actorId: ambtenaar.id, data: actie === "in_behandeling_nemen" ? { behandelaarId: ambtenaar.id } : actie === "goedkeuren" ? data : undefined }));
  }
}

describe("the step form", () => {
  it("start creates a draft and goes to the first step", async () => {
    actAs(null);
    fromIp("10.0.0.1");
    const voor = await db.initiatief.count({ where: { status: "CONCEPT" } });
    const { startConceptAction } = await acties();
    expect(await expectRedirect(startConceptAction(null, form({})))).toBe("/initiatief/nieuw/idee");
    expect(await db.initiatief.count({ where: { status: "CONCEPT" } })).toBe(voor + 1);
  });

  it("an anonymous resident submits with a budget: every step, reference number, audit, e-mail with a sign-in link, then the initiative is theirs", async () => {
    actAs(null);
    fromIp("10.0.0.2");
    const email = "nieuw.initiatief@test.example";
    const titel = `Straatfeest ${uniq()}`;
    const { id, sleutel } = await startConcept(null);
    const naar = await vulIn(sleutel, stappenMetBegroting(titel, email));
    expect(naar).toEqual(["nodig", "begroting", "waar", "meedoen", "contact", "controleren"].map((s) => `/initiatief/nieuw/${s}`));

    const c = await leesConcept(null, sleutel);
    expect(c).toMatchObject({ titel, bedragGevraagd: 1200, nodigGeld: true, nodigMateriaal: true, nodigRuimte: false, openbaar: true, contactEmail: email });
    expect(c!.begroting).toEqual([
      { post: "Muziek", bedrag: 700 },
      { post: "Tenten", bedrag: 500 },
    ]);

    const { dienConceptInAction } = await acties();
    const to = await expectRedirect(dienConceptInAction(null, form({ sleutel })));
    const ref = new URL(to, "http://x").searchParams.get("referentie")!;
    expect(ref).toMatch(new RegExp(`^INI-${new Date().getFullYear()}-\\d{4}$`));

    const row = await db.initiatief.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "INGEDIEND", referentie: ref, conceptSleutel: null, indienerId: null, versie: 1 });
    expect(row.ingediendOp).toBeInstanceOf(Date);
    const audit = await db.auditLog.findMany({ where: { entiteitId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actie: "initiatief.ingediend", voor: { status: "CONCEPT" }, na: { status: "INGEDIEND", referentie: ref } });
    // the key no longer opens anything
    expect(await leesConcept(null, sleutel)).toBeNull();

    const mail = await sink.waitFor((m) => m.to.includes(email) && m.subject.includes(ref));
    expect(mail.text).toContain(titel);
    const link = new URL(extractLink(mail.text, "/inloggen/link"));
    expect(link.searchParams.get("terug")).toBe("/mijn/initiatieven");
    const user = await consumeMagicLink(link.searchParams.get("email")!, link.searchParams.get("token")!);
    const actor = (await loadActor(user!.id))!;
    const lijst = await zoekMijnInitiatieven(actor);
    expect(lijst.map((i) => [i.titel, i.referentie, i.status])).toEqual([[titel, ref, "INGEDIEND"]]);
    const detail = await leesMijnInitiatief(actor, id);
    expect(detail.geschiedenis.map((g) => g.status)).toEqual(["INGEDIEND"]);
    expect(detail.acties).toEqual(["intrekken"]);
  });

  it("asks less when less is asked: no money = no money steps, a small amount = no budget table", async () => {
    actAs(anna);
    const { sleutel } = await startConcept(anna);
    const { bewaarConceptStapAction } = await acties();
    expect(await expectRedirect(bewaarConceptStapAction(null, form({ stap: "nodig", sleutel, nodig: ["RUIMTE"] })))).toBe("/initiatief/nieuw/waar");
    // "Geld" chosen: the amount is on the same page
    const leeg = await bewaarConceptStapAction(null, form({ stap: "nodig", sleutel, nodig: ["GELD"] }));
    expect(leeg?.ok === false && leeg.fieldErrors).toEqual({ bedragGevraagd: ["Vul in hoeveel euro u nodig heeft."] });
    // small amount: a one-line explanation is required instead of a budget
    const zonder = await bewaarConceptStapAction(null, form({ stap: "nodig", sleutel, nodig: ["GELD"], bedragGevraagd: "450" }));
    expect(zonder?.ok === false && zonder.fieldErrors).toEqual({ waaraan: ["Vertel kort waar u het geld aan uitgeeft."] });
    expect(await expectRedirect(bewaarConceptStapAction(null, form({ stap: "nodig", sleutel, nodig: ["GELD"], bedragGevraagd: "450", waaraan: "Koffie en zaden" })))).toBe("/initiatief/nieuw/waar");
    let c = await leesConcept(anna, sleutel);
    expect(c!.begroting).toEqual([{ post: "Koffie en zaden", bedrag: 450 }]);
    expect(stappenVoor(c!, 500)).not.toContain("begroting");
    expect(paginasVoor(c!, 500)).toHaveLength(6);
    // an amount typed without choosing "Geld" is not stored
    expect(await expectRedirect(bewaarConceptStapAction(null, form({ stap: "nodig", sleutel, nodig: ["RUIMTE"], bedragGevraagd: "300" })))).toBe("/initiatief/nieuw/waar");
    expect(await leesConcept(anna, sleutel)).toMatchObject({ nodigGeld: false, bedragGevraagd: null });
    // a larger amount brings the budget table
    expect(await expectRedirect(bewaarConceptStapAction(null, form({ stap: "nodig", sleutel, nodig: ["GELD"], bedragGevraagd: "900" })))).toBe("/initiatief/nieuw/begroting");
    expect(paginasVoor((await leesConcept(anna, sleutel))!, 500)).toHaveLength(7);
    c = await leesConcept(anna, sleutel);
    expect(c!.begroting).toEqual([]);
    // no money any more: amount and budget are removed
    await expectRedirect(bewaarConceptStapAction(null, form({ stap: "nodig", sleutel, nodig: ["CONTACT"] })));
    c = await leesConcept(anna, sleutel);
    expect(c).toMatchObject({ nodigGeld: false, bedragGevraagd: null, begroting: [], nodigContact: true });
  });

  it("an invalid step returns every error, keeps every typed value and saves what it can in the draft", async () => {
    actAs(null);
    const { sleutel } = await startConcept(null);
    const { bewaarConceptStapAction } = await acties();
    const s1 = await bewaarConceptStapAction(null, form({ stap: "idee", sleutel, titel: "", ikWil: "Een buurtmoestuin achter de flat.", ikKan: "Wij." }));
    expect(s1?.ok).toBe(false);
    if (s1?.ok !== false) throw new Error();
    expect(Object.keys(s1.fieldErrors)).toEqual(["titel"]);
    expect(s1.values.ikWil).toBe("Een buurtmoestuin achter de flat.");
    expect((await leesConcept(null, sleutel))!.ikWil).toBe("Een buurtmoestuin achter de flat.");

    const s2 = await bewaarConceptStapAction(null, form({ stap: "contact", sleutel, contactNaam: "", contactEmail: "geen-adres", contactTelefoon: "abc" }));
    if (s2?.ok !== false) throw new Error();
    expect(Object.keys(s2.fieldErrors).sort()).toEqual(["contactEmail", "contactNaam", "contactTelefoon"]);
    expect(s2.values).toMatchObject({ contactEmail: "geen-adres", contactTelefoon: "abc" });
    expect((await leesConcept(null, sleutel))!.contactEmail).toBe("geen-adres");

    const s3 = await bewaarConceptStapAction(null, form({ stap: "doelen", sleutel }));
    expect(s3?.ok === false && s3.fieldErrors).toEqual({ doelen: ["Kies minstens één doel."] });
    const s4 = await bewaarConceptStapAction(null, form({ stap: "waar", sleutel, voorWie: "", wijkId: "" }));
    // a page with two steps reports the errors of both
    expect(s4?.ok === false && Object.keys(s4.fieldErrors).sort()).toEqual(["doelen", "voorWie", "wijkId"]);
  });

  it("the budget must add up to the amount asked", async () => {
    actAs(null);
    const { sleutel } = await startConcept(null);
    const { bewaarConceptStapAction } = await acties();
    await expectRedirect(bewaarConceptStapAction(null, form({ stap: "nodig", sleutel, nodig: ["GELD"], bedragGevraagd: "1000" })));
    const s = await bewaarConceptStapAction(null, form({ stap: "begroting", sleutel, post_0: "Muziek", bedrag_0: "700", post_1: "", bedrag_1: "50", post_2: "Tent", bedrag_2: "veel" }));
    if (s?.ok !== false) throw new Error();
    expect(Object.keys(s.fieldErrors).sort()).toEqual(["bedrag_2", "post_1"]);
    // the valid line is kept in the draft
    expect((await leesConcept(null, sleutel))!.begroting).toEqual([{ post: "Muziek", bedrag: 700 }]);
    const t = await bewaarConceptStapAction(null, form({ stap: "begroting", sleutel, post_0: "Muziek", bedrag_0: "700" }));
    expect(t?.ok === false && t.fieldErrors.begroting?.[0]).toMatch(/tellen op tot 700 euro, maar u vraagt 1000 euro/);
  });

  it("a draft survives a failed submit: the missing steps are listed and nothing is lost or numbered", async () => {
    actAs(null);
    fromIp("10.0.0.3");
    const { id, sleutel } = await startConcept(null);
    await vulIn(sleutel, [["idee", { titel: "Halve aanvraag", ikWil: "Iets moois", ikKan: "Wij doen het." }]]);
    const teller = await db.referentieteller.findMany();
    const { dienConceptInAction } = await acties();
    const s = await dienConceptInAction(null, form({ sleutel }));
    if (s?.ok !== false) throw new Error();
    expect(Object.keys(s.fieldErrors).sort()).toEqual(["contact", "doelen", "meedoen", "waar"]);
    const row = await db.initiatief.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "CONCEPT", conceptSleutel: sleutel, titel: "Halve aanvraag", ikWil: "Iets moois", referentie: null });
    expect(await db.referentieteller.findMany()).toEqual(teller);
    expect(await db.auditLog.count({ where: { entiteitId: id } })).toBe(0);
  });

  it("a signed-in resident's draft is theirs; 'Verder gaan' gives back its key; deleting a draft with its key", async () => {
    const { id, sleutel } = await startConcept(anna);
    expect((await zoekMijnInitiatieven(anna)).find((i) => i.id === id)?.status).toBe("CONCEPT");
    expect(await hervatConcept(anna, id)).toEqual({ sleutel, stap: "idee" });
    await expect(hervatConcept(bert, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(hervatConcept(null, id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // an anonymous draft is claimed when a signed-in person continues it
    const anon = await startConcept(null);
    expect((await leesConcept(bert, anon.sleutel))!.heeftEigenaar).toBe(true);
    // reading never writes: only continuing (saving a step) makes it Bert's
    expect(await leesConcept(null, anon.sleutel)).not.toBeNull();
    await bewaarConceptStap(bert, anon.sleutel, "idee", { titel: "Van Bert", ikWil: "Een bankje bij de bushalte." });
    expect((await leesConcept(bert, anon.sleutel))!.heeftEigenaar).toBe(true);
    expect(await leesConcept(null, anon.sleutel)).toBeNull();
    await verwijderConcept(bert, anon.sleutel);
    expect(await db.initiatief.findUnique({ where: { id: anon.id } })).toBeNull();
  });
});

describe("reference numbers", () => {
  it("are unique and consecutive under 10 parallel submits", async () => {
    const concepten = await Promise.all(Array.from({ length: 10 }, () => volledigConcept(null)));
    const resultaten = await Promise.all(concepten.map((c) => dienConceptIn(null, c.sleutel)));
    const refs = resultaten.map((r) => r.referentie);
    expect(new Set(refs).size).toBe(10);
    const nummers = refs.map((r) => Number(r.split("-")[2])).sort((a, b) => a - b);
    expect(nummers[9] - nummers[0]).toBe(9);
    const teller = await db.referentieteller.findUniqueOrThrow({ where: { soort_jaar: { soort: "INI", jaar: new Date().getFullYear() } } });
    expect(teller.laatste).toBe(nummers[9]);
  });

  it("one draft submitted 5 times at once is submitted once", async () => {
    const c = await volledigConcept(anna);
    const res = await Promise.allSettled(Array.from({ length: 5 }, () => dienConceptIn(anna, c.sleutel)));
    const ok = res.filter((r) => r.status === "fulfilled" && /^INI-/.test(r.value.referentie));
    expect(ok).toHaveLength(1);
    expect(res.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code).every((code) => ["CONFLICT", "NOT_FOUND"].includes(code))).toBe(true);
    expect(await db.auditLog.count({ where: { entiteitId: c.id, actie: "initiatief.ingediend" } })).toBe(1);
  });
});

describe("status changes by the owner", () => {
  it("a withdrawn initiative cannot be approved; only the owner can withdraw; it cannot be withdrawn twice", async () => {
    const r = await ingediend(anna);
    await expect(trekInitiatiefIn(bert, r.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(trekInitiatiefIn(ambtenaar, r.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(trekInitiatiefIn(null, r.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    actAs(anna);
    const { trekInitiatiefInAction } = await mijnActies();
    const zonder = await trekInitiatiefInAction(null, form({ initiatiefId: r.id }));
    expect(zonder?.ok === false && Object.keys(zonder.fieldErrors)).toEqual(["zeker"]);
    expect(await expectRedirect(trekInitiatiefInAction(null, form({ initiatiefId: r.id, zeker: true })))).toBe(`/mijn/initiatieven/${r.id}?gedaan=ingetrokken`);
    expect((await db.initiatief.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("INGETROKKEN");
    await expect(db.$transaction((tx) => voerTransitieUit(tx, { initiatiefId: r.id, actie: "goedkeuren", actorId: ambtenaar.id }))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(db.$transaction((tx) => voerTransitieUit(tx, { initiatiefId: r.id, actie: "in_behandeling_nemen", actorId: ambtenaar.id }))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(trekInitiatiefIn(anna, r.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.initiatief.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("INGETROKKEN");
    expect((await leesMijnInitiatief(anna, r.id)).geschiedenis.map((g) => g.status)).toEqual(["INGEDIEND", "INGETROKKEN"]);
  });

  it("answering a question: message + status back to in behandeling in one step, the behandelaar is told", async () => {
    const r = await ingediend(anna);
    await zetStatus(r.id, ["in_behandeling_nemen", "vraag_stellen"]);
    await db.bericht.create({ data: { initiatiefId: r.id, auteurId: ambtenaar.id, vanGemeente: true, tekst: "Welke dag?" } });
    await db.bericht.create({ data: { initiatiefId: r.id, auteurId: ambtenaar.id, vanGemeente: true, intern: true, tekst: "Interne notitie" } });
    await expect(beantwoordVraag(bert, r.id, "Ik ben Bert")).rejects.toMatchObject({ code: "NOT_FOUND" });
    actAs(anna);
    const { beantwoordVraagAction } = await mijnActies();
    const leeg = await beantwoordVraagAction(null, form({ initiatiefId: r.id, tekst: " " }));
    expect(leeg?.ok === false && leeg.fieldErrors).toEqual({ tekst: ["Schrijf uw antwoord."] });
    expect(await expectRedirect(beantwoordVraagAction(null, form({ initiatiefId: r.id, tekst: "Op zaterdag 12 juni." })))).toBe(`/mijn/initiatieven/${r.id}?gedaan=antwoord`);
    const d = await leesMijnInitiatief(anna, r.id);
    expect(d.status).toBe("IN_BEHANDELING");
    expect(d.berichten.map((b) => [b.vanGemeente, b.tekst])).toEqual([
      [true, "Welke dag?"],
      [false, "Op zaterdag 12 juni."],
    ]);
    expect(d.geschiedenis.map((g) => g.status)).toEqual(["INGEDIEND", "IN_BEHANDELING", "AANVULLING_GEVRAAGD", "IN_BEHANDELING"]);
    const mail = await sink.waitFor((m) => m.to.includes("ambt@test.example") && m.subject.includes(r.referentie));
    expect(mail.text).toContain("beantwoord");
    // not possible again: no half-written message remains
    const again = await beantwoordVraagAction(null, form({ initiatiefId: r.id, tekst: "Nog iets" }));
    expect(again?.ok).toBe(false);
    expect(await db.bericht.count({ where: { initiatiefId: r.id, tekst: "Nog iets" } })).toBe(0);
  });

  it("deleting: only a draft or a withdrawn initiative, only by the owner", async () => {
    const r = await ingediend(anna);
    await expect(verwijderInitiatief(anna, r.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await trekInitiatiefIn(anna, r.id);
    await expect(verwijderInitiatief(bert, r.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    actAs(anna);
    const { verwijderInitiatiefAction } = await mijnActies();
    expect(await expectRedirect(verwijderInitiatiefAction(null, form({ initiatiefId: r.id, zeker: true })))).toBe("/mijn/initiatieven?verwijderd=1");
    expect(await db.initiatief.findUnique({ where: { id: r.id } })).toBeNull();
    expect(await db.auditLog.count({ where: { entiteitId: r.id, actie: "initiatief.verwijderd" } })).toBe(1);
  });

  it("the narrative report scales with the amount granted, closes the initiative and (with consent) is public", async () => {
    const r = await ingediend(anna, { openbaar: true, nodigGeld: true, bedragGevraagd: 1200, begroting: [{ post: "Muziek", bedrag: 1200 }] });
    await zetStatus(r.id, ["in_behandeling_nemen", "goedkeuren"], { bedragToegekend: 1000, besluitOp: new Date() });
    expect((await leesPubliekInitiatief(r.referentie))?.verhaal).toBeNull();
    actAs(anna);
    const { bewaarVerantwoordingAction } = await mijnActies();
    const kort = await bewaarVerantwoordingAction(null, form({ initiatiefId: r.id, bereikt: "Het was leuk." }));
    if (kort?.ok !== false) throw new Error();
    expect(Object.keys(kort.fieldErrors).sort()).toEqual(["bereikt", "bijdragen", "deelnemers"]);
    expect(kort.values.bereikt).toBe("Het was leuk.");
    actAs(bert);
    expect((await bewaarVerantwoordingAction(null, form({ initiatiefId: r.id, bereikt: "x".repeat(120), deelnemers: "40", bijdragen: "Iedereen" })))?.ok).toBe(false);
    actAs(anna);
    const bereikt = "Zeventig buren kwamen naar het feest. Nieuwe bewoners kennen nu hun buren en er is een buurtapp met veertig leden ontstaan.";
    await expectRedirect(bewaarVerantwoordingAction(null, form({ initiatiefId: r.id, bereikt, deelnemers: "70", bijdragen: "De bakker gaf brood.", citaten: "'Eindelijk ken ik mijn buren.'", openbaar: true })));
    const d = await leesMijnInitiatief(anna, r.id);
    expect(d.status).toBe("AFGEROND");
    expect(d.verantwoording).toMatchObject({ bereikt, deelnemers: 70, openbaar: true });
    const pub = await leesPubliekInitiatief(r.referentie);
    expect(pub?.verhaal).toMatchObject({ bereikt, deelnemers: 70 });
    expect(JSON.stringify(pub)).not.toMatch(/anna|0416|Test/);
    expect((await zoekPubliekeInitiatieven({ wijkId })).map((p) => p.referentie)).toContain(r.referentie);
    // a small grant asks only a few sentences
    const klein = await ingediend(anna);
    await zetStatus(klein.id, ["in_behandeling_nemen", "goedkeuren"], { bedragToegekend: 200 });
    await expectRedirect(bewaarVerantwoordingAction(null, form({ initiatiefId: klein.id, bereikt: "Twaalf buren dronken koffie." })));
    expect((await leesMijnInitiatief(anna, klein.id)).status).toBe("AFGEROND");
    // not public without consent
    expect(await leesPubliekInitiatief(klein.referentie)).toBeNull();
  });
});

describe("only the owner reads or changes an initiative", () => {
  it("another resident, staff and anonymous users are refused by every owner function", async () => {
    const r = await ingediend(anna);
    for (const wie of [bert, ambtenaar]) {
      await expect(leesMijnInitiatief(wie, r.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(exporteerInitiatiefGegevens(wie, r.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(beantwoordVraag(wie, r.id, "x")).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(bewaarVerantwoording(wie, r.id, { bereikt: "x", deelnemers: null, bijdragen: "", citaten: "", openbaar: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(verwijderInitiatief(wie, r.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await zoekMijnInitiatieven(wie)).map((i) => i.id)).not.toContain(r.id);
    }
    for (const fn of [leesMijnInitiatief, exporteerInitiatiefGegevens, trekInitiatiefIn, verwijderInitiatief, zoekMijnInitiatieven]) {
      await expect((fn as (a: Actor | null, id: string) => Promise<unknown>)(null, r.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    }
    // the actions too
    actAs(bert);
    const { trekInitiatiefInAction, verwijderInitiatiefAction, beantwoordVraagAction } = await mijnActies();
    for (const s of [await trekInitiatiefInAction(null, form({ initiatiefId: r.id, zeker: true })), await verwijderInitiatiefAction(null, form({ initiatiefId: r.id, zeker: true })), await beantwoordVraagAction(null, form({ initiatiefId: r.id, tekst: "x" }))]) {
      expect(s?.ok).toBe(false);
    }
    expect((await db.initiatief.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("INGEDIEND");
  });

  it("a draft key of someone else, a made-up key or an owned draft's key used by another person opens nothing", async () => {
    const eigen = await volledigConcept(anna);
    const { bewaarConceptStapAction, dienConceptInAction } = await acties();
    for (const [wie, sleutel] of [
      [null, eigen.sleutel],
      [bert, eigen.sleutel],
      [null, "verzonnen-sleutel-die-lang-genoeg-is"],
      [anna, "verzonnen-sleutel-die-lang-genoeg-is"],
    ] as const) {
      expect(await leesConcept(wie, sleutel)).toBeNull();
      await expect(bewaarConceptStap(wie, sleutel, "idee", { titel: "Overgenomen", ikWil: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(dienConceptIn(wie, sleutel)).rejects.toMatchObject({ code: "NOT_FOUND" });
      actAs(wie);
      expect((await bewaarConceptStapAction(null, form({ stap: "idee", sleutel, titel: "Overgenomen", ikWil: "x" })))?.ok).toBe(false);
      expect((await dienConceptInAction(null, form({ sleutel })))?.ok).toBe(false);
    }
    const row = await db.initiatief.findUniqueOrThrow({ where: { id: eigen.id } });
    expect(row.status).toBe("CONCEPT");
    expect(row.titel).not.toBe("Overgenomen");
  });

  it("a submission is claimed only by the person with its (verified) e-mail address", async () => {
    const c = await volledigConcept(null, { contactEmail: "bert@test.example" });
    const r = await dienConceptIn(null, c.sleutel);
    expect(r.referentie).toMatch(/^INI-\d{4}-\d{4}$/);
    // reading the list never writes: the claim happens when the address is proven (signing in with a link)
    expect((await zoekMijnInitiatieven(bert)).map((i) => i.id)).not.toContain(c.id);
    expect(await db.initiatief.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ indienerId: null });
    await neemInitiatievenOverOpEmail(anna);
    await neemInitiatievenOverOpEmail(bert);
    expect((await zoekMijnInitiatieven(anna)).map((i) => i.id)).not.toContain(c.id);
    expect((await zoekMijnInitiatieven(bert)).map((i) => i.id)).toContain(c.id);
    expect((await db.initiatief.findUniqueOrThrow({ where: { id: c.id } })).indienerId).toBe(bert.id);
  });

  it("download my data: own data without secrets or internal notes", async () => {
    const r = await ingediend(anna);
    await db.bericht.create({ data: { initiatiefId: r.id, auteurId: ambtenaar.id, vanGemeente: true, intern: true, tekst: "Geheime notitie" } });
    const data = await exporteerInitiatiefGegevens(anna, r.id);
    const json = JSON.stringify(data);
    expect(data.initiatief.referentie).toBe(r.referentie);
    expect(data.initiatief.statusgeschiedenis).toHaveLength(1);
    expect(json).not.toContain("Geheime notitie");
    expect(json).not.toContain("conceptSleutel");
    expect(json).not.toContain("behandelaarId");
  });
});
