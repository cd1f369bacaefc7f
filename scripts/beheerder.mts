/**
 * `npm run beheerder -- naam@gemeente.nl`: the first beheerder of a new gemeente (or a beheerder who
 * lost their password). Creates the account or makes it beheerder on the configured database
 * (DATABASE_URL or PGLITE_DIR; stop the app first when it uses PGlite) and prints a one-use link to
 * choose a password. Works with APP_ENV=production on an empty database (migrations are applied).
 */
import { applyMigrations } from "../lib/migrations/engine.ts";
import { adapterFactory, disconnectDb } from "../lib/db.ts";
import { env } from "../lib/env.ts";
import { DbLockError } from "../lib/db-lock.ts";
import { maakEersteBeheerder, OngeldigEmailadres } from "../lib/auth/eerste-beheerder.ts";
import { UITNODIGING_CLI_MINUTEN } from "../lib/auth/uitnodiging.ts";

const email = process.argv.slice(2).find((a) => !a.startsWith("-"));
if (!email) {
  console.error("Gebruik: npm run beheerder -- naam@gemeente.nl");
  process.exit(2);
}

let code = 0;
try {
  const e = env();
  console.log(e.DATABASE_URL ? "Database: PostgreSQL (DATABASE_URL)" : `Database: ingebouwde PGlite in ${e.PGLITE_DIR}`);
  await applyMigrations(adapterFactory());
  const r = await maakEersteBeheerder(email);
  console.log(r.nieuw ? `Nieuwe beheerder gemaakt: ${email.trim().toLowerCase()}` : `${email.trim().toLowerCase()} is nu beheerder.`);
  console.log("");
  console.log(`Open deze link binnen ${UITNODIGING_CLI_MINUTEN} minuten en kies een wachtwoord (de link werkt één keer):`);
  console.log(r.url);
  if (e.STAFF_LOGIN === "wachtwoord-totp") console.log("Daarna stelt u de tweestapsverificatie in met een app op uw telefoon.");
  else console.log(`Daarna logt u in met '${e.OIDC_NAME}'.`);
} catch (err) {
  code = 1;
  if (err instanceof OngeldigEmailadres) console.error(`Dit e-mailadres klopt niet: ${err.message}`);
  else if (err instanceof DbLockError) console.error(err.message);
  else if (err instanceof Error && err.message.startsWith("Ongeldige configuratie")) console.error(err.message);
  else {
    console.error("Het maken van de beheerder is mislukt:", err instanceof Error ? err.message : err);
  }
} finally {
  await disconnectDb().catch(() => {});
}
process.exit(code);
