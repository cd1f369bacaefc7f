/**
 * Issue 16, Volg je wijk: follow a dorp by e-mail on its page, confirm with the link in the mail (real
 * SMTP sink), news in the dorp (a new activity and an approved initiative, made by the test-only route
 * app/test/volgen behind E2E_TEST_ROUTES), the digest with its List-Unsubscribe headers, the preview,
 * and unsubscribing: with one click (a POST as a mail client sends it) and through the manage page
 * without JavaScript. The dorp's digest may hold news from other specs: the checks say "contains".
 */
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible, linkIn, mails, uniqueEmail, waitForMail } from "./helpers";
import type { ReceivedMail } from "../support/smtp-sink.ts";

const WIJK = "elshout";
const pad = (url: string) => url.replace(/^https?:\/\/[^/]+/, "");

function uniekWoord() {
  return Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

/** POST to the test route; once more when the server had closed the kept-alive connection (socket hang up). */
async function testRoute(request: APIRequestContext, data: Record<string, string>) {
  try {
    return await request.post("/test/volgen", { data });
  } catch (e) {
    if (!/ECONNRESET|socket hang up/.test((e as Error).message)) throw e;
    return request.post("/test/volgen", { data });
  }
}

async function maakNieuws(request: APIRequestContext) {
  const woord = uniekWoord();
  const nieuws = { activiteit: `Buurtsoep ${woord}`, initiatief: `Bloembakken ${woord}` };
  const r = await testRoute(request, { actie: "nieuws", wijk: WIJK, ...nieuws });
  expect(r.ok()).toBe(true);
  return nieuws;
}

async function digest(request: APIRequestContext, email: string, voor: number): Promise<ReceivedMail> {
  expect((await testRoute(request, { actie: "digest", email })).ok()).toBe(true);
  return waitForMail(email, { subject: /^Nieuw in Elshout/, after: voor });
}

async function volg(page: import("@playwright/test").Page, email: string) {
  await page.goto(`/wijken/${WIJK}`);
  const blok = page.getByRole("region", { name: "Volg dit dorp" });
  await blok.getByLabel("Uw e-mailadres").fill(email);
  await expect(blok.getByRole("radio", { name: /Eén keer per week/ })).toBeChecked();
  const voor = mails().length;
  await blok.getByRole("button", { name: "Volg dit dorp" }).click();
  await expect(page.getByRole("status")).toContainText("Kijk in uw mailbox");
  const mail = await waitForMail(email, { subject: /^Bevestig: Elshout volgen$/, after: voor });
  return pad(linkIn(mail, "/volgen/"));
}

test("follow a dorp by e-mail, confirm, get the digest with both items, unsubscribe with one click", async ({ page, request }) => {
  test.slow();
  const email = uniqueEmail("volgen");
  await page.goto(`/wijken/${WIJK}`);
  await expectAccessible(page);
  const beheer = await volg(page, email);

  // Nothing is sent before confirming: the link opens a page with one button.
  await page.goto(beheer);
  await expect(page.getByRole("heading", { level: 1, name: "Elshout volgen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, ik wil Elshout volgen" }).click();
  await expect(page.getByRole("status")).toContainText("U volgt Elshout nu");
  await expect(page.getByRole("heading", { level: 2, name: "Hoe vaak?" })).toBeVisible();
  await expectAccessible(page);

  const nieuws = await maakNieuws(request);
  // The preview in the browser.
  await page.getByRole("link", { name: "Bekijk wat er nu in de volgende e-mail zou staan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuw in Elshout" })).toBeVisible();
  await expect(page.getByRole("link", { name: nieuws.activiteit })).toBeVisible();
  await expect(page.getByRole("link", { name: nieuws.initiatief })).toBeVisible();
  await expectAccessible(page);

  const mail = await digest(request, email, mails().length);
  expect(mail.text).toContain(nieuws.activiteit);
  expect(mail.text).toContain(nieuws.initiatief);
  const token = beheer.split("/").at(-1)!;
  expect(mail.headers?.["list-unsubscribe"]).toMatch(new RegExp(`^<https?://[^>]+/volgen/afmelden/${token}>$`));
  expect(mail.headers?.["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  expect(mail.text).toContain(`/volgen/${token}`);

  // One click, as a mail client does it (RFC 8058): a POST from elsewhere, no cookie, no page.
  const afmelden = pad(mail.headers!["list-unsubscribe"].slice(1, -1));
  const r = await request.post(afmelden, { form: { "List-Unsubscribe": "One-Click" }, headers: { Origin: "https://mail.example" } });
  expect(r.status()).toBe(200);
  expect(await r.text()).toContain("U bent afgemeld");
  await page.goto(beheer);
  await expect(page.getByText(/U volgt Elshout niet meer/)).toBeVisible();
  await expectAccessible(page);

  // Afterwards nothing comes, even with news.
  await maakNieuws(request);
  const voor = mails().length;
  expect((await testRoute(request, { actie: "digest", email })).ok()).toBe(true);
  await page.waitForTimeout(1000);
  expect(mails().slice(voor).filter((m) => m.to.includes(email))).toHaveLength(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("follow, confirm, change how often and stop through the link in the digest", async ({ page, request }) => {
    test.slow();
    const email = uniqueEmail("volgen-nojs");
    // The form refuses a wrong address and keeps the input.
    await page.goto(`/wijken/${WIJK}`);
    const blok = page.getByRole("region", { name: "Volg dit dorp" });
    await blok.getByLabel("Uw e-mailadres").fill("geen-adres");
    await blok.getByRole("button", { name: "Volg dit dorp" }).click();
    await expect(page.getByRole("alert").first()).toContainText("Vul een geldig e-mailadres in");
    await expect(page.getByRole("region", { name: "Volg dit dorp" }).getByLabel("Uw e-mailadres")).toHaveValue("geen-adres");

    const beheer = await volg(page, email);
    await page.goto(beheer);
    await page.getByRole("button", { name: "Ja, ik wil Elshout volgen" }).click();
    await expect(page.getByRole("status")).toContainText("U volgt Elshout nu");

    const nieuws = await maakNieuws(request);
    const mail = await digest(request, email, mails().length);
    expect(mail.text).toContain(nieuws.initiatief);

    // The visible link in the digest leads to the manage page.
    await page.goto(pad(linkIn(mail, "/volgen/afmelden/")));
    await expect(page.getByRole("heading", { level: 1, name: "Elshout volgen" })).toBeVisible();
    await page.getByRole("radio", { name: /Eén keer per dag/ }).check();
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("status")).toContainText("Opgeslagen");
    await expect(page.getByText(/U krijgt één keer per dag een e-mail/)).toBeVisible();

    await page.getByRole("button", { name: "Stop met Elshout volgen" }).click();
    await expect(page.getByRole("status")).toContainText("U bent afgemeld");
    await expect(page.getByText(/U volgt Elshout niet meer/)).toBeVisible();
  });
});

// axe needs JavaScript in the page: these run with it.
test.describe("pages", () => {
  test("a changed link gets a Dutch page, not an error", async ({ page }) => {
    await page.goto(`/volgen/${"A".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Deze link werkt niet" })).toBeVisible();
    await expectAccessible(page);
    await page.goto("/volgen");
    await expect(page.getByRole("heading", { level: 1, name: "Volg je wijk" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Elshout" })).toBeVisible();
    await expectAccessible(page);
  });
});
