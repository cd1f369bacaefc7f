/**
 * Issue 12: the main pages at desktop (1280 px) and phone (390x844) size. axe finds no violation of
 * any impact; on a phone the header folds into a menu (< 100 px high) and tables reflow instead of
 * scrolling sideways.
 */
import { expect, test, type Page } from "./fixtures";
import { expectNoAxeViolations, loginAsStaff } from "./helpers";

test.describe.configure({ timeout: 240_000 });

const SCHERMEN = [
  { naam: "desktop", viewport: { width: 1280, height: 900 } },
  { naam: "telefoon", viewport: { width: 390, height: 844 } },
] as const;

const OPENBAAR = ["/", "/kaart", "/wijken/centrum-drunen", "/initiatief/nieuw", "/vrijwilligers", "/inloggen"];
const BEHEER = ["/beheer", "/beheer/initiatieven", "/beheer/overzicht", "/beheer/vacatures", "/beheer/wijken", "/beheer/huisstijl"];

/** No element scrolls sideways (a scroll region the keyboard may not reach), and the page itself is not wider than the screen. */
async function geenHorizontaleScroll(page: Page) {
  const te_breed = await page.evaluate(() => {
    const fouten: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) fouten.push(`pagina ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("main *"))) {
      const stijl = getComputedStyle(el);
      if ((stijl.overflowX === "auto" || stijl.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1 && !el.closest(".leaflet-container")) {
        fouten.push(`${el.tagName.toLowerCase()}.${el.className}`);
      }
    }
    return fouten;
  });
  expect(te_breed).toEqual([]);
}

for (const scherm of SCHERMEN) {
  test.describe(`${scherm.naam} (${scherm.viewport.width}px)`, () => {
    test.use({ viewport: scherm.viewport });

    test("public pages have no axe violations of any impact", async ({ page }) => {
      for (const pad of OPENBAAR) {
        await page.goto(pad);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
        if (scherm.naam === "telefoon") await geenHorizontaleScroll(page);
      }
    });

    test("beheer pages, signed in, have no axe violations of any impact", async ({ page }) => {
      test.slow();
      // Sign in at desktop width (the sign-in helper reads the wide header), then look at the size under test.
      await page.setViewportSize({ width: 1280, height: 900 });
      await loginAsStaff(page, "beheerder@heusden.example");
      await page.setViewportSize(scherm.viewport);
      for (const pad of BEHEER) {
        await page.goto(pad);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page);
        if (scherm.naam === "telefoon") await geenHorizontaleScroll(page);
      }
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the header is one line (< 100 px) with a Menu that opens the navigation, also signed in", async ({ page }) => {
    await page.goto("/initiatief/nieuw");
    const kop = page.getByRole("banner");
    expect((await kop.boundingBox())!.height).toBeLessThan(100);
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
    await kop.getByText("Menu", { exact: true }).click();
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link", { name: "Sociale kaart" })).toBeVisible();
    await menu.getByRole("link", { name: "Vrijwilligers en burenhulp" }).click();
    await expect(page).toHaveURL(/\/vrijwilligers$/);

    await page.setViewportSize({ width: 1280, height: 900 });
    await loginAsStaff(page, "ambtenaar@heusden.example");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/beheer");
    expect((await page.getByRole("banner").boundingBox())!.height).toBeLessThan(100);
    await page.getByRole("banner").getByText("Menu", { exact: true }).click();
    await expect(page.getByRole("banner").getByText("U bent ingelogd:")).toBeVisible();
    await expect(page.getByRole("banner").getByRole("button", { name: "Uitloggen" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the Menu opens and closes the navigation", async ({ page }) => {
      await page.goto("/");
      const kop = page.getByRole("banner");
      expect((await kop.boundingBox())!.height).toBeLessThan(100);
      await kop.getByText("Menu", { exact: true }).click();
      await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Wijken en dorpen" })).toBeVisible();
      await kop.getByText("Sluit menu", { exact: true }).click();
      await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
    });
  });

  test("a table reflows: every cell shows its column name, nothing scrolls sideways", async ({ page }) => {
    await page.goto("/wijken/centrum-drunen");
    const tabel = page.getByRole("table", { name: "Acties bij Eenzaamheid onder ouderen" });
    await expect(tabel).toBeVisible();
    const cel = tabel.locator("td", { hasText: "Loopt" }).first();
    expect(await cel.evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"Status"');
    const maat = await tabel.evaluate((el) => ({ scroll: el.scrollWidth, breed: el.clientWidth, scherm: window.innerWidth }));
    expect(maat.scroll).toBeLessThanOrEqual(maat.breed);
    expect(maat.breed).toBeLessThanOrEqual(maat.scherm);
    await geenHorizontaleScroll(page);
  });

  test("a status label is not a button: no border box, no pointer", async ({ page }) => {
    await page.goto("/wijken/centrum-drunen");
    const label = page.locator(".status").first();
    await expect(label).toBeVisible();
    const stijl = await label.evaluate((el) => {
      const s = getComputedStyle(el);
      return { rand: [s.borderTopWidth, s.borderRightWidth, s.borderBottomWidth, s.borderLeftWidth], cursor: s.cursor, schaduw: s.boxShadow };
    });
    expect(stijl).toEqual({ rand: ["0px", "0px", "0px", "0px"], cursor: "default", schaduw: "none" });
  });

  test("the skip link comes first and leads to the content", async ({ page }) => {
    await page.goto("/kaart");
    const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
    await expect(skip).not.toBeInViewport();
    await page.keyboard.press("Tab");
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await skip.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });
});
