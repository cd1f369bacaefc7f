import { expect, test } from "./fixtures";
import { expectAccessible } from "./helpers";

test("a wijk page shows the wijk's volunteer work and help requests, without the requester's details", async ({ page }) => {
  await page.goto("/wijken/vesting-heusden");
  const section = page.getByRole("region", { name: "Helpen en hulp vragen" });
  await section.getByRole("link", { name: "Reparateur fietsen en kleine apparaten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reparateur fietsen en kleine apparaten" })).toBeVisible();

  await page.goto("/wijken/venne-oost");
  const venne = page.getByRole("region", { name: "Helpen en hulp vragen" });
  await expect(venne.getByRole("link", { name: "Hulp bij videobellen met de kleinkinderen" })).toBeVisible();
  // Vacatures of another wijk are not listed here
  await expect(venne.getByRole("link", { name: "Reparateur fietsen en kleine apparaten" })).toHaveCount(0);
  const html = await page.content();
  expect(html).not.toContain("inwoner@heusden.example");
  expect(html).not.toContain("Ineke de Vries");
  await expectAccessible(page);
  await venne.getByRole("link", { name: "Alle hulpvragen in Venne-Oost" }).click();
  await expect(page).toHaveURL(/\/vrijwilligers\/hulpvragen\?wijk=venne-oost/);
  await expect(page.getByRole("link", { name: "Hulp bij videobellen met de kleinkinderen" })).toBeVisible();
});
