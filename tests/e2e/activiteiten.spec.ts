/**
 * "Wat is er deze week?" (/activiteiten): a resident opens it from the menu, picks "deze week", filters on
 * wijk and gratis, saves one activity in their calendar (the .ics parses with ical.js) and opens the
 * printable week overview (A4 print CSS). The filter form also works without JavaScript. Data: the two
 * daily activities in Nieuwkuijk from tests/e2e/server.mts (one free, one not).
 */
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./helpers";

const GRATIS = "Ommetje met de buurt (e2e)";
const BETAALD = "Schilderclub (e2e)";

test("a resident finds this week's free activities in Nieuwkuijk, saves one in their calendar and prints the week", async ({ page }) => {
  test.slow();
  await page.goto("/");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Activiteiten" }).click();
  await expect(page).toHaveURL(/\/activiteiten$/);
  const periode = page.getByRole("navigation", { name: "Kies de periode" });
  await periode.getByRole("link", { name: "Deze maand" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat is er deze maand?");
  await periode.getByRole("link", { name: "Deze week" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat is er deze week?");
  await expect(periode.getByRole("link", { name: "Deze week" })).toHaveAttribute("aria-current", "page");

  const filters = page.getByRole("search", { name: "Filteren" });
  await filters.getByLabel("Wijk of dorp").selectOption({ label: "Nieuwkuijk" });
  await filters.getByRole("button", { name: "Toon activiteiten" }).click();
  await expect(page).toHaveURL(/\/activiteiten\?wijk=nieuwkuijk$/);
  await expect(page.getByRole("link", { name: GRATIS, exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: BETAALD, exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Voorleesochtend (e2e)" })).toHaveCount(0);

  await filters.getByLabel("Alleen gratis").check();
  await filters.getByRole("button", { name: "Toon activiteiten" }).click();
  await expect(page).toHaveURL(/\/activiteiten\?wijk=nieuwkuijk&gratis=1$/);
  await expect(page.getByRole("link", { name: GRATIS, exact: true }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: BETAALD, exact: true })).toHaveCount(0);
  // Today is in "deze week", and the first day is today.
  await expect(page.getByRole("heading", { level: 2, name: /^Vandaag, / })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Bekijk op de kaart: / }).first()).toHaveAttribute("href", /^\/kaart\/plek\//);
  await expectAccessible(page);

  // Zet in mijn agenda: a file that parses as iCalendar, the series in Europe/Amsterdam.
  const downloadBezig = page.waitForEvent("download");
  await page.getByRole("link", { name: `Zet in mijn agenda: ${GRATIS}`, exact: true }).first().click();
  const download = await downloadBezig;
  expect(download.suggestedFilename()).toBe("ommetje-e2e.ics");
  const cal = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, "utf8")));
  expect(cal.name).toBe("vcalendar");
  const event = new ICAL.Event(cal.getFirstSubcomponent("vevent")!);
  expect(event.summary).toBe(GRATIS);
  expect(event.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Amsterdam");
  expect(event.component.getFirstPropertyValue("rrule")!.toString()).toContain("FREQ=WEEKLY");
  expect([event.startDate.hour, event.startDate.minute]).toEqual([10, 0]);

  // The week overview to print: Monday to Sunday, the daily activity on each day.
  await page.getByRole("link", { name: "Weekoverzicht van Nieuwkuijk om af te drukken" }).click();
  await expect(page).toHaveURL(/\/activiteiten\/week\/nieuwkuijk$/);
  const blad = page.getByRole("article", { name: "Wat is er te doen in Nieuwkuijk?" });
  await expect(blad.getByRole("heading", { level: 2 })).toHaveCount(8); // seven days and "Ook vaak te doen" (the demo's text-only activity)
  await expect(blad.getByText(GRATIS)).toHaveCount(7);
  await expect(blad.getByText(BETAALD)).toHaveCount(7);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Volgende week →" }).click();
  await expect(page).toHaveURL(/\/activiteiten\/week\/nieuwkuijk\?week=\d{4}-\d{2}-\d{2}$/);
  await expect(blad.getByText(GRATIS)).toHaveCount(7);

  // Print: no header, menu or week buttons; large type.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("link", { name: "Volgende week →" })).toBeHidden();
  const maat = await blad.evaluate((el) => ({ tekst: parseFloat(getComputedStyle(el).fontSize), kop: parseFloat(getComputedStyle(el.querySelector("h1")!).fontSize) }));
  expect(maat.tekst).toBeGreaterThanOrEqual(18); // 14pt
  expect(maat.kop).toBeGreaterThanOrEqual(32);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  // The print CSS asks for A4 (595 x 842 points), whatever the browser's default paper.
  expect(pdf.toString("latin1")).toMatch(/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
});

test("an activity's own page has 'Zet in mijn agenda' too, with the whole series", async ({ page }) => {
  await page.goto("/kaart/activiteit/ommetje-e2e");
  await expect(page.getByRole("heading", { level: 2, name: "In uw agenda" })).toBeVisible();
  const downloadBezig = page.waitForEvent("download");
  await page.getByRole("link", { name: "Zet in mijn agenda", exact: true }).click();
  const download = await downloadBezig;
  expect(download.suggestedFilename()).toBe("ommetje-e2e.ics");
  const cal = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, "utf8")));
  expect(new ICAL.Event(cal.getFirstSubcomponent("vevent")!).summary).toBe(GRATIS);
  await expectAccessible(page);
});

test("the .ics answers as a file to save, and 404 for an unknown activity", async ({ request }) => {
  const res = await request.get("/api/agenda/activiteit/schilderclub-e2e.ics");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(res.headers()["content-disposition"]).toBe('attachment; filename="schilderclub-e2e.ics"');
  expect(new ICAL.Event(new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent("vevent")!).summary).toBe(BETAALD);
  expect((await request.get("/api/agenda/activiteit/bestaat-niet.ics")).status()).toBe(404);
  expect((await request.get("/activiteiten/week/bestaat-niet")).status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form is a plain GET form: wijk and gratis kept, the period links keep the filters", async ({ page }) => {
    await page.goto("/activiteiten");
    const filters = page.getByRole("search", { name: "Filteren" });
    await filters.getByLabel("Wijk of dorp").selectOption({ label: "Nieuwkuijk" });
    await filters.getByLabel("Alleen gratis").check();
    await filters.getByRole("button", { name: "Toon activiteiten" }).click();
    await expect(page).toHaveURL(/\/activiteiten\?wijk=nieuwkuijk&gratis=1$/);
    await expect(page.getByRole("link", { name: GRATIS, exact: true }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: BETAALD, exact: true })).toHaveCount(0);
    await expect(filters.getByLabel("Wijk of dorp")).toHaveValue("nieuwkuijk");
    await expect(filters.getByLabel("Alleen gratis")).toBeChecked();

    await page.getByRole("navigation", { name: "Kies de periode" }).getByRole("link", { name: "Vandaag" }).click();
    await expect(page).toHaveURL(/\/activiteiten\?periode=vandaag&wijk=nieuwkuijk&gratis=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wat is er vandaag?");
    await expect(page.getByRole("link", { name: GRATIS, exact: true })).toHaveCount(1);
    // (axe needs JavaScript: the same page is scanned in the test above.)

    await page.getByRole("link", { name: "Wis de filters" }).click();
    await expect(page).toHaveURL(/\/activiteiten\?periode=vandaag$/);
    await expect(filters.getByLabel("Wijk of dorp")).toHaveValue("");
  });
});
