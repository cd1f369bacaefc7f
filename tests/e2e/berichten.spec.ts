import { expect, test, type Browser, type Page } from "./fixtures";
import { expectAccessible, linkIn, loginAsResident, mails, uniqueEmail, waitForMail } from "./helpers";

/** axe needs JavaScript: scan the same URL in a JS-enabled context with the same session. */
async function expectAccessibleWithSession(page: Page) {
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState() });
  const copy = await context.newPage();
  await copy.goto(page.url());
  await expectAccessible(copy);
  await context.close();
}

async function residentPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await loginAsResident(page, email);
  return page;
}

/** Neither e-mail address anywhere in the page's HTML. */
async function expectNoAddresses(page: Page, ...emails: string[]) {
  const html = await page.content();
  for (const e of emails) expect(html).not.toContain(e);
}

test.describe("berichten bij burenhulp without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("requester and helper talk through messages without seeing each other's e-mail address; one shares a phone number on purpose", async ({ browser }) => {
    test.slow(); // two residents, sign-in by mail, several pages and mails
    const tag = Math.random().toString(36).slice(2, 7);
    const vrager = { email: uniqueEmail("gesprek.vrager"), naam: `Greet Vrager ${tag}` };
    const helper = { email: uniqueEmail("gesprek.helper"), naam: `Gijs Helper ${tag}`, telefoon: `06 5544${Math.floor(1000 + Math.random() * 8999)}` };
    const titel = `Wie helpt mij met mijn fiets ${tag}?`;

    // 1. The requester posts a hulpvraag
    const a = await residentPage(browser, vrager.email);
    await a.goto("/vrijwilligers/hulpvragen/nieuw");
    await a.getByLabel("Klusje in huis").check();
    await a.getByLabel("Wat vraagt u, in een paar woorden?").fill(titel);
    await a.getByLabel("Vertel wat meer").fill("Mijn fietsband is lek en ik krijg hem zelf niet geplakt. Wie kan even helpen?");
    await a.getByLabel("In welke wijk of welk dorp?").selectOption({ label: "Braken-Oost" });
    await a.getByLabel("Uw naam").fill(vrager.naam);
    await a.getByRole("button", { name: "Hulpvraag plaatsen" }).click();
    await expect(a).toHaveURL(/\/mijn\/hulpvragen\/[^/?]+\?geplaatst=1$/);
    const hulpvraagId = new URL(a.url()).pathname.split("/").pop()!;

    // 2. A neighbour offers help
    const b = await residentPage(browser, helper.email);
    await b.goto(`/vrijwilligers/hulpvragen/${hulpvraagId}`);
    await b.getByLabel("Uw bericht aan de vrager").fill("Ik heb plakspullen en kan zaterdag langskomen.");
    await b.getByLabel("Uw naam").fill(helper.naam);
    await b.getByRole("textbox", { name: /^Telefoonnummer/ }).fill(helper.telefoon);
    await b.getByLabel(/Ik geef toestemming/).check();
    await b.getByRole("button", { name: "Ik bied hulp aan" }).click();
    await expect(b.getByRole("status")).toContainText("Uw aanbod is verstuurd");

    // 3. Before any acceptance, the helper opens the conversation
    await b.goto("/mijn/hulpvragen");
    await b.getByRole("link", { name: `Berichten met de vrager over ${titel}` }).click();
    await expect(b.getByRole("heading", { level: 1, name: "Gesprek met de vrager" })).toBeVisible();
    await expect(b.getByText("Ik heb plakspullen en kan zaterdag langskomen.")).toBeVisible();
    const gesprekUrl = b.url();
    await expectNoAddresses(b, vrager.email, helper.email);
    await expectAccessibleWithSession(b);

    // The form without JavaScript: an empty message gives the error summary; a too long one keeps the input
    await b.getByRole("button", { name: "Bericht sturen" }).click();
    const summary = b.locator(".error-summary");
    await expect(summary).toContainText("Schrijf een bericht");
    await expect(summary.getByRole("link", { name: /Schrijf een bericht/ })).toHaveAttribute("href", "#tekst");
    await expect(b.getByLabel("Uw bericht")).toHaveAttribute("aria-invalid", "true");
    await expectAccessibleWithSession(b);
    const teLang = `Heel lang verhaal ${tag} `.repeat(60);
    await b.getByLabel("Uw bericht").fill(teLang);
    await b.getByRole("button", { name: "Bericht sturen" }).click();
    await expect(b.locator(".error-summary")).toContainText("te lang");
    await expect(b.getByLabel("Uw bericht")).toHaveValue(teLang);

    const voorMail = mails().length;
    await b.getByLabel("Uw bericht").fill(`Schikt zaterdag om 11 uur? ${tag}`);
    await b.getByRole("button", { name: "Bericht sturen" }).click();
    await expect(b.getByRole("status")).toContainText("Uw bericht is verstuurd");
    await expect(b.getByText(`Schikt zaterdag om 11 uur? ${tag}`)).toBeVisible();

    // 4. The requester gets a notice (no text, no address) and answers through the link
    const notice = await waitForMail(vrager.email, { subject: /nieuw bericht/i, after: voorMail });
    expect(notice.text).not.toContain("Schikt zaterdag");
    expect(notice.text).not.toContain(helper.email);
    await a.goto(linkIn(notice, "/mijn/hulpvragen/gesprek/"));
    await expect(a.getByRole("heading", { level: 1, name: "Gesprek met de helper" })).toBeVisible();
    await expect(a.getByText(`Schikt zaterdag om 11 uur? ${tag}`)).toBeVisible();
    await expectNoAddresses(a, vrager.email, helper.email);
    const voorAntwoord = mails().length;
    await a.getByLabel("Uw bericht").fill(`Ja, 11 uur is prima. Tot zaterdag! ${tag}`);
    await a.getByRole("button", { name: "Bericht sturen" }).click();
    await expect(a.getByRole("status")).toContainText("Uw bericht is verstuurd");
    const terug = await waitForMail(helper.email, { subject: /nieuw bericht/i, after: voorAntwoord });
    expect(terug.text).not.toContain("11 uur is prima");
    expect(terug.text).not.toContain(vrager.email);
    expect(linkIn(terug, "/mijn/hulpvragen/gesprek/")).toContain(new URL(gesprekUrl).pathname);

    // 5. The helper shares a phone number on purpose; the requester sees it
    await b.goto(gesprekUrl);
    await expect(b.getByText(`Ja, 11 uur is prima. Tot zaterdag! ${tag}`)).toBeVisible();
    await expect(b.getByLabel("Uw telefoonnummer")).toHaveValue(helper.telefoon);
    await b.getByRole("button", { name: "Deel mijn telefoonnummer" }).click();
    await expect(b.getByRole("status")).toContainText("Uw telefoonnummer staat nu in het gesprek");

    // 5b. The helper records the agreed day ("Is het gelukt?" follows a few days after it): a day that does
    // not exist is refused with the error summary and the input kept; then the right day
    const afspraak = new Date(Date.now() + 6 * 86_400_000);
    const afspraakInvoer = afspraak.toISOString().slice(0, 10).split("-").reverse().join("-");
    const afspraakTekst = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(afspraak);
    await b.getByLabel("Dag van de afspraak").fill("31-02-2027");
    await b.getByRole("button", { name: "Afspraak vastleggen" }).click();
    await expect(b.locator(".error-summary")).toContainText("Vul een bestaande datum in");
    await expect(b.getByLabel("Dag van de afspraak")).toHaveValue("31-02-2027");
    await b.getByLabel("Dag van de afspraak").fill(afspraakInvoer);
    await b.getByRole("button", { name: "Afspraak vastleggen" }).click();
    await expect(b.getByRole("status")).toContainText("De dag van de afspraak staat nu in het gesprek");
    await expect(b.getByText(`U legde de dag van de afspraak vast: ${afspraakTekst}`)).toBeVisible();

    await a.reload();
    await expect(a.getByText(`Legde de dag van de afspraak vast: ${afspraakTekst}`)).toBeVisible();
    await expect(a.locator("#afspraak").locator("..")).toContainText(`De afspraak is op ${afspraakTekst}`);
    await expect(a.getByLabel("Dag van de afspraak")).toHaveValue(afspraakInvoer);
    await expect(a.getByText("Deelde een telefoonnummer:")).toBeVisible();
    await expect(a.getByRole("link", { name: helper.telefoon })).toHaveAttribute("href", `tel:${helper.telefoon.replace(/\s/g, "")}`);
    await expectNoAddresses(a, vrager.email, helper.email);
    await expectAccessibleWithSession(a);

    // 6. A third resident cannot open the conversation
    const c = await residentPage(browser, uniqueEmail("gesprek.derde"));
    const nietVoorDerde = await c.goto(gesprekUrl);
    expect(nietVoorDerde?.status()).toBe(404);
    expect(await c.content()).not.toContain("plakspullen");
    await c.context().close();

    // 7. "Blokkeer": the helper can no longer send
    await a.getByRole("button", { name: "Blokkeer" }).click();
    await expect(a.getByRole("status")).toContainText("U heeft dit gesprek geblokkeerd");
    await b.reload();
    await expect(b.getByText("U kunt in dit gesprek geen berichten meer sturen.")).toBeVisible();
    await expect(b.getByRole("button", { name: "Bericht sturen" })).toHaveCount(0);
    await a.getByRole("button", { name: "Blokkade opheffen" }).click();
    await expect(a.getByRole("status")).toContainText("De blokkade is opgeheven");

    // 8. The requester accepts, answers "Is het gelukt?" with ja: the hulpvraag closes and counts for the wijk
    await a.goto(`/mijn/hulpvragen/${hulpvraagId}`);
    await a.getByRole("button", { name: "Aanbod 1 aannemen" }).click();
    await expect(a.getByRole("status")).toContainText("U heeft het aanbod aangenomen");
    const voorTelling = await a.request.get("/wijken/braken-oost");
    const telling = (html: string) => Number(html.match(/Burenhulp via dit portaal: <strong>(\d+) hulpvra/)?.[1] ?? NaN);
    const eerst = telling(await voorTelling.text());
    await a.goto(`/mijn/hulpvragen/${hulpvraagId}/gelukt`);
    await expect(a.getByRole("heading", { level: 1, name: "Is het gelukt?" })).toBeVisible();
    await expectAccessibleWithSession(a);
    await a.getByRole("button", { name: "Ja, het is gelukt" }).click();
    await expect(a.getByRole("status")).toContainText("Fijn dat het gelukt is");
    await expect(a.getByText("Gesloten", { exact: true })).toBeVisible();
    await expect.poll(async () => telling(await (await a.request.get("/wijken/braken-oost")).text())).toBe(eerst + 1);

    await a.context().close();
    await b.context().close();
  });
});
