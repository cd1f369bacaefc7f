/**
 * Search that finds (issue 15) and dichtbij through the PDOK Locatieserver (issue 14), on the demo
 * data; postcodes and places come from the local Locatieserver fake that tests/e2e/server.mts starts.
 */
import { expect, test, type Page } from "./fixtures";
import { expectAccessible } from "./helpers";

const resultaten = (page: Page) => page.getByRole("list", { name: "Resultaten" }).locator(":scope > li");

async function zoek(page: Page, woord: string, dichtbij?: string) {
  await page.goto("/kaart");
  await page.getByLabel("Zoekwoord").fill(woord);
  if (dichtbij !== undefined) await page.getByLabel("Uw postcode of woonplaats").fill(dichtbij);
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
}

for (const js of [true, false]) {
  test.describe(js ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: js });

    test("'ochtend koffie' finds the Koffieochtend first; a typo still finds the bibliotheek", async ({ page }) => {
      await zoek(page, "ochtend koffie");
      await expect(page).toHaveURL(/\/kaart\?q=ochtend\+koffie$/);
      await expect(resultaten(page).first().getByRole("heading", { level: 3 })).toHaveText("Koffieochtend");
      if (js) await expectAccessible(page); // axe needs JavaScript in the page; the HTML is the same

      await zoek(page, "biblioteek");
      await expect(resultaten(page).first().getByRole("heading", { level: 3 })).toHaveText(/^Bibliotheek /);
    });

    test("nothing found: 'Bedoelde u …?' links to a search that finds", async ({ page }) => {
      await zoek(page, "mantelzorgkafee");
      await expect(page.getByRole("heading", { level: 2, name: "Geen resultaten" })).toBeVisible();
      if (js) await expectAccessible(page); // axe needs JavaScript in the page; the HTML is the same
      await page.getByRole("link", { name: "mantelzorgcafé" }).click();
      await expect(page).toHaveURL(/\/kaart\?q=mantelzorgcaf%C3%A9$/);
      await expect(resultaten(page).first()).toContainText("Mantelzorgcafé");
    });

    test("a place name in the dichtbij field sorts by distance and names the place; an unknown one is explained", async ({ page }) => {
      await zoek(page, "speeltuin", "Haarsteeg");
      await expect(page.getByRole("heading", { level: 2, name: /dichtbij Haarsteeg eerst/ })).toBeVisible();
      const eerste = resultaten(page).first();
      await expect(eerste.getByRole("heading", { level: 3 })).toHaveText("Natuurspeeltuin Haarsteeg");
      await expect(eerste).toContainText("km");
      await expect(page.getByLabel("Uw postcode of woonplaats")).toHaveValue("Haarsteeg");
      if (js) await expectAccessible(page); // axe needs JavaScript in the page; the HTML is the same

      await zoek(page, "speeltuin", "Atlantis");
      await expect(page.getByRole("alert").filter({ hasText: 'We kennen de postcode of plaats "Atlantis" niet' })).toBeVisible();
      // the rest of the kaart still works: the results are there, without distances
      await expect(resultaten(page).first()).toContainText("Speeltuin");
      await expect(page.getByLabel("Uw postcode of woonplaats")).toHaveValue("Atlantis");
      if (js) await expectAccessible(page); // axe needs JavaScript in the page; the HTML is the same
    });
  });
}
