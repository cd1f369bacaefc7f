/**
 * Issue 12 points 10 and 11: a start page and at most 6 steps for a small request; plain words for
 * residents, the policy term for staff. Desktop (1280) and phone (390x844). The logo upload is in
 * huisstijl-logo.spec.ts (it changes every page's header, so it runs after the other specs).
 */
import { expect, test } from "./fixtures";
import { expectAccessible, loginAsStaff, uniqueEmail } from "./helpers";
import { verstuur, vulKleineAanvraag } from "./initiatief-steps";


const TELEFOON = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

for (const [naam, size] of [
  ["desktop", DESKTOP],
  ["phone", TELEFOON],
] as const) {
  test(`(10) ${naam}: a request of 500 euro (the klein bedrag) goes from the start page to sent in 6 steps`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    const titel = `Koffieochtend ${Date.now().toString(36)}`;
    await vulKleineAanvraag(page, { titel, email: uniqueEmail("klein"), naam: "Els Jansen", bedrag: 500 });
    await expect(page.getByText("€ 500").first()).toBeVisible();
    await verstuur(page);
  });
}

test("(11) residents read the goals in plain words, staff read the policy term", async ({ page }) => {
  for (const size of [TELEFOON, DESKTOP]) {
    await page.setViewportSize(size);
    await page.goto("/initiatieven/INI-2026-0001");
    const main = page.getByRole("main");
    await expect(main.getByText("Mensen ontmoeten elkaar")).toBeVisible();
    await expect(main.getByText("Mensen letten op elkaar in de buurt")).toBeVisible();
    await expect(main.getByText("Ontmoeting en verbinding")).toHaveCount(0);
    await expectAccessible(page);
    await page.goto("/initiatief");
    await expect(page.getByRole("main").getByText("Mensen voelen zich goed en doen mee")).toBeVisible();
    await expect(page.getByRole("main").getByText(/Positieve gezondheid|informele netwerk/)).toHaveCount(0);
  }
  await loginAsStaff(page, "ambtenaar@heusden.example");
  await page.goto("/beheer/initiatieven?status=alle");
  await page.getByRole("row").filter({ hasText: "INI-2026-0002" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /Wandelgroep Vijfhoeven/ })).toBeVisible();
  await expect(page.getByText(/Ontmoeting en verbinding, Positieve gezondheid/)).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("(10) a small request in 6 steps, with the error summary on the money question", async ({ page }) => {
    test.setTimeout(180_000);
    await vulKleineAanvraag(page, { titel: `Zonder JS klein ${Date.now().toString(36)}`, email: uniqueEmail("kleinnojs"), naam: "Piet Smit", bedrag: 300 }, { axe: false });
    await verstuur(page, { axe: false });
  });
});
