/** Used by instrumentation.ts only: the Next.js server process takes (or takes over) the PGlite lock. */
import { env } from "./env.ts";
import { acquireDbLock, DbLockError } from "./db-lock.ts";

export function holdDbLockForServer() {
  const e = env();
  if (e.DATABASE_URL) return;
  try {
    acquireDbLock(e.PGLITE_DIR, { takeOver: true });
  } catch (err) {
    if (!(err instanceof DbLockError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}
