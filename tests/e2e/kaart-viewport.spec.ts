/**
 * Issue 15: the map asks /api/kaart only for what is in view (bbox + zoom) and draws the server's
 * clusters. Map tiles never load in tests (a local stub): the checks use our own markers and the
 * requests the map makes.
 */
import { expect, test, type Page, type Response } from "./fixtures";
import { expectAccessible } from "./helpers";

const DESKTOP = { width: 1280, height: 900 };

type Antwoord = { punten: [number, number, number, string, string][]; clusters: number[][]; totaal: number };

function isVenster(res: Response) {
  const url = new URL(res.url());
  return url.pathname === "/api/kaart" && url.searchParams.has("bbox");
}

/** The titles of the pins on the map (not of clusters). */
async function pinTitels(page: Page): Promise<string[]> {
  const titels = await page.locator(".leaflet-marker-icon[title]").evaluateAll((els) => els.map((e) => e.getAttribute("title") ?? ""));
  return titels.filter((t) => !/resultaten hier/.test(t));
}

async function sleep(page: Page, dx: number, dy: number) {
  await page.locator(".leaflet-container").scrollIntoViewIfNeeded();
  const box = (await page.locator(".leaflet-container").boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
  await page.mouse.up();
}

test("zooming in and panning the map loads the points in view from the server", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const eerste = page.waitForResponse(isVenster);
  await page.goto("/kaart");
  // After fitting all results, the map asks for its own view.
  const start = await eerste;
  const startUrl = new URL(start.url());
  const startZoom = Number(startUrl.searchParams.get("zoom"));
  const startData = (await start.json()) as Antwoord;
  expect(startData.punten.length + startData.clusters.length).toBeGreaterThan(0);
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();

  // Zoom in two steps (Leaflet ignores a click during its zoom animation): a request for the smaller box at the new zoom.
  const ingezoomd = page.waitForResponse((r) => isVenster(r) && Number(new URL(r.url()).searchParams.get("zoom")) === startZoom + 2);
  for (let i = 0; i < 2; i++) {
    await page.locator(".leaflet-control-zoom-in").click();
    await page.waitForTimeout(500);
  }
  const dichtbij = await ingezoomd;
  const gezien = new Set(((await dichtbij.json()) as Antwoord).punten.map((p) => p[3]));
  expect(gezien.size).toBeLessThan(startData.totaal);
  await page.waitForTimeout(300);
  const voorPannen = new Set(await pinTitels(page));

  // Pan (drag) until the map shows a place it did not have before; every pan asks for a new box.
  const stappen: [number, number][] = [
    [-450, 0], [-450, 0], [0, -300], [450, 0], [450, 0], [450, 0], [450, 0], [0, 300], [0, 300], [-450, 0], [-450, 0], [-450, 0], [-450, 0], [0, -300], [0, -300],
  ];
  let nieuw: string | undefined;
  let vorigeBbox = new URL(dichtbij.url()).searchParams.get("bbox");
  for (const [dx, dy] of stappen) {
    const volgende = page.waitForResponse((r) => isVenster(r) && new URL(r.url()).searchParams.get("bbox") !== vorigeBbox);
    await sleep(page, dx, dy);
    const res = await volgende;
    vorigeBbox = new URL(res.url()).searchParams.get("bbox");
    const namen = ((await res.json()) as Antwoord).punten.map((p) => p[3]);
    const nieuweNamen = namen.filter((n) => !gezien.has(n));
    namen.forEach((n) => gezien.add(n));
    if (!nieuweNamen.length) continue;
    await page.waitForTimeout(300);
    nieuw = (await pinTitels(page)).find((t) => !voorPannen.has(t) && nieuweNamen.some((n) => t.startsWith(`${n} (`)));
    if (nieuw) break;
  }
  expect(nieuw, "a place that was out of view appears after panning").toBeTruthy();
  await expect(page.locator(`.leaflet-marker-icon[title="${nieuw!.replace(/"/g, '\\"')}"]`).first()).toBeVisible();
  await expectAccessible(page);
});

test("the server's clusters show their count, have a name, and a click zooms in", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  // Many points in view: a cluster answer as the server makes it at 100,000 places (the demo data has far fewer).
  const legenda = [{ code: "buurthuis", naam: "Buurthuis", kleur: "#00577a", icoon: "B", pad: "/kaart/plek/" }];
  const zooms: number[] = [];
  await page.route(/\/api\/kaart(\?|$)/, async (route) => {
    const url = new URL(route.request().url());
    if (url.searchParams.has("zoom")) zooms.push(Number(url.searchParams.get("zoom")));
    await route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        totaal: 4321,
        omvang: [51.66, 5.05, 51.74, 5.25],
        zoom: 12,
        inBeeld: 4321,
        legenda,
        punten: [[51.7, 5.2, 0, "Buurthuis Alleen", "buurthuis-alleen"]],
        clusters: [
          [51.69, 5.1, 1234, 51.67, 5.07, 51.71, 5.13],
          [51.72, 5.16, 87, 51.715, 5.15, 51.725, 5.17],
        ],
      }),
    });
  });
  await page.goto("/kaart");
  await expect(page.getByRole("status").filter({ hasText: "4321 resultaten op de kaart" })).toBeVisible();
  const groot = page.locator('.leaflet-marker-icon[title="1234 resultaten hier. Kies om in te zoomen."]');
  await expect(groot).toBeVisible();
  await expect(groot).toHaveText("1234");
  await expect(page.locator('.leaflet-marker-icon[title="87 resultaten hier. Kies om in te zoomen."]')).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon[title="Buurthuis Alleen (Buurthuis)"]')).toBeVisible();
  await expectAccessible(page);
  await expect.poll(() => zooms.length).toBeGreaterThan(0);
  const voor = zooms[zooms.length - 1];
  await groot.click();
  await expect.poll(() => Math.max(...zooms)).toBeGreaterThan(voor);
});
