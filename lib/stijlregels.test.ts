/**
 * Issue 12 clean-up: one styling system. No inline style objects in app/ and components/ except a
 * truly dynamic value with a comment on the line above; no BEM classes (block__element) outside
 * components/ui and app/globals.css.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function bestanden(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? bestanden(p, ext) : ext.test(n) ? [p] : [];
  });
}

const BRON = ["app", "components"].flatMap((d) => bestanden(d, /\.(tsx|ts|css)$/));

describe("styling rules", () => {
  it("every style={{ in app/ and components/ has a comment on the line above", () => {
    const fout: string[] = [];
    for (const f of BRON) {
      const regels = readFileSync(f, "utf8").split("\n");
      regels.forEach((r, i) => {
        if (r.includes("style={{") && !/\/\/|\/\*/.test(regels[i - 1] ?? "")) fout.push(`${f}:${i + 1}`);
      });
    }
    expect(fout).toEqual([]);
  });

  it("no BEM classes outside components/ui and app/globals.css", () => {
    const fout: string[] = [];
    for (const f of BRON) {
      if (f.startsWith(join("components", "ui")) || f === join("app", "globals.css")) continue;
      const tekst = readFileSync(f, "utf8");
      const klassen = f.endsWith(".css") ? tekst.match(/\.[a-z][a-z0-9-]*__[a-z0-9-]+/g) : [...tekst.matchAll(/className=(?:"([^"]*)"|\{`([^`]*)`\})/g)].map((m) => m[1] ?? m[2]).filter((k) => /\b[a-z][a-z0-9-]*__[a-z0-9-]+/.test(k));
      if (klassen?.length) fout.push(`${f}: ${klassen.join(", ")}`);
    }
    expect(fout).toEqual([]);
  });

  it("scripts/ui-codemod.py is gone", () => {
    expect(() => statSync("scripts/ui-codemod.py")).toThrow();
  });
});
