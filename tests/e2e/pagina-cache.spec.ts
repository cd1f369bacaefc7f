/**
 * Finding 16 (load): the page cache of the production server (scripts/server.mjs, scripts/pagina-cache.mjs)
 * in the real app. The e2e server runs it on (PAGINA_CACHE_SECONDS default) with PAGINA_CACHE_CONTROLE_MS=0:
 * every request checks the content version, so a change is visible to the very next request (the other
 * specs keep seeing what they just changed). Other specs running at the same time may change content,
 * which makes a copy a MISS again: a HIT is therefore awaited with expect.toPass, never timed.
 */
import { expect, test, type Page, type Response } from "./fixtures";
import { expectAccessible, loginAsResident, loginAsStaff } from "./helpers";

test.describe.configure({ timeout: 180_000 });

const uniq = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

function nonceUit(r: Response): string {
  const csp = r.headers()["content-security-policy"] ?? "";
  const m = /'nonce-([^']+)'/.exec(csp);
  expect(m, "CSP met nonce").not.toBeNull();
  return m![1];
}

/** Loads `pad` until the answer comes from the cache (MISS first when it was not there yet). */
async function laadTotHit(page: Page, pad: string): Promise<{ eerste: Response; hit: Response }> {
  let eerste: Response | null = null;
  let hit: Response | null = null;
  await expect(async () => {
    eerste = await page.goto(pad);
    hit = await page.goto(pad);
    expect(hit!.headers()["x-sbp-cache"]).toBe("HIT");
  }).toPass({ timeout: 60_000 });
  return { eerste: eerste!, hit: hit! };
}

test("finding 16: an anonymous /kaart comes from the page cache the second time, with a fresh nonce, and works under its CSP", async ({ page }) => {
  const { eerste, hit } = await laadTotHit(page, "/kaart");
  expect(["MISS", "HIT"]).toContain(eerste.headers()["x-sbp-cache"]);
  const n1 = nonceUit(eerste);
  const n2 = nonceUit(hit);
  expect(n2).not.toBe(n1);
  // the security headers are all there on the copy
  expect(hit.headers()["x-frame-options"]).toBe("DENY");
  expect(hit.headers()["x-content-type-options"]).toBe("nosniff");
  // Next.js's scripts carry the new nonce (the browser ran them: the map loads, no CSP violation)
  const nonces = await page.evaluate(() => [...document.scripts].map((s) => s.nonce).filter(Boolean));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([n2]));
  await expect(page.getByRole("status").filter({ hasText: /op de kaart/ })).toBeVisible();
  await expect(page.locator(".leaflet-container")).toBeVisible();
  await expectAccessible(page);
  // a client-side navigation from the cached page works too (RSC requests bypass the cache)
  await page.getByRole("link", { name: "Stel een nieuwe plek voor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Een plek voorstellen" })).toBeVisible();
});

test("finding 16: a signed-in resident never gets a page from the cache, and anonymous visitors never get theirs", async ({ page, browser }) => {
  const anoniem = await (await browser.newContext()).newPage();
  const { hit } = await laadTotHit(anoniem, "/");
  expect(hit.headers()["x-sbp-cache"]).toBe("HIT");
  await expect(anoniem.getByRole("banner").getByText("Ingelogd als")).toHaveCount(0);

  await loginAsResident(page, "inwoner@heusden.example");
  for (const pad of ["/", "/kaart", "/", "/kaart"]) {
    const r = await page.goto(pad);
    expect(r!.headers()["x-sbp-cache"], pad).toBeUndefined();
    await expect(page.getByRole("banner").getByText("Ingelogd als")).toBeVisible();
  }
  // the anonymous copy is still the anonymous page
  for (const pad of ["/", "/kaart"]) {
    await anoniem.goto(pad);
    await expect(anoniem.getByRole("banner").getByText("Ingelogd als")).toHaveCount(0);
    await expect(anoniem.getByRole("link", { name: "Inloggen" }).first()).toBeVisible();
  }
});

test("finding 16: after an opbouwwerker publishes the agenda, the anonymous wijk page shows it at once", async ({ page, browser }) => {
  const anoniem = await (await browser.newContext()).newPage();
  await laadTotHit(anoniem, "/wijken/haarsteeg");
  const titel = `Bankjes bij de kerk ${uniq()}`;
  await expect(anoniem.getByText(titel)).toHaveCount(0);

  await loginAsStaff(page, "opbouwwerker.vlijmen@heusden.example");
  await page.goto("/beheer/wijken/haarsteeg/agenda");
  const form = page.locator("form", { has: page.locator("#nieuw-thema-titel") });
  await form.getByLabel("Thema (vraagstuk)").fill(titel);
  await form.getByLabel("Beschrijving").fill("Ouderen willen onderweg kunnen rusten.");
  await form.getByLabel("Wat inwoners zeggen").fill("Genoemd op de dorpsavond.");
  await form.getByRole("button", { name: "Thema toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Thema: ${titel}` })).toBeVisible();
  await page.goto("/beheer/wijken/haarsteeg/agenda");
  await page.getByLabel("Toelichting bij deze versie").fill("Nieuw thema (paginacache-test)");
  await page.getByRole("button", { name: "Publiceren" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Versie \d+ is gepubliceerd/ })).toBeVisible();

  // the very next anonymous request: the content version changed, so no old copy
  const r = await anoniem.goto("/wijken/haarsteeg");
  expect(r!.headers()["x-sbp-cache"]).not.toBe("HIT");
  await expect(anoniem.getByRole("region", { name: "Sociale agenda" }).getByRole("heading", { name: titel })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("finding 16: the cached /kaart works without JavaScript: the list and the filter form", async ({ page }) => {
    await laadTotHit(page, "/kaart");
    await expect(page.getByRole("list", { name: "Resultaten" })).toBeVisible();
    await page.getByLabel("Zoekwoord").fill("speeltuin");
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page).toHaveURL(/q=speeltuin/);
    await expect(page.getByRole("list", { name: "Resultaten" })).toBeVisible();
  });
});
