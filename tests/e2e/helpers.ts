import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { ReceivedMail } from "../support/smtp-sink.ts";

export const STAFF_PASSWORD = "SocialeBasis-demo";
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

export async function loginAsStaff(page: Page, email: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres", { exact: true }).nth(1).fill(email);
  await page.getByLabel("Wachtwoord").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toBeVisible();
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
