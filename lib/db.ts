/**
 * The one database client. DATABASE_URL set: that PostgreSQL server (@prisma/adapter-pg).
 * Unset: embedded PGlite (real PostgreSQL as WASM) persisted under PGLITE_DIR (default ./data/pglite).
 * Kept on globalThis so development reloads and separate server bundles share one client.
 * Password hashes and TOTP secrets are omitted unless a query asks for them explicitly.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { env } from "./env.ts";
import { acquireDbLock, releaseDbLock } from "./db-lock.ts";

function makeClient(adapter: SqlDriverAdapterFactory) {
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true, totpGeheim: true } } });
}

export type Db = ReturnType<typeof makeClient>;

type Holder = { prisma?: Db; pglite?: PGlite };
const g = globalThis as unknown as { __sbpDb?: Holder };
const holder: Holder = (g.__sbpDb ??= {});

/**
 * The embedded PGlite instance (only when DATABASE_URL is unset). Takes the directory lock first
 * (lib/db-lock.ts): a second process on the same directory gets a DbLockError with a Dutch message.
 */
export function getPglite(): PGlite {
  if (!holder.pglite) {
    const dir = env().PGLITE_DIR;
    acquireDbLock(dir);
    if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
    holder.pglite = new PGlite(dir);
  }
  return holder.pglite;
}

/**
 * Uses this PGlite instance as the embedded database. The integration tests start each file's in-memory
 * database from one migrated copy (tests/integration/global-setup.ts) instead of migrating it again.
 */
export function useEmbeddedPglite(pglite: PGlite) {
  if (holder.pglite || holder.prisma) throw new Error("De database is al geopend.");
  holder.pglite = pglite;
}

/** A driver-adapter factory for the configured database (used by the migration engine too). */
export function adapterFactory() {
  const url = env().DATABASE_URL;
  return url ? new PrismaPg({ connectionString: url }) : new PrismaPGlite(getPglite());
}

export function getDb(): Db {
  if (!holder.prisma) holder.prisma = makeClient(adapterFactory());
  return holder.prisma;
}

/** Lazy proxy so importing this module never opens a connection by itself. */
export const db: Db = new Proxy({} as Db, {
  get(_t, prop) {
    const client = getDb() as unknown as Record<string | symbol, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

/**
 * Closes the client and releases the PGlite directory lock. `keepLock` keeps the lock so a child
 * process can take it over (scripts/start.mts passes the token, see lib/db-lock.ts).
 */
export async function disconnectDb(opts: { keepLock?: boolean } = {}) {
  const hadPglite = !!holder.pglite;
  await holder.prisma?.$disconnect();
  await holder.pglite?.close();
  holder.prisma = undefined;
  holder.pglite = undefined;
  if (hadPglite && !opts.keepLock) releaseDbLock(env().PGLITE_DIR);
}
