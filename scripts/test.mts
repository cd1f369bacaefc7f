/**
 * `npm test`: the whole suite, in order. Lint, typecheck, unit + integration tests on PGlite,
 * the integration tests again on PostgreSQL when TEST_DATABASE_URL is set, a production build, and the
 * Playwright end-to-end tests in Chromium (all on PostgreSQL and the core journeys on PGlite; without a
 * PostgreSQL all on PGlite).
 * Ends with the names of the failed tests and one line "Tests: N passed, N failed" and a non-zero exit code when anything failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

import pg from "pg";

import { playwrightUitslag, vitestUitslag, type PlaywrightJson, type Uitslag, type VitestJson } from "./test-uitslag.ts";

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const LOCAL_PG = "postgresql://root@127.0.0.1:5432/test";

/** TEST_DATABASE_URL, or the machine's local PostgreSQL when it answers. In CI PostgreSQL is required. */
async function findPostgres(): Promise<string | undefined> {
  const url = process.env.TEST_DATABASE_URL ?? LOCAL_PG;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch (e) {
    const msg = `PostgreSQL op ${url} is niet bereikbaar (${(e as Error).message}).`;
    if (process.env.CI === "true" || process.env.TEST_DATABASE_URL) {
      console.error(`${msg} De tests tegen PostgreSQL zijn verplicht in CI en als TEST_DATABASE_URL gezet is.`);
      process.exit(1);
    }
    console.warn(`${msg} Alleen PGlite wordt getest.`);
    return undefined;
  }
}

const pgUrl = await findPostgres();
if (pgUrl) env.TEST_DATABASE_URL = pgUrl;
const failures: string[] = [];
let passed = 0;
let failed = 0;

function run(label: string, cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  const started = Date.now();
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) failures.push(label);
  console.log(`=== ${label}: ${r.status === 0 ? "ok" : "MISLUKT"} (${secs} s) ===`);
  return r.status === 0;
}

/** The names of failed tests, repeated at the end so the last lines of a CI log say what failed. */
const mislukteTests: string[] = [];
const wankeleTests: string[] = [];

function tel<J>(file: string, lees: (json: J) => Uitslag) {
  if (!existsSync(file)) return;
  const u = lees(JSON.parse(readFileSync(file, "utf8")) as J);
  passed += u.geslaagd;
  failed += u.mislukt;
  mislukteTests.push(...u.mislukteTests);
  wankeleTests.push(...u.wankeleTests);
}
const countVitest = (file: string, label: string) => tel<VitestJson>(file, (j) => vitestUitslag(j, label, process.cwd()));
const countPlaywright = (file: string, label: string) => tel<PlaywrightJson>(file, (j) => playwrightUitslag(j, label));

rmSync("test-results", { recursive: true, force: true });
mkdirSync("test-results", { recursive: true });
const node = process.execPath;
const bin = (name: string) => `node_modules/${name}`;

run("prisma generate", node, ["scripts/prisma-generate.mjs"]);
run("lint", node, [bin("eslint/bin/eslint.js"), "--max-warnings=0", "."]);
run("typecheck", node, [bin("typescript/bin/tsc"), "--noEmit"]);
run("unit + integration (PGlite)", node, [bin("vitest/vitest.mjs"), "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest-pglite.json"]);
countVitest("test-results/vitest-pglite.json", "PGlite");
if (pgUrl) {
  run("integration (PostgreSQL)", node, [bin("vitest/vitest.mjs"), "run", "--project", "integration", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest-pg.json"], { TEST_DB: "pg" });
  countVitest("test-results/vitest-pg.json", "PostgreSQL");
}
if (run("build", node, [bin("next/dist/bin/next"), "build"])) {
  // With PostgreSQL, PGlite gets the core journeys (E2E_KERN, see playwright.config.ts) and PostgreSQL the whole suite.
  run(`e2e (Chromium, PGlite${pgUrl ? ", kern" : ""})`, node, [bin("@playwright/test/cli.js"), "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/e2e-pglite.json", E2E_KERN: pgUrl ? "1" : "" });
  countPlaywright("test-results/e2e-pglite.json", "e2e PGlite");
  if (pgUrl) {
    run("e2e (Chromium, PostgreSQL)", node, [bin("@playwright/test/cli.js"), "test"], { TEST_DB: "pg", PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/e2e-pg.json" });
    countPlaywright("test-results/e2e-pg.json", "e2e PostgreSQL");
  }
}

if (wankeleTests.length) console.log(`\nGeslaagd bij de tweede poging (wankel, wel onderzoeken):\n${wankeleTests.map((t) => `- ${t}`).join("\n")}`);
if (mislukteTests.length) console.log(`\nMislukte tests:\n${mislukteTests.map((t) => `- ${t}`).join("\n")}`);
console.log(failures.length ? `\nMislukt: ${failures.join(", ")}` : "\nAlle stappen geslaagd.");
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
