/**
 * Each integration test file gets its own migrated database: in-memory PGlite (started from one copy that
 * tests/integration/global-setup.ts migrated once per run), or (TEST_DB=pg) a fresh database on the
 * local PostgreSQL server. The data layer's `db` points at it.
 */
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, inject } from "vitest";
import { createPgDatabase, dropPgDatabase, isPostgresRun } from "../support/test-db.ts";

let pgUrl: string | undefined;

if (isPostgresRun()) {
  pgUrl = await createPgDatabase();
  process.env.DATABASE_URL = pgUrl;
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
}
process.env.APP_ENV = "demo";
process.env.APP_URL = "http://localhost:3000";

const { applyMigrations } = await import("../../lib/migrations/engine.ts");
const { adapterFactory, disconnectDb, useEmbeddedPglite } = await import("../../lib/db.ts");
// PGlite: a copy of the database that tests/integration/global-setup.ts migrated once per run.
const snapshot = pgUrl ? undefined : inject("pgliteSnapshot");

beforeAll(async () => {
  if (snapshot) useEmbeddedPglite(await PGlite.create({ loadDataDir: new Blob([readFileSync(snapshot)]) }));
  else await applyMigrations(adapterFactory());
});

afterAll(async () => {
  await disconnectDb();
  if (pgUrl) await dropPgDatabase(pgUrl);
});

// Server actions read the signed-in user, request headers and the cache through Next.js APIs that
// only exist inside a request. Here they get a stand-in per test; the database stays real.
//
// - The signed-in user: `actAs(actor)` (tests/support/actors.ts) sets it for the rest of the file.
//   Until a test file calls actAs, or after `useSessionCookie()`, it is read from the real session
//   cookie, exactly as in a request (lib/auth/huidige-gebruiker.ts). Only `currentUser` is replaced:
//   the page guards (`requireUserPage`, `requireStaffPage` in lib/auth/session.ts) are the real ones.
// - Cookies: one real jar per test. What the code writes (the session cookie, the draft key of an
//   initiative) is kept and read back by later calls in the same test; `cookieJar()` shows it.
import { beforeEach, vi } from "vitest";
import type { Actor } from "../../lib/auth/permissions.ts";

type TestCookie = { name: string; value: string; path?: string; httpOnly?: boolean; secure?: boolean; sameSite?: unknown; maxAge?: number; expires?: unknown };
const testState = globalThis as unknown as { __testActor: Actor | null | undefined; __testIp: string; __testCookies: Map<string, TestCookie> };
testState.__testActor = undefined;
testState.__testIp = "127.0.0.1";
testState.__testCookies = new Map();
beforeEach(() => {
  testState.__testCookies.clear();
});

vi.mock("@/lib/auth/huidige-gebruiker", async (importOriginal) => {
  const echt = await importOriginal<typeof import("../../lib/auth/huidige-gebruiker.ts")>();
  return {
    currentUser: async () => {
      const actor = (globalThis as unknown as { __testActor: Actor | null | undefined }).__testActor;
      return actor === undefined ? echt.currentUser() : actor;
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => {
    const g = globalThis as unknown as { __testIp: string; __testHeaders?: Record<string, string> };
    return new Headers({ "x-forwarded-for": g.__testIp, ...g.__testHeaders });
  },
  cookies: async () => {
    const jar = (globalThis as unknown as { __testCookies: Map<string, TestCookie> }).__testCookies;
    const gone = (c: TestCookie) => (c.maxAge !== undefined && c.maxAge <= 0) || (c.expires !== undefined && new Date(c.expires as string | number | Date).getTime() <= Date.now());
    return {
      get: (name: string) => {
        const c = jar.get(name);
        return c ? { name: c.name, value: c.value } : undefined;
      },
      getAll: () => [...jar.values()].map((c) => ({ name: c.name, value: c.value })),
      has: (name: string) => jar.has(name),
      set: (...args: [string, string, Omit<TestCookie, "name" | "value">?] | [TestCookie]) => {
        const c: TestCookie = typeof args[0] === "string" ? { ...(args[2] ?? {}), name: args[0], value: String(args[1]) } : { ...args[0] };
        if (gone(c)) jar.delete(c.name);
        else jar.set(c.name, c);
      },
      delete: (arg: string | { name: string }) => {
        jar.delete(typeof arg === "string" ? arg : arg.name);
      },
    };
  },
}));
