/**
 * "Wat is er deze week?" (lib/data/activiteiten.ts): per-day times in a window of days, recurring
 * activities expanded from their schedule (a cancelled date left out, a moved date on its new day),
 * Europe/Amsterdam time across the change to summer time, the wijk filter with its buurten, doelgroep
 * and "gratis", and nothing archived, unpublished or at a place that is no longer public. Also the
 * single-activity .ics ("Zet in mijn agenda"), parsed with ical.js.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { db } from "../../lib/db.ts";
import { activiteitenAgenda, agendaWijk } from "../../lib/data/activiteiten.ts";
import { GET as activiteitIcs } from "../../app/api/agenda/activiteit/[slug]/route.ts";
import { createPlek, createWijk, ensureCategorieen, uniq } from "../factories.ts";

type Status = "GEPUBLICEERD" | "GEARCHIVEERD" | "CONCEPT";

let wijk: { id: string; slug: string };
let buurt: { id: string; slug: string };
let ander: { id: string; slug: string };
let plek: { id: string; slug: string };
let gearchiveerdePlek: { id: string };
const slugs: Record<string, string> = {};

async function activiteit(
  titel: string,
  over: { start?: Date | null; eind?: Date | null; status?: Status; plekId?: string | null; wijkId?: string; kosten?: string | null; doelgroepen?: ("IEDEREEN" | "OUDEREN" | "JONGEREN")[]; herhaling?: string } = {},
) {
  const a = await db.activiteit.create({
    data: {
      titel, slug: uniq("act"), wijkId: over.wijkId ?? wijk.id, plekId: over.plekId === undefined ? plek.id : over.plekId,
      start: over.start ?? null, eind: over.eind ?? null, status: over.status ?? "GEPUBLICEERD", kosten: over.kosten ?? null,
      doelgroepen: over.doelgroepen ?? ["IEDEREEN"], herhaling: over.herhaling ?? null,
    },
  });
  slugs[titel] = a.slug;
  return a;
}

async function rooster(activiteitId: string, over: Partial<{ rrule: string; vanaf: string; totEnMet: string | null; uitgevallen: string[]; verplaatst: unknown[] }> = {}) {
  await db.activiteitRooster.create({
    data: {
      activiteitId, rrule: over.rrule ?? "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO", vanaf: over.vanaf ?? "2027-03-02", totEnMet: over.totEnMet ?? null,
      startTijd: "10:00", eindTijd: "12:00", uitgevallen: over.uitgevallen ?? [], verplaatst: (over.verplaatst ?? []) as object[],
    },
  });
}

/** Titles per day, in order: the shape the page shows. */
function perDag(a: Awaited<ReturnType<typeof activiteitenAgenda>>) {
  return Object.fromEntries(a.dagen.map((d) => [d.datum, d.keren.map((k) => k.activiteit.titel)]));
}

