import { describe, expect, it } from "vitest";
import { contrastMetWit } from "./kleur.ts";
import { contrastMelding } from "./validation/gebieden.ts";

describe("contrast against white (WCAG)", () => {
  it("computes the known ratios", () => {
    expect(contrastMetWit("#000000")).toBeCloseTo(21, 5);
    expect(contrastMetWit("#ffffff")).toBeCloseTo(1, 5);
    expect(contrastMetWit("#767676")).toBeGreaterThanOrEqual(4.5);
    expect(contrastMetWit("#777777")).toBeLessThan(4.5);
  });

  it("every demo category colour passes; a light colour gets a Dutch message", () => {
    for (const k of ["#154273", "#6b3a10", "#5b2a86", "#1b6b34", "#8a1c3a", "#a14a00", "#2f6b1f", "#0f6a6a", "#555555", "#9c1f5e", "#7a4b00", "#3b3b98"]) expect(contrastMelding(k), k).toBeNull();
    expect(contrastMelding("#ffff00")).toMatch(/^Deze kleur is te licht\. .*1,0 : 1 en moet minstens 4,5 : 1 zijn\. Kies een donkerdere kleur\.$/);
    expect(contrastMelding("geel")).toMatch(/#rrggbb/);
  });
});
