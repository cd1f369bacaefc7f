/**
 * AVG (GDPR) in the browser: a new resident signs in, sends a story (published by the opbouwwerker),
 * downloads their data, views the readable page, deletes the account with a confirmation step, and can no
 * longer reach the data; the published story stays, anonymised. And the same forms without JavaScript.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, loginAsResident, loginAsStaff, uniqueEmail } from "./helpers";

const OW = "opbouwwerker.drunen@heusden.example";
const WIJK = "centrum-drunen";

const uniq = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function stuurVerhaal(page: Page, titel: string, naam: string, email: string) {
  await page.goto(`/wijken/${WIJK}`);
  const form = page.locator("form", { has: page.locator("#verhaal-titel") });
  await form.getByLabel("Titel", { exact: true }).fill(titel);
  await form.getByLabel("Uw verhaal", { exact: true }).fill("Elke dinsdag koffie in het buurthuis, en nu ken ik mijn buren.");
  await form.getByLabel("Naam bij het verhaal").fill(naam);
  await form.getByLabel("Uw e-mailadres").fill(email);
  await form.getByLabel(/Ik geef toestemming/).check();
  await form.getByRole("button", { name: "Verhaal insturen" }).click();
  await expect(page).toHaveURL(/verstuurd=verhaal/);
}

async function publiceer(browser: Browser, baseURL: string, titel: string) {
  const ctx = await browser.newContext({ baseURL, javaScriptEnabled: true, locale: "nl-NL" });
  const ow = await ctx.newPage();
  await loginAsStaff(ow, OW);
  await ow.goto(`/beheer/wijken/${WIJK}/verhalen`);
  await ow.locator("li.card", { hasText: titel }).getByRole("button", { name: "Publiceren" }).click();
  await expect(ow.getByRole("status")).toContainText("gepubliceerd");
  await ctx.close();
}

test("AVG: a resident downloads and views their data, deletes the account, and the public story stays anonymised", async ({ page, browser }, testInfo) => {
  test.slow();
  const email = uniqueEmail("avg");
  const naam = `Annemiek ${uniq()}`;
  const titel = `Koffie op dinsdag ${uniq()}`;

  await loginAsResident(page, email, "/mijn");
  await stuurVerhaal(page, titel, naam, email);
  await publiceer(browser, testInfo.project.use.baseURL!, titel);
  await page.goto(`/wijken/${WIJK}`);
  await expect(page.locator("body")).toContainText(naam);

  // the readable page
  await page.goto("/mijn");
  await page.getByRole("link", { name: "Mijn gegevens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  await expect(page.locator("main")).toContainText(email);
  await expect(page.locator("main")).toContainText(titel);
  await expectAccessible(page);

  // the JSON download
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download al mijn gegevens als bestand" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.account.email).toBe(email);
  expect(data.account.rol).toBe("INWONER");
  expect(data.verhalen).toHaveLength(1);
  expect(data.verhalen[0]).toMatchObject({ titel, auteurNaam: naam, status: "GEPUBLICEERD" });

  // delete, with a confirmation step
  await page.getByRole("link", { name: "Account verwijderen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account verwijderen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Verwijder mijn account" }).click();
  await expect(page.locator(".error-summary")).toContainText("niet terug te draaien");
  await expectAccessible(page);
  await page.getByLabel(/Ik begrijp dat mijn account/).check();
  await page.getByRole("button", { name: "Verwijder mijn account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uw account is verwijderd" })).toBeVisible();
  await expectAccessible(page);

  // signed out: the data page asks for a sign-in
  await page.goto("/mijn/gegevens");
  await expect(page).toHaveURL(/\/inloggen/);
  // signing in again with the same address gives a fresh, empty account: the old data is gone
  await loginAsResident(page, email, "/mijn/gegevens");
  await page.goto("/mijn/gegevens");
  await expect(page.locator("main")).not.toContainText(titel);
  await expect(page.locator("section", { has: page.locator("#verhalen") })).toContainText("Hierover bewaren we niets van u.");

  // the published story is still there, without the name
  await page.goto(`/wijken/${WIJK}`);
  const verhaal = page.locator("li, article", { hasText: titel }).last();
  await expect(verhaal).toContainText("Anoniem");
  await expect(page.locator("body")).not.toContainText(naam);
});

test("AVG: a staff member cannot delete their own account; the page says to ask a beheerder", async ({ page }) => {
  await loginAsStaff(page, OW);
  await page.goto("/mijn/gegevens");
  await expect(page.locator("main")).toContainText(OW);
  await expect(page.locator("main")).toContainText("Vraag dit aan een beheerder");
  await expect(page.getByRole("link", { name: "Account verwijderen" })).toHaveCount(0);
  await page.goto("/mijn/gegevens/verwijderen");
  await expect(page.locator("main")).toContainText("Vraag dit aan een beheerder");
  await expect(page.getByRole("button", { name: "Verwijder mijn account" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("AVG without JavaScript: the data page, the download and the delete form with its confirmation work", async ({ page }) => {
    const email = uniqueEmail("avg-nojs");
    await loginAsResident(page, email, "/mijn");
    await page.goto("/mijn/gegevens");
    await expect(page.locator("main")).toContainText(email);
    // the download is a plain link
    const href = await page.getByRole("link", { name: "Download al mijn gegevens als bestand" }).getAttribute("href");
    const res = await page.context().request.get(href!);
    expect(res.status()).toBe(200);
    expect((await res.json()).account.email).toBe(email);

    await page.goto("/mijn/gegevens/verwijderen");
    await page.getByRole("button", { name: "Verwijder mijn account" }).click();
    await expect(page.locator(".error-summary")).toContainText("niet terug te draaien");
    await page.getByLabel(/Ik begrijp dat mijn account/).check();
    await page.getByRole("button", { name: "Verwijder mijn account" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Uw account is verwijderd" })).toBeVisible();
    const after = await page.context().request.get(href!, { maxRedirects: 0 });
    expect(after.status()).not.toBe(200);
  });
});
