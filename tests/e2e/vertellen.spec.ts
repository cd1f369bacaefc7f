/**
 * Tellen en vertellen (issue 16): an initiatiefnemer posts updates with a photo (served without any
 * EXIF/GPS), visitors support the initiative by e-mail (counted once, after the link), and the story of
 * a finished initiative shows on its wijk page. The forms also work without JavaScript.
 * One initiative goes through the existing flows: submitted by a resident, approved by an ambtenaar.
 */
import sharp from "sharp";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible, linkIn, loginAsStaff, mails, uniqueEmail, waitForMail } from "./helpers";
import { maakOpenbaarInitiatief, openEigenInitiatief } from "./vertellen-steps";

const EIGENAAR = uniqueEmail("vertellen");
const TITEL = `Plantenbakken Vesting ${Date.now().toString(36)}`;
const VERHAAL = `Twaalf plantenbakken staan nu in de straat ${Date.now().toString(36)}. Buren geven ze om de beurt water.`;
let ref = "";

/** A JPEG of 2400 x 1200 with EXIF: camera make and a GPS position (as a phone writes it). */
async function jpegMetGps(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1200, channels: 3, background: "#2f7d4f" } })
    .jpeg()
    .withExif({ IFD0: { Make: "GeheimeCamera", Copyright: "Ineke" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 43/1 12/1", GPSLongitudeRef: "E", GPSLongitude: "5/1 8/1 24/1" } })
    .toBuffer();
}

function heeftGpsPointer(exif: Buffer | undefined): boolean {
  return !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
}

/** The steun block (the page also has "Volg dit initiatief", with an e-mail field of the same name). */
const steunBlok = (page: Page) => page.getByRole("region", { name: "Steun dit initiatief" });

async function steunAantal(page: Page): Promise<string> {
  return ((await page.getByTestId("steun-aantal").textContent()) ?? "").trim();
}

test.describe.serial("tellen en vertellen", () => {
  test("setup: a resident submits a public initiative and an ambtenaar approves it", async ({ page, browser }) => {
    test.slow();
    ref = await maakOpenbaarInitiatief(page, browser, { titel: TITEL, email: EIGENAAR, naam: "Ineke Groen" });

    const open = await page.goto(`/initiatieven/${ref}`);
    expect(open?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: TITEL })).toBeVisible();
  });

  test("the initiatiefnemer posts an update with a photo; the served photo has no EXIF or GPS", async ({ page, request }) => {
    test.slow();
    const foto = await jpegMetGps();
    expect(heeftGpsPointer((await sharp(foto).metadata()).exif)).toBe(true);

    await openEigenInitiatief(page, EIGENAAR, TITEL);
    await expect(page.getByRole("heading", { name: "Vertel wat uw initiatief oplevert" })).toBeVisible();
    await expectAccessible(page);

    // Empty form: the error summary names both fields.
    await page.getByRole("button", { name: "Update plaatsen" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toContainText("Geef uw update een korte titel.");
    await expect(summary).toContainText("Schrijf wat er is gebeurd.");

    await page.getByLabel("Titel").fill("De eerste bakken staan er");
    await page.getByLabel("Wat is er gebeurd?").fill("Op zaterdag zetten tien buren samen de eerste bakken neer.");
    await page.getByLabel(/^Foto/).setInputFiles({ name: "IMG_2041.jpg", mimeType: "image/jpeg", buffer: foto });
    await page.getByLabel("Wat staat er op de foto?").fill("Buren zetten een plantenbak neer");
    await page.getByRole("button", { name: "Update plaatsen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw update staat op de openbare pagina" })).toBeVisible();

    await page.goto(`/initiatieven/${ref}`);
    const update = page.getByRole("listitem").filter({ hasText: "De eerste bakken staan er" });
    await expect(update).toContainText("tien buren");
    const img = update.getByRole("img", { name: "Buren zetten een plantenbak neer" });
    await expect(img).toBeVisible();
    await expectAccessible(page);

    const src = await img.getAttribute("src");
    expect(src).toMatch(/^\/initiatieven\/fotos\/[0-9a-f]{32}\.jpg$/);
    const antwoord = await request.get(src!);
    expect(antwoord.status()).toBe(200);
    expect(antwoord.headers()["content-type"]).toBe("image/jpeg");
    expect(antwoord.headers()["x-content-type-options"]).toBe("nosniff");
    expect(antwoord.headers()["cache-control"]).toContain("max-age");
    const bytes = await antwoord.body();
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.width).toBe(1600);
    expect(bytes.includes(Buffer.from("GeheimeCamera"))).toBe(false);
  });

  test("a visitor supports with an e-mail address: counted after the link, and only once", async ({ page }) => {
    test.slow();
    const bezoeker = uniqueEmail("steun");
    await page.goto(`/initiatieven/${ref}`);
    const voor = await steunAantal(page);
    expect(voor).toMatch(/^0 mensen steunen/);
    await steunBlok(page).getByLabel("Uw e-mailadres").fill(bezoeker);
    let na = mails().length;
    await page.getByRole("button", { name: "Steun dit initiatief" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Kijk in uw mail" })).toBeVisible();
    // Not confirmed yet: not counted.
    expect(await steunAantal(page)).toBe(voor);
    await expectAccessible(page);

    const mail = await waitForMail(bezoeker, { subject: /Bevestig uw steun/, after: na });
    await page.goto(linkIn(mail, "/steun"));
    await expect(page.getByRole("heading", { level: 1, name: "Bevestig uw steun" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Ja, ik steun dit initiatief" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw steun telt mee" })).toBeVisible();
    await expect(page.getByTestId("steun-aantal")).toHaveText(/^1 persoon steunt/);

    // The same address again, in capitals: a mail that says "al", the count stays 1.
    na = mails().length;
    await steunBlok(page).getByLabel("Uw e-mailadres").fill(bezoeker.toUpperCase());
    await page.getByRole("button", { name: "Steun dit initiatief" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Kijk in uw mail" })).toBeVisible();
    const tweede = await waitForMail(bezoeker, { subject: /steunt .* al/, after: na });
    expect(tweede.text).not.toContain("token=");
    // The old link once more: still counted once.
    await page.goto(linkIn(mail, "/steun"));
    await page.getByRole("button", { name: "Ja, ik steun dit initiatief" }).click();
    await expect(page.getByRole("status").filter({ hasText: "U steunt dit initiatief al" })).toBeVisible();
    await expect(page.getByTestId("steun-aantal")).toHaveText(/^1 persoon steunt/);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the steun form: an error keeps the input, then a support counts after the link", async ({ page }) => {
      test.slow();
      await page.goto(`/initiatieven/${ref}`);
      await steunBlok(page).getByLabel("Uw e-mailadres").fill("geen-adres");
      await page.getByRole("button", { name: "Steun dit initiatief" }).click();
      await expect(page.locator(".error-summary")).toContainText("Vul een geldig e-mailadres in");
      await expect(steunBlok(page).getByLabel("Uw e-mailadres")).toHaveValue("geen-adres");

      const bezoeker = uniqueEmail("steun-nojs");
      const na = mails().length;
      await steunBlok(page).getByLabel("Uw e-mailadres").fill(bezoeker);
      await page.getByRole("button", { name: "Steun dit initiatief" }).click();
      await expect(page.getByText("Kijk in uw mail")).toBeVisible();
      const mail = await waitForMail(bezoeker, { subject: /Bevestig uw steun/, after: na });
      await page.goto(linkIn(mail, "/steun"));
      await page.getByRole("button", { name: "Ja, ik steun dit initiatief" }).click();
      await expect(page.getByText("Uw steun telt mee")).toBeVisible();
      await expect(page.getByTestId("steun-aantal")).toHaveText(/^2 mensen steunen/);
    });

    test("the update form: a disguised non-image is refused in Dutch with the input kept; a photo upload works", async ({ page }) => {
      test.slow();
      await openEigenInitiatief(page, EIGENAAR, TITEL);
      await page.getByLabel("Titel").fill("Zonder JavaScript");
      await page.getByLabel("Wat is er gebeurd?").fill("De bakken hebben nu bloemen.");
      await page.getByLabel(/^Foto/).setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("Dit is geen foto maar tekst.") });
      await page.getByRole("button", { name: "Update plaatsen" }).click();
      const summary = page.locator(".error-summary");
      await expect(summary).toContainText("Dit bestand is geen foto die we kunnen gebruiken");
      await expect(page.getByLabel("Titel")).toHaveValue("Zonder JavaScript");
      await expect(page.getByLabel("Wat is er gebeurd?")).toHaveValue("De bakken hebben nu bloemen.");

      await page.getByLabel(/^Foto/).setInputFiles({ name: "bloemen.jpg", mimeType: "image/jpeg", buffer: await jpegMetGps() });
      await page.getByRole("button", { name: "Update plaatsen" }).click();
      await expect(page.getByText("Uw update staat op de openbare pagina")).toBeVisible();
      await page.goto(`/initiatieven/${ref}`);
      await expect(page.getByRole("heading", { level: 3, name: "Zonder JavaScript" })).toBeVisible();
    });

    test("an ambtenaar takes an update off the website: without a reason the error summary, with one it is gone and the initiatiefnemer hears why", async ({ page }) => {
      test.slow();
      await loginAsStaff(page, "ambtenaar@heusden.example");
      await page.goto("/beheer/initiatieven?wijk=vesting-heusden&status=alle");
      await page.getByRole("link", { name: TITEL, exact: true }).click();
      const update = page.getByTestId("update").filter({ hasText: "Zonder JavaScript" });
      await expect(update).toContainText("De bakken hebben nu bloemen.");
      await update.getByText("Deze update weghalen").click();
      await update.getByRole("button", { name: "Update weghalen" }).click();
      await expect(page.locator(".error-summary")).toContainText("Schrijf waarom u deze update weghaalt.");
      const weg = page.getByTestId("update").filter({ hasText: "Zonder JavaScript" });
      const na = mails().length;
      await weg.getByLabel("Waarom haalt u deze update weg?").fill("Op de foto staan kinderen herkenbaar in beeld.");
      await weg.getByRole("button", { name: "Update weghalen" }).click();
      await expect(page.getByRole("status")).toContainText("De update is van de website gehaald");
      await expect(page.getByTestId("update").filter({ hasText: "Zonder JavaScript" })).toHaveCount(0);
      // axe needs JavaScript: the same page, with the remaining update and its form, in a JS-enabled context
      const metJs = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled: true });
      const scan = await metJs.newPage();
      await loginAsStaff(scan, "ambtenaar@heusden.example");
      await scan.goto(new URL(page.url()).pathname);
      await expect(scan.getByTestId("update").filter({ hasText: "De eerste bakken staan er" })).toBeVisible();
      await expectAccessible(scan);
      await metJs.close();
      const mail = await waitForMail(EIGENAAR, { subject: /van de website gehaald/, after: na });
      expect(mail.text).toContain("De reden: Op de foto staan kinderen herkenbaar in beeld.");
      await page.goto(`/initiatieven/${ref}`);
      await expect(page.getByRole("heading", { level: 3, name: "Zonder JavaScript" })).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 3, name: "De eerste bakken staan er" })).toBeVisible();
    });
  });

  test("after the end: the initiatiefnemer tells the story; it shows on the initiative and the wijk page", async ({ page }) => {
    test.slow();
    await openEigenInitiatief(page, EIGENAAR, TITEL);
    await page.getByLabel("Wat is er bereikt?").fill(VERHAAL);
    await page.getByLabel("Hoeveel mensen deden ongeveer mee?").fill("35");
    await page.getByLabel("De gemeente mag dit verhaal op de website laten zien").check();
    await page.getByRole("button", { name: "Verhaal versturen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Uw initiatief is afgerond" })).toBeVisible();

    await page.goto(`/initiatieven/${ref}`);
    await expect(page.getByRole("heading", { name: "Hoe ging het?" })).toBeVisible();
    await expect(page.getByText(VERHAAL)).toBeVisible();

    await page.goto("/wijken/vesting-heusden");
    const gebeurd = page.getByRole("region", { name: /Wat er gebeurde in de/ });
    await expect(gebeurd).toContainText(VERHAAL);
    await expect(gebeurd).toContainText("Er deden ongeveer 35 mensen mee.");
    await expect(gebeurd.getByRole("link", { name: TITEL })).toHaveAttribute("href", `/initiatieven/${ref}`);
    await expectAccessible(page);
  });
});
