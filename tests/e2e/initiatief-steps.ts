/** Walks the initiative form the way a resident does (shared by the JS and no-JS specs). */
import { expect, type Page } from "@playwright/test";
import { expectAccessible as axe } from "./helpers";

export interface Aanvraag {
  titel: string;
  email: string;
  naam: string;
}

export async function volgende(page: Page, stap: string) {
  await page.getByRole("button", { name: "Volgende" }).click();
  // A step saves the draft on the server: on a busy 2-core CI machine that took over 10 s.
  await expect(page).toHaveURL(new RegExp(`/initiatief/nieuw/${stap}$`), { timeout: 25_000 });
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

  // Issue 12 point 10: one page per subject; a larger amount adds the budget page (7 pages in all).
  await expect(page).toHaveURL(/\/initiatief\/nieuw\/idee$/);
  await expect(page.getByRole("heading", { level: 1, name: "Wat wilt u doen?" })).toBeVisible();
  await expect(page.getByText("Stap 1 van 6")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Naam van uw initiatief").fill(a.titel);
  await page.getByLabel("Ik wil ...").fill("Een straatfeest om nieuwe buren te leren kennen.");
  await page.getByLabel(/Ik kan/).fill("Vijf buren organiseren het. De fanfare speelt.");
  await page.getByLabel("Met wie doet u het?").fill("De buurtvereniging");
  await volgende(page, "nodig");

  await expectAccessible(page);
  await page.getByRole("group", { name: /Ik heb nodig/ }).getByLabel("Geld", { exact: true }).check();
  await page.getByRole("group", { name: /Ik heb nodig/ }).getByLabel("Materiaal", { exact: true }).check();
  await page.getByLabel("Hoeveel euro heeft u nodig?").fill("1200");
  await volgende(page, "begroting");

  await expect(page.getByText("Stap 3 van 7")).toBeVisible();
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
  await page.getByLabel("Mensen ontmoeten elkaar").check();
  await page.getByLabel("Buren, familie en vrienden helpen elkaar").check();
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
  await expect(page.getByRole("heading", { level: 1, name: "Uw aanvraag is verstuurd" })).toBeVisible({ timeout: 25_000 });
  const ref = (await page.getByTestId("referentie").textContent())!.trim();
  expect(ref).toMatch(/^INI-\d{4}-\d{4}$/);
  if (opties.axe !== false) await axe(page);
  return ref;
}

/**
 * Issue 12 point 10: a small request (up to the klein bedrag, 500 euro in the demo) from the start
 * page to the check page in 6 steps, the check page included; axe on every step unless turned off.
 */
export async function vulKleineAanvraag(page: Page, a: Aanvraag & { bedrag: number }, opties: { axe?: boolean } = {}) {
  const expectAccessible = opties.axe === false ? async () => {} : axe;
  await page.goto("/initiatief/nieuw");
  await expect(page.getByRole("heading", { level: 1, name: "Uw initiatief aanvragen" })).toBeVisible();
  for (const kop of ["Wat heeft u nodig?", "Hoe lang duurt het?", "Wat gebeurt er daarna?"]) await expect(page.getByRole("heading", { level: 2, name: kop })).toBeVisible();
  await expect(page.getByText(/Ongeveer 10 minuten/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start uw aanvraag" }).click();
  const stap = (n: number) => expect(page.getByText(`Stap ${n} van 6`, { exact: true })).toBeVisible();

  await expect(page).toHaveURL(/\/initiatief\/nieuw\/idee$/);
  await stap(1);
  await page.getByLabel("Naam van uw initiatief").fill(a.titel);
  await page.getByLabel("Ik wil ...").fill("Elke week koffie drinken met de buren.");
  await page.getByLabel(/Ik kan/).fill("Ik zet de koffie, mijn buurvrouw bakt.");
  await expectAccessible(page);
  await volgende(page, "nodig");

  await stap(2);
  await page.getByRole("group", { name: /Ik heb nodig/ }).getByLabel("Geld", { exact: true }).check();
  await volgende(page, "nodig");
  // "Geld" without an amount: the error summary names the field on this page
  await expect(page.locator(".error-summary")).toContainText("Vul in hoeveel euro u nodig heeft.");
  await expectAccessible(page);
  await page.getByLabel("Hoeveel euro heeft u nodig?").fill(String(a.bedrag));
  await page.getByLabel("Waar geeft u het geld aan uit?").fill("Koffie, thee en koek");
  await volgende(page, "waar");

  await stap(3);
  await page.getByLabel("Voor wie is uw initiatief?").fill("Ouderen in de straat");
  await page.getByLabel("In welke wijk of welk dorp?").selectOption({ label: "Vesting Heusden" });
  await page.getByLabel("Mensen ontmoeten elkaar").check();
  await expectAccessible(page);
  await volgende(page, "meedoen");

  await stap(4);
  await page.getByLabel("Hoe kunnen andere mensen meedoen?").fill("Iedereen mag aanschuiven.");
  await volgende(page, "contact");

  await stap(5);
  await page.getByLabel("Uw naam").fill(a.naam);
  await page.getByLabel("E-mailadres").fill(a.email);
  await volgende(page, "controleren");

  await stap(6);
  await expect(page.getByRole("heading", { level: 1, name: "Controleer uw aanvraag" })).toBeVisible();
  await expect(page.getByText("Mensen ontmoeten elkaar")).toBeVisible();
  await expectAccessible(page);
}
