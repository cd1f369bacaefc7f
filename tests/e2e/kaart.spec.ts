import { expect, test, type Page } from "./fixtures";
import { expectAccessible, loginAsStaff } from "./helpers";

/** A unique word of letters only (full-text search treats digits and dashes as separate tokens). */
function uniekWoord() {
  return `ruil${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
}

async function mapLoaded(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: /op de kaart/ })).toBeVisible();
  await expect(page.locator(".leaflet-container")).toBeVisible();
}

test("filter by wijk and category, search, open a detail page and come back with the filters kept", async ({ page }) => {
  await page.goto("/kaart");
  await expect(page.getByRole("heading", { level: 1, name: "Sociale kaart" })).toBeVisible();
  await mapLoaded(page);
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Wijk of dorp").selectOption({ label: "Venne-Oost" });
  // "Soort plek" is one of the extra filters, folded away under "Meer filters" (issue 12 point 6).
  await page.getByText("Meer filters").click();
  await page.getByLabel("Soort plek").selectOption("speeltuin");
  await page.getByLabel("Zoekwoord").fill("speeltuin");
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();

  await expect(page).toHaveURL(/\/kaart\?q=speeltuin&wijk=venne-oost&categorie=speeltuin$/);
  const lijst = page.getByRole("list", { name: "Resultaten" });
  await expect(page.getByRole("heading", { level: 2, name: /^1 resultaat/ })).toBeVisible();
  await expect(lijst.getByRole("listitem").first()).toContainText("Venne-Oost");
  await expect(lijst.getByRole("listitem").first()).toContainText("Speeltuin");
  // the map shows the same filtered set
  await expect(page.getByRole("status").filter({ hasText: "1 resultaat op de kaart" })).toBeVisible();
  await expect(page.locator(".leaflet-marker-icon")).toHaveCount(1);
  await expectAccessible(page);

  const link = lijst.getByRole("link").first();
  const naam = (await link.textContent())!;
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  await expect(page.getByRole("link", { name: "Venne-Oost" })).toBeVisible();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld["@type"]).toBe("Place");
  expect(ld.name).toBe(naam);
  await expect(page.getByLabel("Link naar deze pagina")).toHaveValue(/\/kaart\/plek\//);
  await expect(page.locator(".leaflet-container")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "← Terug naar de resultaten" }).click();
  await expect(page).toHaveURL(/\/kaart\?q=speeltuin&wijk=venne-oost&categorie=speeltuin$/);
  await expect(page.getByLabel("Wijk of dorp")).toHaveValue("venne-oost");
  await expect(page.getByLabel("Soort plek")).toHaveValue("speeltuin");
  await expect(page.getByLabel("Zoekwoord")).toHaveValue("speeltuin");
  await expect(page.getByRole("heading", { level: 2, name: /^1 resultaat/ })).toBeVisible();
});

test("an activity detail page has Event data; the postcode search sorts by distance; an unknown postcode is explained", async ({ page }) => {
  await page.goto("/kaart?soort=activiteit&postcode=5251");
  await expect(page.getByRole("heading", { level: 2, name: /dichtbij postcode 5251/ })).toBeVisible();
  const eerste = page.getByRole("list", { name: "Resultaten" }).locator(":scope > li").first();
  await expect(eerste).toContainText("km");
  await eerste.getByRole("link").click();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld["@type"]).toBe("Event");
  await expectAccessible(page);

  await page.goto("/kaart?postcode=1012");
  await expect(page.getByRole("alert").filter({ hasText: 'We kennen de postcode of plaats "1012" niet' })).toBeVisible();
});

test("on a small screen the list and the map are tabs", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/kaart?q=koffie");
  const lijstTab = page.getByRole("tab", { name: "Lijst" });
  await expect(lijstTab).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("list", { name: "Resultaten" })).toBeVisible();
  await expect(page.locator(".leaflet-container")).toBeHidden();
  await page.getByRole("tab", { name: "Kaart" }).click();
  await expect(page.locator(".leaflet-container")).toBeVisible();
  await expect(page.getByRole("list", { name: "Resultaten" })).toBeHidden();
});

test.describe("with the browser's location", () => {
  // Vestingweg, Drunen: a shared location, as a resident's phone would give it.
  test.use({ geolocation: { latitude: 51.6857, longitude: 5.1349 }, permissions: ["geolocation"] });

  test("'Gebruik mijn locatie' (loaded after the page) keeps the search and sorts by distance from there", async ({ page }) => {
    await page.goto("/kaart?q=koffie");
    await page.getByText("Meer filters").click();
    await page.getByRole("button", { name: "Gebruik mijn locatie" }).click();
    await expect(page).toHaveURL(/\/kaart\?q=koffie&lat=51\.686&lng=5\.135$/);
    await expect(page.getByRole("heading", { level: 2, name: /dichtbij uw locatie eerst/ })).toBeVisible();
    await expect(page.getByRole("list", { name: "Resultaten" }).getByText(/\d+(,\d)? km\b/).first()).toBeVisible();
    await expect(page.getByLabel("Sorteer op afstand vanaf uw locatie")).toBeChecked();
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same search works and lists the results", async ({ page }) => {
    await page.goto("/kaart");
    await page.getByLabel("Zoekwoord").fill("speeltuinen");
    await page.getByLabel("Wijk of dorp").selectOption({ label: "Braken-Oost" });
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page).toHaveURL(/\/kaart\?q=speeltuinen&wijk=braken-oost$/);
    const items = page.getByRole("list", { name: "Resultaten" }).locator(":scope > li");
    await expect(items.first()).toContainText("Speeltuin");
    await expect(items.first()).toContainText("Braken-Oost");
    await items.first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "← Terug naar de resultaten" }).click();
    await expect(page).toHaveURL(/\/kaart\?q=speeltuinen&wijk=braken-oost$/);
  });

  test("a resident's suggestion form shows all errors and keeps the input", async ({ page }) => {
    await page.goto("/kaart/voorstellen");
    await page.getByLabel("Naam van de plek").fill("Ruilkast");
    await page.getByLabel("Postcode").fill("12");
    await page.getByRole("button", { name: "Voorstel versturen" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toContainText("Kies wat voor plek het is");
    await expect(summary).toContainText("Kies de wijk of het dorp");
    await expect(summary).toContainText("Vul een postcode in zoals 5151 AB");
    await expect(page.getByLabel("Naam van de plek")).toHaveValue("Ruilkast");
  });
});

test("a resident suggests a place; it appears on the kaart only after the opbouwwerker of that wijk approves it", async ({ browser }) => {
  // Two people, four pages and two axe scans: ~40 s alone, over 90 s on a loaded 2-core machine.
  test.slow();
  const woord = uniekWoord();
  const naam = `Buurtkast ${woord}`;

  const bewoner = await (await browser.newContext()).newPage();
  await bewoner.goto("/kaart");
  await bewoner.getByRole("link", { name: "Stel een nieuwe plek voor" }).click();
  await expect(bewoner.getByRole("heading", { level: 1, name: "Een plek voorstellen" })).toBeVisible();
  await expectAccessible(bewoner);
  await bewoner.getByLabel("Naam van de plek").fill(naam);
  await bewoner.getByLabel("Soort plek").selectOption({ label: "Koffiecorner" });
  await bewoner.getByLabel("Wijk of dorp").selectOption({ label: "Braken-West" });
  await bewoner.getByLabel("Straat en huisnummer").fill("Lindenlaan 4");
  await bewoner.getByLabel("Postcode").fill("5153 AB");
  await bewoner.getByLabel("Wat kan men er doen?").fill("Een ruilkast met boeken en elke vrijdag koffie voor de buurt.");
  await bewoner.getByLabel("Binnen (een gebouw)").check();
  await bewoner.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(bewoner.getByRole("heading", { level: 1, name: "Bedankt voor uw voorstel" })).toBeVisible();

  await bewoner.goto(`/kaart?q=${woord}`);
  await expect(bewoner.getByRole("heading", { level: 2, name: "Geen resultaten" })).toBeVisible();

  // An opbouwwerker of other wijken does not see it
  const vlijmen = await (await browser.newContext()).newPage();
  await loginAsStaff(vlijmen, "opbouwwerker.vlijmen@heusden.example");
  await vlijmen.goto("/beheer/suggesties");
  await expect(vlijmen.getByRole("heading", { level: 1, name: "Voorstellen voor de kaart" })).toBeVisible();
  await expect(vlijmen.getByRole("link", { name: naam })).toHaveCount(0);

  // The opbouwwerker of Braken-West approves it
  const drunen = await (await browser.newContext()).newPage();
  await loginAsStaff(drunen, "opbouwwerker.drunen@heusden.example");
  await drunen.goto("/beheer");
  await drunen.getByRole("link", { name: "Voorstellen voor de kaart" }).click();
  await expectAccessible(drunen);
  await drunen.getByRole("link", { name: naam }).click();
  await expect(drunen.getByRole("heading", { level: 1, name: `Nieuwe plek: ${naam}` })).toBeVisible();
  await expect(drunen.getByLabel("Breedtegraad")).not.toHaveValue("");
  await expectAccessible(drunen);
  await drunen.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
  await expect(drunen.getByRole("status").filter({ hasText: "goedgekeurd en staat nu op de kaart" })).toBeVisible();

  await bewoner.goto(`/kaart?q=${woord}`);
  await expect(bewoner.getByRole("heading", { level: 2, name: /^1 resultaat/ })).toBeVisible();
  await bewoner.getByRole("list", { name: "Resultaten" }).getByRole("link", { name: naam }).click();
  await expect(bewoner.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  await expect(bewoner.getByText("Lindenlaan 4, 5153 AB Drunen")).toBeVisible();
});
