import { describe, expect, it } from "vitest";
import { icalRrule, keren, leesRrule, maakRrule, roosterTekst, volgendeKeren, type Rooster } from "./rooster.ts";

const dinsdag: Rooster = { rrule: maakRrule("WEKELIJKS", ["TU"]), vanaf: "2027-03-01", totEnMet: null, startTijd: "10:00", eindTijd: "12:00", uitgevallen: [], verplaatst: [] };

describe("rooster", () => {
  it("keeps 10:00 local across the change to summer time (28 March 2027)", () => {
    const k = keren(dinsdag, new Date("2027-03-01T00:00:00Z"), new Date("2027-04-10T00:00:00Z"));
    expect(k.map((x) => x.datum)).toEqual(["2027-03-02", "2027-03-09", "2027-03-16", "2027-03-23", "2027-03-30", "2027-04-06"]);
    expect(k[3].start.toISOString()).toBe("2027-03-23T09:00:00.000Z"); // CET (+1)
    expect(k[4].start.toISOString()).toBe("2027-03-30T08:00:00.000Z"); // CEST (+2)
    expect(k[4].eind.toISOString()).toBe("2027-03-30T10:00:00.000Z");
  });

  it("keeps 10:00 local across the change to winter time", () => {
    const r = { ...dinsdag, vanaf: "2026-10-01" };
    const k = keren(r, new Date("2026-10-20T00:00:00Z"), new Date("2026-11-05T00:00:00Z"));
    expect(k.map((x) => x.start.toISOString())).toEqual(["2026-10-20T08:00:00.000Z", "2026-10-27T09:00:00.000Z", "2026-11-03T09:00:00.000Z"]);
  });

  it("leaves out cancelled dates and moves a moved date", () => {
    const r: Rooster = { ...dinsdag, uitgevallen: ["2027-03-09"], verplaatst: [{ datum: "2027-03-16", naar: "2027-03-18", startTijd: "14:00", eindTijd: "15:30" }] };
    const k = keren(r, new Date("2027-03-01T00:00:00Z"), new Date("2027-03-24T00:00:00Z"));
    expect(k.map((x) => x.datum)).toEqual(["2027-03-02", "2027-03-18", "2027-03-23"]);
    expect(k[1].verplaatstVan).toBe("2027-03-16");
    expect(k[1].start.toISOString()).toBe("2027-03-18T13:00:00.000Z");
  });

  it("stops at the last day and shows only what has not ended", () => {
    const r = { ...dinsdag, totEnMet: "2027-03-16" };
    expect(volgendeKeren(r, new Date("2027-03-09T10:30:00Z"), 5).map((x) => x.datum)).toEqual(["2027-03-09", "2027-03-16"]);
    expect(volgendeKeren(r, new Date("2027-04-01T00:00:00Z"))).toEqual([]);
  });

  it("every two weeks and monthly rules", () => {
    const om = { ...dinsdag, rrule: maakRrule("TWEEWEKELIJKS", ["TU", "TH"]) };
    expect(volgendeKeren(om, new Date("2027-03-01T00:00:00Z"), 4).map((x) => x.datum)).toEqual(["2027-03-02", "2027-03-04", "2027-03-16", "2027-03-18"]);
    const maand = { ...dinsdag, rrule: maakRrule("MAANDELIJKS", ["WE"], -1) };
    expect(volgendeKeren(maand, new Date("2027-03-01T00:00:00Z"), 2).map((x) => x.datum)).toEqual(["2027-03-31", "2027-04-28"]);
    expect(leesRrule(maand.rrule)).toEqual({ freq: "MAANDELIJKS", dagen: ["WE"], weekVanMaand: -1 });
    expect(leesRrule(om.rrule)).toEqual({ freq: "TWEEWEKELIJKS", dagen: ["TU", "TH"] });
  });

  it("Dutch text and the iCal rule", () => {
    expect(roosterTekst(dinsdag)).toBe("Elke dinsdag van 10.00 tot 12.00 uur");
    expect(roosterTekst({ ...dinsdag, rrule: maakRrule("TWEEWEKELIJKS", ["TU", "TH"]) })).toBe("Om de week op dinsdag en donderdag van 10.00 tot 12.00 uur");
    expect(icalRrule({ ...dinsdag, totEnMet: "2027-07-01" })).toBe("FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;WKST=MO;UNTIL=20270701T215900Z");
  });
});
