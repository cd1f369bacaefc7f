/**
 * Issue 15: the map asks /api/kaart only for what is in view (bbox + zoom) and draws the server's
 * clusters. Map tiles never load in tests (a local stub): the checks use our own markers and the
 * requests the map makes.
 */
import { expect, test, type Page, type Response } from "./fixtures";
import { expectAccessible } from "./helpers";

const DESKTOP = { width: 1280, height: 900 };

type Antwoord = { punten: [number, number, number, string, string][]; clusters: number[][]; totaal: number };

function isVensterUrl(adres: string) {
  const url = new URL(adres);
  return url.pathname === "/api/kaart" && url.searchParams.has("bbox");
}
const isVenster = (res: Response) => isVensterUrl(res.url());

/** The titles of the pins on the map (not of clusters). */
async function pinTitels(page: Page): Promise<string[]> {
  const titels = await page.locator(".leaflet-marker-icon[title]").evaluateAll((els) => els.map((e) => e.getAttribute("title") ?? ""));
  return titels.filter((t) => !/resultaten hier/.test(t));
}

/** Drag the map by (dx, dy) pixels, centred on the map's middle so the pointer stays on the map (a phone is narrow). */
async function sleep(page: Page, dx: number, dy: number) {
  await page.locator(".leaflet-container").evaluate((el) => el.scrollIntoView({ block: "center" }));
  const box = (await page.locator(".leaflet-container").boundingBox())!;
  const x = box.x + box.width / 2 - dx / 2;
  const y = box.y + box.height / 2 - dy / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y + (dy * i) / 10);
  await page.mouse.up();
}

/**
 * From a zoomed-in view (`dichtbij`, the answer for it): drag the map around until a pin appears for a
 * place the map did not have before; every pan must ask the server for a new box. Returns its title.
 */
async function panTotNieuwePlek(page: Page, dichtbij: Response, totaal: number, stap = { x: 450, y: 300 }): Promise<string> {
  const gezien = new Set(((await dichtbij.json()) as Antwoord).punten.map((p) => p[3]));
  expect(gezien.size, "zoomed in, not every result is in view").toBeLessThan(totaal);
  await page.waitForTimeout(300);
  const voorPannen = new Set(await pinTitels(page));
  const { x, y } = stap;
  const stappen: [number, number][] = [
    [-x, 0], [-x, 0], [0, -y], [x, 0], [x, 0], [x, 0], [x, 0], [0, y], [0, y], [-x, 0], [-x, 0], [-x, 0], [-x, 0], [0, -y], [0, -y],
  ];
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
    const nieuw = (await pinTitels(page)).find((t) => !voorPannen.has(t) && nieuweNamen.some((n) => t.startsWith(`${n} (`)));
    if (nieuw) return nieuw;
  }
  throw new Error("no place that was out of view appeared after panning");
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
  const nieuw = await panTotNieuwePlek(page, dichtbij, startData.totaal);
  await expect(page.locator(`.leaflet-marker-icon[title="${nieuw.replace(/"/g, '\\"')}"]`).first()).toBeVisible();
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

/** How many of our markers (pins and clusters) lie inside the visible map box. */
async function markersInBeeld(page: Page): Promise<number> {
  return page.locator(".leaflet-container").evaluate((kaart) => {
    const k = kaart.getBoundingClientRect();
    return Array.from(kaart.querySelectorAll(".leaflet-marker-icon")).filter((m) => {
      const r = m.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      return r.width > 0 && r.height > 0 && x >= k.left && x <= k.right && y >= k.top && y <= k.bottom;
    }).length;
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the list first, then the Kaart tab: the map shows its markers; panning loads new points; axe clean", async ({ page }) => {
    const overzicht = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/kaart" && !new URL(r.url()).searchParams.has("bbox"));
    const kaartdata: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname === "/api/kaart") kaartdata.push(r.url());
    });
    await page.goto("/kaart");
    // Read the list first: while the map's tab is hidden, the map is not loaded and asks for no data.
    await expect(page.getByRole("tab", { name: "Lijst" })).toHaveAttribute("aria-selected", "true");
    const lijst = page.getByRole("list", { name: "Resultaten" });
    await expect(lijst.locator(":scope > li").first()).toBeVisible();
    await lijst.locator(":scope > li").nth(5).scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    await expect(page.locator(".leaflet-container")).not.toBeAttached();
    expect(kaartdata).toEqual([]);

    // Then the map tab: it loads, fits all results and asks for its own view.
    const eerste = page.waitForResponse(isVenster);
    await page.getByRole("tab", { name: "Kaart" }).click();
    await expect(page.locator(".leaflet-container")).toBeVisible();
    const totaal = ((await (await overzicht).json()) as Antwoord).totaal;
    expect(totaal).toBeGreaterThan(1);
    const start = await eerste;
    const startData = (await start.json()) as Antwoord;
    expect(startData.punten.length + startData.clusters.length).toBeGreaterThan(0);
    await expect(page.getByRole("status").filter({ hasText: `${totaal} resultaten op de kaart` })).toBeVisible();
    await expect.poll(() => markersInBeeld(page), { message: "markers inside the map's box" }).toBeGreaterThan(0);
    await expectAccessible(page);

    // Zoom in (three steps: the answer covers a box a little wider than the small screen), then pan: every
    // move asks for the new box, and places that were out of view appear.
    const startZoom = Number(new URL(start.url()).searchParams.get("zoom"));
    const ingezoomd = page.waitForResponse((r) => isVenster(r) && Number(new URL(r.url()).searchParams.get("zoom")) === startZoom + 3);
    for (let i = 0; i < 3; i++) {
      await page.locator(".leaflet-control-zoom-in").click();
      await page.waitForTimeout(500);
    }
    const nieuw = await panTotNieuwePlek(page, await ingezoomd, totaal, { x: 280, y: 280 });
    await expect(page.locator(`.leaflet-marker-icon[title="${nieuw.replace(/"/g, '\\"')}"]`).first()).toBeVisible();
    expect(await markersInBeeld(page)).toBeGreaterThan(0);
    await expectAccessible(page);
  });
});
