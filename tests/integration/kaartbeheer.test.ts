/**
 * /beheer/kaart: permissions for every kaart action per role (called directly: data layer and server
 * actions), the audit trail and KaartWijziging, schedules of recurring activities (daylight saving,
 * cancelled and moved dates) in the public pages and the iCal feed, and archiving: gone from every
 * public list, export and feed, with a 410 page that points to similar places nearby.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bewaarActiviteit, bewaarPlek, kaartWijzigingen, leesActiviteitBeheer, leesPlekBeheer, zetKaartArchief, zoekKaartBeheer, kaartBeheerKeuzes } from "@/lib/data/kaart/beheer";
import { leesActiviteit, leesPlek } from "@/lib/data/kaart/detail";
import { zoekKaart } from "@/lib/data/kaart/zoeken";
import { zoekKaartPunten } from "@/lib/data/kaart/kaartdata";
import { activiteitenFeedVoorPlek, activiteitenFeedVoorWijk, openKaartGegevens } from "@/lib/data/open-data";
import { isVerdwenen, leesVerdwenen } from "@/lib/data/kaart/verdwenen";
import { volgendeKerenVan } from "@/lib/data/kaart/rooster";
import { maakAgenda } from "@/lib/open-data/ical";
import { activiteitSchema, plekSchema, type ActiviteitInvoer, type PlekInvoer } from "@/lib/validation/kaartbeheer";
import { bewaarActiviteitAction, bewaarPlekAction, kaartArchiefAction } from "@/app/beheer/kaart/actions";
import { GET as verdwenenRoute } from "@/app/kaart/verdwenen/[soort]/[slug]/route";
import { actAs, expectRedirect, form } from "../support/actors";
import { actorOf, createUser, createWijk, ensureCategorieen, uniq } from "../factories";
import type { Actor } from "@/lib/auth/permissions";

let eigen: { id: string; slug: string };
let ander: { id: string; slug: string };
let categorieId: string;
let andereCategorieId: string;
let opbouwEigen: Actor;
let opbouwAnder: Actor;
let beheerder: Actor;
let inwoner: Actor;
let ambtenaar: Actor;

function plekForm(over: Record<string, string | string[]> = {}) {
  return {
    naam: `Buurthuis ${uniq("b")}`,
    beschrijving: "Koffie, een krant en mensen uit de buurt.",
    categorieId,
    ligging: "BINNEN",
    wijkId: eigen.id,
    doelgroepen: ["IEDEREEN", "OUDEREN"],
    sfeer: "GEMEENSCHAPPELIJK",
    adres: "Grotestraat 12",
    postcode: "5151 ab",
    plaats: "Drunen",
    lat: "51,6871",
    lng: "5,1322",
    open2van: "09:00",
    open2tot: "12:00",
    gesloten: "24-12-2026 t/m 26-12-2026 Kerst",
    rolstoeltoegankelijk: "on",
    ringleiding: "on",
    telefoon: "0416 123 456",
    website: "www.buurthuis.nl",
    ...over,
  };
}

function plekInvoer(over: Record<string, string | string[]> = {}): PlekInvoer {
  return plekSchema.parse(plekForm(over));
}

function activiteitInvoer(over: Record<string, string | string[]> = {}): ActiviteitInvoer {
  return activiteitSchema.parse({
    titel: `Koffieochtend ${uniq("k")}`,
    beschrijving: "Elke week koffie en een praatje met buren.",
    wijkId: eigen.id,
    doelgroepen: ["IEDEREEN"],
    sfeer: "GEMEENSCHAPPELIJK",
    wanneer: "rooster",
    frequentie: "WEKELIJKS",
    dagen: ["TU"],
    startTijd: "10:00",
    eindTijd: "12:00",
    vanaf: "02-03-2027",
    uitgevallen: "",
    verplaatst: "",
    ...over,
  });
}

beforeAll(async () => {
  const cats = await ensureCategorieen(db);
  categorieId = cats[0].id;
  andereCategorieId = cats[1].id;
  eigen = await createWijk(db, { naam: `Kaartwijk ${uniq("e")}`, lat: 51.69, lng: 5.13 });
  ander = await createWijk(db, { naam: `Anderwijk ${uniq("a")}`, lat: 51.72, lng: 5.2 });
  opbouwEigen = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [eigen.id] }), [eigen.id]);
  opbouwAnder = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [ander.id] }), [ander.id]);
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
  ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
});

describe("permissions for every kaart action", () => {
  it("plek: opbouwwerker of the wijk and beheerder may; other wijk, ambtenaar, inwoner and anonymous are refused", async () => {
    const invoer = plekInvoer();
    for (const [wie, code] of [[inwoner, "FORBIDDEN"], [ambtenaar, "FORBIDDEN"], [opbouwAnder, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(bewaarPlek(wie, invoer)).rejects.toMatchObject({ code });
    }
    expect(await db.plek.count({ where: { naam: invoer.naam } })).toBe(0);
    const p = await bewaarPlek(opbouwEigen, invoer);

    for (const [wie, code] of [[inwoner, "FORBIDDEN"], [ambtenaar, "FORBIDDEN"], [opbouwAnder, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(leesPlekBeheer(wie, p.id)).rejects.toMatchObject({ code });
      await expect(bewaarPlek(wie, { ...invoer, id: p.id, naam: "Overgenomen" })).rejects.toMatchObject({ code });
      await expect(zetKaartArchief(wie, "plek", p.id, true)).rejects.toMatchObject({ code });
      await expect(kaartWijzigingen(wie, "plek", p.id)).rejects.toMatchObject({ code });
    }
    // the other wijk's opbouwwerker cannot pull it into their wijk either, nor can the owner push it out
    await expect(bewaarPlek(opbouwAnder, { ...invoer, id: p.id, wijkId: ander.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(bewaarPlek(opbouwEigen, { ...invoer, id: p.id, wijkId: ander.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.plek.findUniqueOrThrow({ where: { id: p.id } })).wijkId).toBe(eigen.id);

    await expect(zoekKaartBeheer(inwoner)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zoekKaartBeheer(ambtenaar)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(kaartBeheerKeuzes(ambtenaar)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await zoekKaartBeheer(opbouwAnder, { q: invoer.naam })).length).toBe(0);
    expect((await zoekKaartBeheer(opbouwAnder, { q: invoer.naam, wijkId: eigen.id })).length).toBe(0);
    expect((await zoekKaartBeheer(opbouwEigen, { q: invoer.naam })).map((r) => r.id)).toEqual([p.id]);
    expect((await kaartBeheerKeuzes(opbouwEigen)).wijken.map((w) => w.id)).toEqual([eigen.id]);

    // a beheerder may everywhere, also move it to another wijk
    await bewaarPlek(beheerder, { ...invoer, id: p.id, wijkId: ander.id });
    expect((await leesPlekBeheer(opbouwAnder, p.id)).wijkId).toBe(ander.id);
    await expect(leesPlekBeheer(opbouwEigen, p.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("activiteit: the same rules", async () => {
    const invoer = activiteitInvoer();
    for (const [wie, code] of [[inwoner, "FORBIDDEN"], [ambtenaar, "FORBIDDEN"], [opbouwAnder, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(bewaarActiviteit(wie, invoer)).rejects.toMatchObject({ code });
    }
    const a = await bewaarActiviteit(opbouwEigen, invoer);
    for (const [wie, code] of [[inwoner, "FORBIDDEN"], [ambtenaar, "FORBIDDEN"], [opbouwAnder, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(leesActiviteitBeheer(wie, a.id)).rejects.toMatchObject({ code });
      await expect(bewaarActiviteit(wie, { ...invoer, id: a.id })).rejects.toMatchObject({ code });
      await expect(zetKaartArchief(wie, "activiteit", a.id, true)).rejects.toMatchObject({ code });
    }
    expect((await leesActiviteitBeheer(beheerder, a.id)).titel).toBe(invoer.titel);
    await expect(leesActiviteitBeheer(opbouwEigen, "bestaatniet123")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("server actions refuse other roles and other wijken, and keep what was typed", async () => {
    const values = plekForm();
    actAs(inwoner);
    expect(await bewaarPlekAction(null, form(values))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(ambtenaar);
    expect(await bewaarActiviteitAction(null, form({ titel: "x" }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(opbouwAnder);
    const r = await bewaarPlekAction(null, form(values));
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN", values: { naam: values.naam } });
    actAs(null);
    expect(await kaartArchiefAction(null, form({ id: "abc", soort: "plek", actie: "archiveren" }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    actAs(opbouwEigen);
    const fout = await bewaarActiviteitAction(null, form({ titel: "Koffie", beschrijving: "kort", wijkId: eigen.id, doelgroepen: "IEDEREEN", sfeer: "GEMEENSCHAPPELIJK", wanneer: "rooster", startTijd: "25:00", uitgevallen: "31-02-2027" }));
    expect(fout).toMatchObject({ ok: false, values: { titel: "Koffie", startTijd: "25:00" } });
    const errs = fout && !fout.ok ? fout.fieldErrors : {};
    expect(Object.keys(errs).sort()).toEqual(["beschrijving", "dagen", "eindTijd", "frequentie", "startTijd", "uitgevallen", "vanaf"].sort());
    expect(errs.uitgevallen[0]).toContain("geen datum");

    const naar = await expectRedirect(bewaarPlekAction(null, form(values)));
    expect(naar).toMatch(/^\/beheer\/kaart\/plek\/[^/]+\?opgeslagen=1$/);
    actAs(null);
  });
});

describe("audit trail and KaartWijziging", () => {
  it("records every change with before and after", async () => {
    const invoer = plekInvoer();
    const p = await bewaarPlek(opbouwEigen, invoer);
    await bewaarPlek(opbouwEigen, { ...invoer, id: p.id, naam: `${invoer.naam} (nieuw)` });
    await zetKaartArchief(opbouwEigen, "plek", p.id, true);
    await zetKaartArchief(opbouwEigen, "plek", p.id, false);
    const w = await db.kaartWijziging.findMany({ where: { entiteitId: p.id }, orderBy: { createdAt: "asc" } });
    expect(w.map((x) => x.actie)).toEqual(["aangemaakt", "gewijzigd", "gearchiveerd", "hersteld"]);
    expect(w.every((x) => x.actorId === opbouwEigen.id && x.entiteit === "Plek")).toBe(true);
    expect(w[0].voor).toBeNull();
    expect(w[1].voor).toMatchObject({ naam: invoer.naam, postcode: "5151AB", openingstijden: [{ dag: 2, van: "09:00", tot: "12:00" }] });
    expect(w[1].na).toMatchObject({ naam: `${invoer.naam} (nieuw)`, openingsUitzonderingen: [{ van: "2026-12-24", tot: "2026-12-26", reden: "Kerst" }] });
    expect(w[2].na).toEqual({ status: "GEARCHIVEERD" });
    const audit = await db.auditLog.findMany({ where: { entiteitId: p.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((x) => x.actie)).toEqual(["plek.aangemaakt", "plek.gewijzigd", "plek.gearchiveerd", "plek.hersteld"]);
    expect(audit[1].voor).toMatchObject({ naam: invoer.naam });
    expect((await kaartWijzigingen(opbouwEigen, "plek", p.id)).length).toBe(4);
    // the public page shows it with its fields
    const pub = await leesPlek(p.slug);
    expect(pub).toMatchObject({ naam: `${invoer.naam} (nieuw)`, rolstoeltoegankelijk: true, ringleiding: true, website: "https://www.buurthuis.nl", soort: "ONTMOETINGSPLEK" });
  });
});

describe("recurring activities", () => {
  it("a weekly schedule across the change to summer time, with a cancelled and a moved date", async () => {
    // A title word of letters only, found by search as one word. The default title's "k-<time>-<n>-<random>" is split
    // by the text search into short parts ("k", "5") that other activities of this file share, so the result could
    // fall off the first page (seen once on PostgreSQL in CI).
    const woord = `zwanenkoffie${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
    const invoer = activiteitInvoer({ titel: `Koffieochtend ${woord}`, uitgevallen: "09-03-2027", verplaatst: "16-03-2027 naar 18-03-2027 14:00-15:30", totEnMet: "13-04-2027" });
    const a = await bewaarActiviteit(opbouwEigen, invoer);
    const pub = await leesActiviteit(a.slug);
    expect(pub?.rooster).toBeTruthy();
    const k = volgendeKerenVan(pub!.rooster!, new Date("2027-03-01T00:00:00Z"), 10);
    expect(k.map((x) => x.datum)).toEqual(["2027-03-02", "2027-03-18", "2027-03-23", "2027-03-30", "2027-04-06", "2027-04-13"]);
    expect(k[2].start.toISOString()).toBe("2027-03-23T09:00:00.000Z");
    expect(k[3].start.toISOString()).toBe("2027-03-30T08:00:00.000Z");
    expect(k[1]).toMatchObject({ verplaatstVan: "2027-03-16" });
    expect((await db.activiteit.findUniqueOrThrow({ where: { id: a.id } })).start?.toISOString()).toBe("2027-03-02T09:00:00.000Z");

    // the result list shows the schedule and the next time
    const lijst = await zoekKaart({ q: woord, pagina: 1, soort: "activiteit" }, { nu: new Date("2027-03-01T00:00:00Z") });
    const item = lijst.items.find((i) => i.id === a.id);
    expect(item?.wanneer).toMatch(/^Elke dinsdag van 10\.00 tot 12\.00 uur\. Volgende keer: /);

    // iCal: RRULE with UNTIL, EXDATE in local time, RECURRENCE-ID for the moved date
    const feed = await activiteitenFeedVoorWijk(eigen.slug, new Date("2027-03-01T00:00:00Z"));
    const f = feed!.activiteiten.find((x) => x.id === a.id)!;
    const ics = maakAgenda({ naam: "t", beschrijving: "t", url: "http://localhost", host: "localhost", activiteiten: [f] });
    expect(ics).toContain("DTSTART;TZID=Europe/Amsterdam:20270302T100000");
    expect(ics).toContain("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO;UNTIL=20270413T215900Z");
    expect(ics).toContain("EXDATE;TZID=Europe/Amsterdam:20270309T100000");
    expect(ics).toContain("RECURRENCE-ID;TZID=Europe/Amsterdam:20270316T100000");
    expect(ics).toContain("DTSTART;TZID=Europe/Amsterdam:20270318T140000");

    // editing to a one-off date removes the schedule
    await bewaarActiviteit(opbouwEigen, activiteitSchema.parse({ ...Object.fromEntries(Object.entries({ titel: invoer.titel, beschrijving: invoer.beschrijving, wijkId: eigen.id, sfeer: "GEMEENSCHAPPELIJK" })), doelgroepen: ["IEDEREEN"], id: a.id, wanneer: "eenmalig", datum: "15-05-2027", startTijd: "14:00", eindTijd: "16:00" }));
    const na = await leesActiviteitBeheer(opbouwEigen, a.id);
    expect(na.rooster).toBeNull();
    expect(na.start?.toISOString()).toBe("2027-05-15T12:00:00.000Z");
  });
});

describe("archiving", () => {
  it("removes a plek and its activities from every public list, export and feed; its URL answers 410 with similar places nearby", async () => {
    const p = await bewaarPlek(opbouwEigen, plekInvoer({ lat: "51,6900", lng: "5,1300" }));
    const dichtbij = await bewaarPlek(opbouwEigen, plekInvoer({ naam: `Dichtbij ${uniq("d")}`, lat: "51,6905", lng: "5,1305" }));
    const verder = await bewaarPlek(opbouwEigen, plekInvoer({ naam: `Verder ${uniq("v")}`, lat: "51,7100", lng: "5,1600" }));
    const andereSoort = await bewaarPlek(opbouwEigen, plekInvoer({ naam: `Anders ${uniq("s")}`, categorieId: andereCategorieId, lat: "51,6901", lng: "5,1301" }));
    const a = await bewaarActiviteit(opbouwEigen, { ...activiteitInvoer(), plekId: p.id });
    const naam = (await db.plek.findUniqueOrThrow({ where: { id: p.id } })).naam;

    expect((await leesPlek(p.slug))?.naam).toBe(naam);
    expect((await activiteitenFeedVoorPlek(p.id))?.activiteiten.map((x) => x.id)).toEqual([a.id]);
    await zetKaartArchief(opbouwEigen, "plek", p.id, true);

    expect(await leesPlek(p.slug)).toBeNull();
    expect(await leesActiviteit(a.slug)).toBeNull(); // an activity at an archived place is not public either
    expect((await zoekKaart({ q: naam.split(" ")[1], pagina: 1 })).items.map((i) => i.id)).not.toContain(p.id);
    expect((await zoekKaartPunten({ pagina: 1 })).punten.map((x) => x[4])).not.toContain(p.slug);
    const open = await openKaartGegevens();
    expect(open.plekken.map((x) => x.id)).not.toContain(p.id);
    expect(await activiteitenFeedVoorPlek(p.id)).toBeNull();

    expect(await isVerdwenen("plek", p.slug)).toBe(true);
    expect(await isVerdwenen("plek", dichtbij.slug)).toBe(false);
    const v = await leesVerdwenen("plek", p.slug, 50);
    const slugs = v!.vergelijkbaar.map((x) => x.slug);
    expect(slugs.indexOf(dichtbij.slug)).toBeGreaterThanOrEqual(0);
    expect(slugs.indexOf(dichtbij.slug)).toBeLessThan(slugs.indexOf(verder.slug));
    expect(slugs).not.toContain(andereSoort.slug);
    expect(slugs).not.toContain(p.slug);

    const res = await verdwenenRoute(new Request(`http://localhost/kaart/verdwenen/plek/${p.slug}`), { params: Promise.resolve({ soort: "plek", slug: p.slug }) });
    expect(res.status).toBe(410);
    const html = await res.text();
    expect(html).toContain("Deze plek bestaat niet meer");
    expect(html).toContain(`/kaart/plek/${dichtbij.slug}`);
    const nietGearchiveerd = await verdwenenRoute(new Request("http://localhost/"), { params: Promise.resolve({ soort: "plek", slug: dichtbij.slug }) });
    expect(nietGearchiveerd.status).toBe(404);

    // an archived item cannot be edited until it is restored; restoring brings it back
    await expect(bewaarPlek(opbouwEigen, plekInvoer({ id: p.id }))).rejects.toMatchObject({ code: "INVALID" });
    await zetKaartArchief(beheerder, "plek", p.id, false);
    expect((await leesPlek(p.slug))?.id).toBe(p.id);
  });

  it("an archived activity leaves the list and the feeds and answers 410", async () => {
    const a = await bewaarActiviteit(opbouwEigen, activiteitInvoer());
    await zetKaartArchief(opbouwEigen, "activiteit", a.id, true);
    expect(await leesActiviteit(a.slug)).toBeNull();
    expect((await openKaartGegevens()).activiteiten.map((x) => x.id)).not.toContain(a.id);
    expect((await activiteitenFeedVoorWijk(eigen.slug))!.activiteiten.map((x) => x.id)).not.toContain(a.id);
    const res = await verdwenenRoute(new Request("http://localhost/"), { params: Promise.resolve({ soort: "activiteit", slug: a.slug }) });
    expect(res.status).toBe(410);
    expect(await res.text()).toContain("Deze activiteit bestaat niet meer");
  });
});
