import { describe, expect, it } from "vitest";
import { activiteitenQuery, andereWeek, dagenVan, isGratis, laatsteDag, leesActiviteitenFilters, periodeVenster, weekVenster } from "./activiteiten-agenda.ts";

// Wednesday 2 December 2026, 23:30 in Amsterdam (22:30 UTC): still Wednesday locally.
const woensdagLaat = new Date("2026-12-02T22:30:00Z");

describe("periodeVenster", () => {
  it("counts days in Europe/Amsterdam, not in UTC", () => {
    expect(periodeVenster("vandaag", woensdagLaat)).toEqual({ van: "2026-12-02", tot: "2026-12-03" });
    // 23:30 UTC is already Thursday in Amsterdam.
    expect(periodeVenster("vandaag", new Date("2026-12-02T23:30:00Z"))).toEqual({ van: "2026-12-03", tot: "2026-12-04" });
  });

  it("deze week runs from today up to and including Sunday; deze maand to the end of the month", () => {
    expect(periodeVenster("week", woensdagLaat)).toEqual({ van: "2026-12-02", tot: "2026-12-07" });
    expect(periodeVenster("maand", woensdagLaat)).toEqual({ van: "2026-12-02", tot: "2027-01-01" });
    // On a Sunday, "deze week" is just that day.
    expect(periodeVenster("week", new Date("2026-12-06T10:00:00Z"))).toEqual({ van: "2026-12-06", tot: "2026-12-07" });
  });
});

describe("weekVenster", () => {
  it("is Monday to Sunday of the given day, or of today", () => {
    expect(weekVenster("2026-12-02")).toEqual({ van: "2026-11-30", tot: "2026-12-07" });
    expect(weekVenster(undefined, woensdagLaat)).toEqual({ van: "2026-11-30", tot: "2026-12-07" });
    expect(weekVenster("2026-13-45", woensdagLaat)).toEqual({ van: "2026-11-30", tot: "2026-12-07" });
    expect(andereWeek("2026-11-30", 1)).toBe("2026-12-07");
    expect(andereWeek("2026-11-30", -1)).toBe("2026-11-23");
  });

  it("lists seven days across the change to winter time", () => {
    const w = weekVenster("2026-10-25");
    expect(dagenVan(w)).toEqual(["2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23", "2026-10-24", "2026-10-25"]);
    expect(laatsteDag(w)).toBe("2026-10-25");
  });
});

describe("isGratis", () => {
  it.each([
    ["Gratis", true],
    ["gratis, koffie € 1", true],
    ["Geen kosten", true],
    ["€ 0", true],
    ["0,00", true],
    ["€ 5", false],
    ["Niet gratis", false],
    ["", false],
    [null, false],
  ])("%s -> %s", (kosten, verwacht) => {
    expect(isGratis(kosten)).toBe(verwacht);
  });
});

describe("filters in the URL", () => {
  it("reads valid values, ignores nonsense, and writes a short query back", () => {
    const f = leesActiviteitenFilters({ periode: "maand", wijk: "centrum-drunen", doelgroep: "OUDEREN", gratis: "1" });
    expect(f).toEqual({ periode: "maand", wijk: "centrum-drunen", doelgroep: "OUDEREN", gratis: true });
    expect(activiteitenQuery(f)).toBe("periode=maand&wijk=centrum-drunen&doelgroep=OUDEREN&gratis=1");
    const onzin = leesActiviteitenFilters({ periode: "jaar", wijk: "<script>", doelgroep: "KATTEN", gratis: "misschien" });
    expect(onzin).toEqual({ periode: "week" });
    expect(activiteitenQuery(onzin)).toBe("");
    expect(activiteitenQuery(f, { periode: "week", gratis: false })).toBe("wijk=centrum-drunen&doelgroep=OUDEREN");
  });
});
