/**
 * Issue 13, acceptance: a new gemeente takes the portal into use, as it would for real. Its own empty
 * PostgreSQL database, APP_ENV=production, the real `npm run beheerder` and the real `npm start` on a free
 * port (not the shared demo e2e server), its own SMTP sink and a map tile stub. Then in the browser: the
 * printed link -> password and second step -> instellingen (Oss, GM0828, contact details; without
 * JavaScript) -> upload the real CBS wijken of Oss, preview, confirm (without JavaScript) -> the wijken
 * with their boundaries on /wijken (axe) -> invite an opbouwwerker, who accepts and can edit exactly the
 * wijken assigned -> deactivate them: the next request is refused.
 *
 * Needs a production build (`npx next build`) and a local PostgreSQL (TEST_DATABASE_URL, default
 * postgresql://root@127.0.0.1:5432/test); without a reachable PostgreSQL the spec is skipped. Runs in the
 * Playwright project "inrichten" (after the shared server's specs). Only this file:
 * `npx playwright test tests/e2e/nieuwe-gemeente.spec.ts --no-deps`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { utimesSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible, totpNu } from "./helpers";
import { startSmtpSink, extractLink } from "../support/smtp-sink.ts";
import { createPgDatabase, dropPgDatabase } from "../support/test-db.ts";

const BEHEERDER = "beheerder@oss.example";
const OPBOUWWERKER = "olaf.opbouw@oss.example";
const WACHTWOORD = "Een lang wachtwoord voor Oss 2026";
const OSS = path.resolve("tests/fixtures/cbs-wijken-oss-2023.geojson");

test.describe.configure({ mode: "serial", timeout: 300_000 });

function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return spawnSync(process.execPath, ["-e", script], { encoding: "utf8" }).stdout.trim();
}

process.env.TEST_DATABASE_URL ||= "postgresql://root@127.0.0.1:5432/test";

async function postgresBereikbaar(): Promise<boolean> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

let databaseUrl: string | undefined;
let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;
let tiles: Server | undefined;
let app: ChildProcess | undefined;
let appExit: Promise<unknown> | undefined;
let appOutput = "";
let beheerderLink = "";
const port = freePort();
const baseURL = `http://127.0.0.1:${port}`;

function appEnv(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    APP_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: "nieuwe-gemeente-geheim-dat-lang-genoeg-is",
    SMTP_URL: sink!.url,
    MAIL_FROM: "Sociale Basis Oss <noreply@oss.example>",
    APP_URL: baseURL,
    PORT: port,
    MAP_TILE_URL: `http://127.0.0.1:${(tiles!.address() as AddressInfo).port}/{z}/{x}/{y}.png`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // Nothing of the shared e2e server or a demo setup.
  for (const k of ["PGLITE_DIR", "SBP_DB_LOCK_TOKEN", "E2E_TEST_ROUTES", "NEXTAUTH_URL", "GEMEENTE_NAAM", "LOG_MAGIC_LINKS", "RATE_LIMIT_MAX", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"]) delete e[k];
  return e;
}

test.beforeAll(async () => {
  test.skip(!(await postgresBereikbaar()), `PostgreSQL is niet bereikbaar op ${process.env.TEST_DATABASE_URL}: deze test vraagt een lege PostgreSQL-database.`);
  databaseUrl = await createPgDatabase("sbp_nieuw");
  sink = await startSmtpSink();
  // Map tiles from a local stub: nothing depends on the network (a failed tile is a console error).
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mPk+89QDwADvgGOSHzRgAAAAABJRU5ErkJggg==", "base64");
  tiles = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "image/png", "Content-Length": png.length });
    res.end(png);
  });
  await new Promise<void>((r) => tiles!.listen(0, "127.0.0.1", r));

  // 1. The real `npm run beheerder` on the empty database: it migrates and prints a one-use link.
  const r = spawnSync("npm", ["run", "--silent", "beheerder", "--", BEHEERDER], { env: appEnv(), encoding: "utf8", timeout: 120_000 });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  expect(r.stdout).toContain(`Nieuwe beheerder gemaakt: ${BEHEERDER}`);
  const link = r.stdout.match(/^(https?:\/\/\S+)$/m)?.[1];
  expect(link, r.stdout).toBeTruthy();
  beheerderLink = link!;
  expect(beheerderLink.startsWith(`${baseURL}/`)).toBe(true);

  // 2. The real `npm start` (migrations, reference data, production checks, the server) on that database.
  // scripts/start.mts rebuilds when sources are newer than the build: never here (the build is shared with
  // the e2e server running next to this spec). Mark it fresh.
  const now = new Date();
  utimesSync(".next/BUILD_ID", now, now);
  app = spawn("npm", ["start"], { env: appEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
  app.stdout!.on("data", (d) => (appOutput += d));
  app.stderr!.on("data", (d) => (appOutput += d));
  appExit = new Promise((res) => app!.on("exit", res));
  await expect
    .poll(async () => (await fetch(`${baseURL}/privacy`).catch(() => null))?.status ?? 0, { timeout: 150_000, intervals: [500], message: "npm start answers on /privacy" })
    .toBe(200)
    .catch((err: Error) => {
      throw new Error(`${err.message}\n\nUitvoer van npm start:\n${appOutput}`);
    });
  expect(appOutput).toContain("Database: PostgreSQL (DATABASE_URL)");
  expect(appOutput).not.toContain("Bouwen van de app");
});

test.afterAll(async () => {
  if (app?.pid) {
    try {
      process.kill(-app.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
    await Promise.race([appExit, new Promise((r) => setTimeout(r, 15_000))]);
  }
  await sink?.close().catch(() => {});
  await new Promise<void>((r) => (tiles ? tiles.close(() => r()) : r()));
  if (databaseUrl) await dropPgDatabase(databaseUrl).catch(() => {});
});

async function context(browser: Browser, opts: { javaScriptEnabled?: boolean; storageState?: Awaited<ReturnType<BrowserContext["storageState"]>> } = {}): Promise<Page> {
  const ctx = await browser.newContext({ baseURL, locale: "nl-NL", timezoneId: "Europe/Amsterdam", ...opts });
  return ctx.newPage();
}

async function kiesWachtwoord(page: Page, naam: string) {
  await page.getByLabel("Uw naam").fill(naam);
  await page.getByLabel("Kies een wachtwoord").fill(WACHTWOORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(WACHTWOORD);
  await page.getByRole("button", { name: "Wachtwoord opslaan en verder" }).click();
}

test("a new gemeente on an empty production database: beheerder, instellingen, CBS wijken, opbouwwerker in and out", async ({ browser }) => {
  test.slow();
  // Log in with the link `npm run beheerder` printed: a password, then the second step.
  const page = await context(browser);
  await page.goto(beheerderLink);
  await expect(page.getByRole("heading", { level: 1, name: /Welkom bij de Sociale Basis/ })).toBeVisible();
  await expect(page.getByText(BEHEERDER)).toBeVisible();
  await kiesWachtwoord(page, "Bas Beheer");
  await expect(page).toHaveURL(/\/inloggen\/tweestaps-instellen$/);
  const geheim = (await page.getByTestId("totp-sleutel").innerText()).replace(/\s/g, "");
  await page.getByLabel("Code uit de app", { exact: true }).fill(await totpNu(geheim));
  await page.getByRole("button", { name: "Instellen en inloggen" }).click();
  await expect(page).toHaveURL(/\/beheer$/);
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toContainText("Bas Beheer");

  // Instellingen and the CBS import as plain forms: the same session in a browser without JavaScript.
  const zonderJs = await context(browser, { javaScriptEnabled: false, storageState: await page.context().storageState() });
  await zonderJs.goto("/beheer/instellingen");
  await expect(zonderJs.getByRole("heading", { level: 1, name: "Instellingen van de gemeente" })).toBeVisible();
  await zonderJs.getByLabel("Naam van de gemeente").fill("Oss");
  await zonderJs.getByLabel("CBS-gemeentecode").fill("GM0828");
  await zonderJs.getByLabel("Telefoonnummer").fill("14 0412");
  await zonderJs.getByLabel(/^E-mailadres/).fill("info@oss.example");
  await zonderJs.getByLabel(/^Adres/).fill("Raadhuislaan 10\n5341 GM Oss");
  await zonderJs.getByLabel("Contact voor privacyvragen").fill("Functionaris gegevensbescherming: privacy@oss.example");
  await zonderJs.getByLabel("Welkomsttekst op de homepage").fill("Welkom op het portaal van de gemeente Oss.");
  await zonderJs.getByLabel("Klein bedrag (euro)").fill("600");
  await zonderJs.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(zonderJs.getByRole("status").filter({ hasText: "De instellingen zijn opgeslagen" })).toBeVisible();
  await expect(zonderJs.getByLabel("CBS-gemeentecode")).toHaveValue("GM0828");
  await zonderJs.goto("/contact");
  await expect(zonderJs.getByRole("contentinfo")).toContainText("Een website van de gemeente Oss");
  await expect(zonderJs.getByRole("main")).toContainText("Raadhuislaan 10");
  await zonderJs.goto("/privacy");
  await expect(zonderJs.getByTestId("privacycontact")).toContainText("privacy@oss.example");
  await zonderJs.goto("/");
  await expect(zonderJs.getByTestId("welkomtekst")).toHaveText("Welkom op het portaal van de gemeente Oss.");
  await zonderJs.goto("/initiatief");
  await expect(zonderJs.getByText("Tot en met € 600 is een korte uitleg genoeg")).toBeVisible();

  await zonderJs.goto("/beheer/gebieden");
  await zonderJs.getByLabel("GeoJSON-bestand met wijken of buurten").setInputFiles(OSS);
  await zonderJs.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(zonderJs.getByRole("heading", { level: 1, name: "CBS-import controleren" })).toBeVisible();
  // An empty production database has no gebieden (the Heusden demo wijken are demo content only).
  await expect(zonderJs.locator("#samenvatting")).toHaveText(/^23 nieuw, 0 bijgewerkt, 0 bestaande gebieden zonder CBS-code\.$/);
  await expect(zonderJs.getByRole("region", { name: /^Nieuw/ }).getByText("Ruwaard (wijk, WK082806)")).toBeVisible();
  // nothing applied before the confirmation
  expect((await (await fetch(`${baseURL}/wijken`)).text()).includes("Ruwaard")).toBe(false);
  await zonderJs.getByRole("button", { name: "Bevestigen en inlezen" }).click();
  await expect(zonderJs.locator("#resultaat")).toContainText("De CBS-import is ingelezen: 23 nieuw, 0 bijgewerkt.");
  await zonderJs.context().close();

  // The wijken on /wijken, with their boundaries on the map (polygons, not the circles of gebieden without one).
  await page.goto("/wijken");
  const lijst = page.getByRole("region", { name: "Alle wijken en dorpen" });
  await expect(lijst.getByRole("link", { name: "Ruwaard", exact: true })).toBeVisible();
  await expect(lijst.getByRole("link", { name: "Berghem", exact: true })).toBeVisible();
  const grenzen = page.locator(".leaflet-container path.leaflet-interactive");
  await expect(grenzen.first()).toBeVisible();
  await expect
    .poll(() => grenzen.evaluateAll((paths) => paths.filter((p) => !/a/i.test(p.getAttribute("d") ?? "")).length))
    .toBe(23);
  await expectAccessible(page);

  // Invite an opbouwwerker (the e-mail arrives in this spec's own SMTP sink).
  await page.goto("/beheer/gebruikers");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Een medewerker uitnodigen" }) });
  await form.getByLabel("E-mailadres").fill(OPBOUWWERKER);
  await form.getByLabel("Naam").fill("Olaf Opbouw");
  await form.getByLabel("Rol").selectOption("OPBOUWWERKER");
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De uitnodiging is verstuurd" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Olaf Opbouw" })).toBeVisible();
  const mail = await sink!.waitFor((m) => m.to.includes(OPBOUWWERKER) && /Uitnodiging voor de Sociale Basis/.test(m.subject), 20_000);
  const uitnodiging = extractLink(mail.text, "/inloggen/uitnodiging");
  expect(uitnodiging.startsWith(`${baseURL}/`)).toBe(true);

  // Give them two wijken of Oss.
  for (const wijk of ["Ruwaard", "Schadewijk"]) {
    await page.getByLabel("Wijk of dorp toevoegen").selectOption({ label: wijk });
    await page.getByRole("button", { name: "Wijk toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De wijk is toegevoegd" })).toBeVisible();
    await expect(page.getByRole("button", { name: `${wijk} weghalen` })).toBeVisible();
  }

  // They accept and can edit exactly those wijken.
  const ow = await context(browser);
  await ow.goto(uitnodiging);
  await expect(ow.getByText("U bent uitgenodigd als opbouwwerker")).toBeVisible();
  await kiesWachtwoord(ow, "Olaf Opbouw");
  await expect(ow).toHaveURL(/\/beheer$/);
  await ow.goto("/beheer/wijken/ruwaard/agenda");
  await expect(ow.getByRole("heading", { level: 1, name: "Sociale agenda van Ruwaard" })).toBeVisible();
  const thema = ow.locator("form", { has: ow.locator("#nieuw-thema-titel") });
  await thema.getByLabel("Thema (vraagstuk)").fill("Ontmoeting in de Ruwaard");
  await thema.getByLabel("Beschrijving").fill("Nieuwe bewoners kennen elkaar nog niet.");
  await thema.getByRole("button", { name: "Thema toevoegen" }).click();
  await expect(ow.getByRole("heading", { level: 1, name: "Thema: Ontmoeting in de Ruwaard" })).toBeVisible();
  await ow.goto("/beheer/wijken/schadewijk/agenda");
  await expect(ow.getByRole("heading", { level: 1, name: "Sociale agenda van Schadewijk" })).toBeVisible();
  await ow.goto("/beheer/wijken/berghem/agenda");
  await expect(ow).toHaveURL(/\/geen-toegang\?reden=wijk/);
  await ow.goto("/beheer/gebruikers");
  await expect(ow).toHaveURL(/\/geen-toegang\?reden=beheerder/);

  // Deactivate: their very next request is refused, even with the session cookie they still have.
  await page.getByRole("button", { name: "Account uitzetten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het account is uitgezet" })).toBeVisible();
  await expect(page.getByTestId("status")).toHaveText("Uitgezet");
  await ow.goto("/beheer/wijken/ruwaard/agenda");
  await expect(ow).toHaveURL(/\/inloggen\?terug=/);
  await expect(ow.getByRole("banner").getByText("Ingelogd als")).toHaveCount(0);
  await ow.context().close();
  await page.context().close();
});
