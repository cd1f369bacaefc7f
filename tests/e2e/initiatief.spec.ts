import { expect, test } from "./fixtures";
import { expectAccessible, linkIn, loginAsResident, mails, uniqueEmail, waitForMail } from "./helpers";
import { verstuur, vulAanvraagMetBegroting } from "./initiatief-steps";

test("a resident without an account submits with a budget, gets the e-mail, signs in with its link and follows, downloads, withdraws and deletes it", async ({ page }) => {
  test.slow(); // a long journey: ~50 s alone, more with two workers on a 2-core machine
  const email = uniqueEmail("indiener");
  const titel = `Straatfeest ${Date.now().toString(36)}`;
  await vulAanvraagMetBegroting(page, { titel, email, naam: "Fatima Bakker" });
  const before = mails().length;
  const ref = await verstuur(page);

  const mail = await waitForMail(email, { subject: new RegExp(ref), after: before });
  expect(mail.text).toContain(titel);
  await page.goto(linkIn(mail, "/inloggen/link"));
  await page.getByRole("button", { name: /Inloggen als/ }).click();
  await expect(page).toHaveURL(/\/mijn\/initiatieven$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn initiatieven" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: titel, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: titel })).toBeVisible();
  await expect(page.getByText(ref)).toBeVisible();
  await expect(page.getByText("We hebben uw aanvraag ontvangen.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Geschiedenis" }).getByText(/Ingediend/)).toBeVisible();
  await expectAccessible(page);

  const id = page.url().split("/").pop()!;
  const download = await page.request.get(`/mijn/initiatieven/${id}/gegevens`);
  expect(download.status()).toBe(200);
  const data = await download.json();
  expect(data.initiatief).toMatchObject({ referentie: ref, titel, contactEmail: email, bedragGevraagd: 1200 });
  expect(JSON.stringify(data)).not.toContain("conceptSleutel");

  // withdraw: a confirmation is needed
  await page.getByRole("button", { name: "Aanvraag intrekken" }).click();
  await expect(page.locator(".error-summary")).toContainText("Vink aan dat u het zeker weet");
  await page.getByLabel("Ja, ik wil mijn aanvraag intrekken").check();
  await page.getByRole("button", { name: "Aanvraag intrekken" }).click();
  await expect(page.getByText("Uw aanvraag is ingetrokken.").first()).toBeVisible();
  await expect(page.locator(".status")).toHaveText("Ingetrokken");
  await expectAccessible(page);

  await page.getByLabel(/Ja, verwijder dit initiatief/).check();
  await page.getByRole("button", { name: "Definitief verwijderen" }).click();
  await expect(page).toHaveURL(/\/mijn\/initiatieven\?verwijderd=1$/);
  await expect(page.getByRole("link", { name: titel })).toHaveCount(0);
});

test("an invalid step shows an error summary linking to the fields and keeps what was typed; the draft is kept when the browser is closed", async ({ page, context }) => {
  await page.goto("/initiatief/nieuw");
  await page.getByRole("button", { name: "Start uw aanvraag" }).click();
  await expect(page).toHaveURL(/\/initiatief\/nieuw\/idee$/);
  await page.getByLabel("Ik wil ...").fill("Een buurtmoestuin achter de flat.");
  await page.getByRole("button", { name: "Volgende" }).click();

  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Geef uw initiatief een korte naam.");
  await expect(page.getByLabel("Ik wil ...")).toHaveValue("Een buurtmoestuin achter de flat.");
  await expect(page.getByLabel("Naam van uw initiatief")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await summary.getByRole("link", { name: /Naam van uw initiatief/ }).click();
  await expect(page.getByLabel("Naam van uw initiatief")).toBeFocused();

  const titel = `Moestuin ${Date.now().toString(36)}`;
  await page.getByLabel("Naam van uw initiatief").fill(titel);
  await page.getByLabel(/Ik kan/).fill("Tien buren doen het onderhoud.");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page).toHaveURL(/\/initiatief\/nieuw\/nodig$/);

  // a choice step: the summary links to the fieldset
  await page.getByRole("button", { name: "Volgende" }).click(); // nodig: nothing needed
  await expect(page).toHaveURL(/\/initiatief\/nieuw\/waar$/);
  await page.getByLabel("Voor wie is uw initiatief?").fill("Ouderen die alleen wonen");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(summary).toContainText("Kies de wijk of het dorp.");
  await expect(page.getByLabel("Voor wie is uw initiatief?")).toHaveValue("Ouderen die alleen wonen");
  await expect(summary.getByRole("link", { name: /Wijk of dorp/ })).toHaveAttribute("href", "#wijkId");
  await expectAccessible(page);

  // close the browser tab; the draft is still there in a new one
  await page.close();
  const nieuw = await context.newPage();
  await nieuw.goto("/initiatief/nieuw");
  await expect(nieuw.getByRole("heading", { level: 1, name: "U was al bezig" })).toBeVisible();
  await expect(nieuw.getByText(titel)).toBeVisible();
  await expectAccessible(nieuw);
  await nieuw.getByRole("link", { name: "Verder gaan" }).click();
  await expect(nieuw).toHaveURL(/\/initiatief\/nieuw\/waar$/);
  await expect(nieuw.getByLabel("Voor wie is uw initiatief?")).toHaveValue("Ouderen die alleen wonen");
  for (const stap of ["nodig", "idee"]) {
    await nieuw.getByRole("link", { name: "Vorige stap" }).click();
    await expect(nieuw).toHaveURL(new RegExp(`/initiatief/nieuw/${stap}$`));
  }
  await expect(nieuw.getByLabel("Naam van uw initiatief")).toHaveValue(titel);
});

