import { expect, test } from "./fixtures";
import { linkIn, mails, uniqueEmail, waitForMail } from "./helpers";
import { verstuur, vulAanvraagMetBegroting } from "./initiatief-steps";

test.use({ javaScriptEnabled: false });

test("without JavaScript: the same submission with a budget, the e-mail and signing in work", async ({ page }) => {
  const email = uniqueEmail("zonderjs");
  const titel = `Buurtfeest zonder JS ${Date.now().toString(36)}`;
  await vulAanvraagMetBegroting(page, { titel, email, naam: "Jan de Groot" }, { axe: false });
  const before = mails().length;
  const ref = await verstuur(page, { axe: false });
  const mail = await waitForMail(email, { subject: new RegExp(ref), after: before });
  await page.goto(linkIn(mail, "/inloggen/link"));
  await page.getByRole("button", { name: /Inloggen als/ }).click();
  await expect(page).toHaveURL(/\/mijn\/initiatieven$/);
  await page.getByRole("link", { name: titel, exact: true }).click();
  await expect(page.getByText(ref)).toBeVisible();
  await expect(page.locator(".status")).toHaveText("Ingediend");
});

test("without JavaScript: an invalid step shows the error summary with links and keeps every value", async ({ page }) => {
  await page.goto("/initiatief/nieuw");
  await page.getByRole("button", { name: "Start uw aanvraag" }).click();
  await expect(page).toHaveURL(/\/initiatief\/nieuw\/idee$/);
  await page.getByLabel("Naam van uw initiatief").fill("x".repeat(90));
  await page.getByLabel("Ik wil ...").fill("Samen koken in het buurthuis.");
  await page.getByRole("button", { name: "Volgende" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("De naam mag hoogstens 80 tekens hebben.");
  await expect(summary.getByRole("link", { name: /Naam van uw initiatief/ })).toHaveAttribute("href", "#titel");
  await expect(page.getByLabel("Naam van uw initiatief")).toHaveValue("x".repeat(90));
  await expect(page.getByLabel("Ik wil ...")).toHaveValue("Samen koken in het buurthuis.");
});
