import { describe, expect, it } from "vitest";
import { controleerLinkToken, LINK_GELDIG_DAGEN, maakLinkToken } from "./link.ts";

const nu = new Date("2026-12-01T12:00:00Z");

describe("versheid links", () => {
  it("a link is valid for its own item and action until it expires", () => {
    const t = maakLinkToken("plek", "cplek123", "klopt", nu);
    const r = controleerLinkToken(t, nu);
    expect(r).toMatchObject({ ok: true, soort: "plek", id: "cplek123", actie: "klopt" });
    if (r.ok) expect(r.gemaaktOp.getTime()).toBe(Math.floor(nu.getTime() / 1000) * 1000);
    expect(controleerLinkToken(t, new Date(nu.getTime() + LINK_GELDIG_DAGEN * 86_400_000 + 1000))).toEqual({ ok: false, reden: "verlopen" });
  });

  it("refuses a link changed to another item, action, kind or expiry", () => {
    const t = maakLinkToken("plek", "cplek123", "klopt", nu);
    const [soort, id, actie, exp, sig] = t.split(".");
    const varianten = [
      [soort, "cplek124", actie, exp, sig],
      [soort, id, "weg", exp, sig],
      ["activiteit", id, actie, exp, sig],
      [soort, id, actie, (parseInt(exp, 36) + 86_400).toString(36), sig],
      [soort, id, actie, exp, sig.slice(0, -1) + (sig.endsWith("A") ? "B" : "A")],
      [soort, id, actie, exp],
    ];
    for (const v of varianten) expect(controleerLinkToken(v.join("."), nu)).toEqual({ ok: false, reden: "ongeldig" });
    expect(controleerLinkToken("", nu)).toEqual({ ok: false, reden: "ongeldig" });
    expect(controleerLinkToken("a.b.c.d.e.f", nu)).toEqual({ ok: false, reden: "ongeldig" });
  });
});
