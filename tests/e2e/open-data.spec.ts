/**
 * Open data and addresses in the browser: the wijk page's "Zet in mijn agenda" feed is valid iCalendar
 * (parsed with ical.js), the HSDS and CSV exports answer, "Zoek adres" fills the coordinates through the
 * fake Locatieserver (tests/support/locatieserver-fake.ts, started by tests/e2e/server.mts) with and
 * without JavaScript, and beheerders see the scheduled jobs.
 */
import ICAL from "ical.js";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible, loginAsStaff } from "./helpers";

const OW_VLIJMEN = "opbouwwerker.vlijmen@heusden.example";

async function nieuwVoorstel(page: Page, naam: string) {
  await page.goto("/kaart/voorstellen");
  await page.getByLabel("Naam van de plek").fill(naam);
  await page.getByLabel("Soort plek").selectOption({ label: "Koffiecorner" });
  await page.getByLabel("Wijk of dorp").selectOption({ label: "Vlijmen-Dorp" });
  await page.getByLabel("Wat kan men er doen?").fill("Koffie en een praatje voor iedereen uit de buurt.");
  await page.getByLabel("Binnen (een gebouw)").check();
  await page.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bedankt voor uw voorstel" })).toBeVisible();
}

test("the wijk page links to an iCalendar feed that parses, with the activity in Amsterdam time", async ({ page, request }) => {
  await page.goto("/wijken/centrum-drunen");
  const link = page.getByRole("link", { name: "Zet in mijn agenda" });
  await expect(link).toHaveAttribute("href", "/api/agenda/wijk/centrum-drunen.ics");
  await expectAccessible(page);
  const res = await request.get("/api/agenda/wijk/centrum-drunen.ics");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const cal = new ICAL.Component(ICAL.parse(await res.text()));
  expect(cal.name).toBe("vcalendar");
  const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const e = events.find((x) => x.summary === "Voorleesochtend (e2e)");
  expect(e).toBeTruthy();
  expect(e!.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Amsterdam");
  expect((await request.get("/api/agenda/wijk/bestaat-niet.ics")).status()).toBe(404);
});

test("HSDS and CSV exports answer with public data", async ({ request }) => {
  const hsds = await request.get("/api/open-data/hsds.json");
  expect(hsds.status()).toBe(200);
  const h = (await hsds.json()) as Record<string, unknown[]>;
  for (const lijst of ["organizations", "services", "locations", "service_at_locations", "schedules"]) expect(h[lijst].length, lijst).toBeGreaterThan(0);
  const csv = await request.get("/api/open-data/kaart.csv");
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await csv.text()).toContain("soort;id;naam;beschrijving;categorie;wijk");
});

test("Zoek adres fills postcode and coordinates through the Locatieserver (JavaScript)", async ({ page, browser }) => {
  test.slow();
  const naam = `Koffiehoek ${Date.now()}`;
  const bewoner = await (await browser.newContext()).newPage();
  await nieuwVoorstel(bewoner, naam);

  await loginAsStaff(page, OW_VLIJMEN);
  await page.goto("/beheer/suggesties");
  await page.getByRole("link", { name: naam }).click();
  await page.getByRole("textbox", { name: /^Adres/ }).fill("Mr. van Coothstraat 10 Vlijmen");
  await page.getByRole("button", { name: "Zoek adres" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Adres gevonden: Mr. van Coothstraat 10, 5251HA Vlijmen" })).toBeVisible();
  await expect(page.getByLabel("Breedtegraad")).toHaveValue("51,6957");
  await expect(page.getByLabel("Lengtegraad")).toHaveValue("5,2151");
  await expect(page.getByRole("textbox", { name: /^Postcode/ })).toHaveValue("5251 HA");
  await expect(page.getByLabel("Naam van de plek")).toHaveValue(naam);
  await expectAccessible(page);

  await page.getByRole("textbox", { name: /^Adres/ }).fill("Nergensstraat 1 Nergenshuizen");
  await page.getByRole("button", { name: "Zoek adres" }).click();
  await expect(page.getByRole("status").filter({ hasText: "We vinden geen adres" })).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Zoek adres reloads the form with every value kept and the coordinates filled in", async ({ page, browser }) => {
    test.slow();
    const naam = `Buurtkamer ${Date.now()}`;
    const bewoner = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
    await nieuwVoorstel(bewoner, naam);

    await loginAsStaff(page, OW_VLIJMEN);
    await page.goto("/beheer/suggesties");
    await page.getByRole("link", { name: naam }).click();
    await page.getByLabel("Naam van de plek").fill(`${naam} (verbeterd)`);
    await page.getByRole("textbox", { name: /^Adres/ }).fill("Kerkstraat 2 Haarsteeg");
    await page.getByRole("button", { name: "Zoek adres" }).click();
    await expect(page.getByText("Adres gevonden: Kerkstraat 2, 5254JE Haarsteeg")).toBeVisible();
    await expect(page.getByLabel("Breedtegraad")).toHaveValue("51,7118");
    await expect(page.getByLabel("Lengtegraad")).toHaveValue("5,1951");
    await expect(page.getByLabel("Naam van de plek")).toHaveValue(`${naam} (verbeterd)`);
    // and the form still saves from here
    await page.getByRole("button", { name: "Goedkeuren en publiceren" }).click();
    await expect(page.getByText("goedgekeurd en staat nu op de kaart")).toBeVisible();
  });
});

test("beheerders see the scheduled jobs; others are refused", async ({ page, browser }) => {
  await loginAsStaff(page, "beheerder@heusden.example");
  await page.goto("/beheer/taken");
  await expect(page.getByRole("heading", { level: 1, name: "Geplande taken" })).toBeVisible();
  await expectAccessible(page);
  const ow = await (await browser.newContext()).newPage();
  await loginAsStaff(ow, OW_VLIJMEN);
  await ow.goto("/beheer/taken");
  await expect(ow).toHaveURL(/\/geen-toegang/);
});
