import { describe, expect, it } from "vitest";
import { werkdagenTussen, werkdagGrens } from "./werkdagen.ts";

const d = (s: string) => new Date(`${s}T10:00:00Z`);

describe("werkdagen", () => {
  it("counts Monday to Friday only", () => {
    // 2026-11-16 is a Monday
    expect(werkdagenTussen(d("2026-11-16"), d("2026-11-16"))).toBe(0);
    expect(werkdagenTussen(d("2026-11-16"), d("2026-11-17"))).toBe(1);
    expect(werkdagenTussen(d("2026-11-20"), d("2026-11-23"))).toBe(1); // Fri -> Mon
    expect(werkdagenTussen(d("2026-11-21"), d("2026-11-22"))).toBe(0); // Sat -> Sun
    expect(werkdagenTussen(d("2026-11-16"), d("2026-11-30"))).toBe(10);
    expect(werkdagenTussen(d("2026-11-30"), d("2026-11-16"))).toBe(0);
  });

  it("the boundary agrees with the count for every start day and n", () => {
    const nu = d("2026-11-23");
    for (let n = 0; n <= 12; n++) {
      const grens = werkdagGrens(nu, n);
      for (let back = 0; back < 30; back++) {
        const van = new Date(nu.getTime() - back * 86_400_000);
        expect(werkdagenTussen(van, nu) > n, `n=${n} back=${back}`).toBe(van < grens);
      }
    }
  });
});
