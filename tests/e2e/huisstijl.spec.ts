/**
 * Issue 12: the huisstijl. Two example themes give the same page a different main colour; a
 * beheerder changes the main colour (with and without JavaScript); a too-light colour is refused
 * with a Dutch message and the input kept; the map follows the theme.
 * The huisstijl is global: these tests run one after the other and put the default back.
 */
import { expect, test, type Page } from "./fixtures";
import { expectAccessible, loginAsStaff } from "./helpers";

const BEHEERDER = "beheerder@heusden.example";
test.describe.configure({ mode: "serial", timeout: 180_000 });

const rgb = (hex: string) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;

async function kopKleur(page: Page): Promise<string> {
  return page.getByRole("banner").evaluate((el) => getComputedStyle(el).backgroundColor);
}

async function bewaar(page: Page, waarden: { thema?: string; hoofdkleur?: string; accentkleur?: string }) {
  await page.goto("/beheer/huisstijl");
  if (waarden.thema) await page.getByRole("radio", { name: waarden.thema }).check();
  if (waarden.hoofdkleur !== undefined) await page.getByLabel("Hoofdkleur").fill(waarden.hoofdkleur);
  if (waarden.accentkleur !== undefined) await page.getByLabel("Kleur voor links").fill(waarden.accentkleur);
  await page.getByRole("button", { name: "Huisstijl opslaan" }).click();
}

async function terugNaarStandaard(page: Page) {
  await bewaar(page, { thema: "Neutraal (blauw)", hoofdkleur: "", accentkleur: "" });
  await expect(page.getByRole("status").filter({ hasText: "De huisstijl is opgeslagen." })).toBeVisible();
}

test("the two example themes give the same page a different main colour, and both pass the contrast check", async ({ page, browser }) => {
  await loginAsStaff(page, BEHEERDER);
  const bezoeker = await browser.newPage();
  try {
    await terugNaarStandaard(page);
    await bezoeker.goto("/wijken");
    expect(await kopKleur(bezoeker)).toBe(rgb("#154273"));
    // The wijk markers on the map follow the theme too.
    const vorm = bezoeker.locator(".leaflet-overlay-pane path").first();
    await expect(vorm).toBeVisible();
    expect(await vorm.evaluate((el) => getComputedStyle(el).stroke)).toBe(rgb("#154273"));
    await expectAccessible(bezoeker);

    await bewaar(page, { thema: "Groen" });
    await expect(page.getByRole("status").filter({ hasText: "De huisstijl is opgeslagen." })).toBeVisible();
    await bezoeker.goto("/wijken");
    expect(await kopKleur(bezoeker)).toBe(rgb("#1e5b37"));
    expect(await bezoeker.locator(".leaflet-overlay-pane path").first().evaluate((el) => getComputedStyle(el).stroke)).toBe(rgb("#1e5b37"));
    await expect(bezoeker.locator("html")).toHaveClass(/thema-groen/);
    await expectAccessible(bezoeker);
  } finally {
    await terugNaarStandaard(page);
    await bezoeker.close();
  }
});

test("a beheerder sets an own main colour; a too-light colour is refused in Dutch and the input is kept", async ({ page, browser }) => {
  await loginAsStaff(page, BEHEERDER);
  try {
    await bewaar(page, { hoofdkleur: "#a0c4ff" });
    const fout = page.locator(".error-summary");
    await expect(fout).toBeFocused();
    await expect(fout).toContainText("De hoofdkleur is te licht");
    await expect(fout).toContainText("nodig is minstens 4,5 : 1");
    await expect(page.getByLabel("Hoofdkleur")).toHaveValue("#a0c4ff");
    await expectAccessible(page);
    expect(await kopKleur(page)).toBe(rgb("#154273"));

    await page.getByLabel("Hoofdkleur").fill("#5a2d82");
    await page.getByRole("button", { name: "Huisstijl opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De huisstijl is opgeslagen." })).toBeVisible();
    const bezoeker = await browser.newPage();
    await bezoeker.goto("/");
    expect(await kopKleur(bezoeker)).toBe(rgb("#5a2d82"));
    await bezoeker.close();
  } finally {
    await terugNaarStandaard(page);
  }
});

test.describe("without JavaScript", () => {
  test("the huisstijl form works and keeps the input after a refusal", async ({ browser }) => {
    // Sign in with JavaScript, then use the session in a context without it.
    const metJs = await browser.newContext();
    const inlog = await metJs.newPage();
    await loginAsStaff(inlog, BEHEERDER);
    const sessie = await metJs.storageState();
    await metJs.close();
    const zonderJs = await browser.newContext({ javaScriptEnabled: false, storageState: sessie });
    const page = await zonderJs.newPage();
    try {
      await bewaar(page, { hoofdkleur: "#eeeeee" });
      await expect(page.locator(".error-summary")).toContainText("De hoofdkleur is te licht");
      await expect(page.getByLabel("Hoofdkleur")).toHaveValue("#eeeeee");

      await bewaar(page, { hoofdkleur: "#7a1f1f" });
      await expect(page).toHaveURL(/\/beheer\/huisstijl\?opgeslagen=1$/);
      expect(await kopKleur(page)).toBe(rgb("#7a1f1f"));
    } finally {
      await terugNaarStandaard(page);
      await zonderJs.close();
    }
  });
});
