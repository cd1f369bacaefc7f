/**
 * Finding 2 (issue 10): a database that once ran as demo keeps the demo staff accounts with the
 * published password. `npm start` with APP_ENV=production must refuse it, with a Dutch message that
 * says what to do. Runs the real scripts as child processes on their own database.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgDatabase, dropPgDatabase, isPostgresRun } from "../support/test-db.ts";

const tsx = path.resolve("node_modules/.bin/tsx");
let dbEnv: Record<string, string>;
let pgUrl: string | undefined;
let dir: string | undefined;

beforeAll(async () => {
  if (isPostgresRun()) {
    pgUrl = await createPgDatabase("sbp_start");
    dbEnv = { DATABASE_URL: pgUrl };
  } else {
    dir = mkdtempSync(path.join(tmpdir(), "sbp-start-"));
    dbEnv = { DATABASE_URL: "", PGLITE_DIR: dir };
  }
});
afterAll(async () => {
  if (pgUrl) await dropPgDatabase(pgUrl);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(script: string, args: string[], extra: Record<string, string | undefined>) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...dbEnv, PORT: "3999", NEXT_TELEMETRY_DISABLED: "1", ...extra };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(tsx, [script, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    // Without the check the script would go on to build and serve: stop it and let the test fail.
    const timer = setTimeout(() => child.kill("SIGTERM"), 90_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const production = { APP_ENV: "production", NEXTAUTH_SECRET: "productie-geheim-voor-de-test-1234567890", SMTP_URL: "smtp://127.0.0.1:2525" };

describe("npm start with APP_ENV=production", () => {
  it("finding 2: a demo-seeded database is refused with a Dutch message; after npm run demo:verwijderen it may start", { timeout: 240_000 }, async () => {
    const seed = await run("prisma/seed.ts", [], { APP_ENV: "demo" });
    expect(seed.code, seed.out).toBe(0);

    const refused = await run("scripts/start.mts", [], production);
    expect(refused.code, refused.out).toBe(1);
    expect(refused.out).toMatch(/Gestopt: APP_ENV=production/);
    expect(refused.out).toMatch(/beheerder@heusden\.example/);
    expect(refused.out).toMatch(/npm run demo:verwijderen/);
    expect(refused.out).toMatch(/APP_ENV=demo npm start/);
    expect(refused.out).not.toMatch(/next build|Bouwen van de app/);

    const removed = await run("scripts/demo-verwijderen.mts", [], production);
    expect(removed.code, removed.out).toBe(0);
    expect(removed.out).toMatch(/7 demo-account\(s\) uitgezet/);

    const ok = await run("scripts/start.mts", ["--controle"], production);
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toMatch(/Controle klaar/);
  });

  it("finding 6: production without SMTP_URL does not start, with a clear Dutch message", { timeout: 120_000 }, async () => {
    const r = await run("scripts/start.mts", ["--controle"], { ...production, SMTP_URL: undefined });
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/SMTP_URL: verplicht in productie/);
    expect(r.out).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
  });
});
