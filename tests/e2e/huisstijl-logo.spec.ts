/**
 * Issue 12: the beheerder uploads a logo (an SVG with a script is refused in Dutch, a PNG shows in the
 * header with the gemeente's name as alt text) and removes it again, with and without JavaScript.
 *
 * The logo is in every page's header: while it is there, a page another spec loads may ask for it
 * just after it is removed (a 404 in that spec's console). So this file runs as its own Playwright
 * project after all the others (playwright.config.ts), its two tests one after the other.
 */
import { expect, test, type Page } from "./fixtures";
import { expectAccessible, loginAsStaff } from "./helpers";

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mPk+89QDwADvgGOSHzRgAAAAABJRU5ErkJggg==", "base64");
const SVG_SCRIPT = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

test.describe.configure({ mode: "serial" });

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
  const logo = page.getByRole("banner").getByRole("img", { name: /^Gemeente / }).first();
  await expect(logo).toHaveAttribute("src", /^\/huisstijl\/logo\/[0-9a-f]{16}\.png$/);
  const src = (await logo.getAttribute("src"))!;
  const res = await page.request.get(src);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  if (opties.axe) await expectAccessible(page);
  // Leave the header as it was.
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
