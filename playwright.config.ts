import { execFileSync } from "node:child_process";
import { defineConfig } from "@playwright/test";

/**
 * The e2e server's port: E2E_PORT when given, else a free port picked once by the main process.
 * Workers load this file again; they inherit E2E_PORT from the main process, so all agree.
 */
function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
}
process.env.E2E_PORT ||= freePort();
const PORT = Number(process.env.E2E_PORT);

/**
 * E2E_KERN=1: only the core journeys. `npm test` runs the whole suite on PostgreSQL (what a gemeente runs
 * in production) and this core on PGlite (what `npm start` uses without configuration): one journey per
 * capability, the map and search, the page cache and what exists only on PGlite (the directory lock). The
 * integration tests run whole on both databases. Without a PostgreSQL, PGlite gets the whole suite.
 */
const KERN = process.env.E2E_KERN === "1";
const KERN_SPECS = /\/(foundation|db-lock|zoeken|kaart|kaart-viewport|initiatief|initiatief-nojs|beoordelen|wijken|activiteiten|pagina-cache|veiligheid)\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  // Journeys through several pages take ~50 s alone on a busy 2-core CI machine; long ones also call test.slow().
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry in CI only (a loaded 2-core machine), never locally. `npm test` lists every test that needed it
  // under "Geslaagd bij de tweede poging", so a wankel test stays visible instead of hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    // A step that hangs (a download that never starts, a page that never loads) fails at its own line
    // instead of using up the whole test's time without saying where.
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    },
  },
  projects: KERN
    ? [{ name: "chromium", use: { browserName: "chromium" }, testMatch: KERN_SPECS }]
    : [
        { name: "chromium", use: { browserName: "chromium" }, testIgnore: /(inrichten|nieuwe-gemeente|huisstijl-logo|kaart-controle)\.spec\.ts$/ },
        // Sets up a new gemeente (changes the gemeente's name for the whole server): runs after all the others.
        // nieuwe-gemeente.spec.ts starts its own production app on its own database; here it does not compete
        // with the shared server's specs for the CPU.
        { name: "inrichten", use: { browserName: "chromium" }, testMatch: /(inrichten|nieuwe-gemeente)\.spec\.ts$/, dependencies: ["chromium"] },
        // Uploads and removes the logo in every page's header: runs last, so no other spec's page asks for a
        // logo that was just removed. Alone: `npx playwright test tests/e2e/huisstijl-logo.spec.ts --no-deps`.
        { name: "huisstijl-logo", use: { browserName: "chromium" }, testMatch: /huisstijl-logo\.spec\.ts$/, dependencies: ["inrichten"] },
        // Switches "eerst controle" on for the whole server (members' kaart edits wait): after everything else.
        { name: "kaart-controle", use: { browserName: "chromium" }, testMatch: /kaart-controle\.spec\.ts$/, dependencies: ["huisstijl-logo"] },
        // `npm run screenshots` (README pictures): only with SCREENSHOTS=1, so `npm test` never runs it.
        ...(process.env.SCREENSHOTS === "1" ? [{ name: "screenshots", testDir: "tests/screenshots", use: { browserName: "chromium" as const } }] : []),
      ],
  webServer: {
    command: `tsx tests/e2e/server.mts`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT) },
  },
});
