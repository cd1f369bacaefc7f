/**
 * `npm run db:restore -- <bestand> [--force]`: puts a back-up from `npm run db:backup` back into the
 * embedded PGlite database. Refuses while the app runs, and refuses to overwrite an existing database
 * without --force (the old directory is then kept as <map>.voor-herstel-<tijd>).
 */
import { BackupError, restorePglite } from "../lib/db-backup.ts";
import { DbLockError } from "../lib/db-lock.ts";
import { env } from "../lib/env.ts";

const e = env();
if (e.DATABASE_URL) {
  console.error("DATABASE_URL is gezet: gebruik voor een PostgreSQL-server pg_restore of psql (zie README).");
  process.exit(1);
}
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("Gebruik: npm run db:restore -- <bestand> [--force]");
  process.exit(1);
}
try {
  const { movedTo } = await restorePglite(e.PGLITE_DIR, file, { force: args.includes("--force") });
  if (movedTo) console.log(`De vorige database staat nu in ${movedTo}.`);
  console.log(`Hersteld uit ${file} naar ${e.PGLITE_DIR}. Start de app opnieuw met npm start.`);
} catch (err) {
  if (err instanceof DbLockError) {
    console.error(`${err.message}\nHerstellen kan alleen als de app niet draait: stop de app eerst.`);
    process.exit(1);
  }
  if (err instanceof BackupError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
