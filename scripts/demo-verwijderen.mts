/**
 * `npm run demo:verwijderen`: switches off the demo accounts (published password) in the configured
 * database (DATABASE_URL or PGLITE_DIR): not active, no password, sessions ended. Needed before a
 * database that once ran as demo may start with APP_ENV=production.
 */
import { applyMigrations } from "../lib/migrations/engine.ts";
import { adapterFactory, db, disconnectDb } from "../lib/db.ts";
import { env } from "../lib/env.ts";
import { deactivateDemoAccounts } from "../lib/demo-accounts.ts";

const e = env();
console.log(e.DATABASE_URL ? "Database: PostgreSQL (DATABASE_URL)" : `Database: ingebouwde PGlite in ${e.PGLITE_DIR}`);
await applyMigrations(adapterFactory());
const n = await deactivateDemoAccounts(db);
console.log(n ? `${n} demo-account(s) uitgezet: niet meer actief, wachtwoord verwijderd, sessies beëindigd.` : "Geen actieve demo-accounts gevonden.");
await disconnectDb();
