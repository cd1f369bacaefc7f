/**
 * Aanbieders (issue 14): a beheerder makes a resident a member of an organisation; the member edits
 * their own organisation's plek and is refused on another organisation's; staff see the change with
 * its diff and undo it. The member's form also works without JavaScript (error summary, typed values
 * kept). axe runs in the JavaScript test (it needs a script in the page).
 */
import { expect, test } from "./fixtures";
import { expectAccessible, loginAsResident, loginAsStaff, uniqueEmail } from "./helpers";
import { BEHEERDER, EIGEN_ORG, ANDERE_ORG, maakLid, maakPlek, uniekWoord } from "./aanbieders-helpers";

test("an aanbieder member edits their own plek and is refused on another organisation's; staff see the diff and undo it", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const email = uniqueEmail("aanbieder");
  const lid = await browser.newPage();
  await loginAsResident(lid, email);

  await loginAsStaff(page, BEHEERDER);
  const naam = `Leesplek ${uniekWoord()}`;
  const eigenId = await maakPlek(page, naam, EIGEN_ORG);
  const andereId = await maakPlek(page, `Werkplaats ${uniekWoord()}`, ANDERE_ORG);
  await maakLid(page, email, EIGEN_ORG);
  await expectAccessible(page);

  await lid.goto("/mijn");
  await lid.getByRole("link", { name: "Mijn organisatie" }).click();
  await expect(lid.getByRole("heading", { level: 2, name: EIGEN_ORG })).toBeVisible();
  await expectAccessible(lid);
  await lid.getByRole("link", { name: naam }).click();
  await expect(lid.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  await expectAccessible(lid);
  await lid.getByLabel("Naam van de plek").fill(`${naam} bijgewerkt`);
  await lid.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(lid).toHaveURL(new RegExp(`/mijn/organisatie/plek/${eigenId}\\?opgeslagen=1$`));
  await expect(lid.getByText("De plek is opgeslagen.")).toBeVisible();

  // another organisation's plek: not found for the member, and the staff page is refused
  expect((await lid.goto(`/mijn/organisatie/plek/${andereId}`))?.status()).toBe(404);
  await lid.goto(`/beheer/kaart/plek/${andereId}`);
  await expect(lid).not.toHaveURL(new RegExp(`/beheer/kaart/plek/${andereId}$`));
  await lid.close();

  await page.goto("/beheer/kaart");
  await page.getByRole("link", { name: "Recente wijzigingen" }).click();
  const rij = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: `${naam} bijgewerkt` }) }).filter({ hasText: "Gewijzigd op" });
  await expect(rij).toContainText("Naam van de plek");
  await expect(rij).toContainText(`${naam} → ${naam} bijgewerkt`);
  await expectAccessible(page);
  await rij.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.getByText("De wijziging is ongedaan gemaakt.")).toBeVisible();
  await page.goto(`/beheer/kaart/plek/${eigenId}`);
  await expect(page.getByLabel("Naam van de plek")).toHaveValue(naam);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the member's form shows an error summary, keeps what was typed, and then saves", async ({ page, browser }) => {
    test.setTimeout(240_000);
    const email = uniqueEmail("aanbieder");
    const lid = await browser.newPage({ javaScriptEnabled: false });
    await loginAsResident(lid, email);
    await loginAsStaff(page, BEHEERDER);
    const naam = `Leesplek ${uniekWoord()}`;
    const id = await maakPlek(page, naam, EIGEN_ORG);
    await maakLid(page, email, EIGEN_ORG);

    await lid.goto(`/mijn/organisatie/plek/${id}`);
    await lid.getByLabel("Naam van de plek").fill("");
    await lid.getByLabel("Telefoon").fill("0416 222 333");
    await lid.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    const samenvatting = lid.locator(".error-summary");
    await expect(samenvatting).toBeVisible();
    await expect(samenvatting.getByRole("link").first()).toBeVisible();
    await expect(lid.getByLabel("Telefoon")).toHaveValue("0416 222 333");

    await lid.getByLabel("Naam van de plek").fill(`${naam} zonder script`);
    await lid.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(lid).toHaveURL(new RegExp(`/mijn/organisatie/plek/${id}\\?opgeslagen=1$`));
    await expect(lid.getByText("De plek is opgeslagen.")).toBeVisible();
    await expect(lid.getByLabel("Naam van de plek")).toHaveValue(`${naam} zonder script`);
    await lid.close();
  });
});
