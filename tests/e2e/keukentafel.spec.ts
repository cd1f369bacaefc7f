import { expect, test, type Browser, type Page } from "./fixtures";
import { expectAccessible, linkIn, loginAsResident, loginAsStaff, mails, uniqueEmail, waitForMail } from "./helpers";
import { volgende } from "./initiatief-steps";

const OW_DRUNEN = "opbouwwerker.drunen@heusden.example";
const AMBTENAAR = "ambtenaar@heusden.example";

/** The first page of an initiative at the kitchen table: first without consent (refused, input kept), then with. Returns the chosen wijk's id. */
async function startInitiatiefVoorInwoner(page: Page, email: string, js: boolean): Promise<string> {
  await loginAsStaff(page, OW_DRUNEN);
  await page.goto("/beheer/keukentafel");
  await page.getByRole("link", { name: "Nieuw initiatief voor een inwoner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Initiatief invullen voor een inwoner" })).toBeVisible();
  if (js) await expectAccessible(page);
  const wijk = page.getByLabel("Wijk of dorp");
  await expect(wijk.locator("option", { hasText: "Vesting Heusden" })).toHaveCount(0);
  await wijk.selectOption({ index: 1 });
  const gekozen = await wijk.inputValue();
  await page.getByLabel("Naam van de inwoner").fill("Meneer Bakker");
  await page.getByLabel("E-mailadres van de inwoner").fill(email);
  await page.getByLabel("Telefoonnummer van de inwoner").fill("0416 777888");
  await page.getByRole("button", { name: "Verder: het initiatief invullen" }).click();

  const summary = page.getByRole("alert").filter({ hasText: "Verbeter de fouten" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: /Toestemming: Zonder toestemming van de inwoner kunt u dit initiatief niet invullen/ })).toBeVisible();
  await expect(page.getByLabel("Naam van de inwoner")).toHaveValue("Meneer Bakker");
  await expect(page.getByLabel("E-mailadres van de inwoner")).toHaveValue(email);
  await expect(wijk).toHaveValue(gekozen);
  if (js) await expectAccessible(page);

  await page.getByLabel("Op papier, met handtekening").check();
  await page.getByLabel(/De inwoner wil dat ik dit initiatief namens hem of haar invul en indien/).check();
  await page.getByRole("button", { name: "Verder: het initiatief invullen" }).click();
  await expect(page).toHaveURL(/\/initiatief\/nieuw\/idee$/);
  return gekozen;
}

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

  test("the first page of an initiative at the kitchen table: error summary, input kept, then on to the usual form", async ({ page }) => {
    await startInitiatiefVoorInwoner(page, uniqueEmail("keukentafel-ini-nojs"), false);
    await expect(page.getByLabel("Naam van uw initiatief")).toBeVisible();
  });
});

test("an opbouwwerker fills in an initiative with a resident: consent first, then the usual form; the letter has the number; the resident takes it over; the reviewer sees who helped", async ({ page, browser }) => {
  test.slow();
  const email = uniqueEmail("keukentafel-ini");
  const titel = `Bankje bij de bushalte ${Date.now()}`;
  const voor = mails().length;
  const wijkId = await startInitiatiefVoorInwoner(page, email, true);

  // the usual form, filled in by the opbouwwerker with the resident
  await page.getByLabel("Naam van uw initiatief").fill(titel);
  await page.getByLabel("Ik wil ...").fill("Een bankje bij de bushalte, zodat ouderen kunnen zitten.");
  await page.getByLabel(/Ik kan/).fill("Ik vraag de buren om mee te helpen.");
  await volgende(page, "nodig");
  await page.getByRole("group", { name: /Ik heb nodig/ }).getByLabel("Geld", { exact: true }).check();
  await page.getByLabel("Hoeveel euro heeft u nodig?").fill("300");
  await page.getByLabel("Waar geeft u het geld aan uit?").fill("Een bankje");
  await volgende(page, "waar");
  await page.getByLabel("Voor wie is uw initiatief?").fill("Ouderen in de straat");
  // the wijk from the first page is already chosen
  await expect(page.getByLabel("In welke wijk of welk dorp?")).toHaveValue(wijkId);
  await page.getByLabel("Mensen ontmoeten elkaar").check();
  await volgende(page, "meedoen");
  await page.getByLabel("Hoe kunnen andere mensen meedoen?").fill("Iedereen mag meedenken.");
  await volgende(page, "contact");
  // the resident is the contact, not the opbouwwerker
  await expect(page.getByLabel("Uw naam")).toHaveValue("Meneer Bakker");
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
  await volgende(page, "controleren");
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();

  // the letter for the resident
  const kop = page.getByRole("heading", { level: 1, name: /^Uw initiatief INI-\d{4}-\d{4}$/ });
  await expect(kop).toBeVisible({ timeout: 25_000 });
  const referentie = (await kop.textContent())!.replace("Uw initiatief ", "");
  await expect(page.getByRole("status")).toContainText("De inwoner krijgt een e-mail met een link");
  await expect(page.getByText("Beste Meneer Bakker,")).toBeVisible();
  await expect(page.getByText(/toestemming om dit initiatief namens u in te vullen en in te dienen \(op papier/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/beheer/keukentafel");
  await expect(page.getByRole("row").filter({ hasText: referentie })).toContainText("Nog niet");

  // the resident takes it over with the link in the mail, in their own browser
  const mail = await waitForMail(email, { subject: new RegExp(referentie), after: voor });
  const link = linkIn(mail, "/initiatief-overnemen/");
  const context = await browser.newContext();
  const inwoner = await context.newPage();
  await inwoner.goto(link);
  await expect(inwoner.getByRole("heading", { level: 1, name: `Uw initiatief ${referentie} overnemen` })).toBeVisible();
  await loginAsResident(inwoner, email, new URL(link).pathname);
  await expectAccessible(inwoner);
  await inwoner.getByRole("button", { name: "Initiatief overnemen" }).click();
  await expect(inwoner).toHaveURL(/\/mijn\/initiatieven\/[^/?]+\?overgenomen=1$/);
  await expect(inwoner.getByRole("heading", { level: 1 })).toContainText(titel);
  const id = new URL(inwoner.url()).pathname.split("/").pop()!;
  await context.close();

  // the reviewer sees who helped
  const ctx = await browser.newContext();
  const ambtenaar = await ctx.newPage();
  await loginAsStaff(ambtenaar, AMBTENAAR);
  await ambtenaar.goto(`/beheer/initiatieven/${id}`);
  await expect(ambtenaar.getByTestId("met-hulp-van")).toHaveText(/^Ingediend met hulp van .+/);
  await ctx.close();
});
