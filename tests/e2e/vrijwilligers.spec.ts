import { expect, test, type APIRequestContext, type Browser, type Page } from "./fixtures";
import { expectAccessible, loginAsResident, loginAsStaff, mails, uniqueEmail } from "./helpers";

/** Fetches public pages and the JSON API without a session and returns their raw text. */
async function publicTexts(request: APIRequestContext, hulpvraagId: string): Promise<string> {
  const urls = ["/vrijwilligers", "/vrijwilligers/hulpvragen", `/vrijwilligers/hulpvragen/${hulpvraagId}`, "/api/hulpvragen"];
  let out = "";
  for (const url of urls) {
    const res = await request.get(url, { headers: { cookie: "" } });
    expect(res.status(), url).toBe(200);
    out += await res.text();
  }
  return out;
}

function expectNoDetails(text: string, who: { naam: string; email: string; telefoon: string }) {
  expect(text).not.toContain(who.email);
  expect(text).not.toContain(who.naam);
  expect(text).not.toContain(who.telefoon);
}

/**
 * axe needs JavaScript in the page: for a no-JS page, open the same URL in a JS-enabled context
 * with the same session and scan that.
 */
async function expectAccessibleWithSession(page: Page) {
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState() });
  const copy = await context.newPage();
  await copy.goto(page.url());
  await expectAccessible(copy);
  await context.close();
}

async function residentPage(browser: Browser, email: string, javaScriptEnabled = false): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await loginAsResident(page, email);
  return page;
}

