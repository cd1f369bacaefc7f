/** Issue 10, findings 8 and 14, as a user and an attacker see them over HTTP. */
import { expect, test } from "@playwright/test";
import { expectAccessible, loginAsResident, loginAsStaff } from "./helpers";

test("finding 14: a NUL byte or an out-of-range number in the address gives a 404 page, JSON routes a Dutch 400", async ({ request }) => {
  for (const pad of ["/kaart/plek/%00", "/wijken/venne-oost/agenda/versies/99999999999999999999", "/vrijwilligers/vacatures/a%00b", "/kaart/initiatief/%00", "/initiatieven/INI%00"]) {
    const res = await request.get(pad);
    expect(res.status(), pad).toBe(404);
    expect(await res.text(), pad).toContain("Deze pagina bestaat niet");
  }
  // the version page still works for a real version
  expect((await request.get("/wijken/venne-oost/agenda/versies")).status()).toBe(200);
  for (const pad of ["/api/kaart?q=speel%00tuin", "/api/vacatures?wijk=%00", "/api/hulpvragen?soort=x%00"]) {
    const res = await request.get(pad);
    expect(res.status(), pad).toBe(400);
    expect((await res.json()) as { fout: string }, pad).toEqual({ fout: expect.stringContaining("ongeldig teken") });
  }
});

test("finding 14: a form with a NUL byte shows a Dutch error instead of a server error", async ({ page }) => {
  await page.goto("/wijken/venne-oost");
  await page.getByLabel("Een idee", { exact: true }).check();
  // a NUL byte cannot be typed; an attacker puts it in the field's value
  await page.locator("#signaal-tekst").evaluate((el) => {
    (el as HTMLTextAreaElement).value = "Een bankje bij de speeltuin\u0000 zou fijn zijn.";
  });
  await page.getByRole("button", { name: "Versturen" }).click();
  const fout = page.getByRole("alert").filter({ hasText: "onzichtbaar teken" }).first();
  await expect(fout).toBeVisible();
  await expect(page.getByText("Deze tekst bevat een onzichtbaar teken dat niet is toegestaan").first()).toBeVisible();
});

test("finding 8: a resident places a vacature; it is not public until staff approve it", async ({ browser }) => {
  test.slow();
  const tag = Math.random().toString(36).slice(2, 7);
  const titel = `Moestuinhulp gezocht ${tag}`;
  const inwonerContext = await browser.newContext();
  const inwoner = await inwonerContext.newPage();
  await loginAsResident(inwoner, "inwoner@heusden.example", "/vrijwilligers/vacatures/nieuw");
  await inwoner.goto("/vrijwilligers/vacatures/nieuw");
  await inwoner.getByLabel("Titel").fill(titel);
  await inwoner.getByLabel("Wat gaat de vrijwilliger doen?").fill("U helpt op zaterdag met wieden en oogsten in de buurtmoestuin.");
  await inwoner.getByLabel("Voor welk initiatief?").selectOption({ label: "Buurtmoestuin Venne-Oost" });
  await inwoner.getByLabel("In welke wijk of welk dorp?").selectOption({ label: "Venne-Oost" });
  await inwoner.getByLabel("Soort werk").selectOption({ label: "Natuur en groen" });
  await inwoner.getByLabel("Hoeveel tijd kost het?").selectOption({ label: "Af en toe, wanneer het u uitkomt" });
  await inwoner.getByLabel("Regelmatig", { exact: true }).check();
  await inwoner.getByLabel("Wanneer?").fill("Zaterdagochtend");
  await inwoner.getByRole("button", { name: "Vacature plaatsen" }).click();
  await expect(inwoner.getByRole("status")).toContainText("Een medewerker van de gemeente controleert hem eerst");
  await expect(inwoner.getByRole("listitem").filter({ hasText: titel })).toContainText("Wacht op controle");
  await expectAccessible(inwoner);

  // not public: not in the list, not in the JSON
  await inwoner.goto("/vrijwilligers/vacatures");
  await expect(inwoner.getByRole("link", { name: titel })).toHaveCount(0);
  expect(await (await inwoner.request.get("/api/vacatures")).text()).not.toContain(titel);

  // staff see it in their moderation list and publish it
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await loginAsStaff(staff, "ambtenaar@heusden.example");
  await staff.goto("/beheer/vacatures");
  const controle = staff.getByRole("region", { name: /Vacatures die wachten op controle/ });
  await expect(controle.getByRole("link", { name: titel })).toBeVisible();
  await expectAccessible(staff);
  await controle.getByRole("button", { name: `Publiceren: ${titel}` }).click();
  await expect(staff.getByRole("status")).toContainText("De vacature staat nu online");

  await inwoner.goto("/vrijwilligers/vacatures");
  await expect(inwoner.getByRole("link", { name: titel })).toBeVisible();
  await staffContext.close();
  await inwonerContext.close();
});
