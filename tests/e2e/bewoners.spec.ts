/**
 * Issue 12: what residents ran into (points 2, 6, 7 and 11), at phone (390x844) and desktop (1280) size.
 * Map tiles never load in tests (a local stub): the checks use our own markers, never tiles.
 */
import { expect, test, type Page } from "./fixtures";
import { expectNoAxeViolations, loginAsResident } from "./helpers";

const TELEFOON = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const MARKERS = ".leaflet-marker-icon";

/** Every visible marker (pin or cluster icon) lies wholly inside the map's box. */
async function markersInDeKaart(page: Page) {
  const kaart = await page.locator(".leaflet-container").boundingBox();
  expect(kaart).not.toBeNull();
  const boxes = await page.locator(MARKERS).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
  expect(boxes.length).toBeGreaterThan(0);
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  for (const b of boxes) {
    const box = { x: b.x + scroll.x, y: b.y + scroll.y, width: b.width, height: b.height };
    expect(box.width, "marker has a size").toBeGreaterThan(0);
    expect(box.x, "marker inside the map (left)").toBeGreaterThanOrEqual(kaart!.x - 0.5);
    expect(box.y, "marker inside the map (top)").toBeGreaterThanOrEqual(kaart!.y - 0.5);
    expect(box.x + box.width, "marker inside the map (right)").toBeLessThanOrEqual(kaart!.x + kaart!.width + 0.5);
    expect(box.y + box.height, "marker inside the map (bottom)").toBeLessThanOrEqual(kaart!.y + kaart!.height + 0.5);
  }
}

async function kaartGeladen(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /resultaten? op de kaart/ })).toBeVisible();
}

test("(2) on a phone, the list first and then the Kaart tab shows the markers inside the map", async ({ page }) => {
  await page.setViewportSize(TELEFOON);
  await page.goto("/kaart");
  await expect(page.getByRole("list", { name: "Resultaten" })).toBeVisible();
  // While its panel is hidden the map is not built (issue 15: no Leaflet for a resident who only reads the list).
  await page.waitForTimeout(300);
  await expect(page.locator(".leaflet-container")).not.toBeAttached();
  await page.getByRole("tab", { name: "Kaart" }).click();
  await expect(page.locator(".leaflet-container")).toBeVisible();
  await expect(page.locator(MARKERS).first()).toBeVisible();
  await markersInDeKaart(page);
  await expectNoAxeViolations(page);
});

test("(7) on the desktop the map fits the results and there is no gap above the list", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  for (const adres of ["/kaart", "/kaart?q=koffie", "/kaart?wijk=braken-oost"]) {
    await page.goto(adres);
    await kaartGeladen(page);
    await expect(page.locator(MARKERS).first()).toBeVisible();
    // fitBounds animates nothing, but the cluster layer redraws after the move: let it settle.
    await page.waitForTimeout(300);
    await markersInDeKaart(page);
  }
  // The list's heading starts level with the map's box (no white gap above the list).
  const kop = await page.locator("#resultaten-titel").boundingBox();
  const status = await page.getByRole("status").filter({ hasText: /op de kaart/ }).boundingBox();
  expect(Math.abs(kop!.y - status!.y)).toBeLessThan(48);
  await expectNoAxeViolations(page);
});

test("(6) on a phone the first result is on the first screen after a search from the home page", async ({ page }) => {
  await page.setViewportSize(TELEFOON);
  await page.goto("/");
  await page.getByLabel("Wat zoekt u?").fill("koffie");
  await page.getByLabel(/Uw postcode/).fill("5151");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/\/kaart\?q=koffie&postcode=5151/);
  const eerste = page.getByRole("list", { name: "Resultaten" }).locator(":scope > li").first();
  await expect(eerste).toBeVisible();
  const box = await eerste.boundingBox();
  expect(box!.y).toBeLessThan(TELEFOON.height);
  // The extra filters are folded away; open when one of them is in use.
  await expect(page.getByLabel("Voor wie")).toBeHidden();
  await page.getByText("Meer filters").click();
  await expect(page.getByLabel("Voor wie")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/kaart?doelgroep=OUDEREN");
  await expect(page.getByLabel("Voor wie")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.setViewportSize(DESKTOP);
  await page.goto("/");
  await expectNoAxeViolations(page);
  await page.goto("/kaart");
  await kaartGeladen(page);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("(6) the folded filters still submit", async ({ page }) => {
    await page.setViewportSize(TELEFOON);
    await page.goto("/kaart");
    await expect(page.getByLabel("Voor wie")).toBeHidden();
    await page.getByText("Meer filters").click();
    await page.getByLabel("Voor wie").selectOption("OUDEREN");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page).toHaveURL(/\/kaart\?doelgroep=OUDEREN$/);
    await expect(page.getByLabel("Voor wie")).toBeVisible();
    await expect(page.getByLabel("Voor wie")).toHaveValue("OUDEREN");
  });
});

