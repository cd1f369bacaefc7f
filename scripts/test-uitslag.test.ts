import { describe, expect, it } from "vitest";

import { eersteRegel, playwrightUitslag, vitestUitslag } from "./test-uitslag.ts";

// Shapes copied from real reports (vitest 4 --reporter=json, Playwright's json reporter), trimmed.
const VITEST = {
  numPassedTests: 1,
  numFailedTests: 1,
  testResults: [
    {
      name: "/repo/tests/integration/x.test.ts",
      status: "failed",
      message: "",
      assertionResults: [
        { ancestorTitles: ["groep"], fullName: "groep faalt expres", status: "failed", failureMessages: ["AssertionError: expected 1 to be 2 // Object.is equality\n    at /repo/tests/integration/x.test.ts:2:64"] },
        { ancestorTitles: ["groep"], fullName: "groep slaagt", status: "passed", failureMessages: [] },
      ],
    },
    { name: "/repo/tests/integration/kapot.test.ts", status: "failed", message: "Failed to load url ./bestaat-niet.ts\nmeer", assertionResults: [] },
    { name: "/repo/tests/integration/goed.test.ts", status: "passed", message: "", assertionResults: [{ fullName: "goed", status: "passed" }] },
  ],
};

const fout = (msg: string) => ({ workerIndex: 0, status: "failed", error: { message: msg } });
const PLAYWRIGHT = {
  stats: { expected: 2, skipped: 0, unexpected: 2, flaky: 1 },
  suites: [
    {
      title: "x.spec.ts",
      file: "x.spec.ts",
      specs: [
        {
          title: "bovenaan",
          ok: false,
          file: "x.spec.ts",
          line: 9,
          tests: [
            {
              projectName: "chromium",
              status: "unexpected",
              results: [
                {
                  status: "timedOut",
                  error: { message: "\u001b[31mTest timeout of 60000ms exceeded.\u001b[39m" },
                  errors: [
                    { message: "\u001b[31mTest timeout of 60000ms exceeded.\u001b[39m" },
                    { message: "Error: page.waitForEvent: Test timeout of 60000ms exceeded.\n=========", location: { file: "/repo/tests/e2e/x.spec.ts", line: 22, column: 92 } },
                  ],
                },
              ],
            },
          ],
        },
      ],
      suites: [
        {
          title: "groep",
          file: "x.spec.ts",
          specs: [
            { title: "faalt expres", ok: false, file: "x.spec.ts", line: 3, tests: [{ projectName: "chromium", results: [fout("Error: \u001b[2mexpect(\u001b[22m\u001b[31mreceived\u001b[39m).toBe(expected)\n\nExpected: 2")] }] },
            { title: "slaagt", ok: true, file: "x.spec.ts", line: 4, tests: [{ projectName: "chromium", results: [{ status: "passed" }] }] },
            { title: "wankel", ok: true, file: "x.spec.ts", line: 5, tests: [{ projectName: "chromium", status: "flaky", results: [{ ...fout("Error: eerst mis"), error: { message: "Error: eerst mis", location: { file: "/repo/x.spec.ts", line: 5 } } }, { status: "passed" }] }] },
          ],
        },
      ],
    },
  ],
};

describe("test-uitslag", () => {
  it("names each failed vitest test with its file and first error line, and a file that could not load", () => {
    const u = vitestUitslag(VITEST, "PostgreSQL", "/repo");
    expect(u.geslaagd).toBe(1);
    expect(u.mislukt).toBe(1);
    expect(u.mislukteTests).toEqual([
      "PostgreSQL: tests/integration/x.test.ts › groep faalt expres: AssertionError: expected 1 to be 2 // Object.is equality",
      "PostgreSQL: tests/integration/kapot.test.ts: Failed to load url ./bestaat-niet.ts",
    ]);
  });

  it("names each failed Playwright test with project, place, describe path and error (for a timeout: the step that waited), not the flaky or passed ones", () => {
    const u = playwrightUitslag(PLAYWRIGHT, "e2e PGlite");
    expect(u.geslaagd).toBe(3);
    expect(u.mislukt).toBe(2);
    expect(u.mislukteTests).toEqual([
      "e2e PGlite: [chromium] x.spec.ts:9 › bovenaan: Test timeout of 60000ms exceeded. (bij x.spec.ts:22: page.waitForEvent: Test timeout of 60000ms exceeded.)",
      "e2e PGlite: [chromium] x.spec.ts:3 › groep › faalt expres: Error: expect(received).toBe(expected)",
    ]);
  });

  it("lists a test that passed only on a retry separately, with its first error", () => {
    expect(playwrightUitslag(PLAYWRIGHT, "e2e PGlite").wankeleTests).toEqual(["e2e PGlite: [chromium] x.spec.ts:5 › groep › wankel: Error: eerst mis"]);
  });

  it("keeps the first non-empty line of an error, without colour codes, shortened", () => {
    expect(eersteRegel("\n\n  \u001b[31mfout\u001b[39m hier \nstack")).toBe("fout hier");
    expect(eersteRegel(undefined)).toBe("");
    expect(eersteRegel("x".repeat(500))).toHaveLength(300);
  });
});
