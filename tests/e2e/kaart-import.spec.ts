/**
 * Import of an existing sociale kaart: a beheerder downloads the CSV template, uploads it filled with 50
 * rows of which one is wrong, sees the message for that row and that nothing was imported, fixes it,
 * imports, and imports the same file again without duplicates. The same without JavaScript.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./fixtures";
import { expectAccessible, loginAsStaff } from "./helpers";
import { FOUTE_POSTCODE, kaartCsv } from "../support/kaart-csv";

const BEHEERDER = "beheerder@heusden.example";
test.describe.configure({ timeout: 240_000 });

async function kies(page: Page, tekst: string, bron: string) {
  await page.goto("/beheer/kaart-import");
  await page.getByLabel("Bestand (CSV of HSDS)").setInputFiles({ name: "sociale-kaart.csv", mimeType: "text/csv", buffer: Buffer.from(tekst, "utf8") });
  await page.getByLabel("Naam van de bron").fill(bron);
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import controleren" })).toBeVisible();
}

async function doorloop(page: Page, koppen: string[], pre: string, a11y: boolean) {
  const bron = `${pre}-${Date.now()}`;
  const fout = kaartCsv(koppen, { fout: true, prefix: pre });
  await kies(page, fout.tekst, bron);
  const fouten = page.locator("#fouten");
  await expect(fouten).toContainText("Er is niets ingelezen. Verbeter eerst deze fout:");
  await expect(fouten.getByRole("listitem")).toHaveText([`Rij ${fout.fouteRij}: de postcode '${FOUTE_POSTCODE}' is geen postcode.`]);
  await expect(page.getByRole("button", { name: "Bevestigen en inlezen" })).toHaveCount(0);
  if (a11y) await expectAccessible(page);

  // fixed: nothing came in before, so all 45 plekken and 5 activiteiten are new
  const goed = kaartCsv(koppen, { prefix: pre });
  await kies(page, goed.tekst, bron);
  await expect(page.getByRole("region", { name: "Bevestigen" })).toContainText("Er komen 45 plekken en 5 activiteiten bij, en 0 plekken en 0 activiteiten worden bijgewerkt.");
  if (a11y) await expectAccessible(page);
  await page.getByRole("button", { name: "Bevestigen en inlezen" }).click();
  await expect(page.locator("#resultaat")).toContainText("45 nieuwe plekken, 0 plekken bijgewerkt, 5 nieuwe activiteiten, 0 activiteiten bijgewerkt.");
  if (a11y) await expectAccessible(page);

  // the same file again: updated, not duplicated
  await kies(page, goed.tekst, bron);
  await expect(page.getByRole("region", { name: "Bevestigen" })).toContainText("Er komen 0 plekken en 0 activiteiten bij, en 45 plekken en 5 activiteiten worden bijgewerkt.");
  await page.getByRole("button", { name: "Bevestigen en inlezen" }).click();
  await expect(page.locator("#resultaat")).toContainText("0 nieuwe plekken, 45 plekken bijgewerkt, 0 nieuwe activiteiten, 5 activiteiten bijgewerkt.");
}

test("a beheerder downloads the template, imports 50 rows with one wrong, fixes it, imports, and re-imports without duplicates", async ({ page }) => {
  test.slow();
  await loginAsStaff(page, BEHEERDER);
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Sociale kaart inlezen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sociale kaart inlezen" })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download het sjabloon (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("sjabloon-sociale-kaart.csv");
  const sjabloon = readFileSync(await download.path(), "utf8");
  const koppen = sjabloon.replace(/^\uFEFF/, "").trim().split(";");
  expect(koppen).toEqual(expect.arrayContaining(["naam", "categorie", "postcode", "lat", "lng", "wijk", "extern id"]));

  // no file: a clear error
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.locator(".error-summary")).toContainText("Kies een CSV-bestand (het sjabloon) of een HSDS-bestand (.json).");
  await expectAccessible(page);

  await doorloop(page, koppen, "e2e", true);
  // the imported places are on the public kaart
  await page.goto(`/kaart?q=${encodeURIComponent("e2e 1")}`);
  await expect(page.getByRole("link", { name: /Buurthuis of dorpshuis Centrum-Drunen e2e 1$/ }).first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the template link, the upload, the per-row message, confirm and re-import all work without JavaScript", async ({ page }) => {
    test.slow();
    await loginAsStaff(page, BEHEERDER);
    await page.goto("/beheer/kaart-import");
    const href = await page.getByRole("link", { name: "Download het sjabloon (CSV)" }).getAttribute("href");
    const res = await page.context().request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const koppen = (await res.text()).replace(/^\uFEFF/, "").trim().split(";");
    await doorloop(page, koppen, "nojs", false);
  });
});
