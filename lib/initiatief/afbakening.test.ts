import { describe, expect, it } from "vitest";
import { legeChecklist, leesChecklist, suggestie, type Checklist } from "./afbakening.ts";

function met(...keys: string[]): Checklist {
  const c = legeChecklist();
  for (const k of keys) c[k] = { ja: true, notitie: "" };
  return c;
}

describe("suggestion from the afbakeningskader", () => {
  it("binnen: a goal and all three kenmerken, no uitsluiting", () => {
    expect(suggestie(met("doel1", "kenmerkA", "kenmerkB", "kenmerkC"))).toBe("binnen");
    expect(suggestie(met("doel4", "doel2", "kenmerkA", "kenmerkB", "kenmerkC"))).toBe("binnen");
  });
  it("twijfel: partly", () => {
    expect(suggestie(met("doel1", "kenmerkA", "kenmerkB"))).toBe("twijfel");
    expect(suggestie(met("kenmerkA", "kenmerkB", "kenmerkC"))).toBe("twijfel");
    expect(suggestie(met("doel3"))).toBe("twijfel");
  });
  it("buiten: any uitsluiting wins", () => {
    expect(suggestie(met("doel1", "kenmerkA", "kenmerkB", "kenmerkC", "uitsluitingE"))).toBe("buiten");
    expect(suggestie(met("uitsluitingF"))).toBe("buiten");
  });
  it("onbekend: nothing ticked or no checklist", () => {
    expect(suggestie(legeChecklist())).toBe("onbekend");
    expect(suggestie(null)).toBe("onbekend");
  });
  it("reads stored JSON defensively", () => {
    const c = leesChecklist({ doel1: { ja: true, notitie: "ja hoor" }, kenmerkA: { ja: "yes" }, rommel: { ja: true } });
    expect(c.doel1).toEqual({ ja: true, notitie: "ja hoor" });
    expect(c.kenmerkA.ja).toBe(false);
    expect(c).not.toHaveProperty("rommel");
    expect(Object.keys(leesChecklist(null))).toHaveLength(10);
  });
});
