/**
 * Refusals tell the real reason (lib/auth/pagina.ts, issue 12 finding 4): the Drunen opbouwwerker
 * is a staff member, so on a Vlijmen wijk she hears that she does not work there, not that the page
 * is only for staff. A reason is a fixed code: text put in the link is never shown.
 */
import { expect, test } from "./fixtures";
import { expectAccessible, loginAsStaff } from "./helpers";

const OW_DRUNEN = "opbouwwerker.drunen@heusden.example";
const ALLEEN_MEDEWERKERS = "Deze pagina is alleen voor medewerkers van de gemeente en opbouwwerkers.";

test("an opbouwwerker on another wijk's beheer page is told she does not work in that wijk", async ({ page }) => {
  await loginAsStaff(page, OW_DRUNEN);
  await page.goto("/beheer/wijken/vijfhoeven/agenda");
  await expect(page).toHaveURL(/\/geen-toegang\?reden=wijk$/);
  await expect(page.getByRole("heading", { level: 1, name: "U heeft geen toegang tot deze pagina" })).toBeVisible();
  await expect(page.getByText("U werkt niet in deze wijk.")).toBeVisible();
  await expect(page.getByText(ALLEEN_MEDEWERKERS)).toHaveCount(0);
  await expectAccessible(page);

  // Her own wijk still opens.
  await page.goto("/beheer/wijken/braken-oost/agenda");
  await expect(page).toHaveURL(/\/beheer\/wijken\/braken-oost\/agenda$/);
});

test("an opbouwwerker is told the review queue is for ambtenaren and beheerders", async ({ page }) => {
  await loginAsStaff(page, OW_DRUNEN);
  await page.goto("/beheer/initiatieven");
  await expect(page).toHaveURL(/\/geen-toegang\?reden=beoordelen$/);
  await expect(page.getByText("Deze pagina is alleen voor ambtenaren en beheerders die initiatieven beoordelen.")).toBeVisible();
});

test("the no-access page shows only its own texts, whatever the link says", async ({ page }) => {
  await page.goto("/geen-toegang?reden=%3Cb%3EBel%200900-NEP%3C%2Fb%3E");
  await expect(page.getByRole("heading", { level: 1, name: "U heeft geen toegang tot deze pagina" })).toBeVisible();
  await expect(page.getByText(ALLEEN_MEDEWERKERS)).toBeVisible();
  await expect(page.getByText("0900-NEP")).toHaveCount(0);
});
