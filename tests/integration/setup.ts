/**
 * Each integration test file gets its own empty, migrated database: in-memory PGlite, or (TEST_DB=pg)
 * a fresh database on the local PostgreSQL server. The data layer's `db` points at it.
 */
import { afterAll, beforeAll } from "vitest";
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
const { adapterFactory, disconnectDb } = await import("../../lib/db.ts");

beforeAll(async () => {
  await applyMigrations(adapterFactory());
});

afterAll(async () => {
  await disconnectDb();
  if (pgUrl) await dropPgDatabase(pgUrl);
});

// Server actions read the signed-in user, request headers and the cache through Next.js APIs that
// only exist inside a request. Tests set the acting user explicitly; the database stays real.
import { vi } from "vitest";
import type { Actor } from "../../lib/auth/permissions.ts";

const testState = globalThis as unknown as { __testActor: Actor | null; __testIp: string };
testState.__testActor = null;
testState.__testIp = "127.0.0.1";

vi.mock("@/lib/auth/session", () => ({
  currentUser: async () => (globalThis as unknown as { __testActor: Actor | null }).__testActor,
  requireUserPage: async () => {
    const a = (globalThis as unknown as { __testActor: Actor | null }).__testActor;
    if (!a) throw new Error("redirect:/inloggen");
    return a;
  },
  requireStaffPage: async () => (globalThis as unknown as { __testActor: Actor | null }).__testActor,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({
  headers: async () => {
    const g = globalThis as unknown as { __testIp: string; __testHeaders?: Record<string, string> };
    return new Headers({ "x-forwarded-for": g.__testIp, ...g.__testHeaders });
  },
  cookies: async () => {
    const jar = new Map<string, string>();
    return { get: (n: string) => (jar.has(n) ? { name: n, value: jar.get(n) } : undefined), set: (n: string, v: string) => jar.set(n, v), delete: (n: string) => jar.delete(n), has: (n: string) => jar.has(n) };
  },
}));
