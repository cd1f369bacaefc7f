import path from "node:path";
import { expect, test, type Page } from "./fixtures";
import { expectAccessible, loginAsStaff } from "./helpers";

const BEHEERDER = "beheerder@heusden.example";
const OSS = path.resolve("tests/fixtures/cbs-wijken-oss-2023.geojson");
test.describe.configure({ timeout: 240_000 });

async function upload(page: Page) {
  await page.goto("/beheer/gebieden");
  await page.getByLabel("GeoJSON-bestand met wijken of buurten").setInputFiles(OSS);
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "CBS-import controleren" })).toBeVisible();
}

test("a beheerder uploads the real CBS wijken of Oss, checks the preview, confirms, and the wijken appear on /wijken with boundaries", async ({ page }) => {
  test.slow();
  await loginAsStaff(page, BEHEERDER);
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Gebieden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gebieden" })).toBeVisible();
  await expectAccessible(page);

  // a file that is not GeoJSON: a clear error, nothing stored
  await page.getByLabel("GeoJSON-bestand met wijken of buurten").setInputFiles({ name: "wijken.geojson", mimeType: "application/json", buffer: Buffer.from("geen json") });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.locator(".error-summary")).toContainText("Het bestand is geen geldige GeoJSON");
  await expectAccessible(page);

  await upload(page);
  await expect(page.locator("#samenvatting")).toHaveText("23 nieuw, 0 bijgewerkt, 19 bestaande gebieden zonder CBS-code.");
  await expect(page.getByRole("region", { name: /^Nieuw/ }).getByText("Ruwaard (wijk, WK082806)")).toBeVisible();
  await expectAccessible(page);
  // nothing changed yet
  await page.goto("/wijken");
  await expect(page.getByRole("link", { name: "Ruwaard" })).toHaveCount(0);
  await page.goBack();

  await page.getByRole("button", { name: "Bevestigen en inlezen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plekken en gebieden" })).toBeVisible();
  await expect(page.locator("#resultaat")).toContainText("De CBS-import is ingelezen: 23 nieuw, 0 bijgewerkt.");
  await expectAccessible(page);

  await page.goto("/wijken");
  const lijst = page.getByRole("region", { name: "Alle wijken en dorpen" });
  await expect(lijst.getByRole("link", { name: "Ruwaard", exact: true })).toBeVisible();
  await expect(lijst.getByRole("link", { name: "Berghem", exact: true })).toBeVisible();
  // 23 boundaries plus the 19 demo gebieden (circles) on the map
  await expect(page.locator(".leaflet-container path.leaflet-interactive")).toHaveCount(42);
  await lijst.getByRole("link", { name: "Ruwaard", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ruwaard" })).toBeVisible();
});

test("a gebied is renamed (old address redirects), archived (gone from /wijken); pages are accessible", async ({ page }) => {
  test.slow();
  await loginAsStaff(page, BEHEERDER);
  await page.goto("/beheer/gebieden");
  await page.getByRole("region", { name: /^Nieuw gebied/ }).getByLabel("Naam", { exact: true }).fill("Testbuurt Oost");
  await page.getByRole("region", { name: /^Nieuw gebied/ }).getByRole("button", { name: "Gebied toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het gebied is toegevoegd." })).toBeVisible();
  await expectAccessible(page);
  const form = page.getByRole("region", { name: "Gegevens wijzigen" });
  await form.getByLabel("Naam", { exact: true }).fill("Testwijk Oost");
  await form.getByLabel("E-mail wijkraad").fill("wijkraad@oost.example");
  await form.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het gebied is opgeslagen." })).toBeVisible();
  await page.goto("/wijken/testbuurt-oost");
  await expect(page).toHaveURL(/\/wijken\/testwijk-oost$/);
  await expect(page.getByRole("heading", { level: 1, name: "Testwijk Oost" })).toBeVisible();
  await page.goBack();
  await page.goto("/beheer/gebieden");
  await page.getByRole("link", { name: "Testwijk Oost" }).click();
  await page.getByRole("button", { name: "Archiveren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het gebied is gearchiveerd." })).toBeVisible();
  await page.goto("/wijken");
  await expect(page.getByRole("link", { name: "Testwijk Oost" })).toHaveCount(0);
});

test("a category with a too light colour is refused with the input kept; a dark one is saved", async ({ page }) => {
  await loginAsStaff(page, BEHEERDER);
  await page.goto("/beheer/categorieen");
  await expect(page.getByRole("heading", { level: 1, name: "Categorieën van de sociale kaart" })).toBeVisible();
  await expectAccessible(page);
  const naam = `Moestuin ${Date.now().toString(36)}`;
  const form = page.getByRole("region", { name: "Nieuwe categorie" });
  await form.getByLabel("Naam").fill(naam);
  await form.getByLabel("Kleur").fill("#ffe066");
  await form.getByRole("button", { name: "Categorie toevoegen" }).click();
  await expect(page.locator(".error-summary")).toContainText("Deze kleur is te licht.");
  await expect(form.getByLabel("Kleur")).toHaveValue("#ffe066");
  await expect(form.getByLabel("Naam")).toHaveValue(naam);
  await expectAccessible(page);
  await form.getByLabel("Kleur").fill("#1b6b34");
  await form.getByRole("button", { name: "Categorie toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De categorie is toegevoegd." })).toBeVisible();
  await page.getByRole("link", { name: naam }).click();
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same upload, preview and confirmation work", async ({ page }) => {
    test.slow();
    await loginAsStaff(page, BEHEERDER);
    await upload(page);
    await expect(page.locator("#samenvatting")).toHaveText(/^\d+ nieuw, \d+ bijgewerkt, \d+ bestaande gebieden zonder CBS-code\.$/);
    await page.getByRole("button", { name: "Bevestigen en inlezen" }).click();
    await expect(page.locator("#resultaat")).toContainText(/De CBS-import is ingelezen: \d+ nieuw, \d+ bijgewerkt\./);
    await page.goto("/wijken");
    await expect(page.getByRole("link", { name: "Ruwaard", exact: true })).toBeVisible();
  });

  test("a too light colour is refused with the input kept", async ({ page }) => {
    await loginAsStaff(page, BEHEERDER);
    await page.goto("/beheer/categorieen");
    const form = page.getByRole("region", { name: "Nieuwe categorie" });
    await form.getByLabel("Naam").fill("Pluktuin zonder JS");
    await form.getByLabel("Kleur").fill("#eeeeee");
    await form.getByRole("button", { name: "Categorie toevoegen" }).click();
    await expect(page.locator(".error-summary")).toContainText("Deze kleur is te licht.");
    await expect(form.getByLabel("Kleur")).toHaveValue("#eeeeee");
    await expect(form.getByLabel("Naam")).toHaveValue("Pluktuin zonder JS");
  });
});
