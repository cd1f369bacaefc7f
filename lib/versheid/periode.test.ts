import { describe, expect, it } from "vitest";
import { bewerkPad, herinneringGrens, isVerouderd, maandenTerug, verouderdGrens } from "./periode.ts";

describe("versheid periode", () => {
  it("counts calendar months back, clamping to the month's last day", () => {
    expect(maandenTerug(new Date("2026-09-15T10:00:00Z"), 6).toISOString()).toBe("2026-03-15T10:00:00.000Z");
    expect(maandenTerug(new Date("2026-08-31T10:00:00Z"), 6).toISOString()).toBe("2026-02-28T10:00:00.000Z");
    expect(maandenTerug(new Date("2026-03-31T00:00:00Z"), 13).toISOString()).toBe("2025-02-28T00:00:00.000Z");
  });

  it("reminder after the period, label after the period plus one month", () => {
    const nu = new Date("2026-12-01T12:00:00Z");
    expect(herinneringGrens(nu, 6).toISOString()).toBe("2026-06-01T12:00:00.000Z");
    expect(verouderdGrens(nu, 6).toISOString()).toBe("2026-05-01T12:00:00.000Z");
    expect(isVerouderd({ laatstGecontroleerd: new Date("2026-05-15T00:00:00Z") }, nu, 6)).toBe(false);
    expect(isVerouderd({ laatstGecontroleerd: new Date("2026-04-30T00:00:00Z") }, nu, 6)).toBe(true);
    expect(isVerouderd({ laatstGecontroleerd: "2026-11-30T00:00:00Z", gemeldNietMeerOp: "2026-11-30T00:00:00Z" }, nu, 6)).toBe(true);
    expect(isVerouderd({ laatstGecontroleerd: new Date("2026-05-15T00:00:00Z") }, nu, 3)).toBe(true);
  });

  it("bewerkPad is the edit form on /beheer/kaart", () => {
    expect(bewerkPad("plek", "id1", "buurthuis")).toBe("/beheer/kaart/plek/id1");
  });
});
