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
import { leesNamensSamenvatting, leesOvername, metHulpVan, neemHulpvraagOver, plaatsHulpvraagNamens, zoekNamensHulpvragen } from "../../lib/data/keukentafel.ts";
import { sluitHulpvraag, zoekMijnHulpvragen } from "../../lib/data/hulpvragen.ts";
import { neemOverAction, plaatsNamensAction } from "../../app/beheer/keukentafel/actions.ts";
import type { NamensInput } from "../../lib/validation/keukentafel.ts";

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

  it("an expired link is refused with a Dutch message", async () => {
    const { id, token } = await plaats();
    await db.hulpNamens.update({ where: { hulpvraagId: id }, data: { overnameVerlooptOp: new Date(Date.now() - 1000) } });
    expect(await leesOvername(token)).toMatchObject({ status: "verlopen" });
    await expect(neemHulpvraagOver(inwoner, token)).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/verlopen/) });
  });
});
