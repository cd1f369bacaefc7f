/**
 * /beheer/kaart (issue 14): an opbouwwerker adds a weekly activity in her wijk and sees its next dates
 * publicly; she is refused on another wijk's item; archiving gives the 410 page; the form without
 * JavaScript shows an error summary and keeps what was typed (axe runs in the JavaScript tests:
 * it needs a script in the page).
 */
import { expect, test, type Page } from "./fixtures";
import { expectAccessible, loginAsStaff } from "./helpers";

const OW_DRUNEN = "opbouwwerker.drunen@heusden.example";
const BEHEERDER = "beheerder@heusden.example";

function uniekWoord() {
  return `kaart${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
}

function vandaag(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${d.getFullYear()}`;
}

async function vulActiviteit(page: Page, titel: string) {
  await page.getByLabel("Naam van de activiteit").fill(titel);
  await page.getByLabel("Wat gebeurt er?").fill("Elke week koffie en een praatje met buren uit de wijk.");
  await page.getByLabel("Wijk of dorp").selectOption({ label: "Braken-Oost" });
  await page.getByLabel("Hoe vaak").selectOption({ label: "Elke week" });
  await page.getByLabel("dinsdag", { exact: true }).check();
  await page.getByLabel("Begintijd").fill("10:00");
  await page.getByLabel("Eindtijd").fill("12:00");
  await page.getByLabel(/^Vanaf/).fill(vandaag());
}

test("an opbouwwerker adds a weekly activity in her wijk and sees its next dates publicly", async ({ page }) => {
  test.setTimeout(180_000);
  await loginAsStaff(page, OW_DRUNEN);
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Sociale kaart bijhouden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sociale kaart bijhouden" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nieuwe activiteit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe activiteit" })).toBeVisible();
  // Only her own wijken can be chosen.
  await expect(page.getByLabel("Wijk of dorp").locator("option", { hasText: "Vijfhoeven" })).toHaveCount(0);
  await expectAccessible(page);

  const titel = `Koffieochtend ${uniekWoord()}`;
  await vulActiviteit(page, titel);
  await page.getByRole("button", { name: "Activiteit opslaan" }).click();
  await expect(page).toHaveURL(/\/beheer\/kaart\/activiteit\/[^/?]+\?opgeslagen=1$/);
  await expect(page.getByText("De activiteit is opgeslagen.")).toBeVisible();
  await expect(page.getByText("Elke dinsdag van 10.00 tot 12.00 uur.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "bekijk de openbare pagina" }).click();
  await expect(page.getByRole("heading", { level: 1, name: titel })).toBeVisible();
  await expect(page.getByText("Elke dinsdag van 10.00 tot 12.00 uur").first()).toBeVisible();
  const keren = page.getByTestId("volgende-keren").getByRole("listitem");
  await expect(keren).toHaveCount(5);
  for (const k of await keren.allTextContents()) expect(k).toMatch(/^dinsdag \d{1,2} \w+ \d{4}, 10\.00 tot 12\.00 uur$/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.eventSchedule).toMatchObject({ "@type": "Schedule", startTime: "10:00", endTime: "12:00", scheduleTimezone: "Europe/Amsterdam" });
  await expectAccessible(page);

  // and in the result list, with the next time
  await page.goto(`/kaart?q=${encodeURIComponent(titel.split(" ")[1])}`);
  await expect(page.getByRole("list", { name: "Resultaten" }).getByRole("listitem").first()).toContainText("Volgende keer: dinsdag");
});

test("she is refused on another wijk's item; archiving gives the 410 page with similar places", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await loginAsStaff(page, BEHEERDER);
  await page.goto("/beheer/kaart/plek/nieuw");
  const naam = `Ruilkast ${uniekWoord()}`;
  await page.getByLabel("Naam van de plek").fill(naam);
  await page.getByLabel("Wat kan men er doen?").fill("Een kast met boeken en spelletjes om te ruilen.");
  await page.getByLabel("Soort plek").selectOption({ index: 1 });
  await page.getByLabel("Wijk of dorp").selectOption({ label: "Vijfhoeven" });
  await page.getByLabel("Breedtegraad").fill("51,6950");
  await page.getByLabel("Lengtegraad").fill("5,2100");
  // Opening hours on Monday (each day is a group with the fields "Van" and "Tot").
  await page.locator('input[name="open1van"]').fill("09:00");
  await page.locator('input[name="open1tot"]').fill("17:00");
  await page.getByRole("button", { name: "Plek opslaan" }).click();
  await expect(page).toHaveURL(/\/beheer\/kaart\/plek\/[^/?]+\?opgeslagen=1$/);
  const beheerUrl = new URL(page.url()).pathname;
  const publiek = (await page.getByRole("link", { name: "bekijk de openbare pagina" }).getAttribute("href"))!;

  const ow = await browser.newPage();
  await loginAsStaff(ow, OW_DRUNEN);
  await ow.goto(beheerUrl);
  await expect(ow).toHaveURL(/\/geen-toegang\?reden=wijk$/);
  await expect(ow.getByText("U werkt niet in deze wijk.")).toBeVisible();
  await ow.close();

  await page.getByRole("button", { name: "Archiveren" }).click();
  await expect(page.getByText("De plek is gearchiveerd.")).toBeVisible();
  await expectAccessible(page);

  const res = await page.goto(publiek);
  expect(res?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1, name: "Deze plek bestaat niet meer" })).toBeVisible();
  await expect(page.getByText(naam)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Vergelijkbare plekken in de buurt" })).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the activity form shows an error summary, keeps what was typed, and then saves", async ({ page }) => {
    test.setTimeout(180_000);
    await loginAsStaff(page, OW_DRUNEN);
    await page.goto("/beheer/kaart/activiteit/nieuw");
    const titel = `Wandelclub ${uniekWoord()}`;
    await page.getByLabel("Naam van de activiteit").fill(titel);
    await page.getByLabel("Begintijd").fill("25:00");
    await page.getByLabel("Gaat niet door op").fill("31-02-2027");
    await page.getByRole("button", { name: "Activiteit opslaan" }).click();

    const samenvatting = page.locator(".error-summary");
    await expect(samenvatting).toBeVisible();
    await expect(samenvatting).toContainText("Vul een begintijd in zoals 10:00.");
    await expect(samenvatting).toContainText("Kies de wijk of het dorp.");
    await expect(page.getByLabel("Naam van de activiteit")).toHaveValue(titel);
    await expect(page.getByLabel("Begintijd")).toHaveValue("25:00");
    await expect(page.getByLabel("Gaat niet door op")).toHaveValue("31-02-2027");

    await vulActiviteit(page, titel);
    await page.getByLabel("Gaat niet door op").fill("");
    await page.getByRole("button", { name: "Activiteit opslaan" }).click();
    await expect(page).toHaveURL(/\/beheer\/kaart\/activiteit\/[^/?]+\?opgeslagen=1$/);
    await expect(page.getByText("De activiteit is opgeslagen.")).toBeVisible();
  });
});
