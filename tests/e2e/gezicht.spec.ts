/**
 * Issue 12 points 10 and 11: a start page and at most 6 steps for a small request; plain words for
 * residents, the policy term for staff. Desktop (1280) and phone (390x844). And the huisstijl logo
 * upload: a beheerder uploads a logo, shown in the header with the gemeente's name as alt text.
 */
import { expect, test, type Page } from "./fixtures";
import { expectAccessible, loginAsStaff, uniqueEmail } from "./helpers";
import { verstuur, vulKleineAanvraag } from "./initiatief-steps";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mPk+89QDwADvgGOSHzRgAAAAABJRU5ErkJggg==", "base64");
const SVG_SCRIPT = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

/** Upload, refusal and removal of the logo on /beheer/huisstijl (the same with and without JavaScript). */
async function logoUpload(page: Page, opties: { axe: boolean }) {
  await page.goto("/beheer/huisstijl");
  await page.getByLabel("Logo uploaden").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: SVG_SCRIPT });
  await page.locator("button[type=submit]").filter({ hasText: "Logo uploaden" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("Dit SVG-bestand bevat een script");
  await expect(summary.getByRole("link", { name: /Logo uploaden/ })).toHaveAttribute("href", "#logo");
  if (opties.axe) await expectAccessible(page);
  await page.getByLabel("Logo uploaden").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await page.locator("button[type=submit]").filter({ hasText: "Logo uploaden" }).click();
  await expect(page.getByText("Het logo is opgeslagen.")).toBeVisible();
  await page.goto("/");
  const logo = page.getByRole("banner").getByRole("img", { name: "Gemeente Heusden" }).first();
  await expect(logo).toHaveAttribute("src", /^\/huisstijl\/logo\/[0-9a-f]{16}\.png$/);
  const src = (await logo.getAttribute("src"))!;
  const res = await page.request.get(src);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  if (opties.axe) await expectAccessible(page);
  // Leave the header as it was for the other specs.
  await page.goto("/beheer/huisstijl");
  await page.getByRole("button", { name: "Logo verwijderen" }).click();
  await expect(page.getByText("Het logo is verwijderd.")).toBeVisible();
  await expect(page.getByRole("banner").getByRole("img")).toHaveCount(0);
}

test("a beheerder uploads a logo: an SVG with a script is refused in Dutch, a PNG shows in the header with the gemeente's name", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAsStaff(page, "beheerder@heusden.example");
  await logoUpload(page, { axe: true });
});

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
  test("the logo upload works without JavaScript", async ({ browser }) => {
    test.setTimeout(180_000);
    // Sign in with JavaScript (the second step), then use the session in a context without it.
    const metJs = await browser.newContext();
    await loginAsStaff(await metJs.newPage(), "beheerder@heusden.example");
    const sessie = await metJs.storageState();
    await metJs.close();
    const zonderJs = await browser.newContext({ javaScriptEnabled: false, storageState: sessie });
    try {
      await logoUpload(await zonderJs.newPage(), { axe: false });
    } finally {
      await zonderJs.close();
    }
  });
  test("(10) a small request in 6 steps, with the error summary on the money question", async ({ page }) => {
    test.setTimeout(180_000);
    await vulKleineAanvraag(page, { titel: `Zonder JS klein ${Date.now().toString(36)}`, email: uniqueEmail("kleinnojs"), naam: "Piet Smit", bedrag: 300 }, { axe: false });
    await verstuur(page, { axe: false });
  });
});
