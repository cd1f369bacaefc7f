/**
 * Residents' suggestions and their moderation: nothing public before approval, permissions
 * (resident / anonymous / opbouwwerker of another wijk refused), honeypot, rate limit, audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { startLocatieserverFake, type LocatieserverFake } from "../support/locatieserver-fake";
import { db } from "@/lib/db";
import { zoekKaart } from "@/lib/data/kaart/zoeken";
import { beslisSuggestie, leesSuggestie, stelPlekVoor, zoekSuggesties } from "@/lib/data/suggesties";
import { stelPlekVoorAction } from "@/app/kaart/voorstellen/actions";
import { beslisSuggestieAction } from "@/app/beheer/suggesties/actions";
import { actAs, expectRedirect, form, fromIp } from "../support/actors";
import { GET as kaartApi } from "@/app/api/kaart/route";
import { actorOf, createPlek, createUser, createWijk, ensureCategorieen, uniq } from "../factories";
import type { Actor } from "@/lib/auth/permissions";
import type { SuggestieInvoer } from "@/lib/validation/kaart";

let eigen: { id: string; slug: string };
let ander: { id: string; slug: string };
let opbouwEigen: Actor;
let opbouwAnder: Actor;
let beheerder: Actor;
let inwoner: Actor;
let ambtenaar: Actor;

const invoer = (over: Partial<SuggestieInvoer> = {}): SuggestieInvoer => ({
  plek: undefined, adres: undefined, telefoon: undefined, website: undefined, plekEmail: undefined, toelichting: undefined, email: undefined,
  // Letters only: the test searches for this name, and PostgreSQL's parser reads "-27-7574n" in a
  // uniq() id as the number "-7574" and the word "n", so a search for "7574n" could not match.
  naam: `Buurtbieb ${uniq("n").replace(/[^a-z]/g, "")}`,
  categorie: "koffiecorner",
  wijk: eigen.slug,
  beschrijving: "Een kast met boeken om te ruilen, met koffie erbij.",
  ligging: "BINNEN",
  rolstoeltoegankelijk: true,
  postcode: "5151AB",
  ...over,
});

const goedkeuren = (g: SuggestieInvoer & { lat: number; lng: number }) => ({ besluit: "goedkeuren" as const, gegevens: { ...g } });

// Postcodes are looked up through the PDOK Locatieserver: here its local fake (real response format).
let fake: LocatieserverFake;
afterAll(async () => {
  await fake.close();
});

beforeAll(async () => {
  fake = await startLocatieserverFake();
  process.env.LOCATIESERVER_URL = fake.url;
  resetEnvForTests();
  await ensureCategorieen(db);
  eigen = await createWijk(db, { naam: `Eigenwijk ${uniq("e")}`, lat: 51.69, lng: 5.13 });
  ander = await createWijk(db, { naam: `Anderwijk ${uniq("a")}`, lat: 51.72, lng: 5.2 });
  opbouwEigen = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [eigen.id] }), [eigen.id]);
  opbouwAnder = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [ander.id] }), [ander.id]);
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
  ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
});

describe("a new place", () => {
  it("is not public before approval, and is after an opbouwwerker of that wijk approves it", async () => {
    const data = invoer();
    const { id } = await stelPlekVoor(null, data);
    // the first position for the moderator comes from the postcode (Locatieserver fake: 5151AB in Drunen)
    expect((await leesSuggestie(beheerder, id)).gegevens).toMatchObject({ lat: 51.6871, lng: 5.1322 });
    expect((await zoekKaart({ q: data.naam, pagina: 1 })).totaal).toBe(0);
    expect(await db.plek.count({ where: { naam: data.naam } })).toBe(0);

    // resident, anonymous, ambtenaar and an opbouwwerker of another wijk are refused
    await expect(beslisSuggestie(inwoner, id, goedkeuren({ ...data, lat: 51.69, lng: 5.13 }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(beslisSuggestie(null, id, goedkeuren({ ...data, lat: 51.69, lng: 5.13 }))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(beslisSuggestie(ambtenaar, id, goedkeuren({ ...data, lat: 51.69, lng: 5.13 }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(beslisSuggestie(opbouwAnder, id, goedkeuren({ ...data, lat: 51.69, lng: 5.13 }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(leesSuggestie(opbouwAnder, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await zoekKaart({ q: data.naam, pagina: 1 })).totaal).toBe(0);

    const r = await beslisSuggestie(opbouwEigen, id, goedkeuren({ ...data, naam: `${data.naam} (verbeterd)`, lat: 51.6871, lng: 5.1322 }));
    const lijst = await zoekKaart({ q: data.naam, pagina: 1 });
    expect(lijst.items.map((i) => i.naam)).toEqual([`${data.naam} (verbeterd)`]);
    expect(lijst.items[0].href).toBe(`/kaart/plek/${r.plekSlug}`);
    const plek = await db.plek.findUniqueOrThrow({ where: { slug: r.plekSlug! } });
    expect(plek).toMatchObject({ wijkId: eigen.id, lat: 51.6871, status: "GEPUBLICEERD", rolstoeltoegankelijk: true, postcode: "5151 AB", plaats: "Drunen" });
    const audit = await db.auditLog.findMany({ where: { entiteitId: { in: [id, plek.id] } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.actie)).toEqual(expect.arrayContaining(["plek.voorgesteld", "plek.aangemaakt", "suggestie.goedgekeurd"]));
    expect(audit.find((a) => a.actie === "suggestie.goedgekeurd")?.actorId).toBe(opbouwEigen.id);

    // handled once only
    await expect(beslisSuggestie(beheerder, id, { besluit: "afwijzen", reden: "dubbel" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("an opbouwwerker may not move a place into a wijk outside their own", async () => {
    const data = invoer();
    const { id } = await stelPlekVoor(null, data);
    await expect(beslisSuggestie(opbouwEigen, id, goedkeuren({ ...data, wijk: ander.slug, lat: 51.7, lng: 5.2 }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.plekSuggestie.findUniqueOrThrow({ where: { id } })).status).toBe("NIEUW");
    // a beheerder may do it anywhere
    const r = await beslisSuggestie(beheerder, id, goedkeuren({ ...data, wijk: ander.slug, lat: 51.7, lng: 5.2 }));
    expect((await db.plek.findUniqueOrThrow({ where: { slug: r.plekSlug! } })).wijkId).toBe(ander.id);
  });

  it("a rejected suggestion never appears and keeps the reason", async () => {
    const data = invoer();
    const { id } = await stelPlekVoor(null, data);
    await beslisSuggestie(opbouwEigen, id, { besluit: "afwijzen", reden: "Dit is een commerciële winkel." });
    expect((await zoekKaart({ q: data.naam, pagina: 1 })).totaal).toBe(0);
    expect(await db.plekSuggestie.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "AFGEWEZEN", reden: "Dit is een commerciële winkel.", behandeldDoor: opbouwEigen.id });
  });
});

describe("the map endpoint", () => {
  it("serves a cached answer and shows an approved place at once (the cache is cleared)", async () => {
    const data = invoer({ naam: `Ontmoetingskast ${uniq("k").replace(/[^a-z]/g, "")}` });
    const { id } = await stelPlekVoor(null, data);
    const url = `http://localhost/api/kaart?q=${encodeURIComponent(data.naam)}`;
    const voor = (await (await kaartApi(new Request(url))).json()) as { punten: unknown[] };
    expect(voor.punten).toEqual([]);
    await beslisSuggestie(opbouwEigen, id, goedkeuren({ ...data, lat: 51.69, lng: 5.13 }));
    const na = (await (await kaartApi(new Request(url))).json()) as { punten: unknown[][] };
    expect(na.punten.map((p) => p[3])).toEqual([data.naam]);

    // a second identical request within the TTL is the same answer, also for a place created directly
    const cat = await db.categorie.findUniqueOrThrow({ where: { slug: "park" } });
    await createPlek(db, { wijkId: eigen.id, categorieId: cat.id, naam: data.naam.replace("Ontmoetingskast", "Ontmoetingskast park") });
    const gecached = (await (await kaartApi(new Request(url))).json()) as { punten: unknown[][] };
    expect(gecached.punten.map((p) => p[3])).toEqual([data.naam]);
  });
});

describe("a correction", () => {
  it("changes the existing place only after approval", async () => {
    const cat = await db.categorie.findUniqueOrThrow({ where: { slug: "buurthuis" } });
    const plek = await createPlek(db, { wijkId: eigen.id, categorieId: cat.id, naam: `Dorpshuis ${uniq("d")}`, telefoon: "0416 111111" });
    const { id } = await stelPlekVoor(null, invoer({ plek: plek.slug, naam: plek.naam, categorie: "buurthuis", telefoon: "0416 222222", postcode: undefined }));
    const s = await db.plekSuggestie.findUniqueOrThrow({ where: { id } });
    expect(s).toMatchObject({ plekId: plek.id, wijkId: eigen.id });
    expect((await db.plek.findUniqueOrThrow({ where: { id: plek.id } })).telefoon).toBe("0416 111111");
    const detail = await leesSuggestie(opbouwEigen, id);
    expect(detail.huidig?.telefoon).toBe("0416 111111");
    expect(detail.gegevens.telefoon).toBe("0416 222222");
    expect(detail.gegevens.lat).toBe(plek.lat);
    await beslisSuggestie(opbouwEigen, id, goedkeuren({ ...detail.gegevens, lat: plek.lat, lng: plek.lng } as never));
    expect((await db.plek.findUniqueOrThrow({ where: { id: plek.id } })).telefoon).toBe("0416 222222");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entiteitId: plek.id, actie: "plek.gecorrigeerd" } });
    expect((audit.voor as { telefoon: string }).telefoon).toBe("0416 111111");
  });
});

describe("moderation queue scope", () => {
  it("opbouwwerkers see their own wijken, beheerders all, others nothing", async () => {
    const inEigen = await stelPlekVoor(null, invoer());
    const inAnder = await stelPlekVoor(null, invoer({ wijk: ander.slug }));
    const eigenIds = (await zoekSuggesties(opbouwEigen)).map((s) => s.id);
    expect(eigenIds).toContain(inEigen.id);
    expect(eigenIds).not.toContain(inAnder.id);
    const alle = (await zoekSuggesties(beheerder)).map((s) => s.id);
    expect(alle).toEqual(expect.arrayContaining([inEigen.id, inAnder.id]));
    await expect(zoekSuggesties(inwoner)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zoekSuggesties(ambtenaar)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zoekSuggesties(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("server actions", () => {
  const velden = (naam: string) => ({ naam, categorie: "park", wijk: eigen.slug, beschrijving: "Een groene plek met bankjes en een pluktuin.", ligging: "BUITEN" });

  it("a resident suggests a place without an account; all errors come back with the values", async () => {
    actAs(null);
    fromIp(`10.0.0.${Math.floor(Math.random() * 200)}`);
    const fout = await stelPlekVoorAction(null, form({ naam: "", beschrijving: "kort", postcode: "12", email: "geen-adres" }));
    expect(fout?.ok).toBe(false);
    if (fout && !fout.ok) {
      expect(Object.keys(fout.fieldErrors).sort()).toEqual(["beschrijving", "categorie", "email", "ligging", "naam", "postcode", "wijk"]);
      expect(fout.values.beschrijving).toBe("kort");
    }
    const naam = `Pluktuin ${uniq("p")}`;
    expect(await expectRedirect(stelPlekVoorAction(null, form(velden(naam))))).toBe("/kaart/voorstellen/bedankt");
    const s = await db.plekSuggestie.findFirstOrThrow({ where: { gegevens: { path: ["naam"], equals: naam } } });
    expect(s.status).toBe("NIEUW");
  });

  it("the honeypot silently drops spam", async () => {
    fromIp("10.1.1.1");
    const naam = `Spam ${uniq("s")}`;
    expect(await expectRedirect(stelPlekVoorAction(null, form({ ...velden(naam), homepage: "http://spam.example" })))).toBe("/kaart/voorstellen/bedankt");
    expect(await db.plekSuggestie.count({ where: { gegevens: { path: ["naam"], equals: naam } } })).toBe(0);
  });

  it("is rate limited per address", async () => {
    fromIp("10.9.9.9");
    for (let i = 0; i < 5; i++) await expectRedirect(stelPlekVoorAction(null, form(velden(`Veel ${uniq("v")}`))));
    const r = await stelPlekVoorAction(null, form(velden(`Te veel ${uniq("v")}`)));
    expect(r?.ok).toBe(false);
    expect(r && !r.ok && r.message).toMatch(/te vaak/);
  });

  it("the moderation action refuses a resident and an opbouwwerker of another wijk, and accepts the own opbouwwerker", async () => {
    const data = invoer();
    const { id } = await stelPlekVoor(null, data);
    const post = { id, besluit: "goedkeuren", naam: data.naam, categorie: data.categorie, wijk: eigen.slug, beschrijving: data.beschrijving, ligging: "BINNEN", lat: "51,6875", lng: "5,1311" };
    actAs(inwoner);
    const a = await beslisSuggestieAction(null, form(post));
    expect(a && !a.ok && a.message).toMatch(/geen toestemming/);
    actAs(opbouwAnder);
    const b = await beslisSuggestieAction(null, form(post));
    expect(b && !b.ok && b.message).toMatch(/alleen doen in de wijken/);
    actAs(opbouwEigen);
    const leeg = await beslisSuggestieAction(null, form({ ...post, besluit: "afwijzen", reden: "" }));
    expect(leeg && !leeg.ok && Object.keys(leeg.fieldErrors)).toEqual(["reden"]);
    const target = await expectRedirect(beslisSuggestieAction(null, form(post)));
    expect(target).toMatch(/^\/beheer\/suggesties\?klaar=goedgekeurd&plek=/);
    expect((await zoekKaart({ q: data.naam, pagina: 1 })).items[0]?.naam).toBe(data.naam);
    const plek = await db.plek.findFirstOrThrow({ where: { naam: data.naam } });
    expect(plek.lat).toBeCloseTo(51.6875, 6);
    actAs(null);
  });
});
