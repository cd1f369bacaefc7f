/**
 * Issue 14, versheid of the sociale kaart: the reminder e-mail (real SMTP sink) answered with "klopt nog"
 * without logging in; a stale entry's label and its place in the results; "bestaat niet meer" without
 * JavaScript; /beheer/versheid accessible. The entries and the reminder run come from the test-only route
 * app/test/versheid (E2E_TEST_ROUTES), because the browser cannot reach the database or wait six months.
 */
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible, loginAsStaff, mails } from "./helpers";
import { datum } from "../../lib/format.ts";
import { maandenTerug } from "../../lib/versheid/periode.ts";

/** A unique word of letters only (full-text search treats digits and dashes as separate tokens). */
function uniekWoord() {
  return `vers${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
}

async function maakPlek(request: APIRequestContext, naam: string, maandenOud: number, beschrijving = "Een plek om elkaar te ontmoeten.") {
  const r = await request.post("/test/versheid", { data: { actie: "maak", naam, beschrijving, wijk: "elshout", maandenOud } });
  expect(r.ok()).toBe(true);
  return (await r.json()) as { id: string; slug: string };
}

/** Runs the reminder now and returns the link for `actie` of the item named `naam` from the mail. */
async function herinnerEnLees(request: APIRequestContext, naam: string, actie: "Klopt alles nog?" | "Bestaat het niet meer?") {
  const voor = mails().length;
  expect((await request.post("/test/versheid", { data: { actie: "herinner" } })).ok()).toBe(true);
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Another test may run the reminder at the same moment: its mail may list our item.
    const mail = mails()
      .slice(Math.max(0, voor - 5))
      .find((m) => m.text.includes(`. ${naam} (`));
    if (mail) {
      expect(mail.to).toContain("opbouwwerker.drunen@heusden.example");
      expect(mail.subject).toMatch(/Klopt de sociale kaart nog\?/);
      const blok = mail.text.split("\n\n").find((b) => b.includes(`. ${naam} (`))!;
      const regel = blok.split("\n").find((r) => r.includes(actie))!;
      return regel.match(/https?:\/\/\S+\/kaart\/controle\/\S+/)![0];
    }
    if (Date.now() > deadline) throw new Error(`Geen herinnering met ${naam}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test("a reminder e-mail is answered with 'klopt nog' without logging in, and the public date changes", async ({ page, request }) => {
  test.setTimeout(180_000);
  const naam = `Buurtkamer ${uniekWoord()}`;
  const p = await maakPlek(request, naam, 8);
  await page.goto(`/kaart/plek/${p.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  await expect(page.getByText(`Gecontroleerd op ${datum(maandenTerug(new Date(), 8))}`)).toBeVisible();
  await expect(page.getByText("Mogelijk verouderd")).toBeVisible();

  const link = await herinnerEnLees(request, naam, "Klopt alles nog?");
  // The link works as it is in the e-mail: the app's own address, no sign-in.
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  await expect(page.getByRole("heading", { level: 1, name: "Bedankt voor het controleren" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText(`Gecontroleerd op ${datum(new Date())}`);
  await expectAccessible(page);

  await page.getByRole("link", { name: `Bekijk ${naam} op de sociale kaart` }).click();
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
  await expect(page.getByText(`Gecontroleerd op ${datum(new Date())}`)).toBeVisible();
  await expect(page.getByText("Mogelijk verouderd")).toHaveCount(0);

  // The same link again changes nothing; a changed link gets a Dutch error page.
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  await expect(page.getByRole("status")).toContainText("U had dit al bevestigd.");
  await page.goto(link.replace(/^https?:\/\/[^/]+/, "").replace(/.$/, (c) => (c === "A" ? "B" : "A")));
  await expect(page.getByRole("heading", { level: 1, name: "Deze link werkt niet" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Deze link klopt niet" })).toBeVisible();
});

test("an entry past its period plus a month shows 'Mogelijk verouderd' and sinks in the results", async ({ page, request }) => {
  const woord = uniekWoord();
  const oud = await maakPlek(request, `Aardbeienhof ${woord}`, 8, `Samen tuinieren: ${woord}.`);
  await maakPlek(request, `Bessenhof ${woord}`, 0, `Samen tuinieren: ${woord}.`);
  await page.goto(`/kaart?q=${woord}`);
  const lijst = page.getByRole("list", { name: "Resultaten" });
  await expect(lijst.getByRole("heading", { level: 3 })).toHaveText([`Bessenhof ${woord}`, `Aardbeienhof ${woord}`]);
  await expect(lijst.locator(":scope > li").nth(1)).toContainText("Mogelijk verouderd");
  await expect(lijst.locator(":scope > li").nth(0)).not.toContainText("Mogelijk verouderd");
  await expectAccessible(page);
  await page.goto(`/kaart/plek/${oud.slug}`);
  await expect(page.getByText("Mogelijk verouderd")).toBeVisible();
  await expectAccessible(page);
});

test("/beheer/versheid shows the share per wijk and the stale list, accessibly", async ({ page, request }) => {
  const naam = `Wijkcentrum ${uniekWoord()}`;
  await maakPlek(request, naam, 9);
  await loginAsStaff(page, "opbouwwerker.drunen@heusden.example");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Versheid van de kaart" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versheid van de sociale kaart" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Elshout" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Vesting Heusden" })).toHaveCount(0); // not her wijk
  await expect(page.getByRole("row").filter({ hasText: naam })).toContainText("Mogelijk verouderd");
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("'bestaat niet meer' is confirmed on a page that works without JavaScript", async ({ page, request }) => {
    const naam = `Ruilkast ${uniekWoord()}`;
    const p = await maakPlek(request, naam, 7);
    const link = await herinnerEnLees(request, naam, "Bestaat het niet meer?");
    await page.goto(link.replace(/^https?:\/\/[^/]+/, ""));
    await expect(page.getByRole("heading", { level: 1, name: `Bestaat ${naam} niet meer?` })).toBeVisible();
    await page.getByRole("button", { name: `Ja, ${naam} bestaat niet meer` }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bedankt voor uw melding" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Een medewerker van de gemeente haalt het van de sociale kaart");
    // Nothing was deleted: the public page is still there, labelled for now.
    await page.goto(`/kaart/plek/${p.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();
    await expect(page.getByText("Mogelijk verouderd")).toBeVisible();
  });
});
