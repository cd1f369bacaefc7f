/**
 * Runs once when the Next.js server starts. With the embedded PGlite database the server process takes
 * the directory lock (lib/db-lock.ts) and holds it for its lifetime: from scripts/start.mts by hand-over,
 * or fresh when `next start` is run directly. When another process holds it, the server stops with a
 * Dutch message instead of opening the same database twice.
 * It registers the content-version query for the page cache of scripts/server.mjs (lib/inhoud-versie.ts).
 * Then the job runner starts (lib/taken: retention every night, later reminders); TAKEN_RUNNER=uit skips it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { holdDbLockForServer } = await import("./lib/db-lock-server");
    holdDbLockForServer();
    // The page cache of scripts/server.mjs reads the content version through the app's database client.
    const { registreerInhoudVersie } = await import("./lib/inhoud-versie");
    registreerInhoudVersie();
    const { startTakenRunner } = await import("./lib/taken/start");
    startTakenRunner();
  }
}