beforeAll(async () => {
  await ensureCategorieen(db);
  const categorieId = (await db.categorie.findFirstOrThrow({ select: { id: true } })).id;
  wijk = await createWijk(db);
  ander = await createWijk(db);
  buurt = await db.wijk.update({ where: { id: (await createWijk(db)).id }, data: { soort: "BUURT", parentId: wijk.id } });
  plek = await createPlek(db, { wijkId: wijk.id, categorieId });
  gearchiveerdePlek = await db.plek.update({ where: { id: (await createPlek(db, { wijkId: wijk.id, categorieId })).id }, data: { status: "GEARCHIVEERD" } });

  // Every Tuesday 10:00-12:00 from 2 March 2027; 9 March cancelled; 16 March moved to Wednesday 17 March 14:00-16:00.
  const koffie = await activiteit("Koffieochtend", { kosten: "Gratis", doelgroepen: ["IEDEREEN", "OUDEREN"] });
  await rooster(koffie.id, { uitgevallen: ["2027-03-09"], verplaatst: [{ datum: "2027-03-16", naar: "2027-03-17", startTijd: "14:00", eindTijd: "16:00" }] });
  // 10 March 2027 19:00-21:00 in Amsterdam (UTC+1).
  await activiteit("Concert", { start: new Date("2027-03-10T18:00:00Z"), eind: new Date("2027-03-10T20:00:00Z"), kosten: "€ 5" });
  await activiteit("In de buurt", { wijkId: buurt.id, plekId: null, start: new Date("2027-03-11T09:00:00Z"), kosten: "gratis" });
  await activiteit("Andere wijk", { wijkId: ander.id, plekId: null, start: new Date("2027-03-11T09:00:00Z"), kosten: "Gratis" });
  // Starts 1 March 23:30 in Amsterdam without an end: lasts an hour, so it is still on 2 March.
  await activiteit("Nachtwandeling", { start: new Date("2027-03-01T22:30:00Z") });
  await activiteit("Te vroeg", { start: new Date("2027-03-01T20:00:00Z"), eind: new Date("2027-03-01T21:00:00Z") });
  await activiteit("Later", { start: new Date("2027-04-20T09:00:00Z") });
  await activiteit("Zonder datum", { herhaling: "Elke vrijdag van 14.00 tot 16.00 uur", kosten: "Gratis" });
  await activiteit("Gearchiveerd", { status: "GEARCHIVEERD", start: new Date("2027-03-11T09:00:00Z"), kosten: "Gratis" });
  await activiteit("Concept", { status: "CONCEPT", start: new Date("2027-03-11T09:00:00Z") });
  await activiteit("Bij gearchiveerde plek", { plekId: gearchiveerdePlek.id, start: new Date("2027-03-11T09:00:00Z") });
  const oudRooster = await activiteit("Gearchiveerd rooster", { status: "GEARCHIVEERD", kosten: "Gratis" });
  await rooster(oudRooster.id);
  await activiteit("Gearchiveerd zonder datum", { status: "GEARCHIVEERD", herhaling: "Elke maandag" });
});

describe("activiteitenAgenda", () => {
  it("a week: one-off times by day, the cancelled Tuesday left out, nothing archived or unpublished", async () => {
    const a = await activiteitenAgenda({ van: "2027-03-08", tot: "2027-03-15" });
    expect(perDag(a)).toEqual({
      "2027-03-10": ["Concert"],
      "2027-03-11": ["Andere wijk", "In de buurt"],
    });
    expect(a.aantal).toBe(3);
    expect(a.zonderDatum.map((z) => z.titel)).toEqual(["Zonder datum"]);
  });

  it("a month in one wijk: the schedule expanded, the moved time on its new day, the buurt included", async () => {
    const a = await activiteitenAgenda({ van: "2027-03-01", tot: "2027-04-01", wijk: wijk.slug });
    expect(perDag(a)).toEqual({
      "2027-03-01": ["Te vroeg", "Nachtwandeling"],
      "2027-03-02": ["Koffieochtend"],
      "2027-03-10": ["Concert"],
      "2027-03-11": ["In de buurt"],
      "2027-03-17": ["Koffieochtend"],
      "2027-03-23": ["Koffieochtend"],
      "2027-03-30": ["Koffieochtend"],
    });
    const verplaatst = a.dagen.find((d) => d.datum === "2027-03-17")!.keren[0];
    expect(verplaatst.verplaatstVan).toBe("2027-03-16");
    expect(verplaatst.start.toISOString()).toBe("2027-03-17T13:00:00.000Z");
    expect(verplaatst.herhaalt).toBe(true);
  });

  it("keeps 10:00 in Amsterdam across the change to summer time (28 March 2027)", async () => {
    const a = await activiteitenAgenda({ van: "2027-03-22", tot: "2027-04-01", wijk: wijk.slug });
    const starts = a.dagen.flatMap((d) => d.keren.map((k) => k.start.toISOString()));
    expect(starts).toEqual(["2027-03-23T09:00:00.000Z", "2027-03-30T08:00:00.000Z"]);
  });

  it("a one-off time that started before the window is listed on its first day", async () => {
    const a = await activiteitenAgenda({ van: "2027-03-02", tot: "2027-03-03", wijk: wijk.slug });
    expect(perDag(a)).toEqual({ "2027-03-02": ["Nachtwandeling", "Koffieochtend"] });
  });

  it("filters on gratis and doelgroep", async () => {
    const gratis = await activiteitenAgenda({ van: "2027-03-01", tot: "2027-03-15", gratis: true });
    expect(gratis.dagen.flatMap((d) => d.keren.map((k) => k.activiteit.titel))).toEqual(["Koffieochtend", "Andere wijk", "In de buurt"]);
    expect(gratis.dagen.every((d) => d.keren.every((k) => k.activiteit.gratis))).toBe(true);
    expect(gratis.zonderDatum.map((z) => z.titel)).toEqual(["Zonder datum"]);
    const ouderen = await activiteitenAgenda({ van: "2027-03-01", tot: "2027-04-01", doelgroep: "OUDEREN" });
    expect(new Set(ouderen.dagen.flatMap((d) => d.keren.map((k) => k.activiteit.titel)))).toEqual(new Set(["Koffieochtend"]));
    expect(ouderen.zonderDatum).toEqual([]);
  });

  it("only a wijk's own activities (and its buurten's), never another wijk's", async () => {
    const a = await activiteitenAgenda({ van: "2027-03-08", tot: "2027-03-15", wijk: ander.slug });
    expect(perDag(a)).toEqual({ "2027-03-11": ["Andere wijk"] });
    const b = await activiteitenAgenda({ van: "2027-03-08", tot: "2027-03-15", wijk: buurt.slug });
    expect(perDag(b)).toEqual({ "2027-03-11": ["In de buurt"] });
  });

  it("returns public fields only", async () => {
    const a = await activiteitenAgenda({ van: "2027-03-10", tot: "2027-03-11" });
    expect(Object.keys(a.dagen[0].keren[0].activiteit).sort()).toEqual(["beschrijving", "doelgroepen", "gratis", "id", "kosten", "plek", "slug", "titel", "wijk"]);
    expect(Object.keys(a.dagen[0].keren[0].activiteit.plek!).sort()).toEqual(["adres", "naam", "plaats", "slug"]);
  });

  it("agendaWijk finds a wijk by slug, not an archived one", async () => {
    expect(await agendaWijk(wijk.slug)).toMatchObject({ slug: wijk.slug });
    await db.wijk.update({ where: { id: ander.id }, data: { gearchiveerdOp: new Date() } });
    expect(await agendaWijk(ander.slug)).toBeNull();
    await db.wijk.update({ where: { id: ander.id }, data: { gearchiveerdOp: null } });
  });
});

