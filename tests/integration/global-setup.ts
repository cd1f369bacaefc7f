/**
 * Once per `vitest run` (PGlite only): one in-memory PGlite migrated with every migration, saved as a
 * data-directory tarball. Each integration test file then starts its own database from that copy
 * (tests/integration/setup.ts) instead of running initdb and all migrations again: the same migrated
 * database, about a quarter of the set-up time per file. The file name carries a hash of the migrations,
 * the schema and the PGlite version, so a changed migration always gets a new copy.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations, listMigrationDirs, MIGRATIONS_DIR, SCHEMA_PATH } from "../../lib/migrations/engine.ts";
import { isPostgresRun } from "../support/test-db.ts";

function snapshotPath(): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(path.resolve("node_modules/@electric-sql/pglite/package.json")));
  hash.update(readFileSync(SCHEMA_PATH));
  for (const dir of listMigrationDirs()) hash.update(dir).update(readFileSync(path.join(MIGRATIONS_DIR, dir, "migration.sql")));
  return path.resolve("node_modules/.cache/sbp-tests", `pglite-${hash.digest("hex").slice(0, 16)}.tar`);
}

export default async function setup({ provide }: { provide: (key: "pgliteSnapshot", value: string) => void }) {
  if (isPostgresRun()) return;
  const file = snapshotPath();
  if (!existsSync(file)) {
    const pglite = new PGlite("memory://");
    await applyMigrations(new PrismaPGlite(pglite));
    await pglite.exec("VACUUM ANALYZE");
    const tar = await pglite.dumpDataDir("none");
    await pglite.close();
    mkdirSync(path.dirname(file), { recursive: true });
    // Written under another name first: a second run at the same time never reads half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await tar.arrayBuffer()));
    renameSync(tmp, file);
    // Copies for older migrations (43 MB each) are not read again once no run that started with them is
    // still going: removed after a day.
    for (const naam of readdirSync(path.dirname(file))) {
      const oud = path.join(path.dirname(file), naam);
      if (/^pglite-[0-9a-f]{16}\.tar$/.test(naam) && Date.now() - statSync(oud).mtimeMs > 86_400_000) rmSync(oud, { force: true });
    }
  }
  provide("pgliteSnapshot", file);
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot?: string;
  }
}