test.describe("burenhulp without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident asks for help, a volunteer offers, the requester accepts: only then both see each other's details", async ({ browser, request }) => {
    test.slow(); // a long journey: ~50 s alone, more with two workers on a 2-core machine
    const tag = Math.random().toString(36).slice(2, 7);
    const vrager = { email: uniqueEmail("vrager"), naam: `Vera Vrager ${tag}`, telefoon: `06 1234${Math.floor(1000 + Math.random() * 8999)}` };
    const helper = { email: uniqueEmail("helper"), naam: `Hans Helper ${tag}`, telefoon: `06 8765${Math.floor(1000 + Math.random() * 8999)}` };
    const titel = `Wie kan mij naar de huisarts brengen ${tag}?`;

    // 1. The requester posts a hulpvraag (plain HTML form); an empty form first shows all errors
    const a = await residentPage(browser, vrager.email);
    await a.goto("/vrijwilligers/hulpvragen/nieuw");
    await expect(a.getByRole("heading", { level: 1, name: "Hulp vragen aan een buurtgenoot" })).toBeVisible();
    await expectAccessibleWithSession(a);
    await a.getByRole("button", { name: "Hulpvraag plaatsen" }).click();
    const summary = a.locator(".error-summary");
    await expect(summary).toContainText("Kies bij wat voor hulp u zoekt");
    await expect(summary).toContainText("Kies uw wijk of dorp");
    await expect(summary).toContainText("Vul uw naam in");

    await a.getByLabel("Vervoer").check();
    await a.getByLabel("Wat vraagt u, in een paar woorden?").fill(titel);
    await a.getByLabel("Vertel wat meer").fill("Volgende week dinsdag heb ik om 10 uur een afspraak bij de huisarts in het centrum. Ik kan zelf niet rijden.");
    await a.getByLabel("In welke wijk of welk dorp?").selectOption({ label: "Braken-Oost" });
    await a.getByLabel("Uw naam").fill(vrager.naam);
    await a.getByRole("textbox", { name: /^Telefoonnummer/ }).fill(vrager.telefoon);
    await a.getByRole("button", { name: "Hulpvraag plaatsen" }).click();
    await expect(a).toHaveURL(/\/mijn\/hulpvragen\/[^/?]+\?geplaatst=1$/);
    await expect(a.getByRole("status")).toContainText("Uw hulpvraag staat online");
    const hulpvraagId = new URL(a.url()).pathname.split("/").pop()!;

    // 2. Public pages and the JSON show the request, but nothing about the requester
    let publiek = await publicTexts(request, hulpvraagId);
    expect(publiek).toContain(titel);
    expectNoDetails(publiek, vrager);
    const json = (await (await request.get("/api/hulpvragen")).json()) as { hulpvragen: { id: string; wijk: { naam: string } }[] };
    expect(json.hulpvragen.find((h) => h.id === hulpvraagId)?.wijk.naam).toBe("Braken-Oost");

    // 3. A second resident finds it and offers help
    const b = await residentPage(browser, helper.email);
    await b.goto("/vrijwilligers/hulpvragen?wijk=braken-oost&soort=vervoer");
    await expectAccessibleWithSession(b);
    await b.getByRole("link", { name: titel }).click();
    await expect(b.getByRole("heading", { level: 1, name: titel })).toBeVisible();
    await expectAccessibleWithSession(b);
    expectNoDetails(await b.content(), vrager);
    await b.getByLabel("Uw bericht aan de vrager").fill("Ik heb dinsdagochtend vrij en breng u graag met de auto.");
    await b.getByLabel("Uw naam").fill(helper.naam);
    await b.getByRole("textbox", { name: /^Telefoonnummer/ }).fill(helper.telefoon);
    await b.getByLabel(/Ik geef toestemming/).check();
    await b.getByRole("button", { name: "Ik bied hulp aan" }).click();
    await expect(b.getByRole("status")).toContainText("Uw aanbod is verstuurd");

    // 4. Before acceptance neither sees the other's details
    await b.goto("/mijn/hulpvragen");
    await expect(b.getByText("U ziet de contactgegevens van de vrager pas als die uw aanbod aanneemt.")).toBeVisible();
    expectNoDetails(await b.content(), vrager);
    await a.goto(`/mijn/hulpvragen/${hulpvraagId}`);
    await expect(a.getByText("Ik heb dinsdagochtend vrij en breng u graag met de auto.")).toBeVisible();
    expectNoDetails(await a.content(), helper);
    await expectAccessibleWithSession(a);

    // 5. The requester accepts: now both see name, e-mail and phone of the other
    await a.getByRole("button", { name: "Aanbod 1 aannemen" }).click();
    await expect(a.getByRole("status")).toContainText("U heeft het aanbod aangenomen");
    const helperBox = a.getByRole("region", { name: /^Contactgegevens van/ });
    await expect(helperBox).toContainText(helper.naam);
    await expect(helperBox).toContainText(helper.email);
    await expect(helperBox).toContainText(helper.telefoon);
    await expectAccessibleWithSession(a);

    await b.reload();
    const vragerBox = b.getByRole("region", { name: /^Contactgegevens van/ });
    await expect(vragerBox).toContainText(vrager.naam);
    await expect(vragerBox).toContainText(vrager.email);
    await expect(vragerBox).toContainText(vrager.telefoon);
    await expectAccessibleWithSession(b);

    // 6. Public output still shows nothing about either of them
    publiek = "";
    for (const url of ["/vrijwilligers", "/vrijwilligers/hulpvragen", "/api/hulpvragen"]) publiek += await (await request.get(url)).text();
    expectNoDetails(publiek, vrager);
    expectNoDetails(publiek, helper);

    // 7. The requester closes the request
    await a.getByRole("button", { name: "Hulpvraag sluiten" }).click();
    await expect(a.getByRole("status")).toContainText("Uw hulpvraag is gesloten");
    expect((await request.get(`/vrijwilligers/hulpvragen/${hulpvraagId}`)).status()).toBe(404);
  });

  test("a volunteer profile is saved without JavaScript", async ({ browser }) => {
    const p = await residentPage(browser, uniqueEmail("profiel"));
    await p.goto("/mijn/vrijwilliger");
    await expectAccessibleWithSession(p);
    await p.getByRole("button", { name: "Profiel opslaan" }).click();
    await expect(p.locator(".error-summary")).toContainText("Kies minstens één onderwerp");
    await p.getByLabel("Uw naam").fill("Paula Profiel");
    await p.getByLabel("Ouderen en eenzaamheid").check();
    await p.getByLabel("Wanneer heeft u tijd?").fill("Woensdagmiddag");
    await p.getByLabel("Organisaties mogen mij vinden en benaderen").check();
    await p.getByRole("button", { name: "Profiel opslaan" }).click();
    await expect(p.getByRole("status")).toContainText("Uw profiel is opgeslagen");
    await expect(p.getByLabel("Ouderen en eenzaamheid")).toBeChecked();
    await expect(p.getByLabel("Organisaties mogen mij vinden en benaderen")).toBeChecked();
  });
});

