/**
 * `npm start` (and `npm run dev`): everything a fresh machine needs, then the app.
 *  1. picks the database: DATABASE_URL -> that PostgreSQL; unset -> embedded PGlite under ./data
 *  2. applies pending migrations (idempotent) and the seed (idempotent; demo data unless APP_ENV=production)
 *     with APP_ENV=production it stops while active demo accounts (published password) exist
 *  3. builds the app when there is no build or the sources are newer than it (start only)
 *  4. runs scripts/server.mjs (Next.js behind a server that knows the client's address) or `next dev`
 *     on PORT (default 3000)
 *  `--controle`: only steps 1-2 (migrate, seed, checks), then exit.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../lib/migrations/engine.ts";
import { adapterFactory, db, disconnectDb } from "../lib/db.ts";
import { acquireDbLock, DbLockError, LOCK_TOKEN_ENV, lockTokenFor } from "../lib/db-lock.ts";
import { appUrlWaarschuwing, env, type Env } from "../lib/env.ts";
import { seedDemo, seedReference, seedCounts } from "../prisma/seed-lib.ts";
import { activeDemoAccounts, demoRefusalMessage } from "../lib/demo-accounts.ts";

const dev = process.argv.includes("--dev");
const checkOnly = process.argv.includes("--controle");
let e: Env;
try {
  e = env();
} catch (err) {
  console.error((err as Error).message); // a clear Dutch message, no stack trace
  process.exit(1);
}
const port = String(e.PORT);

console.log(e.DATABASE_URL ? "Database: PostgreSQL (DATABASE_URL)" : `Database: ingebouwde PGlite in ${e.PGLITE_DIR}`);
if (!e.DATABASE_URL) {
  // Fail fast (before migrations and the build) when another process uses this PGlite directory.
  try {
    acquireDbLock(e.PGLITE_DIR, { log: (l) => console.log(l) });
  } catch (err) {
    if (!(err instanceof DbLockError)) throw err;
    console.error(err.message);
    process.exit(1);
  }
}
const applied = await applyMigrations(adapterFactory());
console.log(applied.length ? `Migraties toegepast: ${applied.join(", ")}` : "Database is bij: geen nieuwe migraties.");
if (e.APP_ENV === "production") {
  const demo = await activeDemoAccounts(db);
  if (demo.length) {
    console.error(demoRefusalMessage(demo));
    await disconnectDb();
    process.exit(1);
  }
  await seedReference(db, { demoWijken: false });
} else await seedDemo(db);
console.log("Gegevens:", JSON.stringify(await seedCounts(db)));
// Retention (lib/bewaartermijnen.ts) is a daily job of the job runner the server starts (lib/taken).
// PGlite allows one process at a time: close it for the server, but keep the lock and hand it over
// to the `next start` child (it takes the lock over at start-up in instrumentation.ts).
if (checkOnly) {
  await disconnectDb();
  console.log("Controle klaar: de app kan starten.");
  process.exit(0);
}
// PGlite allows one process at a time: close it for the server, but keep the lock and hand it over
// to the server child (it takes the lock over at start-up in instrumentation.ts).
await disconnectDb({ keepLock: true });

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const lockToken = e.DATABASE_URL ? undefined : lockTokenFor(e.PGLITE_DIR);
const childEnv = {
  ...process.env,
  // The server computes the same default (http://localhost:<PORT>); passing it keeps every child in step.
  APP_URL: e.APP_URL,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? e.APP_URL,
  NEXT_TELEMETRY_DISABLED: "1",
  ...(lockToken ? { [LOCK_TOKEN_ENV]: lockToken } : {}),
};
const nextBin = path.resolve("node_modules/next/dist/bin/next");
if (!dev) {
  const buildId = ".next/BUILD_ID";
  const sources = Math.max(...["app", "components", "lib", "public", "prisma"].map(newestMtime), statSync("package.json").mtimeMs);
  if (!existsSync(buildId) || statSync(buildId).mtimeMs < sources) {
    console.log("Bouwen van de app (next build)...");
    const r = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: childEnv });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
console.log(`Sociale Basis portaal op ${e.APP_URL} (poort ${port})`);
const waarschuwing = appUrlWaarschuwing(e);
if (waarschuwing) console.warn(waarschuwing);
const args = dev ? [nextBin, "dev", "-p", port] : [path.resolve("scripts/server.mjs"), "-p", port];
const child = spawn(process.execPath, args, { stdio: "inherit", env: childEnv });
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
