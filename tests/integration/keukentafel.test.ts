/**
 * Aan de keukentafel: a staff member places a hulpvraag for a resident. Only staff of that wijk (an
 * ambtenaar anywhere), only with consent, always audited; the resident takes it over by link, once,
 * with the address it was sent to; after that the staff member no longer acts for them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { actorOf, createUser, createWijk } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { extractLink, startSmtpSink } from "../support/smtp-sink.ts";
import {
  leesInitiatiefNamensSamenvatting,
  leesInitiatiefOvername,
  leesNamensSamenvatting,
  leesOvername,
  metHulpVan,
  naIndienenNamens,
  neemHulpvraagOver,
  neemInitiatiefOver,
  plaatsHulpvraagNamens,
  startInitiatiefNamens,
  zoekNamensHulpvragen,
  zoekNamensInitiatieven,
} from "../../lib/data/keukentafel.ts";
import { dienConceptIn } from "../../lib/data/initiatief/indienen.ts";
import { zoekMijnInitiatieven } from "../../lib/data/initiatief/eigenaar.ts";
import { leesBeoordeling, neemInBehandeling } from "../../lib/data/beoordeling.ts";
import { verwijderMijnAccount } from "../../lib/data/mijn-gegevens.ts";
import { sluitHulpvraag, zoekMijnHulpvragen } from "../../lib/data/hulpvragen.ts";
import { neemInitiatiefOverAction, neemOverAction, plaatsNamensAction, startInitiatiefNamensAction } from "../../app/beheer/keukentafel/actions.ts";
import { dienConceptInAction } from "../../app/initiatief/actions.ts";
import type { InitiatiefNamensInput, NamensInput } from "../../lib/validation/keukentafel.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijkA: { id: string }, wijkB: { id: string };
let owA: Actor, owB: Actor, ambtenaar: Actor, beheerder: Actor, inwoner: Actor, buurman: Actor;

const INWONER_EMAIL = "mevrouw.jansen@test.example";

const velden = (over: Record<string, string> = {}) => ({
  soort: "boodschappen",
  titel: "Boodschappen op dinsdag",
  beschrijving: "Wie kan op dinsdagochtend samen met mij naar de supermarkt lopen?",
  wijkId: wijkA.id,
  inwonerNaam: "Mevrouw Jansen",
  inwonerEmail: INWONER_EMAIL,
  inwonerTelefoon: "0416 123456",
  toestemmingWijze: "MONDELING",
  toestemming: "on",
  ...over,
});
const invoer = (over: Partial<NamensInput> = {}): NamensInput =>
  ({ ...velden(), toestemming: true, ...over }) as NamensInput;

const aantallen = async () => ({
  hulpvragen: await db.hulpvraag.count(),
  namens: await db.hulpNamens.count(),
  audit: await db.auditLog.count({ where: { actie: "hulpvraag.namens_geplaatst" } }),
});

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  wijkA = await createWijk(db, { naam: "Keukentafelwijk" });
  wijkB = await createWijk(db, { naam: "Anderewijk" });
  const mk = async (over: Parameters<typeof createUser>[1], wijken: string[] = []) => actorOf(await createUser(db, over), wijken);
  owA = await mk({ rol: "OPBOUWWERKER", naam: "Olga Opbouw", wijkIds: [wijkA.id] }, [wijkA.id]);
  owB = await mk({ rol: "OPBOUWWERKER", wijkIds: [wijkB.id] }, [wijkB.id]);
  ambtenaar = await mk({ rol: "AMBTENAAR" });
  beheerder = await mk({ rol: "BEHEERDER" });
  inwoner = await mk({ email: INWONER_EMAIL, naam: "" });
  buurman = await mk({ email: "buurman@test.example" });
});
afterAll(async () => {
  actAs(null);
  await sink.close();
});

describe("placing a hulpvraag for a resident", () => {
  it("refuses everyone but staff of that wijk and ambtenaren, in the action and in the data layer, and writes nothing", async () => {
    const voor = await aantallen();
    for (const [wie, actor] of [["signed out", null], ["resident", inwoner], ["beheerder", beheerder], ["opbouwwerker of another wijk", owB]] as const) {
      fromIp(`10.9.0.${wie.length}`);
      actAs(actor);
      const state = await plaatsNamensAction(null, form(velden()));
      expect(state?.ok, wie).toBe(false);
      await expect(plaatsHulpvraagNamens(actor, invoer()), wie).rejects.toMatchObject({ code: actor ? "FORBIDDEN" : "UNAUTHENTICATED" });
    }
    // the opbouwwerker of wijk B cannot place one in wijk A by sending wijk A's id
    actAs(owB);
    const state = await plaatsNamensAction(null, form(velden({ wijkId: wijkA.id })));
    expect(state && !state.ok && state.message).toMatch(/wijk/);
    expect(await aantallen()).toEqual(voor);
  });

  it("without consent nothing is placed: every missing field is named in Dutch and the input is kept", async () => {
    const voor = await aantallen();
    fromIp("10.9.1.1");
    actAs(owA);
    const state = await plaatsNamensAction(null, form(velden({ toestemming: "", toestemmingWijze: "", inwonerNaam: "" })));
    if (!state || state.ok) throw new Error("verwacht een fout");
    expect(state.fieldErrors.toestemming).toEqual(["Zonder toestemming van de inwoner kunt u deze hulpvraag niet plaatsen."]);
    expect(state.fieldErrors.toestemmingWijze).toEqual(["Kies hoe de inwoner toestemming gaf."]);
    expect(state.fieldErrors.inwonerNaam).toEqual(["Vul de naam van de inwoner in."]);
    expect(state.values).toMatchObject({ titel: "Boodschappen op dinsdag", inwonerTelefoon: "0416 123456" });
    // the data layer refuses too, when called without the schema
    await expect(plaatsHulpvraagNamens(owA, invoer({ toestemming: false as unknown as true }))).rejects.toMatchObject({ code: "INVALID" });
    await expect(plaatsHulpvraagNamens(owA, invoer({ toestemmingWijze: "KNIPOOG" as never }))).rejects.toMatchObject({ code: "INVALID" });
    expect(await aantallen()).toEqual(voor);
  });

  it("the opbouwwerker of the wijk places it: a reference number, the consent in the audit trail, a take-over mail, and she acts for the resident", async () => {
    fromIp("10.9.2.1");
    actAs(owA);
    const naar = await expectRedirect(plaatsNamensAction(null, form(velden())));
    const id = naar.match(/^\/beheer\/keukentafel\/([^?]+)\?geplaatst=1$/)?.[1];
    expect(id).toBeTruthy();
    const s = await leesNamensSamenvatting(owA, id!);
    expect(s).toMatchObject({ referentie: expect.stringMatching(/^HLP-\d{4}-\d{4}$/), inwonerNaam: "Mevrouw Jansen", toestemmingWijze: "MONDELING", medewerker: "Olga Opbouw", overgenomenOp: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { actie: "hulpvraag.namens_geplaatst", entiteitId: id } });
    expect(audit.actorId).toBe(owA.id);
    expect(audit.na).toMatchObject({ referentie: s.referentie, toestemming: "MONDELING", toestemmingOp: s.toestemmingOp.toISOString(), overnameLinkGemaild: true });
    // until the take-over the staff member is the requester: it is in her list, she can act on it
    expect((await zoekMijnHulpvragen(owA)).map((h) => h.id)).toContain(id);
    // reviewers see who helped; another wijk's opbouwwerker does not see the summary
    expect((await metHulpVan(owA, [id!])).get(id!)).toBe("Olga Opbouw");
    expect((await metHulpVan(owB, [id!])).size).toBe(0);
    await expect(leesNamensSamenvatting(owB, id!)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(leesNamensSamenvatting(inwoner, id!)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await zoekNamensHulpvragen(ambtenaar)).map((h) => h.hulpvraagId)).toContain(id);
    expect((await zoekNamensHulpvragen(owB)).map((h) => h.hulpvraagId)).not.toContain(id);
    await expect(zoekNamensHulpvragen(inwoner)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // the stored key is a hash: the token from the mail is nowhere in the database
    const mail = await sink.waitFor((m) => m.to.includes(INWONER_EMAIL) && m.subject.includes(s.referentie));
    const token = extractLink(mail.text, "/hulpvraag-overnemen/").split("/").pop()!;
    expect(token.length).toBeGreaterThanOrEqual(43);
    const rij = await db.hulpNamens.findUniqueOrThrow({ where: { hulpvraagId: id } });
    expect(JSON.stringify(rij)).not.toContain(token);
    expect(await leesOvername(token)).toMatchObject({ referentie: s.referentie, email: INWONER_EMAIL, status: "geldig" });
  });

  it("an ambtenaar may place one in any wijk; without an e-mail address there is no link", async () => {
    const r = await plaatsHulpvraagNamens(ambtenaar, invoer({ wijkId: wijkB.id, inwonerEmail: "" }));
    const rij = await db.hulpNamens.findUniqueOrThrow({ where: { hulpvraagId: r.id } });
    expect(rij).toMatchObject({ overnameHash: null, inwonerEmail: null, medewerkerId: ambtenaar.id });
  });
});

describe("taking a hulpvraag over", () => {
  async function plaats(over: Partial<NamensInput> = {}) {
    const titel = `Hulp ${Math.random().toString(36).slice(2, 8)} gezocht`;
    const r = await plaatsHulpvraagNamens(owA, invoer({ titel, ...over }));
    const mail = await sink.waitFor((m) => m.subject.includes(r.referentie));
    return { ...r, token: extractLink(mail.text, "/hulpvraag-overnemen/").split("/").pop()! };
  }

  it("refuses a guessed key, another resident, a staff account and a signed-out visitor; nothing changes", async () => {
    const { id, token } = await plaats();
    await expect(neemHulpvraagOver(inwoner, "A".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(neemHulpvraagOver(buurman, token)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/ander e-mailadres/) });
    await expect(neemHulpvraagOver(owA, token)).rejects.toMatchObject({ code: "FORBIDDEN" });
    fromIp("10.9.3.1");
    actAs(null);
    const state = await neemOverAction(null, form({ token }));
    expect(state && !state.ok && state.message).toMatch(/Log eerst in/);
    const hv = await db.hulpvraag.findUniqueOrThrow({ where: { id }, select: { aanvragerId: true } });
    expect(hv.aanvragerId).toBe(owA.id);
    expect(await db.auditLog.count({ where: { actie: "hulpvraag.overgenomen", entiteitId: id } })).toBe(0);
  });

  it("the resident takes it over once: it is theirs, audited, her details filled in; the staff member can no longer act; the link does not work twice", async () => {
    const { id, token } = await plaats();
    fromIp("10.9.4.1");
    actAs(inwoner);
    expect(await expectRedirect(neemOverAction(null, form({ token })))).toBe(`/mijn/hulpvragen/${id}?overgenomen=1`);
    const hv = await db.hulpvraag.findUniqueOrThrow({ where: { id }, select: { aanvragerId: true, namens: { select: { overgenomenOp: true, overnameHash: true } } } });
    expect(hv.aanvragerId).toBe(inwoner.id);
    expect(hv.namens).toMatchObject({ overgenomenOp: expect.any(Date), overnameHash: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { actie: "hulpvraag.overgenomen", entiteitId: id } });
    expect(audit).toMatchObject({ actorId: inwoner.id, voor: { aanvrager: "medewerker", medewerkerId: owA.id }, na: { aanvrager: "inwoner" } });
    expect(await db.user.findUniqueOrThrow({ where: { id: inwoner.id }, select: { naam: true, telefoon: true } })).toEqual({ naam: "Mevrouw Jansen", telefoon: "0416 123456" });
    // the staff member no longer acts for the resident
    await expect(sluitHulpvraag(owA, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await zoekMijnHulpvragen(owA)).map((h) => h.id)).not.toContain(id);
    // the link is used up
    await expect(neemHulpvraagOver(inwoner, token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await leesOvername(token)).toBeNull();
  });

  it("two take-overs at the same moment: one wins, one audit row", async () => {
    const { id, token } = await plaats();
    const r = await Promise.allSettled([neemHulpvraagOver(inwoner, token), neemHulpvraagOver(inwoner, token)]);
    expect(r.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { actie: "hulpvraag.overgenomen", entiteitId: id } })).toBe(1);
  });

  it("an oversized or garbage key is answered as 'werkt niet', never as an error, and the action refuses it before the database", async () => {
    for (const sleutel of ["", "x".repeat(101), "x".repeat(5000), "../../etc/passwd", "A".repeat(43) + "\u0000"]) {
      expect(await leesOvername(sleutel)).toBeNull();
      expect(await leesInitiatiefOvername(sleutel)).toBeNull();
      await expect(neemHulpvraagOver(inwoner, sleutel)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(neemInitiatiefOver(inwoner, sleutel)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    fromIp("10.9.8.1");
    actAs(inwoner);
    for (const action of [neemOverAction, neemInitiatiefOverAction]) {
      const state = await action(null, form({ token: "x".repeat(5000) }));
      expect(state?.ok).toBe(false);
    }
    actAs(null);
  });

  it("an expired link is refused with a Dutch message", async () => {
    const { id, token } = await plaats();
    await db.hulpNamens.update({ where: { hulpvraagId: id }, data: { overnameVerlooptOp: new Date(Date.now() - 1000) } });
    expect(await leesOvername(token)).toMatchObject({ status: "verlopen" });
    await expect(neemHulpvraagOver(inwoner, token)).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/verlopen/) });
  });
});

describe("an initiative at the kitchen table", () => {
  const startVelden = (over: Record<string, string> = {}) => ({
    wijkId: wijkA.id,
    inwonerNaam: "Meneer de Bruijn",
    inwonerEmail: "meneer.debruijn@test.example",
    inwonerTelefoon: "0416 654321",
    toestemmingWijze: "SCHRIFTELIJK",
    toestemming: "on",
    ...over,
  });
  const startInvoer = (over: Partial<InitiatiefNamensInput> = {}) => ({ ...startVelden(), toestemming: true, ...over }) as InitiatiefNamensInput;
  const aantal = async () => ({ initiatieven: await db.initiatief.count(), namens: await db.initiatiefNamens.count(), audit: await db.auditLog.count({ where: { actie: "initiatief.namens_gestart" } }) });

  /** The rest of the usual form, written directly (the form itself is tested in initiatief.test.ts). */
  async function vulIn(id: string) {
    await db.initiatief.update({
      where: { id },
      data: {
        titel: `Bankje bij de bushalte ${Math.random().toString(36).slice(2, 7)}`,
        ikWil: "Een bankje bij de bushalte, zodat ouderen kunnen zitten.",
        ikKan: "Ik vraag de buren mee te helpen.",
        voorWie: "Ouderen in de straat",
        doelen: ["ONTMOETING"],
        meedoen: "Iedereen mag meedenken.",
      },
    });
  }

  it("only staff of that wijk (an ambtenaar anywhere), only with consent: refusals write nothing", async () => {
    const voor = await aantal();
    for (const [wie, actor] of [["signed out", null], ["resident", inwoner], ["beheerder", beheerder], ["opbouwwerker of another wijk", owB]] as const) {
      fromIp(`10.9.5.${wie.length}`);
      actAs(actor);
      expect((await startInitiatiefNamensAction(null, form(startVelden())))?.ok, wie).toBe(false);
      await expect(startInitiatiefNamens(actor, startInvoer()), wie).rejects.toMatchObject({ code: actor ? "FORBIDDEN" : "UNAUTHENTICATED" });
    }
    fromIp("10.9.5.99");
    actAs(owA);
    const state = await startInitiatiefNamensAction(null, form(startVelden({ toestemming: "", inwonerNaam: "" })));
    if (!state || state.ok) throw new Error("verwacht een fout");
    expect(state.fieldErrors.toestemming).toEqual(["Zonder toestemming van de inwoner kunt u dit initiatief niet invullen."]);
    expect(state.fieldErrors.inwonerNaam).toEqual(["Vul de naam van de inwoner in."]);
    expect(state.values).toMatchObject({ inwonerTelefoon: "0416 654321", toestemmingWijze: "SCHRIFTELIJK" });
    await expect(startInitiatiefNamens(owA, startInvoer({ toestemming: false as unknown as true }))).rejects.toMatchObject({ code: "INVALID" });
    actAs(null);
    expect(await aantal()).toEqual(voor);
  });

  it("the opbouwwerker starts it (consent audited), fills in the form and submits: the resident gets the number and a take-over link; reviewers see who helped", async () => {
    fromIp("10.9.6.1");
    actAs(owA);
    expect(await expectRedirect(startInitiatiefNamensAction(null, form(startVelden())))).toBe("/initiatief/nieuw/idee");
    actAs(null);
    const rij = await db.initiatiefNamens.findFirstOrThrow({ where: { medewerkerId: owA.id, inwonerNaam: "Meneer de Bruijn" }, orderBy: { createdAt: "desc" }, include: { initiatief: true } });
    // a draft of the staff member, with the resident as contact
    expect(rij.initiatief).toMatchObject({ status: "CONCEPT", indienerId: owA.id, wijkId: wijkA.id, contactNaam: "Meneer de Bruijn", contactEmail: "meneer.debruijn@test.example" });
    expect(rij).toMatchObject({ toestemmingWijze: "SCHRIFTELIJK", overnameHash: null });
    const audit = await db.auditLog.findFirstOrThrow({ where: { actie: "initiatief.namens_gestart", entiteitId: rij.initiatiefId } });
    expect(audit).toMatchObject({ actorId: owA.id, na: { toestemming: "SCHRIFTELIJK", toestemmingOp: rij.toestemmingOp.toISOString(), inwonerHeeftEmail: true } });

    // submitting through the usual action: the staff member lands on the letter, the resident gets the link
    await vulIn(rij.initiatiefId);
    sink.messages.length = 0;
    fromIp("10.9.6.2");
    actAs(owA);
    expect(await expectRedirect(dienConceptInAction(null, form({ sleutel: rij.initiatief.conceptSleutel! })))).toBe(`/beheer/keukentafel/initiatief/${rij.initiatiefId}?ingediend=1`);
    actAs(null);
    const s = await leesInitiatiefNamensSamenvatting(owA, rij.initiatiefId);
    expect(s).toMatchObject({ referentie: expect.stringMatching(/^INI-\d{4}-\d{4}$/), status: "INGEDIEND", inwonerNaam: "Meneer de Bruijn", medewerker: "Olga Opbouw" });
    const mails = sink.messages.filter((m) => m.to.includes("meneer.debruijn@test.example"));
    expect(mails).toHaveLength(1); // the take-over mail, not also the usual confirmation
    expect(mails[0].subject).toContain(s.referentie!);
    const token = extractLink(mails[0].text, "/initiatief-overnemen/").split("/").pop()!;
    expect(JSON.stringify(await db.initiatiefNamens.findUniqueOrThrow({ where: { initiatiefId: rij.initiatiefId } }))).not.toContain(token);
    expect(await leesInitiatiefOvername(token)).toMatchObject({ referentie: s.referentie, status: "geldig" });

    // who may see it: staff of the wijk and ambtenaren; not another wijk, not a resident
    await expect(leesInitiatiefNamensSamenvatting(owB, rij.initiatiefId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(leesInitiatiefNamensSamenvatting(inwoner, rij.initiatiefId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await zoekNamensInitiatieven(ambtenaar)).map((i) => i.initiatiefId)).toContain(rij.initiatiefId);
    expect((await zoekNamensInitiatieven(owB)).map((i) => i.initiatiefId)).not.toContain(rij.initiatiefId);
    await expect(zoekNamensInitiatieven(inwoner)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // the reviewer sees "Ingediend met hulp van"
    expect((await leesBeoordeling(ambtenaar, rij.initiatiefId)).metHulpVan).toBe("Olga Opbouw");
    // no take-over mail for an initiative that was not started at the kitchen table, or for someone else
    expect(await naIndienenNamens(owB, rij.initiatiefId)).toBeNull();
  });

  it("an ambtenaar who filled it in cannot review it, also after the resident took it over", async () => {
    const { id, sleutel } = await startInitiatiefNamens(ambtenaar, startInvoer({ inwonerEmail: "mevrouw.smits@test.example" }));
    await vulIn(id);
    await dienConceptIn(ambtenaar, sleutel);
    sink.messages.length = 0;
    await naIndienenNamens(ambtenaar, id);
    const mail = await sink.waitFor((m) => m.to.includes("mevrouw.smits@test.example"));
    const token = extractLink(mail.text, "/initiatief-overnemen/").split("/").pop()!;
    expect((await leesBeoordeling(ambtenaar, id)).zelfIngediend).toBe(true);
    const smits = actorOf(await createUser(db, { email: "mevrouw.smits@test.example" }));
    await neemInitiatiefOver(smits, token);
    expect((await leesBeoordeling(ambtenaar, id)).zelfIngediend).toBe(true);
    const { versie } = await db.initiatief.findUniqueOrThrow({ where: { id } });
    await expect(neemInBehandeling(ambtenaar, { initiatiefId: id, versie })).rejects.toMatchObject({ code: "FORBIDDEN" });
    // a colleague can
    const collega = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
    await neemInBehandeling(collega, { initiatiefId: id, versie });
  });

  it("taking it over: a guessed key, another resident and staff are refused; the resident takes it over once, audited, and the staff member no longer has it", async () => {
    const { id, sleutel } = await startInitiatiefNamens(owA, startInvoer());
    await vulIn(id);
    await dienConceptIn(owA, sleutel);
    sink.messages.length = 0;
    await naIndienenNamens(owA, id);
    const mail = await sink.waitFor((m) => m.to.includes("meneer.debruijn@test.example"));
    const token = extractLink(mail.text, "/initiatief-overnemen/").split("/").pop()!;
    const meneer = actorOf(await createUser(db, { email: "meneer.debruijn@test.example" }));

    await expect(neemInitiatiefOver(meneer, "A".repeat(43))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(neemInitiatiefOver(buurman, token)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/ander e-mailadres/) });
    await expect(neemInitiatiefOver(owA, token)).rejects.toMatchObject({ code: "FORBIDDEN" });
    fromIp("10.9.7.1");
    actAs(null);
    expect((await neemInitiatiefOverAction(null, form({ token })))?.ok).toBe(false);
    expect((await db.initiatief.findUniqueOrThrow({ where: { id } })).indienerId).toBe(owA.id);

    // two at the same moment: one wins
    actAs(meneer);
    const r = await Promise.allSettled([expectRedirect(neemInitiatiefOverAction(null, form({ token }))), neemInitiatiefOver(meneer, token)]);
    actAs(null);
    expect(r.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    expect((await db.initiatief.findUniqueOrThrow({ where: { id } })).indienerId).toBe(meneer.id);
    expect(await db.auditLog.count({ where: { actie: "initiatief.overgenomen", entiteitId: id } })).toBe(1);
    expect((await zoekMijnInitiatieven(meneer)).map((i) => i.id)).toContain(id);
    expect((await zoekMijnInitiatieven(owA)).map((i) => i.id)).not.toContain(id);
    expect(await leesInitiatiefOvername(token)).toBeNull();
    // no second mail for a taken-over initiative
    expect(await naIndienenNamens(owA, id)).toBeNull();

    // the resident deletes the account: the details kept beside the initiative go too
    await verwijderMijnAccount(meneer);
    expect(await db.initiatiefNamens.findUniqueOrThrow({ where: { initiatiefId: id } })).toMatchObject({ inwonerNaam: "", inwonerEmail: null, inwonerTelefoon: null });
  });
});
