/**
 * `npm run screenshots`: the pictures in the README (docs/screenshots/*.png) from the e2e server, so
 * they stay current: the home page, the kaart, a wijk page and the initiative form, at phone
 * (390x844) and desktop (1280x800) size. Runs only with SCREENSHOTS=1 (playwright.config.ts), never
 * in `npm test`.
 */
import { expect, test, type Page } from "../e2e/fixtures";

const MAATEN = [
  ["telefoon", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 800 }],
] as const;

async function foto(page: Page, naam: string) {
  // Focus rings and the caret would differ per run.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: `docs/screenshots/${naam}.png`, animations: "disabled", caret: "hide" });
}

for (const [maat, viewport] of MAATEN) {
  test(`screenshots at ${maat} size`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await foto(page, `home-${maat}`);

    await page.goto("/kaart");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // On a phone the results come first and the map waits in its tab; on a desktop the map shows its markers.
    if (maat === "desktop") await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
    await foto(page, `kaart-${maat}`);

    await page.goto("/wijken/centrum-drunen");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await foto(page, `wijk-${maat}`);

    await page.goto("/initiatief/nieuw");
    await page.getByRole("button", { name: "Start uw aanvraag" }).click();
    await expect(page).toHaveURL(/\/initiatief\/nieuw\/idee$/);
    await foto(page, `initiatief-${maat}`);
  });
}
