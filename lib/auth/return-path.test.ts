import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path.ts";

describe("safeReturnPath (issue 10, finding 4)", () => {
  const evil = [
    "/\t/evil.example",
    "/\r/evil.example",
    "/\n/evil.example",
    "/\t\t/evil.example/mijn",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%09/evil.example",
    "/%2F%09%2Fevil.example",
    "/%2Fevil.example",
    "/%252F%252Fevil.example",
    "/%0d%0a/evil.example",
    "/\u0085/evil.example",
    "//evil.example",
    "///evil.example",
    "https://evil.example",
    "https:evil.example",
    "http:/evil.example",
    "javascript:alert(1)",
    "evil.example",
    " /\t/evil.example",
    "/mijn\u0000",
    "",
  ];
  it.each(evil.map((p) => [JSON.stringify(p), p]))("finding 4: refuses %s", (_label, p) => {
    const out = safeReturnPath(p);
    expect(out).toBe("/mijn");
    expect(new URL(out, "https://portaal.example").origin).toBe("https://portaal.example");
  });

  it("finding 4: whatever it returns stays on our origin, also for random input with tabs and slashes", () => {
    const parts = ["/", "\\", "\t", "\n", "%09", "%2F", "%5C", "evil.example", "mijn", ":", "@", "?", "#", "."];
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 3000; n++) {
      const p = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => parts[Math.floor(rand() * parts.length)]).join("");
      const out = safeReturnPath(p);
      // A browser strips TAB/CR/LF before resolving: the result must still be a path on our site.
      const asBrowser = new URL(out.replace(/[\t\n\r]/g, ""), "https://portaal.example");
      expect(asBrowser.origin, JSON.stringify(p)).toBe("https://portaal.example");
      expect(out.startsWith("/") && !out.startsWith("//") && !out.includes("\\"), JSON.stringify(p)).toBe(true);
    }
  });

  it("ordinary paths on this site still work", () => {
    expect(safeReturnPath("/mijn/initiatieven")).toBe("/mijn/initiatieven");
    expect(safeReturnPath("/kaart?wijk=centrum-drunen&q=speeltuin#lijst")).toBe("/kaart?wijk=centrum-drunen&q=speeltuin#lijst");
    expect(safeReturnPath("/kaart/plek/x?terug=%2Fkaart%3Fq%3D50%25")).toBe("/kaart/plek/x?terug=%2Fkaart%3Fq%3D50%25");
    expect(safeReturnPath(undefined)).toBe("/mijn");
  });
});
