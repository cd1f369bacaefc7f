import { expect, test, type Page } from "@playwright/test";
import { enterTotpCode, expectAccessible, loginAsStaff, STAFF_PASSWORD, totpNu } from "./helpers";

async function passwordStep(page: Page, email: string) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres", { exact: true }).nth(1).fill(email);
  await page.getByLabel("Wachtwoord").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
}

/** The secret as the set-up page shows it for people who type it in. */
async function shownSecret(page: Page): Promise<string> {
  return (await page.getByTestId("totp-sleutel").innerText()).replace(/\s/g, "");
}

test("staff login requires the second factor: the password alone gives no access to /beheer", async ({ page }) => {
  await passwordStep(page, "ambtenaar2@heusden.example");
  await expect(page).toHaveURL(/\/inloggen\/tweede-stap$/);
  await expect(page.getByRole("heading", { level: 1, name: "Tweede stap van inloggen" })).toBeVisible();
  await expectAccessible(page);
  const code = page.getByLabel("Code uit de app", { exact: true });
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  await expect(code).toHaveAttribute("inputmode", "numeric");

  // Skipping the second step: /beheer still asks to sign in.
  await page.goto("/beheer");
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fbeheer/);
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toHaveCount(0);

  // A wrong code: error summary, no session.
  await page.goto("/inloggen/tweede-stap");
  await page.getByLabel("Code uit de app", { exact: true }).fill("12345x");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.locator(".error-summary")).toContainText("klopt niet");
  await expect(page.getByLabel("Code uit de app", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await enterTotpCode(page, "SOCIALEBASISDEMOHEUSDENTOTPGEHEM", "ambtenaar2@heusden.example");
  await page.goto("/beheer");
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
});

test("a new ambtenaar sets up the app at the first sign-in and then sees it on the account page", async ({ page }) => {
  await passwordStep(page, "ambtenaar.nieuw@heusden.example");
  await expect(page).toHaveURL(/\/inloggen\/tweestaps-instellen$/);
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
  await expect(page.getByRole("list", { name: "Herstelcodes" }).getByRole("listitem")).toHaveCount(10);
  await expectAccessible(page);
  const secret = await shownSecret(page);
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // Not signed in before the first code.
  await page.goto("/beheer");
  await expect(page).toHaveURL(/\/inloggen\?terug=/);
  await page.goto("/inloggen/tweestaps-instellen");
  expect(await shownSecret(page)).toBe(secret); // same secret after a reload

  await page.getByLabel("Code uit de app", { exact: true }).fill(await totpNu(secret));
  await page.getByRole("button", { name: "Instellen en inloggen" }).click();
  await expect(page).toHaveURL(/\/beheer$/);
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toBeVisible();

  await page.goto("/beheer/account");
  await expect(page.getByText("Staat aan", { exact: true })).toBeVisible();
  await expect(page.getByText("U heeft nog 10 herstelcodes over.", { exact: false })).toBeVisible();
  await expect(page.getByText("Voor uw rol is de tweestapsverificatie verplicht")).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitzetten" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the beheerder's account page shows the status and the reset form for colleagues, and is accessible", async ({ page }) => {
  await loginAsStaff(page, "beheerder@heusden.example");
  await page.getByRole("link", { name: "Mijn account en beveiliging" }).click();
  await expect(page.getByText("Staat aan", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tweede stap van een collega terugzetten" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Uitzetten" })).toHaveCount(0);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an opbouwwerker switches the second step on and off on the account page with plain forms", async ({ page }) => {
    test.slow(); // waits for a new 30-second code once
    await passwordStep(page, "opbouwwerker.nieuw@heusden.example");
    await expect(page).toHaveURL(/\/beheer$/); // optional for opbouwwerkers: password only
    await page.goto("/beheer/account");
    await expect(page.getByText("Staat uit.", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Tweestapsverificatie instellen" }).click();
    await expect(page).toHaveURL(/\/beheer\/account\/instellen$/);
    const secret = await shownSecret(page);

    // A wrong code: error summary without JavaScript.
    await page.getByLabel("Code uit de app", { exact: true }).fill("000000");
    await page.getByRole("button", { name: "Instellen", exact: true }).click();
    await expect(page.locator(".error-summary")).toContainText("klopt niet");
    await page.getByLabel("Code uit de app", { exact: true }).fill(await totpNu(secret));
    await page.getByRole("button", { name: "Instellen", exact: true }).click();
    await expect(page).toHaveURL(/\/beheer\/account\?ingesteld=1$/);
    await expect(page.getByText("Staat aan", { exact: true })).toBeVisible();

    // Now the sign-in asks for the code.
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await passwordStep(page, "opbouwwerker.nieuw@heusden.example");
    await expect(page).toHaveURL(/\/inloggen\/tweede-stap$/);
    await enterTotpCode(page, secret);

    // Switch it off with a new code (the one used to sign in cannot be used again): wait for the next step.
    await page.waitForTimeout(30_000 - (Date.now() % 30_000) + 300);
    await page.goto("/beheer/account");
    await page.getByLabel("Code uit de app").last().fill(await totpNu(secret, 30_000));
    await page.getByRole("button", { name: "Uitzetten" }).click();
    await expect(page).toHaveURL(/\/beheer\/account\?uitgezet=1$/);
    await expect(page.getByText("Staat uit.", { exact: true })).toBeVisible();
  });
});
