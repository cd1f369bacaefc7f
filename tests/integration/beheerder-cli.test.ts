/**
 * Issue 13, first run: `npm run beheerder -- naam@gemeente.nl` on an empty database with
 * APP_ENV=production creates the first beheerder and prints a one-use link. Runs the real script as a
 * child process on its own database (PGlite directory or a fresh PostgreSQL database), then reads
 * that database directly.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgDatabase, dropPgDatabase, isPostgresRun } from "../support/test-db.ts";

const tsx = path.resolve("node_modules/.bin/tsx");
let dbEnv: Record<string, string>;
let pgUrl: string | undefined;
let dir: string | undefined;

beforeAll(async () => {
  if (isPostgresRun()) {
    pgUrl = await createPgDatabase("sbp_beheerder");
    dbEnv = { DATABASE_URL: pgUrl };
  } else {
    dir = mkdtempSync(path.join(tmpdir(), "sbp-beheerder-"));
    dbEnv = { DATABASE_URL: "", PGLITE_DIR: dir };
  }
});
afterAll(async () => {
  if (pgUrl) await dropPgDatabase(pgUrl);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const production = {
  APP_ENV: "production",
  NEXTAUTH_SECRET: "productie-geheim-voor-de-test-1234567890",
  SMTP_URL: "smtp://127.0.0.1:2525",
  APP_URL: "https://sociale-basis.oss.example",
};

function run(args: string[], extra: Record<string, string | undefined> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...dbEnv, NEXT_TELEMETRY_DISABLED: "1", ...production, ...extra };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(tsx, ["scripts/beheerder.mts", ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGTERM"), 120_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

/** Reads the script's database (after the script has exited, so the PGlite directory is free). */
async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  if (pgUrl) {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try {
      return (await c.query(sql, params)).rows as T[];
    } finally {
      await c.end();
    }
  }
  const p = new PGlite(dir!);
  try {
    return (await p.query<T>(sql, params)).rows;
  } finally {
    await p.close();
  }
}

function tokenUit(out: string): string {
  const m = out.match(/https:\/\/sociale-basis\.oss\.example\/inloggen\/uitnodiging\?token=([A-Za-z0-9_-]+)/);
  if (!m) throw new Error(`Geen link in de uitvoer:\n${out}`);
  return m[1];
}

describe("npm run beheerder", () => {
  it("on an empty production database: creates the first beheerder and prints a one-use link valid 60 minutes", { timeout: 240_000 }, async () => {
    const r = await run(["Eerste.Beheerder@Oss.example"]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/Nieuwe beheerder gemaakt: eerste\.beheerder@oss\.example/);
    expect(r.out).toMatch(/binnen 60 minuten/);
    expect(r.out).toMatch(/tweestapsverificatie/);
    const token = tokenUit(r.out);

    const users = await query<{ id: string; rol: string; actief: boolean; demo: boolean; passwordHash: string | null }>(
      `SELECT "id", "rol", "actief", "demo", "passwordHash" FROM "User"`,
    );
    expect(users).toHaveLength(1); // no demo accounts in production
    expect(users[0]).toMatchObject({ rol: "BEHEERDER", actief: true, demo: false, passwordHash: null });
    const links = await query<{ tokenHash: string; verlooptOp: Date; createdAt: Date; gebruiktOp: Date | null }>(
      `SELECT "tokenHash", "verlooptOp", "createdAt", "gebruiktOp" FROM "Uitnodiging" WHERE "userId" = $1`,
      [users[0].id],
    );
    expect(links).toHaveLength(1);
    expect(links[0].tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(links[0].gebruiktOp).toBeNull();
    const minuten = (new Date(links[0].verlooptOp).getTime() - new Date(links[0].createdAt).getTime()) / 60_000;
    expect(minuten).toBeGreaterThan(59);
    expect(minuten).toBeLessThan(61);
    const audit = await query<{ actie: string; actorId: string | null }>(`SELECT "actie", "actorId" FROM "AuditLog" WHERE "entiteitId" = $1`, [users[0].id]);
    expect(audit).toEqual([{ actie: "gebruiker.beheerder_gemaakt", actorId: null }]);

    // Run again (lost the link): the same account, a new link; the old link stops working.
    const again = await run(["eerste.beheerder@oss.example"]);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toMatch(/eerste\.beheerder@oss\.example is nu beheerder/);
    const nieuw = tokenUit(again.out);
    expect(nieuw).not.toBe(token);
    const open = await query<{ tokenHash: string }>(`SELECT "tokenHash" FROM "Uitnodiging" WHERE "verlooptOp" > now()`);
    expect(open.map((o) => o.tokenHash)).toEqual([createHash("sha256").update(nieuw).digest("hex")]);
  });

  it("promotes an existing account; refuses a wrong address and a missing argument with a Dutch message", { timeout: 240_000 }, async () => {
    await query(`INSERT INTO "User" ("id", "email", "rol", "updatedAt") VALUES ('inwoner1', 'inwoner@oss.example', 'INWONER', now())`);
    const r = await run(["inwoner@oss.example"]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/is nu beheerder/);
    expect(await query(`SELECT "rol" FROM "User" WHERE "id" = 'inwoner1'`)).toEqual([{ rol: "BEHEERDER" }]);

    const fout = await run(["geen-adres"]);
    expect(fout.code).toBe(1);
    expect(fout.out).toMatch(/Dit e-mailadres klopt niet/);
    expect(fout.out).not.toMatch(/at .*\.ts:\d+/);
    const leeg = await run([]);
    expect(leeg.code).toBe(2);
    expect(leeg.out).toMatch(/Gebruik: npm run beheerder -- naam@gemeente\.nl/);
  });
});
