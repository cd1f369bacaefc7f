/**
 * Finding 3 (issue 10): two processes on one PGlite directory. Real `npm start` processes
 * (scripts/start.mts) on their own PGLITE_DIR under a temp dir and a free port, against the existing
 * production build (.next, made by `npm test` / `npx next build` before the e2e run).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

test.skip(process.env.TEST_DB === "pg", "PGlite only");

// scripts/start.mts rebuilds when sources are newer than .next/BUILD_ID. The e2e run uses the build made
// just before it; a rebuild here would replace .next under the running e2e server. Mark the build fresh.
test.beforeAll(() => {
  const now = new Date();
  utimesSync(".next/BUILD_ID", now, now);
});

function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return spawnSync(process.execPath, ["-e", script], { encoding: "utf8" }).stdout.trim();
}

const tsx = path.resolve("node_modules/.bin/tsx");

function startApp(dir: string, port: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const env = { ...process.env, PGLITE_DIR: dir, PORT: port, APP_URL: `http://127.0.0.1:${port}`, APP_ENV: "demo", DATABASE_URL: "" };
  delete (env as Record<string, string | undefined>).SBP_DB_LOCK_TOKEN;
  const child = spawn(tsx, ["scripts/start.mts"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  return { child, output: () => out, exited };
}

function stopGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    /* already gone */
  }
}

test("finding 3: a second npm start on the same PGlite directory refuses with a Dutch message", async () => {
  test.slow();
  const base = mkdtempSync(path.join(tmpdir(), "sbp-lock-"));
  const dir = path.join(base, "pglite");
  const lockFile = `${dir}.lock`;
  const port1 = freePort();
  const first = startApp(dir, port1);
  try {
    // the first app is up: the `next start` server answers
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port1}/privacy`).catch(() => null))?.status ?? 0, { timeout: 120_000, intervals: [500] })
      .toBe(200);
    // the lock was handed over to the server process (not the start script) and is held by it
    const lock = JSON.parse(readFileSync(lockFile, "utf8")) as { pid: number; hostname: string };
    expect(lock.hostname).toBe(hostname());
    expect(lock.pid).not.toBe(first.child.pid);

    const second = startApp(dir, freePort());
    const code = await second.exited;
    expect(code).not.toBe(0);
    const out = second.output();
    expect(out).toContain("is al in gebruik door een ander proces");
    expect(out).toContain(`pid ${lock.pid}`);
    expect(out).toContain("stop eerst het andere proces");
    // it failed fast: no migrations, no seed, no build
    expect(out).not.toContain("Gegevens:");
    expect(out).not.toContain("Bouwen van de app");
    // the first one still serves
    expect((await fetch(`http://127.0.0.1:${port1}/privacy`)).status).toBe(200);
  } finally {
    stopGroup(first.child);
    await first.exited;
  }
  // released on exit
  await expect.poll(() => existsSync(lockFile)).toBe(false);
  rmSync(base, { recursive: true, force: true });
});

test("finding 3: a stale lock (dead pid) is taken over", async () => {
  test.slow();
  const base = mkdtempSync(path.join(tmpdir(), "sbp-lock-"));
  const dir = path.join(base, "pglite");
  const lockFile = `${dir}.lock`;
  // a pid that surely ran and has ended
  const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  const deadPid = Number(dead.stdout);
  writeFileSync(lockFile, JSON.stringify({ pid: deadPid, hostname: hostname(), startedAt: new Date(Date.now() - 3600_000).toISOString(), token: "oud" }));

  const env = { ...process.env, PGLITE_DIR: dir, DATABASE_URL: "" };
  const r = spawnSync(tsx, ["scripts/db-migrate.mts"], { env, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout + r.stderr).toContain(`Oud databaseslot van proces ${deadPid}`);
  expect(r.stdout).toContain("Toegepast:");
  // released again after the command
  expect(existsSync(lockFile)).toBe(false);
  rmSync(base, { recursive: true, force: true });
});
