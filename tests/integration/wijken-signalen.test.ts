import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import { seedReference } from "../../prisma/seed-lib.ts";
import { actorOf, createUser } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";
import { bewaarActie, bewaarThema } from "../../lib/data/agenda.ts";
import { behandelSignaal, zoekSignalen } from "../../lib/data/signalen.ts";
import { zoekVerhalenBeheer, modereerVerhaal } from "../../lib/data/verhalen.ts";
import { leesWijkPagina, zoekBeheerWijken } from "../../lib/data/wijken.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let wijk: { id: string; slug: string; naam: string };
let ander: { id: string; slug: string };
let ow: Actor;
let owAnder: Actor;
let inwoner: Actor;
let themaId: string;
let actieId: string;

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  await seedReference(db);
  wijk = await db.wijk.findUniqueOrThrow({ where: { slug: "vijfhoeven" } });
  ander = await db.wijk.findUniqueOrThrow({ where: { slug: "doeveren" } });
  ow = actorOf(await createUser(db, { rol: "OPBOUWWERKER", naam: "Omar de Wit", wijkIds: [wijk.id] }), [wijk.id]);
  owAnder = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [ander.id] }), [ander.id]);
  inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
  themaId = await bewaarThema(ow, wijk.slug, { titel: "Ontmoeting voor ouderen", beschrijving: "Veel ouderen wonen alleen.", perspectiefInwoners: "", perspectiefProfessionals: "", cijfers: [] });
  actieId = await bewaarActie(ow, wijk.slug, { themaId, wat: "Wandelgroep", wie: "Buren", status: "IDEE", wanneer: "" });
});
afterAll(async () => {
  await sink.close();
});

async function sendSignaalAs(values: Record<string, string>, ip = "10.0.0.1") {
  const { maakSignaalAction } = await import("../../app/wijken/actions.ts");
  actAs(null);
  fromIp(ip);
  return maakSignaalAction(null, form(values));
}

