/**
 * Back-up and restore of the embedded PGlite database (`npm run db:backup` / `npm run db:restore`).
 * A back-up is PGlite's own data-directory dump (a gzipped tarball, `dumpDataDir`); a restore opens a new
 * PGlite on an empty directory with `loadDataDir`. Both take the directory lock (lib/db-lock.ts), so they
 * refuse while the app (or anything else) has the database open.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { acquireDbLock, releaseDbLock } from "./db-lock.ts";

export class BackupError extends Error {}

function isEmptyDir(dir: string) {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** Writes a dump of the PGlite directory to `file`. Returns the number of bytes written. */
export async function backupPglite(dir: string, file: string): Promise<number> {
  if (isEmptyDir(dir)) throw new BackupError(`Er is geen database in ${path.resolve(dir)}: er valt niets te back-uppen.`);
  acquireDbLock(dir);
  try {
    const pg = new PGlite(dir);
    try {
      await pg.waitReady; // dumpDataDir on a PGlite that is not ready yet never resolves
      const blob = await pg.dumpDataDir("gzip");
      const bytes = new Uint8Array(await blob.arrayBuffer());
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      writeFileSync(file, bytes);
      return bytes.length;
    } finally {
      await pg.close();
    }
  } finally {
    releaseDbLock(dir);
  }
}

/**
 * Restores `file` into the PGlite directory. Refuses when the directory holds a database, unless `force`:
 * then the current directory is first moved aside (returned as `movedTo`), not deleted.
 */
export async function restorePglite(dir: string, file: string, opts: { force?: boolean; now?: Date } = {}): Promise<{ movedTo?: string }> {
  if (!existsSync(file)) throw new BackupError(`Het bestand ${file} bestaat niet.`);
  acquireDbLock(dir);
  try {
    let movedTo: string | undefined;
    if (!isEmptyDir(dir)) {
      if (!opts.force) {
        throw new BackupError(
          `In ${path.resolve(dir)} staat al een database. Herstellen overschrijft die. Weet u het zeker? Voeg dan --force toe; de huidige map wordt dan eerst bewaard als <map>.voor-herstel-<tijd>.`,
        );
      }
      const stamp = (opts.now ?? new Date()).toISOString().replace(/[:.]/g, "-");
      movedTo = `${path.resolve(dir)}.voor-herstel-${stamp}`;
      renameSync(dir, movedTo);
    }
    mkdirSync(dir, { recursive: true });
    const data = readFileSync(file);
    const pg = new PGlite(dir, { loadDataDir: new Blob([data]) });
    try {
      await pg.query("SELECT 1");
    } finally {
      await pg.close();
    }
    return { movedTo };
  } finally {
    releaseDbLock(dir);
  }
}
