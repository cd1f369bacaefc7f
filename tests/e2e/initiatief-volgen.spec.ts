/**
 * Issue 16, Volg dit initiatief: a visitor follows a public initiative by e-mail on its page, confirms
 * with the link in the mail (real SMTP sink), the initiatiefnemer posts an update, the follower gets one
 * mail with List-Unsubscribe headers and unsubscribes with one click (a POST as a mail client sends it);
 * after that, no more mail. The follow form, the confirmation and stopping also work without JavaScript.
 * The initiative is made public through the real flows (tests/e2e/vertellen-steps.ts).
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible, linkIn, mails, uniqueEmail, waitForMail } from "./helpers";
import { maakOpenbaarInitiatief, nieuwePagina, openEigenInitiatief, plaatsUpdate } from "./vertellen-steps";

const EIGENAAR = uniqueEmail("volg-eigenaar");
const TITEL = `Buurtmoestuin Vesting ${Date.now().toString(36)}`;
const pad = (url: string) => url.replace(/^https?:\/\/[^/]+/, "");
let ref = "";

const volgBlok = (page: Page) => page.getByRole("region", { name: "Volg dit initiatief" });

/** Fills in the follow form on the initiative page and returns the path of the link in the confirmation mail. */
async function volg(page: Page, email: string): Promise<string> {
  await page.goto(`/initiatieven/${ref}`);
  await volgBlok(page).getByLabel("Uw e-mailadres").fill(email);
  const voor = mails().length;
  await volgBlok(page).getByRole("button", { name: "Volg dit initiatief" }).click();
  await expect(volgBlok(page).getByText("Kijk in uw mailbox")).toBeVisible();
  const mail = await waitForMail(email, { subject: /^Bevestig: ".*" volgen$/, after: voor });
  return pad(linkIn(mail, "/volgen/initiatief/"));
}

async function updateDoorEigenaar(browser: import("@playwright/test").Browser, titel: string) {
  const eigen = await nieuwePagina(browser);
  await openEigenInitiatief(eigen, EIGENAAR, TITEL);
  await plaatsUpdate(eigen, { titel, tekst: "Vandaag plantten tien buren samen de eerste tomaten. Iedereen is welkom om te komen kijken en te helpen." });
  await eigen.context().close();
}

test.describe.serial("volg dit initiatief", () => {
  test("setup: a resident submits a public initiative and an ambtenaar approves it", async ({ page, browser }) => {
    test.slow();
    ref = await maakOpenbaarInitiatief(page, browser, { titel: TITEL, email: EIGENAAR, naam: "Ineke Groen" });
    await page.goto(`/initiatieven/${ref}`);
    await expect(volgBlok(page)).toBeVisible();
    await expectAccessible(page);
  });

  test("follow by e-mail, confirm, get the update mail with its headers, unsubscribe with one click", async ({ page, browser, request }) => {
    test.slow();
    const email = uniqueEmail("volg-initiatief");
    const beheer = await volg(page, email);
    await expectAccessible(page);

    // Nothing before confirming: the link opens a page with one button.
    await page.goto(beheer);
    await expect(page.getByRole("heading", { level: 1, name: `${TITEL} volgen` })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, ik wil dit initiatief volgen" }).click();
    await expect(page.getByRole("status")).toContainText("U volgt dit initiatief nu");
    await expectAccessible(page);

    const voor = mails().length;
    const titel = `Eerste oogst ${Date.now().toString(36)}`;
    await updateDoorEigenaar(browser, titel);
    const mail = await waitForMail(email, { subject: new RegExp(`^Nieuws van ".*": ${titel}$`), after: voor });
    expect(mail.text).toContain("tien buren");
    expect(mail.text).toContain(`/initiatieven/${ref}`);
    const token = beheer.split("/").at(-1)!;
    expect(mail.headers?.["list-unsubscribe"]).toMatch(new RegExp(`^<https?://[^>]+/volgen/initiatief/afmelden/${token}>$`));
    expect(mail.headers?.["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.text).toContain(`/volgen/initiatief/${token}`);
    // Exactly one.
    await page.waitForTimeout(500);
    expect(mails().slice(voor).filter((m) => m.to.includes(email))).toHaveLength(1);

    // One click, as a mail client does it (RFC 8058): a POST from elsewhere, no cookie, no page.
    const r = await request.post(pad(mail.headers!["list-unsubscribe"].slice(1, -1)), { form: { "List-Unsubscribe": "One-Click" }, headers: { Origin: "https://mail.example" } });
    expect(r.status()).toBe(200);
    expect(await r.text()).toContain("U bent afgemeld");
    await page.goto(beheer);
    await expect(page.getByText(/niet meer \(sinds/)).toBeVisible();
    await expectAccessible(page);

    // The next update: nothing for this address.
    const na = mails().length;
    await updateDoorEigenaar(browser, `Tweede nieuws ${Date.now().toString(36)}`);
    await page.waitForTimeout(1000);
    expect(mails().slice(na).filter((m) => m.to.includes(email))).toHaveLength(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the follow form: an error keeps the input; follow, confirm and stop through the manage page", async ({ page }) => {
      test.slow();
      await page.goto(`/initiatieven/${ref}`);
      await volgBlok(page).getByLabel("Uw e-mailadres").fill("geen-adres");
      await volgBlok(page).getByRole("button", { name: "Volg dit initiatief" }).click();
      await expect(volgBlok(page).locator(".error-summary")).toContainText("Vul een geldig e-mailadres in");
      await expect(volgBlok(page).getByLabel("Uw e-mailadres")).toHaveValue("geen-adres");

      const email = uniqueEmail("volg-initiatief-nojs");
      const beheer = await volg(page, email);
      await page.goto(beheer);
      await page.getByRole("button", { name: "Ja, ik wil dit initiatief volgen" }).click();
      await expect(page.getByRole("status")).toContainText("U volgt dit initiatief nu");
      await page.getByRole("button", { name: "Stop met dit initiatief volgen" }).click();
      await expect(page.getByRole("status")).toContainText("U bent afgemeld");
      await expect(page.getByText(/niet meer \(sinds/)).toBeVisible();
    });
  });
});
