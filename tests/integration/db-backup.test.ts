/**
 * `npm run db:backup` / `npm run db:restore` for the embedded PGlite database, on a real PGlite directory
 * with the real schema (migrations applied). The lock (finding 3) makes both refuse while the app runs.
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { applyMigrations } from "../../lib/migrations/engine.ts";
import { backupPglite, restorePglite } from "../../lib/db-backup.ts";
import { acquireDbLock, DbLockError, releaseDbLock } from "../../lib/db-lock.ts";

const base = mkdtempSync(path.join(tmpdir(), "sbp-backup-"));
const dir = path.join(base, "pglite");
const file = path.join(base, "backup.tar.gz");

afterAll(() => rmSync(base, { recursive: true, force: true }));

async function withDb<T>(fn: (db: PrismaClient, pg: PGlite) => Promise<T>): Promise<T> {
  acquireDbLock(dir);
  const pg = new PGlite(dir);
  const db = new PrismaClient({ adapter: new PrismaPGlite(pg) });
  try {
    return await fn(db, pg);
  } finally {
    await db.$disconnect();
    await pg.close();
    releaseDbLock(dir);
  }
}

describe("db:backup and db:restore (PGlite)", () => {
  it("backup, change data, restore: the data is back", { timeout: 120_000 }, async () => {
    await withDb(async (db, pg) => {
      await applyMigrations(new PrismaPGlite(pg));
      await db.wijk.create({ data: { naam: "Voor de back-up", slug: "voor", lat: 51.7, lng: 5.1 } });
    });
    const bytes = await backupPglite(dir, file);
    expect(bytes).toBeGreaterThan(1000);

    await withDb(async (db) => {
      await db.wijk.deleteMany({});
      await db.wijk.create({ data: { naam: "Na de back-up", slug: "na", lat: 51.7, lng: 5.1 } });
    });

    // refuses to overwrite without --force
    await expect(restorePglite(dir, file)).rejects.toThrow(/--force/);
    const { movedTo } = await restorePglite(dir, file, { force: true });
    expect(movedTo && existsSync(movedTo)).toBe(true);

    const namen = await withDb(async (db) => (await db.wijk.findMany({ select: { naam: true } })).map((w) => w.naam));
    expect(namen).toEqual(["Voor de back-up"]);
  });

  it("refuses while another process (the app) holds the lock", async () => {
    const { spawn } = await import("node:child_process");
    // a child process that takes the lock and keeps it until we stop it
    const script = `import { acquireDbLock } from ${JSON.stringify(path.resolve("lib/db-lock.ts"))}; acquireDbLock(${JSON.stringify(dir)}); console.log("locked"); setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on("data", (d) => String(d).includes("locked") && resolve());
        child.on("exit", () => reject(new Error("lock holder exited")));
      });
      await expect(backupPglite(dir, path.join(base, "b2.tar.gz"))).rejects.toThrow(DbLockError);
      await expect(restorePglite(dir, file, { force: true })).rejects.toThrow(/al in gebruik/);
    } finally {
      child.kill("SIGTERM");
    }
  });
});
