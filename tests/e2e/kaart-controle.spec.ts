/**
 * Issue 14, "eerst controle": a beheerder switches the setting on; a member's change of their own plek
 * then waits (the public page keeps the old name) until staff approve it on /beheer/kaart/wijzigingen;
 * the member gets a mail with the public link (real SMTP sink). A second change is rejected without
 * JavaScript: first without a reason (error summary, nothing lost), then with one, which the member
 * receives by mail. The setting is switched back at the end.
 *
 * Changes a setting for the whole server: runs in its own Playwright project, after all others.
 */
import { expect, test, type Page } from "./fixtures";
import { expectAccessible, linkIn, loginAsResident, loginAsStaff, mails, uniqueEmail, waitForMail } from "./helpers";
import { BEHEERDER, EIGEN_ORG, maakLid, maakPlek, uniekWoord } from "./aanbieders-helpers";

async function zetControle(page: Page, aan: boolean) {
  await page.goto("/beheer/instellingen");
  await page.getByLabel(aan ? "Eerst controle door een medewerker" : "Direct zichtbaar op de kaart").check();
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De instellingen zijn opgeslagen" })).toBeVisible();
}

async function stuurWijziging(lid: Page, id: string, veld: string, waarde: string) {
  await lid.goto(`/mijn/organisatie/plek/${id}`);
  await lid.getByLabel(veld).fill(waarde);
  await lid.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(lid).toHaveURL(new RegExp(`/mijn/organisatie/plek/${id}\\?ingediend=1$`));
  await expect(lid.getByText("Uw wijziging is verstuurd.")).toBeVisible();
}

test("with 'eerst controle' a member's change waits for staff; approved it is public, rejected (without JavaScript) it needs a reason", async ({ page, browser }) => {
  test.setTimeout(300_000);
  const email = uniqueEmail("controle");
  const lid = await browser.newPage();
  await loginAsResident(lid, email);
  await loginAsStaff(page, BEHEERDER);
  const naam = `Leesplek ${uniekWoord()}`;
  const id = await maakPlek(page, naam, EIGEN_ORG);
  await maakLid(page, email, EIGEN_ORG);
  await zetControle(page, true);
  await expect(page.getByLabel("Eerst controle door een medewerker")).toBeChecked();
  await expectAccessible(page);
  try {
    // the member's change waits: their page says so, the form still shows what is on the kaart
    await stuurWijziging(lid, id, "Naam van de plek", `${naam} vernieuwd`);
    await expect(lid.getByRole("heading", { name: "Wacht op controle" })).toBeVisible();
    await expect(lid.getByText(`Naam van de plek: ${naam} vernieuwd`)).toBeVisible();
    await expect(lid.getByLabel("Naam van de plek")).toHaveValue(naam);
    await expectAccessible(lid);

    // staff see it waiting, with the diff, and approve it
    const voor = mails().length;
    await page.goto("/beheer/kaart");
    await page.getByRole("link", { name: /Recente wijzigingen \(\d+ wachte?n? op controle\)/ }).click();
    const wacht = page.getByRole("region", { name: /Wacht op controle/ });
    const rij = wacht.getByRole("listitem").filter({ has: page.getByRole("link", { name: naam, exact: true }) });
    await expect(rij).toContainText(`${naam} → ${naam} vernieuwd`);
    await expect(rij).toContainText(EIGEN_ORG);
    await expectAccessible(page);
    await rij.getByRole("button", { name: `Goedkeuren: ${naam}` }).click();
    await expect(page.getByText("De wijziging is goedgekeurd en staat nu op de kaart.")).toBeVisible();
    const mail = await waitForMail(email, { subject: /staat op de kaart/, after: voor });
    await lid.goto(new URL(linkIn(mail, "/kaart/plek/")).pathname);
    await expect(lid.getByRole("heading", { level: 1, name: `${naam} vernieuwd` })).toBeVisible();

    // a second change, rejected by a staff member without JavaScript
    await stuurWijziging(lid, id, "Telefoon", "0416 555 123");
    const zonderJs = await browser.newPage({ javaScriptEnabled: false });
    await loginAsStaff(zonderJs, BEHEERDER);
    await zonderJs.goto("/beheer/kaart/wijzigingen");
    const item = zonderJs.getByRole("region", { name: /Wacht op controle/ }).getByRole("listitem").filter({ has: zonderJs.getByRole("link", { name: `${naam} vernieuwd`, exact: true }) });
    await expect(item).toContainText("0416 555 123");
    await item.getByRole("button", { name: "Afwijzen" }).click();
    await expect(zonderJs.locator(".error-summary")).toContainText("Schrijf kort waarom");
    const reden = zonderJs.getByLabel(`Reden om de wijziging van ${naam} vernieuwd niet over te nemen`);
    await reden.fill("Dit nummer hoort bij de gemeente, niet bij de bibliotheek.");
    await reden.locator("xpath=ancestor::form").getByRole("button", { name: "Afwijzen" }).click();
    await expect(zonderJs.getByText("De wijziging is afgewezen.")).toBeVisible();
    const afwijzing = await waitForMail(email, { subject: /niet overgenomen/ });
    expect(afwijzing.text).toContain("Dit nummer hoort bij de gemeente, niet bij de bibliotheek.");
    await zonderJs.close();
    await lid.goto(`/mijn/organisatie/plek/${id}`);
    await expect(lid.getByLabel("Telefoon")).toHaveValue("");
    await expect(lid.getByRole("heading", { name: "Wacht op controle" })).toHaveCount(0);
  } finally {
    await zetControle(page, false);
    await lid.close();
  }
});