describe("signals from residents", () => {
  it("anyone sends a signal without an account, anonymously or with an e-mail", async () => {
    expect(await expectRedirect(sendSignaalAs({ wijk: wijk.slug, soort: "ZORG", tekst: "Er is geen bankje bij de bushalte." }))).toBe(`/wijken/${wijk.slug}?verstuurd=signaal#bedankt`);
    await expectRedirect(sendSignaalAs({ wijk: wijk.slug, soort: "IDEE", tekst: "Een ruilkast bij het wijkcentrum!", email: "Bewoner@Test.example" }));
    const rows = await db.signaal.findMany({ where: { wijkId: wijk.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.soort, r.email, r.status])).toEqual([
      ["ZORG", null, "NIEUW"],
      ["IDEE", "bewoner@test.example", "NIEUW"],
    ]);
  });

  it("an invalid signal returns every field error and keeps the text", async () => {
    const state = await sendSignaalAs({ wijk: wijk.slug, soort: "", tekst: "kort", email: "geen-adres" });
    expect(state?.ok).toBe(false);
    expect(state && !state.ok && Object.keys(state.fieldErrors).sort()).toEqual(["email", "soort", "tekst"]);
    expect(state?.values?.tekst).toBe("kort");
  });

  it("the honeypot keeps robots out without telling them", async () => {
    const voor = await db.signaal.count();
    expect(await expectRedirect(sendSignaalAs({ wijk: wijk.slug, soort: "IDEE", tekst: "Koop goedkope horloges hier", website: "http://spam.example" }))).toContain("verstuurd=signaal");
    expect(await db.signaal.count()).toBe(voor);
  });

  it("is rate limited per address", async () => {
    const ip = "10.9.9.9";
    for (let i = 0; i < 5; i++) await expectRedirect(sendSignaalAs({ wijk: wijk.slug, soort: "WENS", tekst: `Wens nummer ${i} voor de wijk` }, ip));
    const state = await sendSignaalAs({ wijk: wijk.slug, soort: "WENS", tekst: "Nog een wens voor de wijk" }, ip);
    expect(state && !state.ok && state.message).toMatch(/te vaak/);
  });

  it("only opbouwwerkers of the wijk (and beheerders) see signals; e-mail addresses are not exposed", async () => {
    const { signalen, opties } = await zoekSignalen(ow, wijk.slug);
    expect(signalen.length).toBeGreaterThanOrEqual(2);
    expect(signalen.every((s) => s.email === undefined)).toBe(true);
    expect(opties.map((o) => o.value)).toEqual([themaId, actieId]);
    for (const [who, code] of [[owAnder, "FORBIDDEN"], [inwoner, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(zoekSignalen(who, wijk.slug)).rejects.toMatchObject({ code });
    }
  });

  it("the opbouwwerker links a signal to a theme; handling it mails the resident what was done", async () => {
    const s = await db.signaal.findFirstOrThrow({ where: { wijkId: wijk.id, email: "bewoner@test.example" } });
    await behandelSignaal(ow, wijk.slug, { signaalId: s.id, koppeling: themaId, reactie: "", afronden: false });
    expect(await db.signaal.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ status: "GEKOPPELD", themaId });
    expect(sink.messages.filter((m) => m.to.includes("bewoner@test.example"))).toHaveLength(0);

    const { behandelSignaalAction } = await import("../../app/beheer/wijken/actions.ts");
    actAs(ow);
    const bad = await behandelSignaalAction(null, form({ wijk: wijk.slug, signaalId: s.id, afronden: true }));
    expect(bad && !bad.ok && Object.keys(bad.fieldErrors)).toEqual(["reactie"]);
    const to = await expectRedirect(behandelSignaalAction(null, form({ wijk: wijk.slug, signaalId: s.id, koppeling: actieId, reactie: "We starten in april een ruilkast.", afronden: true })));
    expect(to).toContain("klaar=gemaild");
    const mail = await sink.waitFor((m) => m.to.includes("bewoner@test.example"));
    expect(mail.subject).toBe("Reactie op uw idee voor Vijfhoeven");
    expect(mail.text).toContain("We starten in april een ruilkast.");
    expect(mail.text).toContain("Actie: Wandelgroep");
    expect(mail.text).toContain(`/wijken/${wijk.slug}`);
    expect(await db.auditLog.count({ where: { entiteit: "Signaal", entiteitId: s.id } })).toBe(2);
  });

  it("another wijk's opbouwwerker, an inwoner or anonymous cannot handle a signal, also not through the action", async () => {
    const s = await db.signaal.findFirstOrThrow({ where: { wijkId: wijk.id, status: "NIEUW" } });
    const { behandelSignaalAction } = await import("../../app/beheer/wijken/actions.ts");
    for (const who of [owAnder, inwoner, null]) {
      await expect(behandelSignaal(who, wijk.slug, { signaalId: s.id, koppeling: themaId, reactie: "", afronden: false })).rejects.toMatchObject({ code: who ? "FORBIDDEN" : "UNAUTHENTICATED" });
      actAs(who);
      expect((await behandelSignaalAction(null, form({ wijk: wijk.slug, signaalId: s.id, koppeling: themaId })))?.ok).toBe(false);
      // pretending the signal is in their own wijk does not work either
      actAs(owAnder);
      expect((await behandelSignaalAction(null, form({ wijk: ander.slug, signaalId: s.id, reactie: "weg", afronden: true })))?.ok).toBe(false);
    }
    expect(await db.signaal.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ status: "NIEUW", themaId: null });
  });
});

