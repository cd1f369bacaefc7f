/**
 * `npm run bewaartermijnen`: removes data past its retention term (lib/bewaartermijnen.ts) now, by hand.
 * The app does this itself every night (job "bewaartermijnen" in lib/taken/taken.ts); this script is for
 * a run outside the app. Idempotent and safe on several machines at once.
 */
import { db, disconnectDb } from "../lib/db.ts";
import { DbLockError } from "../lib/db-lock.ts";
import { voerBewaartermijnenUit } from "../lib/bewaartermijnen-job.ts";

try {
  const r = await voerBewaartermijnenUit(db);
  console.log(`Bewaartermijnen toegepast (${new Date().toISOString()}): ${JSON.stringify(r)}`);
} catch (err) {
  if (err instanceof DbLockError) {
    console.error(`${err.message}\nMet de ingebouwde database kan dit alleen als de app niet draait. Gebruik PostgreSQL (DATABASE_URL) om het naast de app te draaien.`);
    process.exit(1);
  }
  throw err;
} finally {
  await disconnectDb();
}
