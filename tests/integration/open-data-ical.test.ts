/**
 * iCalendar feeds per wijk and per plek: parsed back with ical.js (a separate implementation), only
 * published activities with a date, times in Europe/Amsterdam across the change to summer time,
 * the right Content-Type, 404 for unknown or non-public places.
 */
import { beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { db } from "../../lib/db.ts";
import { GET as wijkFeed } from "../../app/api/agenda/wijk/[slug]/route.ts";
import { GET as plekFeed } from "../../app/api/agenda/plek/[id]/route.ts";
import { createPlek, createWijk, ensureCategorieen, uniq } from "../factories.ts";

let wijk: { id: string; slug: string };
let plek: { id: string };
let gearchiveerdePlek: { id: string };
const nu = new Date();
const dag = 86_400_000;

function jaarVooruit(maand: number, dagNr: number, utcUur: number) {
  const jaar = nu.getUTCFullYear() + 1;
  return new Date(Date.UTC(jaar, maand - 1, dagNr, utcUur, 0, 0));
}

async function activiteit(titel: string, over: { start?: Date | null; eind?: Date | null; status?: "GEPUBLICEERD" | "GEARCHIVEERD" | "CONCEPT"; plekId?: string | null; wijkId?: string } = {}) {
  return db.activiteit.create({
    data: {
      titel, slug: uniq("act"), beschrijving: `Over ${titel}; met komma, en puntkomma`, wijkId: over.wijkId ?? wijk.id, plekId: over.plekId === undefined ? plek.id : over.plekId,
      start: over.start === undefined ? jaarVooruit(1, 14, 9) : over.start, eind: over.eind ?? null, status: over.status ?? "GEPUBLICEERD",
    },
  });
}

async function haal(res: Response) {
  const tekst = await res.text();
  const comp = new ICAL.Component(ICAL.parse(tekst));
  return { tekst, comp, events: comp.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

beforeAll(async () => {
  const cats = await ensureCategorieen(db);
  const categorieId = (Array.isArray(cats) ? cats[0].id : (await db.categorie.findFirstOrThrow()).id) as string;
  wijk = await createWijk(db);
  const ander = await createWijk(db);
  plek = await createPlek(db, { wijkId: wijk.id, categorieId });
  gearchiveerdePlek = await db.plek.update({ where: { id: (await createPlek(db, { wijkId: wijk.id, categorieId })).id }, data: { status: "GEARCHIVEERD" } });
  // Winter: 14 January 09:00 UTC = 10:00 in Amsterdam; summer: 14 July 08:00 UTC = 10:00 in Amsterdam.
  await activiteit("Koffie winter", { start: jaarVooruit(1, 14, 9), eind: jaarVooruit(1, 14, 11) });
  await activiteit("Koffie zomer", { start: jaarVooruit(7, 14, 8), eind: jaarVooruit(7, 14, 10) });
  await activiteit("Zonder plek", { plekId: null, start: new Date(nu.getTime() + 3 * dag) });
  await activiteit("Gearchiveerd", { status: "GEARCHIVEERD" });
  await activiteit("Concept", { status: "CONCEPT" });
  await activiteit("Zonder datum", { start: null });
  await activiteit("Lang geleden", { start: new Date(nu.getTime() - 200 * dag) });
  await activiteit("Andere wijk", { wijkId: ander.id, plekId: null });
  await activiteit("Bij gearchiveerde plek", { plekId: gearchiveerdePlek.id });
});

describe("wijk feed", () => {
  it("is valid iCalendar with only the published, dated activities of the wijk", async () => {
    const res = await wijkFeed(new Request("http://localhost/x"), { params: Promise.resolve({ slug: `${wijk.slug}.ics` }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const { comp, events, tekst } = await haal(res);
    expect(comp.name).toBe("vcalendar");
    expect(comp.getFirstPropertyValue("version")).toBe("2.0");
    expect(events.map((e) => e.summary).sort()).toEqual(["Bij gearchiveerde plek", "Koffie winter", "Koffie zomer", "Zonder plek"]);
    expect(tekst).toContain("BEGIN:VTIMEZONE");
    const koffie = events.find((e) => e.summary === "Koffie winter")!;
    expect(koffie.description).toContain("Over Koffie winter; met komma, en puntkomma");
    expect(koffie.uid).toMatch(/^activiteit-.+@localhost:3000$/);
    expect(koffie.location).toContain(", ");
  });

  it("writes Europe/Amsterdam wall-clock times: 10:00 in winter and in summer", async () => {
    const res = await wijkFeed(new Request("http://localhost/x"), { params: Promise.resolve({ slug: `${wijk.slug}.ics` }) });
    const { events, comp } = await haal(res);
    // The feed's own VTIMEZONE tells ical.js how Amsterdam time maps to UTC.
    ICAL.TimezoneService.register(new ICAL.Timezone(comp.getFirstSubcomponent("vtimezone")!));
    for (const naam of ["Koffie winter", "Koffie zomer"]) {
      const e = events.find((x) => x.summary === naam)!;
      expect(e.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Amsterdam");
      expect([e.startDate.hour, e.startDate.minute, e.endDate.hour]).toEqual([10, 0, 12]);
      expect(e.startDate.toJSDate().getTime()).toBe(naam === "Koffie winter" ? jaarVooruit(1, 14, 9).getTime() : jaarVooruit(7, 14, 8).getTime());
    }
  });

  it("answers 404 for an unknown wijk or a name without .ics", async () => {
    expect((await wijkFeed(new Request("http://localhost/x"), { params: Promise.resolve({ slug: "bestaat-niet.ics" }) })).status).toBe(404);
    expect((await wijkFeed(new Request("http://localhost/x"), { params: Promise.resolve({ slug: wijk.slug }) })).status).toBe(404);
  });
});

describe("plek feed", () => {
  it("lists the published activities at a published plek", async () => {
    const res = await plekFeed(new Request("http://localhost/x"), { params: Promise.resolve({ id: `${plek.id}.ics` }) });
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const { events } = await haal(res);
    expect(events.map((e) => e.summary).sort()).toEqual(["Koffie winter", "Koffie zomer"]);
  });

  it("an archived plek has no feed", async () => {
    expect((await plekFeed(new Request("http://localhost/x"), { params: Promise.resolve({ id: `${gearchiveerdePlek.id}.ics` }) })).status).toBe(404);
  });
});
