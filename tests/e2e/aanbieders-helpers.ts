/** Shared steps of the aanbieders specs (aanbieders.spec.ts, kaart-controle.spec.ts). */
import { expect, type Page } from "./fixtures";

export const BEHEERDER = "beheerder@heusden.example";
export const EIGEN_ORG = "Dorpshuis Elshout";
export const ANDERE_ORG = "Repair Café Vesting";

export function uniekWoord() {
  return `bieb${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
}

/** The beheerder adds a plek of this organisation; returns its id. */
export async function maakPlek(page: Page, naam: string, organisatie: string): Promise<string> {
  await page.goto("/beheer/kaart/plek/nieuw");
  await page.getByLabel("Naam van de plek").fill(naam);
  await page.getByLabel("Wat kan men er doen?").fill("Boeken lenen, een kop koffie en hulp bij formulieren.");
  await page.getByLabel("Soort plek").selectOption({ index: 1 });
  await page.getByLabel("Organisatie").selectOption({ label: organisatie });
  await page.getByLabel("Wijk of dorp").selectOption({ label: "Elshout" });
  await page.getByLabel("Breedtegraad").fill("51,7010");
  await page.getByLabel("Lengtegraad").fill("5,1430");
  await page.getByRole("button", { name: "Plek opslaan" }).click();
  await expect(page).toHaveURL(/\/beheer\/kaart\/plek\/[^/?]+\?opgeslagen=1$/);
  return new URL(page.url()).pathname.split("/").at(-1)!;
}

export async function maakLid(page: Page, email: string, organisatie: string) {
  await page.goto("/beheer/organisaties");
  await page.getByRole("link", { name: organisatie }).click();
  await page.getByLabel("E-mailadres van het account").fill(email);
  await page.getByRole("button", { name: "Lid toevoegen" }).click();
  await expect(page.getByText("Het lid is toegevoegd.")).toBeVisible();
  await expect(page.getByText(email, { exact: true })).toBeVisible();
}
