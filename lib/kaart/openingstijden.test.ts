import { describe, expect, it } from "vitest";
import { isNuOpen, leesOpeningstijden, lokaleTijd, schemaOpeningHours } from "./openingstijden";
import { afstandKm } from "./afstand";

describe("openingstijden", () => {
  const tijden = leesOpeningstijden([{ dag: 2, van: "09:00", tot: "17:00" }, { dag: 9, van: "x", tot: "y" }, "rommel"]);

  it("keeps only valid entries", () => {
    expect(tijden).toEqual([{ dag: 2, van: "09:00", tot: "17:00" }]);
    expect(leesOpeningstijden(null)).toEqual([]);
  });

  it("uses Dutch local time (summer and winter)", () => {
    // Tuesday 2026-06-02 07:30 UTC = 09:30 in Amsterdam (CEST)
    expect(lokaleTijd(new Date("2026-06-02T07:30:00Z"))).toEqual({ dag: 2, tijd: "09:30" });
    expect(isNuOpen(tijden, new Date("2026-06-02T07:30:00Z"))).toBe(true);
    // 06:30 UTC = 08:30 local: not yet open
    expect(isNuOpen(tijden, new Date("2026-06-02T06:30:00Z"))).toBe(false);
    // Tuesday 2026-12-01 15:30 UTC = 16:30 CET: open; 16:00 UTC = 17:00: closed
    expect(isNuOpen(tijden, new Date("2026-12-01T15:30:00Z"))).toBe(true);
    expect(isNuOpen(tijden, new Date("2026-12-01T16:00:00Z"))).toBe(false);
    // Sunday
    expect(lokaleTijd(new Date("2026-06-07T10:00:00Z")).dag).toBe(7);
  });

  it("writes schema.org openingHours", () => {
    expect(schemaOpeningHours(tijden)).toEqual(["Tu 09:00-17:00"]);
  });
});

describe("afstand", () => {
  // Postcodes and place names are looked up through the PDOK Locatieserver (tests/integration/locatieserver.test.ts).
  it("computes distances in km", () => {
    const d = afstandKm({ lat: 51.6865, lng: 5.133 }, { lat: 51.696, lng: 5.215 });
    expect(d).toBeGreaterThan(5.3);
    expect(d).toBeLessThan(6.1);
  });
});
