import { expect, test, type Browser, type Page } from "./fixtures";
import { expectAccessible, linkIn, loginAsResident, loginAsStaff, mails, uniqueEmail, waitForMail } from "./helpers";

const OW_DRUNEN = "opbouwwerker.drunen@heusden.example";

/** The opbouwwerker fills in the kitchen-table form: first without consent (refused, input kept), then with. */
async function plaatsVoorInwoner(page: Page, titel: string, email: string, js: boolean): Promise<string> {
  await loginAsStaff(page, OW_DRUNEN);
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Aan de keukentafel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Aan de keukentafel" })).toBeVisible();
  await page.getByRole("link", { name: "Nieuwe hulpvraag voor een inwoner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hulpvraag plaatsen voor een inwoner" })).toBeVisible();
  if (js) await expectAccessible(page);

  await page.getByLabel("Boodschappen").check();
  await page.getByLabel("Wat vraagt u, in een paar woorden?").fill(titel);
  await page.getByLabel("Vertel wat meer").fill("Wie loopt op dinsdagochtend met mij mee naar de supermarkt? Ik loop met een rollator.");
  const wijk = page.getByLabel("In welke wijk of welk dorp?");
  // an opbouwwerker only gets her own wijken to choose from
  await expect(wijk.locator("option", { hasText: "Vesting Heusden" })).toHaveCount(0);
  await wijk.selectOption({ index: 1 });
  const gekozen = await wijk.inputValue();
  await page.getByLabel("Naam van de inwoner").fill("Mevrouw Van Dijk");
  await page.getByLabel("E-mailadres van de inwoner").fill(email);
  await page.getByLabel("Telefoonnummer van de inwoner").fill("0416 654321");
  await page.getByRole("button", { name: "Hulpvraag plaatsen voor de inwoner" }).click();

  // no consent: the error summary names both consent fields, and everything typed is still there
  const summary = page.getByRole("alert").filter({ hasText: "Verbeter de fouten" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /Hoe gaf de inwoner toestemming/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: /Toestemming: Zonder toestemming/ })).toBeVisible();
  await expect(page.getByLabel("Wat vraagt u, in een paar woorden?")).toHaveValue(titel);
  await expect(page.getByLabel("Naam van de inwoner")).toHaveValue("Mevrouw Van Dijk");
  await expect(page.getByLabel("E-mailadres van de inwoner")).toHaveValue(email);
  // the chosen wijk too (React resets a form after an action; a select needs care to keep its choice)
  await expect(wijk).toHaveValue(gekozen);
  if (js) await expectAccessible(page);

  await page.getByLabel("Mondeling, aan de keukentafel of aan de telefoon").check();
  await page.getByLabel(/De inwoner wil dat ik deze hulpvraag namens hem of haar plaats/).check();
  await page.getByRole("button", { name: "Hulpvraag plaatsen voor de inwoner" }).click();

  const kop = page.getByRole("heading", { level: 1, name: /^Uw hulpvraag HLP-\d{4}-\d{4}$/ });
  await expect(kop).toBeVisible();
  await expect(page.getByRole("status")).toContainText("De inwoner krijgt een e-mail met een link");
  await expect(page.getByText("Beste Mevrouw Van Dijk,")).toBeVisible();
  await expect(page.getByText(/toestemming om deze vraag namens u te plaatsen \(mondeling/)).toBeVisible();
  if (js) await expectAccessible(page);
  return (await kop.textContent())!.replace("Uw hulpvraag ", "");
}

/** The resident opens the link from the mail in their own browser, signs in, and takes the hulpvraag over. */
async function neemOver(browser: Browser, email: string, referentie: string, voor: number, js: boolean) {
  const mail = await waitForMail(email, { subject: new RegExp(referentie), after: voor });
  expect(mail.text).toContain("Mevrouw Van Dijk");
  const link = linkIn(mail, "/hulpvraag-overnemen/");
  const context = await browser.newContext({ javaScriptEnabled: js });
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: `Uw hulpvraag ${referentie} overnemen` })).toBeVisible();
  await expect(page.getByText(`Log eerst in met het e-mailadres waar deze link naartoe is gestuurd: ${email}.`)).toBeVisible();
  await loginAsResident(page, email, new URL(link).pathname);
  await expect(page.getByRole("heading", { level: 1, name: `Uw hulpvraag ${referentie} overnemen` })).toBeVisible();
  await page.getByRole("button", { name: "Hulpvraag overnemen" }).click();
  await expect(page.getByRole("status")).toContainText("U heeft de hulpvraag overgenomen");
  await expect(page).toHaveURL(/\/mijn\/hulpvragen\/[^/?]+\?overgenomen=1$/);
  // the link is used up
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Deze link werkt niet" })).toBeVisible();
  await context.close();
}

test("an opbouwwerker places a hulpvraag at the kitchen table with consent; the resident takes it over by the link in the mail", async ({ page, browser }) => {
  test.slow();
  const email = uniqueEmail("keukentafel");
  const titel = `Samen boodschappen doen ${Date.now()}`;
  const voor = mails().length;
  const referentie = await plaatsVoorInwoner(page, titel, email, true);
  // staff who moderate see who helped to place it
  await page.goto("/beheer/vacatures");
  await expect(page.getByRole("row").filter({ hasText: titel })).toContainText("Ingediend met hulp van");

  await neemOver(browser, email, referentie, voor, true);

  await page.goto("/beheer/keukentafel");
  const rij = page.getByRole("row").filter({ hasText: referentie });
  await expect(rij).not.toContainText("Nog niet");
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the kitchen-table form shows the error summary, keeps what was typed, and places the hulpvraag; taking over works as a plain form", async ({ page, browser }) => {
    test.slow();
    const email = uniqueEmail("keukentafel-nojs");
    const voor = mails().length;
    const referentie = await plaatsVoorInwoner(page, `Hulp bij de tuin ${Date.now()}`, email, false);
    await neemOver(browser, email, referentie, voor, false);
  });
});
