/**
 * Test databases: in-memory PGlite by default; with TEST_DB=pg a fresh database on the PostgreSQL
 * server in TEST_DATABASE_URL (created per test file, dropped afterwards). Refuses non-local servers.
 */
import pg from "pg";

export function assertLocalDatabaseUrl(url: string) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1", "[::1]", ""].includes(host)) {
    throw new Error(`Tests weigeren een niet-lokale database (${host}). Gebruik een lokale PostgreSQL voor TEST_DATABASE_URL.`);
  }
}

export function isPostgresRun(): boolean {
  return process.env.TEST_DB === "pg";
}

export function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DB=pg vraagt TEST_DATABASE_URL (bijv. postgresql://root@127.0.0.1:5432/test).");
  assertLocalDatabaseUrl(url);
  return url;
}

export async function createPgDatabase(prefix = "sbp_t"): Promise<string> {
  const admin = adminUrl();
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function dropPgDatabase(url: string) {
  const name = new URL(url).pathname.slice(1);
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
}
