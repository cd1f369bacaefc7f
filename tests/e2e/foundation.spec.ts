import { expect, test } from "./fixtures";
import { DEMO_TOTP_GEHEIM, enterTotpCode, expectAccessible, loginAsResident, loginAsStaff, STAFF_PASSWORD, uniqueEmail } from "./helpers";

test("home page shows the demo municipality and is accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: /Samen leven in Heusden/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Vesting Heusden" })).toBeVisible();
  await expect(page.getByText(/\d+ ontmoetingsplekken en voorzieningen/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheidsverklaring" })).toBeVisible();
  await expectAccessible(page);
});

test("the skip link moves focus to the main content and the keyboard reaches the main navigation", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhoud$/);
  await expect(page.locator("main#inhoud")).toBeFocused();

  await page.goto("/");
  const navLink = page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Sociale kaart" });
  let reached = false;
  for (let i = 0; i < 8 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await navLink.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
});

test("privacy and accessibility statements exist", async ({ page }) => {
  await page.goto("/privacy");
  await expect(page.getByRole("heading", { level: 1, name: "Privacyverklaring" })).toBeVisible();
  await page.goto("/toegankelijkheid");
  await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheidsverklaring" })).toBeVisible();
  await expectAccessible(page);
});

test("sign-in page is accessible; a wrong password gives a Dutch error summary and keeps the e-mail", async ({ page }) => {
  await page.goto("/inloggen");
  await expectAccessible(page);
  await page.getByLabel("E-mailadres", { exact: true }).nth(1).fill("ambtenaar@heusden.example");
  await page.getByLabel("Wachtwoord").fill("verkeerd");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("Het e-mailadres of het wachtwoord klopt niet");
  await expect(page.getByLabel("E-mailadres", { exact: true }).nth(1)).toHaveValue("ambtenaar@heusden.example");
  await expect(page.getByRole("banner").getByText("Ingelogd als")).toHaveCount(0);
  await expectAccessible(page);
});

test("an empty staff sign-in shows an error summary that links to the fields", async ({ page }) => {
  await page.goto("/inloggen");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /Wachtwoord/ }).click();
  await expect(page.getByLabel("Wachtwoord")).toBeFocused();
  await summary.getByRole("link", { name: /E-mailadres/ }).click();
  await expect(page.locator("#medewerker-email")).toBeFocused();
  await expect(page.getByLabel("Wachtwoord")).toHaveAttribute("aria-invalid", "true");
});

for (const [rol, email] of [
  ["opbouwwerker", "opbouwwerker.drunen@heusden.example"],
  ["ambtenaar", "ambtenaar@heusden.example"],
  ["beheerder", "beheerder@heusden.example"],
] as const) {
  test(`a ${rol} signs in with a password and reaches an accessible /beheer`, async ({ page }) => {
    await loginAsStaff(page, email);
    await expect(page).toHaveURL(/\/beheer$/);
    await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
    await expect(page.getByText(new RegExp(`ingelogd als ${rol}`, "i"))).toBeVisible();
    await expectAccessible(page);
  });
}

test("a resident signs in with the e-mail link and is refused /beheer", async ({ page }) => {
  const email = uniqueEmail("bewoner");
  await loginAsResident(page, email);
  await expect(page).toHaveURL(/\/mijn$/);
  await page.goto("/beheer");
  await expect(page.getByRole("heading", { name: "U heeft geen toegang tot deze pagina" })).toBeVisible();
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
});

test("without a session /beheer sends you to the sign-in page", async ({ page }) => {
  await page.goto("/beheer");
  await expect(page).toHaveURL(/\/inloggen\?terug=%2Fbeheer/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("staff sign-in and the magic-link request work as plain HTML forms", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres", { exact: true }).nth(1).fill("beheerder@heusden.example");
    await page.getByLabel("Wachtwoord").fill(STAFF_PASSWORD);
    await page.getByRole("button", { name: "Inloggen", exact: true }).click();
    // The second step (code from the app) is a plain HTML form too.
    await expect(page).toHaveURL(/\/inloggen\/tweede-stap$/);
    await enterTotpCode(page, DEMO_TOTP_GEHEIM, "beheerder@heusden.example");
    await expect(page).toHaveURL(/\/beheer$/);
    await page.getByRole("button", { name: "Uitloggen" }).click();

    await page.goto("/inloggen");
    await page.getByLabel("E-mailadres", { exact: true }).first().fill("geen-geldig-adres");
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect(page.locator(".error-summary")).toContainText("Vul een geldig e-mailadres in");
    await expect(page.getByLabel("E-mailadres", { exact: true }).first()).toHaveValue("geen-geldig-adres");
  });
});

test("favicon, web manifest and robots.txt are served from public/ and the page links to them", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  const bytes = await ico.body();
  // An ICO file starts with reserved 0, type 1 (icon) and at least one image.
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2)]).toEqual([0, 1]);
  expect(bytes.readUInt16LE(4)).toBeGreaterThan(0);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const robotsText = await robots.text();
  expect(robotsText).toMatch(/^User-agent: \*$/m);
  expect(robotsText).toMatch(/^Disallow: \/beheer$/m);
  expect(robotsText).toMatch(/^Disallow: \/mijn$/m);

  await page.goto("/");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBeTruthy();
  const manifest = await (await request.get(manifestHref!)).json();
  expect(manifest.lang).toBe("nl");
  for (const icon of manifest.icons as { src: string }[]) {
    expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  }
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect((await request.get(apple!)).status()).toBe(200);
});
