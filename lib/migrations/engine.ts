/**
 * Prisma's own schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm), driven over a
 * driver adapter. This replaces the schema-engine binary that the Prisma CLI would download
 * (impossible on an offline machine). Migrations stay in Prisma's layout (prisma/migrations/<ts>_<name>/
 * migration.sql + migration_lock.toml) and are recorded in _prisma_migrations exactly as
 * `prisma migrate deploy` does, so a connected machine can keep using the standard CLI.
 *
 * Plain Node module (no Next.js, no server-only): used by the start script, the test set-up and
 * the `db:migration` command.
 */
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

let wasmReady: Promise<void> | null = null;

function initWasm(): Promise<void> {
  if (!wasmReady) {
    wasmReady = (async () => {
      const entry = require.resolve("@prisma/schema-engine-wasm");
      const bytes = readFileSync(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
      const { instance } = await WebAssembly.instantiate(bytes, {
        "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
      });
      (bg as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(instance.exports);
      (instance.exports as unknown as { __wbindgen_start(): void }).__wbindgen_start();
    })();
  }
  return wasmReady;
}

const FILTERS = { externalTables: [], externalEnums: [] };

export function readSchema(): string {
  return readFileSync(SCHEMA_PATH, "utf8");
}

async function openEngine(factory: SqlMigrationAwareDriverAdapterFactory, schema = readSchema()) {
  await initWasm();
  const SchemaEngine = (bg as unknown as { SchemaEngine: typeof SchemaEngineType }).SchemaEngine;
  const logs: string[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    (log: string) => logs.push(log),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return engine;
}

export function listMigrationDirs(dir = MIGRATIONS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .filter((name) => existsSync(path.join(dir, name, "migration.sql")))
    .sort();
}

function migrationsList(dir = MIGRATIONS_DIR) {
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: listMigrationDirs(dir).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** Applies every migration not yet applied. Idempotent. Returns the names applied now. */
export async function applyMigrations(
  factory: SqlMigrationAwareDriverAdapterFactory,
  dir = MIGRATIONS_DIR,
): Promise<string[]> {
  const engine = await openEngine(factory);
  try {
    const result = await engine.applyMigrations({ migrationsList: migrationsList(dir), filters: FILTERS });
    return result.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that turns the database behind `factory` into the given schema (empty string: no difference).
 * Used to write a new migration (database = all current migrations applied) and to detect drift.
 */
export async function diffDatabaseToSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema = readSchema(),
): Promise<string> {
  const engine = await openEngine(factory, schema);
  try {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: schema }], configDir: PRISMA_DIR },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    return normaliseDiff(result.stdout);
  } finally {
    engine.free();
  }
}

/** SQL for a whole schema from nothing (the first migration). */
export async function diffEmptyToSchema(
  factory: SqlMigrationAwareDriverAdapterFactory,
  schema = readSchema(),
): Promise<string> {
  const engine = await openEngine(factory, schema);
  try {
    const result = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    });
    return normaliseDiff(result.stdout);
  } finally {
    engine.free();
  }
}

function normaliseDiff(sql: string | null): string {
  const trimmed = (sql ?? "").trim();
  return trimmed === "-- This is an empty migration." ? "" : trimmed;
}
