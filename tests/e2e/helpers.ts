import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readdirSync, readFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generate } from "otplib";
import type { ReceivedMail } from "../support/smtp-sink.ts";
import { DEMO_TOTP_GEHEIM } from "../../prisma/demo-data.ts";

export const STAFF_PASSWORD = "SocialeBasis-demo";
export { DEMO_TOTP_GEHEIM };
const MAIL_DIR = path.resolve("data/e2e-mails");

/** axe scan: no serious or critical violations (WCAG 2.1 A/AA rules). */
export async function expectAccessible(page: Page, options: { exclude?: string[] } = {}) {
  // Metadata (the <title>) may stream in after the body: scan the finished page.
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 10_000 });
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
  for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
  const results = await builder.analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export function mails(): ReceivedMail[] {
  if (!existsSync(MAIL_DIR)) return [];
  return readdirSync(MAIL_DIR)
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(MAIL_DIR, f), "utf8")) as ReceivedMail);
}

/** Waits for a mail to `to` (matching `subject`, if given) that arrived after `after` mails existed. */
export async function waitForMail(to: string, opts: { subject?: RegExp; after?: number } = {}): Promise<ReceivedMail> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const all = mails().slice(opts.after ?? 0);
    const found = all.reverse().find((m) => m.to.includes(to.toLowerCase()) && (!opts.subject || opts.subject.test(m.subject)));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Geen e-mail aan ${to} ontvangen`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function linkIn(mail: ReceivedMail, pathPart: string): string {
  const m = mail.text.match(new RegExp(`https?://\\S*${pathPart.replace(/\//g, "\\/")}\\S*`));
  if (!m) throw new Error(`Geen link met ${pathPart} in:\n${mail.text}`);
  return m[0];
}

/**
 * Per worker: the session cookie of each staff account this worker signed in to. A code works once per
 * account and time step (30 s), and many specs sign in to the same demo accounts; reusing a session
 * that is still valid keeps the suite from queueing for time steps. A session that no longer works
 * (logged out, revoked) is dropped and the full sign-in runs.
 */
const staffSessies = new Map<string, Awaited<ReturnType<ReturnType<Page["context"]>["cookies"]>>>();

/** Signs in staff with the demo password and, for accounts with the second step, a code from the demo secret. */
export async function loginAsStaff(page: Page, email: string) {
  const banner = page.getByRole("banner").getByText("Ingelogd als");
  const bewaard = staffSessies.get(email);
  if (bewaard) {
    await page.context().addCookies(bewaard);
    await page.goto("/beheer");
    if (await banner.isVisible()) return;
    await page.context().clearCookies();
    staffSessies.delete(email);
  }
  await signInAsStaff(page, email);
  staffSessies.set(email, (await page.context().cookies()).filter((c) => c.name.includes("session-token")));
}

async function signInAsStaff(page: Page, email: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres", { exact: true }).nth(1).fill(email);
  await page.getByLabel("Wachtwoord").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  const banner = page.getByRole("banner").getByText("Ingelogd als");
  const tweedeStap = page.getByRole("heading", { level: 1, name: "Tweede stap van inloggen" });
  await expect(banner.or(tweedeStap)).toBeVisible();
  if (await tweedeStap.isVisible()) await enterTotpCode(page, DEMO_TOTP_GEHEIM, email);
  await expect(banner).toBeVisible();
}

/** The code an authenticator app shows for `secret`, `offsetMs` from now. */
export function totpNu(secret: string, offsetMs = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor((Date.now() + offsetMs) / 1000) });
}

const stapNu = () => Math.floor(Date.now() / 30_000);
/** Time steps claimed by any worker of this run, one empty file per account and step (tests/e2e/server.mts empties it). */
const STAPPEN_DIR = path.resolve("data/e2e-totp-stappen");

/** Claims `stap` for `account` across all workers (an atomic exclusive create); false when another worker has it. */
function claimStap(account: string, stap: number): boolean {
  mkdirSync(STAPPEN_DIR, { recursive: true });
  try {
    writeFileSync(path.join(STAPPEN_DIR, `${account.replace(/[^A-Za-z0-9.@-]/g, "_")}-${stap}`), "", { flag: "wx" });
    return true;
  } catch {
    return false;
  }
}

/**
 * On /inloggen/tweede-stap: enters a code and waits for the session. A code works once per account
 * (replay protection), and other tests sign in to the same demo account at the same time. So every
 * worker first claims a time step no other worker has used (claimStap); the server accepts one step
 * ahead, and when the next free step is further ahead, we wait for it.
 */
export async function enterTotpCode(page: Page, secret: string, account = secret) {
  const banner = page.getByRole("banner").getByText("Ingelogd als");
  const fout = page.locator(".error-summary");
  for (let poging = 0; poging < 5; poging++) {
    let stap = stapNu();
    while (!claimStap(account, stap)) stap++;
    if (stap > stapNu() + 1) await page.waitForTimeout((stap - 1) * 30_000 - Date.now() + 300);
    // A fresh page, so an error summary seen below belongs to this attempt.
    if (poging > 0 || (await fout.isVisible())) await page.goto("/inloggen/tweede-stap");
    await page.getByLabel("Code uit de app", { exact: true }).fill(await generate({ secret, epoch: stap * 30 }));
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    await expect(banner.or(fout)).toBeVisible();
    if (await banner.isVisible()) return;
  }
  throw new Error("De tweede stap van inloggen lukte niet");
}

/** Signs in as a resident the way a person does: ask for a link, open the mail, click. */
export async function loginAsResident(page: Page, email: string, terug?: string) {
  const before = mails().length;
  await page.goto(terug ? `/inloggen?terug=${encodeURIComponent(terug)}` : "/inloggen");
  await page.getByLabel("E-mailadres", { exact: true }).first().fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw e-mail" })).toBeVisible();
  const mail = await waitForMail(email, { subject: /inloglink/i, after: before });
  await page.goto(linkIn(mail, "/inloggen/link"));
  await page.getByRole("button", { name: /Inloggen als/ }).click();
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toBeVisible();
}

export function uniqueEmail(prefix: string) {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@test.example`;
}

/**
 * axe scan with zero violations of ANY impact (minor and moderate too), WCAG 2.1 A/AA and best
 * practice (issue 12 acceptance: the main pages at desktop and phone size).
 */
export async function expectNoAxeViolations(page: Page) {
  await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 10_000 });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} -> ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