test("staff publish a vacature; a volunteer responds and the contact person gets the e-mail", async ({ browser }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  const contact = uniqueEmail("contact");
  const titel = `Maatje voor een wandeling ${tag}`;

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await loginAsStaff(staff, "opbouwwerker.drunen@heusden.example");
  await staff.goto("/beheer/vacatures/nieuw");
  await expectAccessible(staff);
  await staff.getByLabel("Titel").fill(titel);
  await staff.getByLabel("Wat gaat de vrijwilliger doen?").fill("U wandelt elke week een uur met een buurtgenoot die niet meer alleen op pad durft.");
  await staff.getByLabel("Organisatie").selectOption({ label: "Stichting Welzijn Heusden" });
  await staff.getByLabel("In welke wijk of welk dorp?").selectOption({ label: "Venne-West" });
  await staff.getByLabel("Soort werk").selectOption({ label: "Ouderen en eenzaamheid" });
  await staff.getByLabel("Hoeveel tijd kost het?").selectOption({ label: "Tot 2 uur per week" });
  await staff.getByLabel("Regelmatig", { exact: true }).check();
  await staff.getByLabel("Wanneer?").fill("Eén uur per week, dag in overleg");
  await staff.getByLabel("Naam contactpersoon").fill("Wendy Wandel");
  await staff.getByLabel("E-mail contactpersoon").fill(contact);
  await staff.getByRole("button", { name: "Vacature opslaan" }).click();
  await expect(staff.getByRole("status")).toContainText("De vacature is opgeslagen");
  const beheerUrl = staff.url().split("?")[0];

  // Public list with filters in the URL, detail page without the contact's e-mail
  const vol = await residentPage(browser, uniqueEmail("vrijwilliger"), true);
  await vol.goto("/vrijwilligers/vacatures");
  await expectAccessible(vol);
  await vol.getByLabel("Wijk of dorp").selectOption({ label: "Venne-West" });
  await vol.getByLabel("Soort werk").selectOption({ label: "Ouderen en eenzaamheid" });
  await vol.getByRole("button", { name: "Filteren" }).click();
  await expect(vol).toHaveURL(/wijk=venne-west/);
  await expect(vol).toHaveURL(/soort=ouderen/);
  await expect(vol.getByRole("link", { name: "Gastvrouw of gastheer koffieochtend" })).toHaveCount(0);
  await vol.getByRole("link", { name: titel }).click();
  await expect(vol.getByRole("heading", { level: 1, name: titel })).toBeVisible();
  await expect(vol.getByText("Wendy Wandel")).toBeVisible();
  expect(await vol.content()).not.toContain(contact);
  await expectAccessible(vol);
  const api = await (await vol.request.get("/api/vacatures?wijk=venne-west")).text();
  expect(api).toContain(titel);
  expect(api).not.toContain(contact);

  const before = mails().length;
  await vol.getByLabel("Uw bericht").fill(`Ik wandel graag en heb op woensdag tijd. Groet, ${tag}`);
  await vol.getByLabel("Uw naam").fill(`Willem Wandelaar ${tag}`);
  await vol.getByLabel(/Ik geef toestemming/).check();
  await vol.getByRole("button", { name: "Reageren" }).click();
  await expect(vol.getByRole("status")).toContainText("Uw reactie is verstuurd naar Wendy Wandel");

  // The contact person receives the response by e-mail (local SMTP sink)
  const deadline = Date.now() + 15_000;
  let mail = mails().slice(before).find((m) => m.to.includes(contact));
  while (!mail && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    mail = mails().slice(before).find((m) => m.to.includes(contact));
  }
  expect(mail, "e-mail aan de contactpersoon").toBeTruthy();
  expect(mail!.subject).toBe(`Nieuwe reactie op uw vacature: ${titel}`);
  expect(mail!.text).toContain(`Groet, ${tag}`);
  expect(mail!.text).toContain(`Willem Wandelaar ${tag}`);

  // ... and staff see it in /beheer
  await staff.goto(beheerUrl);
  await expect(staff.getByRole("heading", { name: "Reacties van vrijwilligers (1)" })).toBeVisible();
  await expect(staff.getByText(`Willem Wandelaar ${tag}`)).toBeVisible();
  await expectAccessible(staff);
  await staffContext.close();
});

