/**
 * The server the browser tests run against: a fresh database (PGlite under ./data/e2e, or with
 * TEST_DB=pg a fresh database on the local PostgreSQL), migrated and seeded with the demo data,
 * a local SMTP sink that stores every mail as JSON in ./data/e2e-mails, and `next start` on E2E_PORT.
 * Requires a production build (`next build`), which `npm test` makes first.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startSmtpSink } from "../support/smtp-sink.ts";
import { startOidcMock } from "../support/oidc-mock.ts";
import { startLocatieserverFake } from "../support/locatieserver-fake.ts";
import { createPgDatabase, dropPgDatabase, isPostgresRun } from "../support/test-db.ts";

const port = process.env.E2E_PORT ?? "3100"; // playwright.config.ts passes a free port
const appUrl = `http://127.0.0.1:${port}`;
const mailDir = path.resolve("data/e2e-mails");
rmSync(mailDir, { recursive: true, force: true });
// TOTP time steps claimed by the workers (tests/e2e/helpers.ts enterTotpCode): a new run starts empty.
rmSync(path.resolve("data/e2e-totp-stappen"), { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });
const uploadDir = path.resolve("data/e2e-uploads");
rmSync(uploadDir, { recursive: true, force: true });

if (!existsSync(".next/BUILD_ID")) {
  console.error("Geen productie-build gevonden: draai eerst `npm run build` (npm test doet dat zelf).");
  process.exit(1);
}

let pgUrl: string | undefined;
if (isPostgresRun()) {
  pgUrl = await createPgDatabase("sbp_e2e");
  process.env.DATABASE_URL = pgUrl;
} else {
  delete process.env.DATABASE_URL;
  const dir = path.resolve("data/e2e-pglite");
  rmSync(dir, { recursive: true, force: true });
  process.env.PGLITE_DIR = dir;
}

// Map tiles from a local stub (one 1x1 PNG for every tile): nothing depends on the network, and
// a failed tile request would show up as a console error (tests/e2e/fixtures.ts).
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mPk+89QDwADvgGOSHzRgAAAAABJRU5ErkJggg==", "base64");
const tiles = createServer((req, res) => {
  res.writeHead(200, { "Content-Type": "image/png", "Content-Length": PNG.length, "Cache-Control": "public, max-age=3600" });
  res.end(req.method === "HEAD" ? undefined : PNG);
});
await new Promise<void>((r) => tiles.listen(0, "127.0.0.1", r));
const tileUrl = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}/{z}/{x}/{y}.png`;

const sink = await startSmtpSink();
let n = 0;
const origPush = sink.messages.push.bind(sink.messages);
sink.messages.push = (...mails) => {
  for (const m of mails) writeFileSync(path.join(mailDir, `${String(++n).padStart(5, "0")}.json`), JSON.stringify(m));
  return origPush(...mails);
};

const oidc = await startOidcMock(); // a real local OIDC provider for "Inloggen via de gemeente"
// Addresses and postcodes from a local fake of the PDOK Locatieserver (real response format).
const locatieserver = await startLocatieserverFake();

const env = {
  ...process.env,
  ...oidc.env,
  APP_ENV: "demo",
  APP_URL: appUrl,
  NEXTAUTH_URL: appUrl,
  NEXTAUTH_SECRET: "e2e-geheim-dat-lang-genoeg-is-1234567890",
  SMTP_URL: sink.url,
  RATE_LIMIT_MAX: "500",
  // Uploaded photos of this run only (emptied above).
  UPLOAD_DIR: uploadDir,
  // Many specs sign in to the same demo staff accounts at once; a refused (already used) code counts as
  // a wrong one. The limit itself is tested in tests/integration/tweestaps.test.ts.
  TOTP_LIMIT_PER_ACCOUNT: "200",
  // Every spec asks its sign-in links from 127.0.0.1; on a fast machine the whole suite runs inside a few of
  // the 10-minute windows. The limit itself is tested in tests/integration/sessies.test.ts.
  INLOGLINK_LIMIT_PER_IP: "1000",
  MAP_TILE_URL: tileUrl,
  LOCATIESERVER_URL: locatieserver.url,
  // Routes that exist only for tests (app/test/*), such as a page that crashes on purpose.
  E2E_TEST_ROUTES: "1",
  // The page cache (scripts/pagina-cache.mjs) stays on; checking the content version on every request
  // keeps it exact, so specs see what they just changed (tests/e2e/pagina-cache.spec.ts).
  PAGINA_CACHE_CONTROLE_MS: "0",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
};
Object.assign(process.env, env);

const { applyMigrations } = await import("../../lib/migrations/engine.ts");
const { adapterFactory, db, disconnectDb } = await import("../../lib/db.ts");
const { seedDemo } = await import("../../prisma/seed-lib.ts");
await applyMigrations(adapterFactory());
await seedDemo(db);
// The CBS import keeps the features of the gemeentecode in the instellingen (lib/gemeente.ts):
// tests/e2e/gebieden.spec.ts uploads the real wijken of Oss (GM0828) next to the Heusden demo seed.
await db.instellingen.update({ where: { id: "gemeente" }, data: { gemeenteCode: "GM0828" } });
// Staff without the second step yet, for tests/e2e/tweestaps.spec.ts (each sets it up once per run).
const { hashPassword } = await import("../../lib/auth/login.ts");
for (const [email, naam, rol] of [
  ["ambtenaar.nieuw@heusden.example", "Nina Nieuw", "AMBTENAAR"],
  ["opbouwwerker.nieuw@heusden.example", "Otto Nieuw", "OPBOUWWERKER"],
] as const) {
  await db.user.create({ data: { email, naam, rol, passwordHash: await hashPassword("SocialeBasis-demo") } });
}
// A dated activity for the iCalendar feed test (tests/e2e/open-data.spec.ts): the demo activities only have a text schedule.
{
  const wijk = await db.wijk.findUniqueOrThrow({ where: { slug: "centrum-drunen" }, select: { id: true } });
  const start = new Date(Date.now() + 7 * 86_400_000);
  await db.activiteit.create({ data: { titel: "Voorleesochtend (e2e)", slug: "voorleesochtend-e2e", wijkId: wijk.id, start, eind: new Date(start.getTime() + 2 * 3600_000) } });
}
// Two recurring activities with a schedule in Nieuwkuijk for tests/e2e/activiteiten.spec.ts: every day,
// so "vandaag" and "deze week" always have them; one free, one not.
{
  const wijk = await db.wijk.findUniqueOrThrow({ where: { slug: "nieuwkuijk" }, select: { id: true } });
  const plek = await db.plek.findFirstOrThrow({ where: { wijkId: wijk.id, categorie: { slug: "buurthuis" } }, select: { id: true } });
  const vanaf = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const rrule = "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR,SA,SU;WKST=MO";
  for (const [titel, slug, kosten, startTijd, eindTijd] of [
    ["Ommetje met de buurt (e2e)", "ommetje-e2e", "Gratis", "10:00", "11:00"],
    ["Schilderclub (e2e)", "schilderclub-e2e", "€ 3 per keer", "14:00", "16:00"],
  ] as const) {
    await db.activiteit.create({
      data: { titel, slug, beschrijving: "Elke dag samen, voor iedereen uit de buurt.", wijkId: wijk.id, plekId: plek.id, kosten, rooster: { create: { rrule, vanaf, startTijd, eindTijd } } },
    });
  }
}
// A new gemeente's first beheerder (tests/e2e/inrichten.spec.ts): the link `npm run beheerder` prints
// (the same function; the real script is run by tests/integration/beheerder-cli.test.ts). Valid for the
// whole run, because that spec runs last.
const { maakEersteBeheerder } = await import("../../lib/auth/eerste-beheerder.ts");
const eerste = await maakEersteBeheerder("beheerder.nieuw@oss.example", 24 * 60);
writeFileSync(path.resolve("data/e2e-beheerder-link.txt"), eerste.url);

// Keep the PGlite lock and hand it over to `next start` (lib/db-lock.ts).
const { lockTokenFor, LOCK_TOKEN_ENV } = await import("../../lib/db-lock.ts");
const lockToken = pgUrl ? undefined : lockTokenFor(process.env.PGLITE_DIR!);
await disconnectDb({ keepLock: true });
if (lockToken) (env as Record<string, string>)[LOCK_TOKEN_ENV] = lockToken;

// scripts/server.mjs = `next start` plus the client's socket address (lib/client-ip.ts), like `npm start`.
const child = spawn(process.execPath, [path.resolve("scripts/server.mjs"), "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
async function stop() {
  child.kill("SIGTERM");
  tiles.close();
  await locatieserver.close();
  await sink.close();
  if (pgUrl) await dropPgDatabase(pgUrl).catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", async (code) => {
  tiles.close();
  await locatieserver.close().catch(() => {});
  await sink.close();
  if (pgUrl) await dropPgDatabase(pgUrl).catch(() => {});
  process.exit(code ?? 0);
});