describe("Zet in mijn agenda: /api/agenda/activiteit/<slug>.ics", () => {
  const vraag = (slug: string) => activiteitIcs(new Request("http://localhost/x"), { params: Promise.resolve({ slug }) });

  it("is one VEVENT with the rule, the cancelled date and the moved time, as a file to save", async () => {
    const res = await vraag(`${slugs.Koffieochtend}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${slugs.Koffieochtend}.ics"`);
    const comp = new ICAL.Component(ICAL.parse(await res.text()));
    ICAL.TimezoneService.register(new ICAL.Timezone(comp.getFirstSubcomponent("vtimezone")!));
    const events = comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(["Koffieochtend", "Koffieochtend"]);
    const [reeks, verzet] = events;
    expect(reeks.component.getFirstPropertyValue("rrule")!.toString()).toContain("FREQ=WEEKLY");
    expect(reeks.component.getFirstProperty("exdate")!.getFirstValue()!.toString()).toBe("2027-03-09T10:00:00");
    expect([reeks.startDate.hour, reeks.endDate.hour]).toEqual([10, 12]);
    expect(verzet.recurrenceId!.toString()).toBe("2027-03-16T10:00:00");
    expect(verzet.startDate.toJSDate().toISOString()).toBe("2027-03-17T13:00:00.000Z");
  });

  it("a one-off activity: its own start and end", async () => {
    const comp = new ICAL.Component(ICAL.parse(await (await vraag(`${slugs.Concert}.ics`)).text()));
    const e = new ICAL.Event(comp.getFirstSubcomponent("vevent")!);
    expect(e.summary).toBe("Concert");
    expect(e.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Amsterdam");
    expect(e.startDate.toString()).toBe("2027-03-10T19:00:00");
  });

  it("answers 404 for archived, unpublished, text-only or unknown activities", async () => {
    for (const t of ["Gearchiveerd", "Concept", "Bij gearchiveerde plek", "Gearchiveerd rooster", "Zonder datum"]) {
      expect((await vraag(`${slugs[t]}.ics`)).status, t).toBe(404);
    }
    expect((await vraag("bestaat-niet.ics")).status).toBe(404);
    expect((await vraag(slugs.Concert)).status).toBe(404);
  });
});
