/**
 * Issue 10: sessions and sign-in in a real browser against the production build.
 * Finding 12 (logout ends the session on the server), finding 4 (no open redirect through a genuine
 * magic-link mail), and OIDC sign-in against a real local provider (tests/support/oidc-mock.ts).
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, linkIn, loginAsResident, loginAsStaff, mails, uniqueEmail, waitForMail } from "./helpers";
import { OIDC_TEST_USER } from "../support/oidc-mock";

/** Logs out in `page`, then tries the copied cookies in a fresh browser context. */
async function reuseAfterLogout(browser: Browser, page: Page, path: string) {
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();

  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const p = await thief.newPage();
  await p.goto(path);
  return { p, close: () => thief.close() };
}

test("finding 12: a staff cookie copied before logout does not work after logout", async ({ browser, page }) => {
  await loginAsStaff(page, "ambtenaar@heusden.example");
  await page.goto("/beheer");
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toBeVisible();
  const { p, close } = await reuseAfterLogout(browser, page, "/beheer");
  await expect(p).toHaveURL(/\/inloggen\?terug=%2Fbeheer/);
  await expect(p.getByRole("banner").getByText("Ingelogd als")).toHaveCount(0);
  await close();
});

test("finding 12: a resident cookie copied before logout does not work after logout", async ({ browser, page }) => {
  await loginAsResident(page, uniqueEmail("sessie"));
  const { p, close } = await reuseAfterLogout(browser, page, "/mijn");
  await expect(p).toHaveURL(/\/inloggen\?terug=%2Fmijn/);
  await close();
});

test("finding 4: a magic link requested with terug=/<TAB>/evil.example keeps the resident on the portal", async ({ page, baseURL }) => {
  const email = uniqueEmail("redirect");
  const before = mails().length;
  await page.goto("/inloggen?terug=%2F%09%2Fevil.example");
  await page.getByLabel("E-mailadres", { exact: true }).first().fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw e-mail" })).toBeVisible();
  const mail = await waitForMail(email, { subject: /inloglink/i, after: before });
  const link = linkIn(mail, "/inloggen/link");
  expect(new URL(link).searchParams.get("terug")).toBe("/mijn");
  // The attacker's version of the link, with the redirect put back in by hand:
  const tampered = new URL(link);
  tampered.searchParams.set("terug", "/\t/evil.example");
  await page.goto(tampered.toString());
  await page.getByRole("button", { name: /Inloggen als/ }).click();
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(page.url()).pathname).toBe("/mijn");
});

test("finding 5: asking a sign-in link for a staff address shows the usual answer and mails no link", async ({ page }) => {
  const before = mails().length;
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres", { exact: true }).first().fill("opbouwwerker.vlijmen@heusden.example");
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw e-mail" })).toBeVisible();
  const mail = await waitForMail("opbouwwerker.vlijmen@heusden.example", { after: before });
  expect(mail.text).not.toContain("/inloggen/link");
  expect(mail.text).toContain("wachtwoord");
});

test("OIDC: a resident signs in through 'Inloggen via de gemeente' at a real local provider, gets a session and logs out", async ({ browser, page }) => {
  await page.goto("/inloggen?terug=%2Fmijn");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Inloggen via de gemeente" }).click();
  // The provider (oauth2-mock-server) signs in at once and sends the browser back with a code.
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByRole("banner").getByText(`Ingelogd als`)).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(OIDC_TEST_USER.name);
  // The session is server-side: after logout the same cookie is refused.
  const { p, close } = await reuseAfterLogout(browser, page, "/mijn");
  await expect(p).toHaveURL(/\/inloggen\?terug=%2Fmijn/);
  await close();
});

test("OIDC: signing in works without JavaScript too", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto("/inloggen");
  await page.getByRole("button", { name: "Inloggen via de gemeente" }).click();
  await expect(page).toHaveURL(/\/mijn$/);
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toBeVisible();
  await ctx.close();
});
