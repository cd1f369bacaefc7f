import { expect, test, type Page } from "./fixtures";
import { expectAccessible, loginAsStaff, mails, uniqueEmail, waitForMail } from "./helpers";

const OW = "opbouwwerker.drunen@heusden.example";
// Long flows on a shared 2-core machine: give them room.
test.describe.configure({ timeout: 180_000 });

const uniq = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

test("the wijken overview lists every wijk and dorp with a map, and is accessible", async ({ page }) => {
  await page.goto("/wijken");
  await expect(page.getByRole("heading", { level: 1, name: "Wijken en dorpen" })).toBeVisible();
  const lijst = page.getByRole("region", { name: "Alle wijken en dorpen" });
  // The 19 of the demo seed; gebieden.spec.ts may have added the CBS wijken of Oss on the same server.
  await expect(lijst.getByRole("listitem").nth(18)).toBeVisible();
  await expect(lijst.getByRole("link", { name: "Vesting Heusden" })).toBeVisible();
  await expect(page.locator(".leaflet-container")).toBeVisible();
  await expectAccessible(page);
  await lijst.getByRole("link", { name: "Centrum-Drunen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Centrum-Drunen" })).toBeVisible();
});

test("a wijk page shows the portrait, figures with source and demo label, the agenda, places and contacts, and is accessible", async ({ page }) => {
  await page.goto("/wijken/centrum-drunen");
  await expect(page.getByText("Het hart van Drunen")).toBeVisible();
  const agenda = page.getByRole("region", { name: "Sociale agenda" });
  await expect(agenda.getByRole("heading", { name: "Eenzaamheid onder ouderen" })).toBeVisible();
  await expect(agenda.getByRole("table", { name: "Acties bij Eenzaamheid onder ouderen" }).getByRole("cell", { name: "Loopt" })).toBeVisible();
  const cijfers = page.getByRole("region", { name: "Wijkprofiel in cijfers" });
  await expect(cijfers.getByRole("columnheader", { name: "Bron" })).toBeVisible();
  await expect(cijfers.getByRole("rowheader", { name: "Voelt zich vaak eenzaam" }).first()).toBeVisible();
  await expect(cijfers.getByText("demowaarde").first()).toBeVisible();
  await expect(cijfers.getByText(/^(Gestegen|Gedaald|Gelijk gebleven): van /).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Verhalen uit de wijk" }).getByText("Riet (81)")).toBeVisible();
  await expect(page.getByRole("region", { name: "Ontmoetingsplekken en voorzieningen" }).getByRole("listitem").first()).toBeVisible();
  const contact = page.getByRole("region", { name: "Contact" });
  await expect(contact.getByText("Wijkraad Drunen-Centrum")).toBeVisible();
  await expect(contact.getByRole("link", { name: OW })).toBeVisible();
  // "Wat er gebeurde": the agenda's actions marked Klaar, with their theme and who did it; not the ones still running or an idea
  const gebeurd = page.getByRole("region", { name: /Wat er gebeurde in de/ });
  await expect(gebeurd.getByRole("heading", { name: "Acties uit de sociale agenda die klaar zijn" })).toBeVisible();
  await expect(gebeurd.getByRole("listitem").filter({ hasText: "Bankjes bij de markt, samen met de ondernemers" })).toHaveText(
    "Bankjes bij de markt, samen met de ondernemers (Ontmoeten op de markt), door Centrummanagement en bewoners",
  );
  await expect(gebeurd).not.toContainText("Huisbezoeken aan 75-plussers");
  await expectAccessible(page);
});

async function addThema(page: Page, titel: string, beschrijving: string) {
  const form = page.locator("form", { has: page.locator("#nieuw-thema-titel") });
  await form.getByLabel("Thema (vraagstuk)").fill(titel);
  await form.getByLabel("Beschrijving").fill(beschrijving);
  await form.getByLabel("Wat inwoners zeggen").fill("Bewoners noemen dit op elke bewonersavond.");
  await form.getByRole("button", { name: "Thema toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Thema: ${titel}` })).toBeVisible();
}

async function publiceer(page: Page, slug: string, toelichting: string): Promise<number> {
  await page.goto(`/beheer/wijken/${slug}/agenda`);
  await page.getByLabel("Toelichting bij deze versie").fill(toelichting);
  await page.getByRole("button", { name: "Publiceren" }).click();
  const notice = page.getByRole("status").filter({ hasText: /Versie \d+ is gepubliceerd/ });
  await expect(notice).toBeVisible();
  return Number((await notice.textContent())!.match(/Versie (\d+)/)![1]);
}

test("an opbouwwerker edits and publishes the agenda of their wijk; the wijk page shows the new version and the previous one stays viewable", async ({ page }) => {
  const t1 = `Zwerfafval ${uniq()}`;
  const t2 = `Schone straten ${uniq()}`;
  await loginAsStaff(page, OW);
  await page.getByRole("link", { name: "Sociale agenda, signalen en verhalen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sociale agenda, signalen en verhalen" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Vesting Heusden" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Agenda van Braken-West bewerken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sociale agenda van Braken-West" })).toBeVisible();
  await expectAccessible(page);

  await addThema(page, t1, "Rond de speeltuin ligt veel afval.");
  const actie = page.locator("form", { has: page.locator("#nieuwe-actie-wat") });
  await actie.getByLabel("Wat gebeurt er?").fill("Opschoondag met de basisschool");
  await actie.getByLabel("Wie doet het?").fill("Buurtvereniging en school");
  await actie.getByLabel("Loopt").check();
  await actie.getByLabel("Wanneer?").fill("Elke eerste zaterdag");
  await actie.getByRole("button", { name: "Actie toevoegen" }).click();
  await expect(page.getByRole("status")).toContainText("De actie is opgeslagen");
  await expect(page.getByRole("heading", { level: 3, name: /Opschoondag met de basisschool/ })).toBeVisible();
  await expectAccessible(page);

  const v1 = await publiceer(page, "braken-west", "Eerste versie na de bewonersavond");
  await expectAccessible(page);

  // change the theme in the draft and publish again
  await page.getByRole("link", { name: `Thema '${t1}' en acties bewerken` }).click();
  const themaForm = page.locator("form", { has: page.locator("#thema-titel") });
  await themaForm.getByLabel("Thema (vraagstuk)").fill(t2);
  await themaForm.getByRole("button", { name: "Thema opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("Het thema is opgeslagen");
  await expect(page.getByRole("region", { name: "Publiceren" })).toContainText(`titel was "${t1}"`);
  const v2 = await publiceer(page, "braken-west", "Titel aangescherpt");
  expect(v2).toBe(v1 + 1);

  // public page shows the new version
  await page.goto("/wijken/braken-west");
  const agenda = page.getByRole("region", { name: "Sociale agenda" });
  await expect(agenda).toContainText(`Versie ${v2}`);
  await expect(agenda.getByRole("heading", { name: t2 })).toBeVisible();
  await expect(agenda.getByRole("heading", { name: t1 })).toHaveCount(0);
  await expect(agenda).toContainText("Titel aangescherpt");
  await expectAccessible(page);

  // the previous version stays viewable, with what changed, when and by whom
  await agenda.getByRole("link", { name: /Alle versies van de agenda/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versies van de sociale agenda van Braken-West" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`Versie ${v1} .*Olga Opbouw.*Eerste versie na de bewonersavond`) })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Versie ${v1}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Sociale agenda van Braken-West, versie ${v1}` })).toBeVisible();
  await expect(page.getByText("Dit is een oudere versie")).toBeVisible();
  await expect(page.getByRole("heading", { name: t1 })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Opschoondag met de basisschool" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Volgende versie (${v2})` }).click();
  await expect(page.getByText(`titel was "${t1}"`)).toBeVisible();
});

test("an opbouwwerker cannot edit another wijk's agenda: not through the page and not by sending the action for that wijk", async ({ page }) => {
  const titel = `Overgenomen ${uniq()}`;
  await loginAsStaff(page, OW);
  await page.goto("/beheer/wijken/vesting-heusden/agenda");
  await expect(page).toHaveURL(/\/geen-toegang\?reden=wijk$/);
  await expect(page.getByRole("heading", { level: 1, name: "U heeft geen toegang tot deze pagina" })).toBeVisible();

  // The forms on the own wijk's page, sent with another wijk in them (what a direct call of the action would do).
  await page.goto("/beheer/wijken/braken-oost/agenda");
  const form = page.locator("form", { has: page.locator("#nieuw-thema-titel") });
  await form.locator('input[name="wijk"]').evaluate((el: HTMLInputElement) => (el.value = "vesting-heusden"));
  await form.getByLabel("Thema (vraagstuk)").fill(titel);
  await form.getByLabel("Beschrijving").fill("Dit hoort niet te lukken.");
  await form.getByRole("button", { name: "Thema toevoegen" }).click();
  await expect(form.locator(".error-summary")).toContainText("U mag dit alleen doen in de wijken waar u werkt.");

  const pub = page.locator("form", { has: page.locator("#publiceer-toelichting") });
  await pub.locator('input[name="wijk"]').evaluate((el: HTMLInputElement) => (el.value = "vesting-heusden"));
  await pub.getByLabel("Toelichting bij deze versie").fill("Kaping");
  await pub.getByRole("button", { name: "Publiceren" }).click();
  await expect(pub.locator(".error-summary")).toContainText("U mag dit alleen doen in de wijken waar u werkt.");

  await page.goto("/wijken/vesting-heusden/agenda/versies");
  await expect(page.getByRole("row", { name: /Kaping/ })).toHaveCount(0);
  await page.context().clearCookies();
  await loginAsStaff(page, "opbouwwerker.heusden@heusden.example");
  await page.goto("/beheer/wijken/vesting-heusden/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "Sociale agenda van Vesting Heusden" })).toBeVisible();
  await expect(page.getByText(titel)).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident sends a signal without JavaScript; the opbouwwerker links it to a theme and the resident hears back", async ({ page, browser }, testInfo) => {
    const thema = `Ontmoeten in het dorpshuis ${uniq()}`;
    const tekst = `Kan het dorpshuis ook op zondag open? ${uniq()}`;
    const email = uniqueEmail("signaal");

    // the opbouwwerker (with JavaScript) has a theme in Elshout's agenda
    const staff = await browser.newContext({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: true, locale: "nl-NL" });
    const ow = await staff.newPage();
    await loginAsStaff(ow, OW);
    await ow.goto("/beheer/wijken/elshout/agenda");
    await addThema(ow, thema, "Het dorpshuis is de plek waar het dorp elkaar ontmoet.");

    // axe needs JavaScript in the page: check the same page and its error state in the JavaScript context
    await ow.goto("/wijken/elshout");
    await expectAccessible(ow);
    await ow.locator("form", { has: ow.locator("#signaal-tekst") }).getByRole("button", { name: "Versturen" }).click();
    await expect(ow.locator(".error-summary")).toBeFocused();
    await expectAccessible(ow);

    // the resident, without JavaScript
    await page.goto("/wijken/elshout");
    await expect(page.getByRole("heading", { level: 1, name: "Elshout" })).toBeVisible();
    const form = page.locator("form", { has: page.locator("#signaal-tekst") });
    await form.getByRole("button", { name: "Versturen" }).click();
    await expect(page.locator(".error-summary")).toContainText("Kies of het een idee, een zorg of een wens is.");
    await expect(page.locator(".error-summary")).toContainText("Schrijf uw idee, zorg of wens op");
    const form2 = page.locator("form", { has: page.locator("#signaal-tekst") });
    await form2.getByLabel("Een wens").check();
    await form2.getByLabel("Uw bericht").fill(tekst);
    await form2.getByLabel("Uw e-mailadres").fill(email);
    await form2.getByRole("button", { name: "Versturen" }).click();
    await expect(page).toHaveURL(/\/wijken\/elshout\?verstuurd=signaal/);
    await expect(page.getByRole("status")).toContainText("Uw bericht is verstuurd");

    // the opbouwwerker links it to the theme
    await ow.goto("/beheer/wijken/elshout/signalen");
    await expectAccessible(ow);
    const card = ow.locator("li.card", { hasText: tekst });
    await card.getByLabel("Koppelen aan thema of actie").selectOption({ label: `Thema: ${thema}` });
    await card.getByRole("button", { name: "Opslaan" }).click();
    await expect(ow.getByRole("status")).toContainText("gekoppeld aan de agenda");
    const linked = ow.locator("li.card", { hasText: tekst });
    await expect(linked).toContainText("Gekoppeld aan de agenda");
    await expect(linked).toContainText(`Thema: ${thema}`);

    // and handles it: the resident gets the reply by e-mail
    const before = mails().length;
    await linked.getByLabel("Reactie aan de inwoner").fill("Vanaf mei is het dorpshuis op zondagmiddag open.");
    await linked.getByLabel(/Afhandelen/).check();
    await linked.getByRole("button", { name: "Opslaan" }).click();
    await expect(ow.getByRole("status")).toContainText("De inwoner heeft uw reactie per e-mail gekregen");
    const mail = await waitForMail(email, { subject: /Reactie op uw wens voor Elshout/, after: before });
    expect(mail.text).toContain("Vanaf mei is het dorpshuis op zondagmiddag open.");
    expect(mail.text).toContain(`Thema: ${thema}`);
    await staff.close();
  });
});