test("a signed-in resident finds an unsent draft on Mijn initiatieven and continues it", async ({ page }) => {
  const email = uniqueEmail("concept");
  await loginAsResident(page, email);
  await page.goto("/initiatief/nieuw");
  await page.getByRole("button", { name: "Start uw aanvraag" }).click();
  const titel = `Wandelgroep ${Date.now().toString(36)}`;
  await page.getByLabel("Naam van uw initiatief").fill(titel);
  await page.getByLabel("Ik wil ...").fill("Elke week samen wandelen.");
  await page.getByRole("button", { name: "Opslaan en later verder" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uw aanvraag is bewaard" })).toBeVisible();
  await expectAccessible(page);

  await page.context().clearCookies({ name: "sb-initiatief-concept" });
  await page.goto("/mijn/initiatieven");
  await expect(page.getByRole("link", { name: titel, exact: true })).toBeVisible();
  await page.getByRole("link", { name: `Verder gaan met ${titel}` }).click();
  await expect(page).toHaveURL(/\/initiatief\/nieuw\/idee$/);
  await expect(page.getByLabel("Naam van uw initiatief")).toHaveValue(titel);
});

test("the contract with the review side: a question from the municipality is answered on the initiative's page", async ({ page }) => {
  // Read-only on the seeded INI-2026-0004 (the review side's tests use INI-2026-0003).
  await loginAsResident(page, "inwoner@heusden.example", "/mijn/initiatieven");
  await page.goto("/mijn/initiatieven");
  await page.getByRole("link", { name: "Huiswerkhulp in de bibliotheek", exact: true }).click();
  await expect(page.getByText("Vraag van de gemeente").first()).toBeVisible();
  await expect(page.getByText("Welke dagen en tijden heeft u in gedachten?").first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Uw antwoord" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Antwoord versturen" })).toBeVisible();
  await expectAccessible(page);
});

test("another resident cannot open someone else's initiative or download its data", async ({ page, browser }) => {
  await loginAsResident(page, uniqueEmail("eigenaar"));
  await page.goto("/initiatief/nieuw");
  await page.getByRole("button", { name: "Start uw aanvraag" }).click();
  const titel = `Buurtbieb ${Date.now().toString(36)}`;
  await page.getByLabel("Naam van uw initiatief").fill(titel);
  await page.getByLabel("Ik wil ...").fill("Een kastje met boeken op de hoek.");
  await page.getByRole("button", { name: "Opslaan en later verder" }).click();
  // Wait until the save has finished (it redirects) before leaving the page.
  await expect(page).toHaveURL(/\/initiatief\/nieuw\/opgeslagen/);
  await page.goto("/mijn/initiatieven");
  const href = (await page.getByRole("link", { name: titel, exact: true }).getAttribute("href"))!;
  expect((await page.request.get(`${href}/gegevens`)).status()).toBe(200);

  const ander = await browser.newContext();
  const p2 = await ander.newPage();
  await loginAsResident(p2, uniqueEmail("nieuwsgierig"));
  const res = await p2.goto(href);
  expect(res?.status()).toBe(404);
  await expect(p2.getByText(titel)).toHaveCount(0);
  expect((await p2.request.get(`${href}/gegevens`)).status()).toBe(404);
  await p2.goto(`/initiatief/nieuw/hervat/${href.split("/").pop()}`);
  await expect(p2).toHaveURL(/\/mijn\/initiatieven$/);
  await expect(p2.getByText(titel)).toHaveCount(0);
  await ander.close();
});

test("an approved initiative whose makers agreed is public without personal data; others are not", async ({ page }) => {
  const open = await page.goto("/initiatieven/INI-2026-0001");
  expect(open?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Buurtmoestuin Venne-Oost" })).toBeVisible();
  await expect(page.getByText(/heusden\.example/)).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto("/initiatieven/INI-2026-0003"))?.status()).toBe(404);
});