describe("stories ('vertellen')", () => {
  it("a resident submits a story with consent and a chosen name; it is public only after moderation", async () => {
    const { maakVerhaalAction } = await import("../../app/wijken/actions.ts");
    actAs(null);
    fromIp("10.1.1.1");
    const zonder = await maakVerhaalAction(null, form({ wijk: wijk.slug, titel: "Mijn buurt", tekst: "Kort", auteurNaam: "" }));
    expect(zonder && !zonder.ok && Object.keys(zonder.fieldErrors).sort()).toEqual(["auteurNaam", "tekst", "toestemming"]);
    await expectRedirect(maakVerhaalAction(null, form({ wijk: wijk.slug, titel: "De wandelgroep", tekst: "Sinds ik meeloop met de wandelgroep ken ik veel meer buren.", auteurNaam: "Mevrouw J.", toestemming: true })));
    const v = await db.verhaal.findFirstOrThrow({ where: { wijkId: wijk.id, titel: "De wandelgroep" } });
    expect(v).toMatchObject({ status: "INGEDIEND", toestemming: true, auteurNaam: "Mevrouw J." });
    expect((await leesWijkPagina(wijk.slug))!.verhalen).toHaveLength(0);

    for (const who of [owAnder, inwoner, null]) {
      await expect(modereerVerhaal(who, wijk.slug, v.id, "GEPUBLICEERD")).rejects.toMatchObject({ code: who ? "FORBIDDEN" : "UNAUTHENTICATED" });
      await expect(zoekVerhalenBeheer(who, wijk.slug)).rejects.toBeTruthy();
    }
    const { modereerVerhaalAction } = await import("../../app/beheer/wijken/actions.ts");
    actAs(owAnder);
    expect((await modereerVerhaalAction(null, form({ wijk: wijk.slug, verhaalId: v.id, besluit: "GEPUBLICEERD" })))?.ok).toBe(false);
    expect((await leesWijkPagina(wijk.slug))!.verhalen).toHaveLength(0);
    actAs(ow);
    await expectRedirect(modereerVerhaalAction(null, form({ wijk: wijk.slug, verhaalId: v.id, besluit: "GEPUBLICEERD" })));
    const pagina = await leesWijkPagina(wijk.slug);
    expect(pagina!.verhalen.map((x) => [x.titel, x.auteurNaam])).toEqual([["De wandelgroep", "Mevrouw J."]]);
    expect(await db.auditLog.count({ where: { entiteit: "Verhaal", entiteitId: v.id } })).toBe(1);
  });

  it("a story can be about a place of the wijk, not about a place elsewhere", async () => {
    const { maakVerhaalAction } = await import("../../app/wijken/actions.ts");
    const cat = await db.categorie.findFirstOrThrow();
    const plek = await db.plek.create({ data: { naam: "Wijkcentrum De Vijfhoek", slug: "wijkcentrum-de-vijfhoek-test", categorieId: cat.id, lat: 51.69, lng: 5.22, wijkId: wijk.id } });
    const elders = await db.plek.create({ data: { naam: "Dorpshuis Doeveren", slug: "dorpshuis-doeveren-test", categorieId: cat.id, lat: 51.7, lng: 5.1, wijkId: ander.id } });
    actAs(null);
    fromIp("10.1.1.2");
    const base = { wijk: wijk.slug, titel: "Koffie", tekst: "Elke week drink ik hier koffie met mijn buurvrouw.", auteurNaam: "Piet", toestemming: true };
    const fout = await maakVerhaalAction(null, form({ ...base, over: `plek:${elders.id}` }));
    expect(fout && !fout.ok && fout.message).toMatch(/hoort niet bij deze wijk/);
    await expectRedirect(maakVerhaalAction(null, form({ ...base, over: `plek:${plek.id}` })));
    expect(await db.verhaal.findFirst({ where: { plekId: plek.id } })).toBeTruthy();
  });
});

describe("/beheer/wijken overview", () => {
  it("an opbouwwerker sees only their own wijken with what waits; an inwoner is refused", async () => {
    const list = await zoekBeheerWijken(ow);
    expect(list.map((w) => w.slug)).toEqual([wijk.slug]);
    expect(list[0].nieuweSignalen).toBeGreaterThan(0);
    expect(list[0].teModereren).toBe(1);
    await expect(zoekBeheerWijken(inwoner)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
    expect((await zoekBeheerWijken(beheerder)).length).toBe(19);
  });
});
