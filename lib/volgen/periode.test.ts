import { describe, expect, it } from "vitest";
import { isoWeek, volgPeriode } from "./periode.ts";

describe("digest periods", () => {
  it("ISO weeks, also around the turn of the year", () => {
    expect(isoWeek("2026-12-01")).toBe("2026-W49");
    expect(isoWeek("2026-11-30")).toBe("2026-W49"); // maandag
    expect(isoWeek("2026-12-06")).toBe("2026-W49"); // zondag
    expect(isoWeek("2026-12-07")).toBe("2026-W50");
    expect(isoWeek("2021-01-03")).toBe("2020-W53");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
    expect(isoWeek("2026-01-01")).toBe("2026-W01");
  });

  it("a day or a week in Amsterdam time", () => {
    // 23:30 UTC on Sunday 6 December is already Monday 7 December in Amsterdam.
    const t = new Date("2026-12-06T23:30:00Z");
    expect(volgPeriode("DAG", t)).toBe("2026-12-07");
    expect(volgPeriode("WEEK", t)).toBe("2026-W50");
    expect(volgPeriode("WEEK", new Date("2026-12-06T22:30:00Z"))).toBe("2026-W49");
  });
});
