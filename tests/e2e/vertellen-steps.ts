/**
 * Shared steps for the specs about a public initiative (vertellen.spec.ts, initiatief-volgen.spec.ts):
 * make one public through the real flows (a resident submits it with consent to publication, an
 * ambtenaar approves it), and open it as its initiatiefnemer to post an update.
 */
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { loginAsResident, loginAsStaff } from "./helpers";
import { verstuur, volgende, vulKleineAanvraag } from "./initiatief-steps";

const AMBTENAAR = "ambtenaar@heusden.example";

export async function nieuwePagina(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled });
  return context.newPage();
}

/** A resident (`email`) submits a small initiative in Vesting Heusden that may be published; an ambtenaar approves it. Returns its referentie. */
export async function maakOpenbaarInitiatief(page: Page, browser: Browser, a: { titel: string; email: string; naam: string }): Promise<string> {
  await vulKleineAanvraag(page, { titel: a.titel, email: a.email, naam: a.naam, bedrag: 200 }, { axe: false });
  // Agree to publication (step 4), then on to the check page again.
  await page.goto("/initiatief/nieuw/meedoen");
  await page.getByLabel("De gemeente mag mijn initiatief na goedkeuring op de website laten zien").check();
  await volgende(page, "contact");
  await volgende(page, "controleren");
  const ref = await verstuur(page, { axe: false });

  const staf = await nieuwePagina(browser);
  await loginAsStaff(staf, AMBTENAAR);
  await staf.goto("/beheer/initiatieven?wijk=vesting-heusden&status=alle");
  await staf.getByRole("link", { name: a.titel, exact: true }).click();
  await staf.getByRole("button", { name: "In behandeling nemen" }).click();
  await expect(staf.getByTestId("status")).toHaveText("In behandeling");
  await staf.getByLabel("Bedrag dat u toekent (in hele euro's)").fill("200");
  await staf.getByRole("button", { name: "Goedkeuren" }).click();
  await expect(staf.getByTestId("status")).toHaveText("Goedgekeurd");
  await staf.context().close();
  return ref;
}

/** Signs in as the initiatiefnemer and opens the initiative's own page (where updates are posted). */
export async function openEigenInitiatief(page: Page, email: string, titel: string) {
  await loginAsResident(page, email, "/mijn/initiatieven");
  await page.goto("/mijn/initiatieven");
  await page.getByRole("link", { name: titel }).click();
}

/** On the initiative's own page: posts an update without a photo. */
export async function plaatsUpdate(page: Page, u: { titel: string; tekst: string }) {
  await page.getByLabel("Titel").fill(u.titel);
  await page.getByLabel("Wat is er gebeurd?").fill(u.tekst);
  await page.getByRole("button", { name: "Update plaatsen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uw update staat op de openbare pagina" })).toBeVisible();
}