test("(11) plain words on the resident pages", async ({ page }) => {
  const moeilijk = ["Sfeer", "Persoonlijk", "Gemeenschappelijk", "Institutioneel"];
  await page.goto("/kaart?soort=ontmoetingsplek");
  const filters = page.locator("#kaart-filters");
  for (const w of moeilijk) await expect(filters).not.toContainText(w);
  await expect(page.getByLabel("Wie organiseert het?")).toBeAttached();
  const eersteLink = page.getByRole("list", { name: "Resultaten" }).locator(":scope > li").first().getByRole("link");
  await eersteLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const main = page.locator("main");
  for (const w of moeilijk) await expect(main).not.toContainText(w);
  await expect(main).toContainText("Wie organiseert het?");
  await expectNoAxeViolations(page);
});

/** The demo settings' phone number and visiting address (prisma/demo-data.ts DEMO_INSTELLINGEN). */
async function lieverBellen(page: Page) {
  const blok = page.getByRole("complementary", { name: "Liever bellen of langskomen?" });
  await expect(blok).toBeVisible();
  await expect(blok.getByRole("link", { name: "14 0416" })).toHaveAttribute("href", "tel:140416");
  await expect(blok).toContainText("5250 AA Vlijmen");
}

test("(12) 'Liever bellen of langskomen?' with the gemeente's number and address on the resident forms", async ({ page }) => {
  test.slow();
  for (const size of [TELEFOON, DESKTOP]) {
    await page.setViewportSize(size);
    await page.goto("/initiatief/nieuw");
    await lieverBellen(page);
    await expectNoAxeViolations(page);
    // The second time round the draft of the first round is kept ("U was al bezig").
    await page.getByRole(size === TELEFOON ? "button" : "link", { name: size === TELEFOON ? "Start uw aanvraag" : "Verder gaan" }).click();
    await expect(page).toHaveURL(/\/initiatief\/nieuw\/idee$/);
    await lieverBellen(page);
    await expectNoAxeViolations(page);
    await page.goto("/kaart/voorstellen");
    await lieverBellen(page);
    await expectNoAxeViolations(page);
    await page.goto("/wijken/braken-west");
    await lieverBellen(page);
    await expectNoAxeViolations(page);
    await page.goto("/vrijwilligers/vacatures");
    await page.locator("main").getByRole("link", { name: /./ }).filter({ has: page.locator("xpath=self::a[contains(@href, '/vrijwilligers/vacatures/')]") }).first().click();
    await expect(page).toHaveURL(/\/vrijwilligers\/vacatures\/[^/]+$/);
    await lieverBellen(page);
    await expectNoAxeViolations(page);
  }
});

test("(5) the initiatiefnemer sees what they submitted as a readable page before a decision, printable without header", async ({ page }) => {
  // Read-only on the seeded INI-2026-0004 (AANVULLING_GEVRAAGD: no decision yet).
  await loginAsResident(page, "inwoner@heusden.example", "/mijn/initiatieven");
  for (const size of [TELEFOON, DESKTOP]) {
    await page.setViewportSize(size);
    await page.goto("/mijn/initiatieven");
    await page.getByRole("link", { name: "Huiswerkhulp in de bibliotheek", exact: true }).click();
    const ingediend = page.getByRole("region", { name: "Wat u heeft ingediend" });
    await expect(ingediend).toBeVisible();
    await expect(ingediend).toContainText("Studenten helpen kinderen met huiswerk, twee middagen per week.");
    await expect(ingediend).toContainText("Centrum-Drunen");
    await expect(ingediend).toContainText(/€\s?300/);
    await expect(page.locator("main")).not.toContainText("(JSON)");
    await expectNoAxeViolations(page);
  }
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("region", { name: "Wat u heeft ingediend" })).toBeVisible();
});
