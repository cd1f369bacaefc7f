/**
 * Issue 13: a new gemeente takes the portal into use. The first beheerder opens the link that
 * `npm run beheerder` prints (made by tests/e2e/server.mts with the same function; the real script is
 * tested in tests/integration/beheerder-cli.test.ts), chooses a password and sets up the second step,
 * sets the gemeente (Oss, GM0828) and its contact details, invites an opbouwwerker who accepts, gives
 * them a wijk, and deactivates them. Then the same forms without JavaScript.
 *
 * Runs as its own Playwright project after all other specs (playwright.config.ts): it changes the
 * gemeente's name for the whole server. To run only this file: `npx playwright test
 * tests/e2e/inrichten.spec.ts --no-deps` (without --no-deps Playwright runs the other specs first).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible, linkIn, loginAsStaff, mails, totpNu, uniqueEmail, waitForMail } from "./helpers";

const WACHTWOORD = "Een lang wachtwoord voor Oss 2026";

function beheerderLink(): string {
  return readFileSync(path.resolve("data/e2e-beheerder-link.txt"), "utf8").trim();
}

async function nieuweSessie(browser: Browser, javaScriptEnabled = true): Promise<Page> {
  const ctx = await browser.newContext({ javaScriptEnabled, baseURL: `http://127.0.0.1:${process.env.E2E_PORT}`, locale: "nl-NL", timezoneId: "Europe/Amsterdam" });
  return ctx.newPage();
}

async function kiesWachtwoord(page: Page, naam: string) {
  await page.getByLabel("Uw naam").fill(naam);
  await page.getByLabel("Kies een wachtwoord").fill(WACHTWOORD);
  await page.getByLabel("Typ het wachtwoord nog een keer").fill(WACHTWOORD);
  await page.getByRole("button", { name: "Wachtwoord opslaan en verder" }).click();
}

async function nodigUit(page: Page, email: string, naam: string): Promise<string> {
  const voor = mails().length;
  await page.goto("/beheer/gebruikers");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Een medewerker uitnodigen" }) });
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Naam").fill(naam);
  await form.getByLabel("Rol").selectOption("OPBOUWWERKER");
  await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De uitnodiging is verstuurd" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  const mail = await waitForMail(email, { subject: /Uitnodiging voor de Sociale Basis/, after: voor });
  expect(mail.text).toMatch(/7 dagen en maar één keer/);
  return linkIn(mail, "/inloggen/uitnodiging");
}

test("a new gemeente: first beheerder, settings, invite an opbouwwerker, give a wijk, deactivate", async ({ page, browser }) => {
  test.slow();
  // 1. The first beheerder's link: choose a password, then set up the second step.
  const link = beheerderLink();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: /Welkom bij de Sociale Basis/ })).toBeVisible();
  await expect(page.getByText("beheerder.nieuw@oss.example")).toBeVisible();
  await expectAccessible(page);
  // every error at once, and no password sent back
  await page.getByLabel("Kies een wachtwoord").fill("kort");
  await page.getByRole("button", { name: "Wachtwoord opslaan en verder" }).click();
  await expect(page.locator(".error-summary")).toContainText("minstens 12 tekens");
  await expect(page.getByLabel("Kies een wachtwoord")).toHaveValue("");
  await expectAccessible(page);
  await kiesWachtwoord(page, "Bas Beheer");
  await expect(page).toHaveURL(/\/inloggen\/tweestaps-instellen$/);
  const geheim = (await page.getByTestId("totp-sleutel").innerText()).replace(/\s/g, "");
  await page.getByLabel("Code uit de app", { exact: true }).fill(await totpNu(geheim));
  await page.getByRole("button", { name: "Instellen en inloggen" }).click();
  await expect(page).toHaveURL(/\/beheer$/);
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toContainText("Bas Beheer");

  // the link works once
  const ander = await nieuweSessie(browser);
  await ander.goto(link);
  await expect(ander.getByRole("heading", { level: 1, name: "Deze link werkt niet meer" })).toBeVisible();
  await expectAccessible(ander);
  await ander.context().close();

  // 2. Settings: gemeente Oss (GM0828) and contact details; a wrong code is explained.
  await page.getByRole("link", { name: "Instellingen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen van de gemeente" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Naam van de gemeente").fill("Oss");
  await page.getByLabel("CBS-gemeentecode").fill("0828");
  await page.getByLabel("Telefoonnummer").fill("14 0412");
  await page.getByLabel(/^E-mailadres/).fill("info@oss.example");
  await page.getByLabel(/^Adres/).fill("Raadhuislaan 10\n5341 GM Oss");
  await page.getByLabel("Contact voor privacyvragen").fill("Functionaris gegevensbescherming: privacy@oss.example");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("link", { name: /CBS-gemeentecode: .*GM0828/ })).toHaveAttribute("href", "#gemeenteCode");
  await expect(page.getByLabel("Naam van de gemeente")).toHaveValue("Oss");
  await expectAccessible(page);
  await page.getByLabel("CBS-gemeentecode").fill("GM0828");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De instellingen zijn opgeslagen" })).toBeVisible();
  await expect(page.getByLabel("CBS-gemeentecode")).toHaveValue("GM0828");

  // the footer (every page), /contact and /privacy show them
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("Een website van de gemeente Oss");
  await expect(footer.getByRole("link", { name: "14 0412" })).toHaveAttribute("href", "tel:140412");
  await expect(footer.getByRole("link", { name: "info@oss.example" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Samen leven in Oss" })).toBeVisible();
  await expect(page).toHaveTitle(/Sociale Basis Oss/);
  await page.goto("/contact");
  await expect(page.getByRole("main")).toContainText("Raadhuislaan 10");
  await expectAccessible(page);
  await page.goto("/privacy");
  await expect(page.getByTestId("privacycontact")).toContainText("privacy@oss.example");

  // 3. Invite an opbouwwerker, who accepts and sets a password.
  const email = uniqueEmail("opbouw.oss");
  const uitnodiging = await nodigUit(page, email, "Olaf Opbouw");
  await expectAccessible(page);
  await page.goto("/beheer/gebruikers");
  await expect(page.getByRole("row", { name: /Olaf Opbouw/ })).toContainText("Uitgenodigd");
  await expectAccessible(page);
  await page.getByLabel("Naam of e-mailadres").fill("olaf");
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

  const ow = await nieuweSessie(browser);
  await ow.goto(uitnodiging);
  await expect(ow.getByText("U bent uitgenodigd als opbouwwerker")).toBeVisible();
  await kiesWachtwoord(ow, "Olaf Opbouw");
  await expect(ow).toHaveURL(/\/beheer$/);
  await expect(ow.getByRole("banner").getByText("Ingelogd als")).toContainText("Olaf Opbouw");

  // 4. Assign a wijk: they can edit that wijk's agenda and are refused on another.
  await page.getByRole("link", { name: "Olaf Opbouw" }).click();
  await page.getByLabel("Wijk of dorp toevoegen").selectOption({ label: "Vijfhoeven" });
  await page.getByRole("button", { name: "Wijk toevoegen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De wijk is toegevoegd" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Vijfhoeven weghalen" })).toBeVisible();
  await expectAccessible(page);

  await ow.goto("/beheer/wijken/vijfhoeven/agenda");
  await expect(ow.getByRole("heading", { level: 1, name: "Sociale agenda van Vijfhoeven" })).toBeVisible();
  const thema = ow.locator("form", { has: ow.locator("#nieuw-thema-titel") });
  await thema.getByLabel("Thema (vraagstuk)").fill(`Ontmoeting ${Date.now().toString(36)}`);
  await thema.getByLabel("Beschrijving").fill("Nieuwe bewoners kennen elkaar nog niet.");
  await thema.getByRole("button", { name: "Thema toevoegen" }).click();
  await expect(ow.getByRole("heading", { level: 1, name: /Thema: Ontmoeting/ })).toBeVisible();
  await ow.goto("/beheer/wijken/doeveren/agenda");
  await expect(ow).toHaveURL(/\/geen-toegang\?reden=wijk/);
  // and the admin pages are not for them
  await ow.goto("/beheer/gebruikers");
  await expect(ow).toHaveURL(/\/geen-toegang\?reden=beheerder/);
  await ow.goto("/beheer/instellingen");
  await expect(ow).toHaveURL(/\/geen-toegang\?reden=beheerder/);

  // 5. Deactivate: the very next request is refused, even with the old cookie.
  await page.getByRole("button", { name: "Account uitzetten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het account is uitgezet" })).toBeVisible();
  await expect(page.getByTestId("status")).toHaveText("Uitgezet");
  await ow.goto("/beheer/wijken/vijfhoeven/agenda");
  await expect(ow).toHaveURL(/\/inloggen\?terug=/);
  await expect(ow.getByRole("banner").getByText("Ingelogd als")).toHaveCount(0);
  await ow.context().close();

  // the history shows who did what, before and after
  const geschiedenis = page.getByRole("region", { name: "Geschiedenis", exact: true });
  await expect(geschiedenis).toContainText("Account uitgezet");
  await expect(geschiedenis).toContainText("Wijk toegevoegd aan opbouwwerker");
  await expect(geschiedenis).toContainText("Medewerker uitgenodigd");
  await expect(geschiedenis).toContainText("Bas Beheer");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("settings, invitation, accepting, wijken, role and deactivation all work as plain forms", async ({ page, browser }) => {
    test.slow();
    await loginAsStaff(page, "beheerder@heusden.example");
    await page.goto("/beheer/instellingen");
    await page.getByLabel("Welkomsttekst op de homepage").fill("Welkom op het portaal van onze gemeente.");
    await page.getByLabel("Klein bedrag (euro)").fill("veel");
    await page.getByRole("button", { name: "Instellingen opslaan" }).click();
    await expect(page.locator(".error-summary")).toContainText("alleen cijfers");
    await expect(page.getByLabel("Welkomsttekst op de homepage")).toHaveValue("Welkom op het portaal van onze gemeente.");
    await page.getByLabel("Klein bedrag (euro)").fill("600");
    await page.getByRole("button", { name: "Instellingen opslaan" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De instellingen zijn opgeslagen" })).toBeVisible();
    await page.goto("/");
    await expect(page.getByTestId("welkomtekst")).toHaveText("Welkom op het portaal van onze gemeente.");
    await page.goto("/initiatief");
    await expect(page.getByText("Tot en met € 600 is een korte uitleg genoeg")).toBeVisible();

    const email = uniqueEmail("zonderjs.opbouw");
    const uitnodiging = await nodigUit(page, email, "Zora Zonderjs");
    const ow = await nieuweSessie(browser, false);
    await ow.goto(uitnodiging);
    await kiesWachtwoord(ow, "Zora Zonderjs");
    await expect(ow).toHaveURL(/\/beheer$/);

    await page.getByLabel("Wijk of dorp toevoegen").selectOption({ label: "Doeveren" });
    await page.getByRole("button", { name: "Wijk toevoegen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De wijk is toegevoegd" })).toBeVisible();
    await ow.goto("/beheer/wijken/doeveren/agenda");
    await expect(ow.getByRole("heading", { level: 1, name: "Sociale agenda van Doeveren" })).toBeVisible();
    await page.getByRole("button", { name: "Doeveren weghalen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De wijk is weggehaald" })).toBeVisible();
    await ow.goto("/beheer/wijken/doeveren/agenda");
    await expect(ow).toHaveURL(/\/geen-toegang\?reden=wijk/);

    // demoted to resident: no /beheer any more on the next request (the session ended)
    await page.getByLabel("Rol van dit account").selectOption("INWONER");
    await page.getByRole("button", { name: "Rol wijzigen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De rol is gewijzigd" })).toBeVisible();
    await ow.goto("/beheer");
    await expect(ow).toHaveURL(/\/inloggen\?terug=/);

    await page.getByRole("button", { name: "Account uitzetten" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Het account is uitgezet" })).toBeVisible();
    await page.getByRole("button", { name: "Account weer aanzetten" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Het account is weer aangezet" })).toBeVisible();
    await ow.context().close();
  });
});
