/** Finding 3 (issue 10): the PGlite directory lock, without starting the app (see tests/e2e/db-lock.spec.ts for that). */
import { afterEach, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { acquireDbLock, DbLockError, lockPathFor, releaseDbLock } from "./db-lock.ts";

const base = mkdtempSync(path.join(tmpdir(), "sbp-dblock-"));
let n = 0;
const newDir = () => path.join(base, `db${++n}`);

afterEach(() => {
  for (let i = 1; i <= n; i++) releaseDbLock(path.join(base, `db${i}`));
});

describe("PGlite directory lock", () => {
  it("finding 3: a directory held by another live process is refused with a Dutch message naming it", () => {
    const dir = newDir();
    // the parent of this test process is alive and is not us
    const holder = { pid: process.ppid, hostname: hostname(), startedAt: "2026-11-30T08:00:00.000Z", token: "ander" };
    writeFileSync(lockPathFor(dir), JSON.stringify(holder));
    let err: unknown;
    try {
      acquireDbLock(dir, { log: () => {} });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DbLockError);
    const msg = (err as Error).message;
    expect(msg).toContain("is al in gebruik door een ander proces");
    expect(msg).toContain(`pid ${process.ppid}`);
    expect(msg).toContain("30-11-2026");
    expect(msg).toContain(lockPathFor(dir));
    // the other process's lock is left alone
    expect(JSON.parse(readFileSync(lockPathFor(dir), "utf8")).token).toBe("ander");
  });

  it("finding 3: a stale lock (pid no longer running) is taken over with a log line, and released again", () => {
    const dir = newDir();
    const dead = Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
    writeFileSync(lockPathFor(dir), JSON.stringify({ pid: dead, hostname: hostname(), startedAt: new Date().toISOString(), token: "oud" }));
    const lines: string[] = [];
    acquireDbLock(dir, { log: (l) => lines.push(l) });
    expect(lines.join("\n")).toContain(`Oud databaseslot van proces ${dead}`);
    expect(JSON.parse(readFileSync(lockPathFor(dir), "utf8")).pid).toBe(process.pid);
    acquireDbLock(dir); // re-entrant in one process
    releaseDbLock(dir);
    expect(existsSync(lockPathFor(dir))).toBe(false);
  });

  it("a lock from another computer is never taken over automatically", () => {
    const dir = newDir();
    writeFileSync(lockPathFor(dir), JSON.stringify({ pid: 999999, hostname: "andere-server", startedAt: new Date().toISOString(), token: "x" }));
    expect(() => acquireDbLock(dir, { log: () => {} })).toThrow(/op computer andere-server/);
  });

  it("memory:// databases need no lock", () => {
    expect(() => acquireDbLock("memory://")).not.toThrow();
  });
});

process.on("exit", () => rmSync(base, { recursive: true, force: true }));