test("a report on a hulpvraag reaches the wijk's opbouwwerker, who hides it", async ({ browser, page }) => {
  const titel = `Klusje met de dakgoot ${Math.random().toString(36).slice(2, 7)}`;
  const a = await residentPage(browser, uniqueEmail("melding"), true);
  await a.goto("/vrijwilligers/hulpvragen/nieuw");
  await a.getByRole("button", { name: "Hulpvraag plaatsen" }).click();
  await expect(a.locator(".error-summary")).toBeFocused();
  await expectAccessible(a);
  await a.getByLabel("Klusje in huis").check();
  await a.getByLabel("Wat vraagt u, in een paar woorden?").fill(titel);
  await a.getByLabel("Vertel wat meer").fill("De dakgoot zit vol bladeren. Wie heeft een ladder en wil helpen?");
  await a.getByLabel("In welke wijk of welk dorp?").selectOption({ label: "Elshout" });
  await a.getByLabel("Uw naam").fill("Mara Melding");
  await a.getByRole("button", { name: "Hulpvraag plaatsen" }).click();
  await expect(a).toHaveURL(/geplaatst=1/);
  const id = new URL(a.url()).pathname.split("/").pop()!;

  // an anonymous visitor reports it
  await page.goto(`/vrijwilligers/hulpvragen/${id}`);
  await expectAccessible(page);
  await page.getByText("Melden: klopt er iets niet?").click();
  await page.getByLabel("Wat is er niet in orde?").fill("Deze vraag lijkt op een verkooppraatje.");
  await page.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByRole("status")).toContainText("Bedankt voor uw melding");

  // the opbouwwerker of another wijk does not see it; the one of Elshout does and hides it
  const other = await (await browser.newContext()).newPage();
  await loginAsStaff(other, "opbouwwerker.vlijmen@heusden.example");
  await other.goto("/beheer/vacatures");
  await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(other.getByText(titel)).toHaveCount(0);

  const ow = await (await browser.newContext()).newPage();
  await loginAsStaff(ow, "opbouwwerker.drunen@heusden.example");
  await ow.goto("/beheer/vacatures");
  await expectAccessible(ow);
  const rij = ow.locator("#meldingen").locator("..").getByRole("row").filter({ hasText: titel });
  await expect(rij).toContainText("Deze vraag lijkt op een verkooppraatje.");
  await rij.getByRole("button", { name: "Hulpvraag verbergen" }).click();
  await expect(ow.getByRole("status")).toContainText("De melding is afgehandeld");
  expect((await page.request.get(`/vrijwilligers/hulpvragen/${id}`)).status()).toBe(404);
  await a.goto(`/mijn/hulpvragen/${id}`);
  await expect(a.getByText("Verborgen door een opbouwwerker")).toBeVisible();
});

test("the landing page and lists are accessible and link to each other", async ({ page }) => {
  await page.goto("/vrijwilligers");
  await expect(page.getByRole("heading", { level: 1, name: "Vrijwilligers en burenhulp" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Vrijwilligerswerk zoeken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vacatures voor vrijwilligers" })).toBeVisible();
  await page.getByRole("link", { name: "Reparateur fietsen en kleine apparaten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reparateur fietsen en kleine apparaten" })).toBeVisible();
  await expect(page.getByText("Log in")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/vrijwilligers/hulpvragen");
  await expectAccessible(page);
  await page.goto("/vrijwilligers/hulpvragen/nieuw");
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fvrijwilligers%2Fhulpvragen%2Fnieuw/);
});
