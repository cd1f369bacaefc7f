/**
 * `npm run db:backup [-- bestand]`: a back-up of the embedded PGlite database (default
 * ./backups/pglite-<time>.tar.gz). Refuses while the app has the database open. For a PostgreSQL server
 * (DATABASE_URL) use pg_dump.
 */
import path from "node:path";
import { backupPglite, BackupError } from "../lib/db-backup.ts";
import { DbLockError } from "../lib/db-lock.ts";
import { env } from "../lib/env.ts";

const e = env();
if (e.DATABASE_URL) {
  console.error("DATABASE_URL is gezet: gebruik voor een PostgreSQL-server pg_dump (zie README, 'Back-up van de ingebouwde database').");
  process.exit(1);
}
const arg = process.argv.slice(2).find((a) => !a.startsWith("--"));
const file = arg ?? path.join("backups", `pglite-${new Date().toISOString().replace(/[:.]/g, "-")}.tar.gz`);
try {
  const bytes = await backupPglite(e.PGLITE_DIR, file);
  console.log(`Back-up gemaakt: ${file} (${Math.round(bytes / 1024)} kB).`);
} catch (err) {
  if (err instanceof DbLockError) {
    console.error(`${err.message}\nEen back-up kan alleen als de app niet draait: stop de app eerst.`);
    process.exit(1);
  }
  if (err instanceof BackupError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
