/** Walks the initiative form the way a resident does (shared by the JS and no-JS specs). */
import { expect, type Page } from "@playwright/test";
import { expectAccessible as axe } from "./helpers";

export interface Aanvraag {
  titel: string;
  email: string;
  naam: string;
}

async function volgende(page: Page, stap: string) {
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page).toHaveURL(new RegExp(`/initiatief/nieuw/${stap}$`));
}

/** From /initiatief to the check page, with money and a budget table; axe on every step. */
export async function vulAanvraagMetBegroting(page: Page, a: Aanvraag, opties: { axe?: boolean } = {}) {
  // axe needs JavaScript in the page; the no-JS spec walks the same steps without it.
  const expectAccessible = opties.axe === false ? async () => {} : axe;
  await page.goto("/initiatief");
  await expect(page.getByRole("heading", { level: 1, name: "Initiatief starten" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Start uw aanvraag" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uw initiatief aanvragen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start uw aanvraag" }).click();

  await expect(page).toHaveURL(/\/initiatief\/nieuw\/idee$/);
  await expect(page.getByRole("heading", { level: 1, name: "Wat wilt u doen?" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Naam van uw initiatief").fill(a.titel);
  await page.getByLabel("Ik wil ...").fill("Een straatfeest om nieuwe buren te leren kennen.");
  await volgende(page, "samen");

  await expectAccessible(page);
  await page.getByLabel(/Ik kan/).fill("Vijf buren organiseren het. De fanfare speelt.");
  await page.getByLabel("Met wie doet u het?").fill("De buurtvereniging");
  await volgende(page, "nodig");

  await expectAccessible(page);
  await page.getByRole("group", { name: /Ik heb nodig/ }).getByLabel("Geld", { exact: true }).check();
  await page.getByRole("group", { name: /Ik heb nodig/ }).getByLabel("Materiaal", { exact: true }).check();
  await volgende(page, "geld");

  await expectAccessible(page);
  await page.getByLabel("Hoeveel euro heeft u nodig?").fill("1200");
  await volgende(page, "begroting");

  await expectAccessible(page);
  await page.getByLabel("Regel 1: waarvoor").fill("Muziek");
  await page.getByLabel("Regel 1: bedrag in euro's").fill("700");
  await page.getByLabel("Regel 2: waarvoor").fill("Tenten en tafels");
  await page.getByLabel("Regel 2: bedrag in euro's").fill("500");
  await volgende(page, "waar");

  await expectAccessible(page);
  await page.getByLabel("Voor wie is uw initiatief?").fill("Alle bewoners van de straat");
  await page.getByLabel("In welke wijk of welk dorp?").selectOption({ label: "Vesting Heusden" });
  await page.getByLabel(/Adres of plek/).fill("Putterstraat");
  await volgende(page, "doelen");

  await expectAccessible(page);
  await page.getByLabel("Ontmoeting en verbinding").check();
  await page.getByLabel("Het informele netwerk versterken").check();
  await volgende(page, "meedoen");

  await expectAccessible(page);
  await page.getByLabel("Hoe kunnen andere mensen meedoen?").fill("Iedereen is welkom. Aanmelden via de buurtapp.");
  await page.getByLabel(/mag mijn initiatief na goedkeuring/).check();
  await volgende(page, "contact");

  await expectAccessible(page);
  await page.getByLabel("Uw naam").fill(a.naam);
  await page.getByLabel("E-mailadres").fill(a.email);
  await volgende(page, "controleren");

  await expect(page.getByRole("heading", { level: 1, name: "Controleer uw aanvraag" })).toBeVisible();
  await expect(page.getByText(a.titel)).toBeVisible();
  await expect(page.getByText("Muziek: € 700")).toBeVisible();
  await expect(page.getByText("Vesting Heusden")).toBeVisible();
  await expectAccessible(page);
}

/** Sends the checked application; returns the reference number shown. */
export async function verstuur(page: Page, opties: { axe?: boolean } = {}): Promise<string> {
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uw aanvraag is verstuurd" })).toBeVisible();
  const ref = (await page.getByTestId("referentie").textContent())!.trim();
  expect(ref).toMatch(/^INI-\d{4}-\d{4}$/);
  if (opties.axe !== false) await axe(page);
  return ref;
}
