/**
 * A filled import template for the kaart import tests (integration and e2e): 50 rows, 45 plekken and 5
 * activiteiten, spread over the demo wijken and categorieën (prisma/demo-data.ts). With `fout` one row
 * gets a postcode that is no postcode. Columns follow the header row of the downloaded template.
 */
import { CATEGORIEEN, WIJKEN } from "../../prisma/demo-data.ts";

// Not the speeltuin category: the e2e server is shared, and tests/e2e/kaart.spec.ts counts the
// speeltuinen of Venne-Oost (an imported one there made it 2 when the import spec ran first).
const CATS = CATEGORIEEN.filter((c) => c.slug !== "speeltuin");

export const FOUTE_POSTCODE = "abc";

export function kaartCsv(koppen: string[], opties: { fout?: boolean; prefix?: string } = {}): { tekst: string; fouteRij: number } {
  const pre = opties.prefix ?? "t";
  const fouteIndex = 11; // data row 11 = line 12 of the file (line 1 is the header)
  const rijen: Record<string, string>[] = [];
  for (let i = 0; i < 50; i++) {
    const wijk = WIJKEN[i % WIJKEN.length];
    if (i < 45) {
      const cat = CATS[i % CATS.length];
      rijen.push({
        soort: "plek", "extern id": `${pre}-plek-${i + 1}`, naam: `${cat.naam} ${wijk.naam} ${pre} ${i + 1}`, categorie: cat.slug, omschrijving: `Testplek ${i + 1} uit de import.`,
        adres: `Kerkstraat ${i + 1}`, postcode: opties.fout && i === fouteIndex ? FOUTE_POSTCODE : `52${51 + (i % 3)} AB`, plaats: wijk.kern,
        lat: String(wijk.lat + 0.001).replace(".", ","), lng: String(wijk.lng + 0.001).replace(".", ","), wijk: wijk.naam, doelgroepen: i % 2 ? "ouderen, mantelzorgers" : "",
        telefoon: "0416 123456", "e-mail": `info${i + 1}@voorbeeld.example`, website: "https://voorbeeld.example", organisatie: i % 5 === 0 ? `Stichting Import ${pre}` : "",
        openingstijden: i % 3 === 0 ? "maandag 09:00-17:00, dinsdag 13:30-21:30" : "", rolstoeltoegankelijk: i % 2 ? "ja" : "nee",
      });
    } else {
      rijen.push({
        soort: "activiteit", "extern id": `${pre}-act-${i + 1}`, naam: `Koffieochtend ${pre} ${i + 1}`, omschrijving: "Samen koffie drinken.", wijk: "",
        plek: `${pre}-plek-${i - 44}`, start: "2027-03-12 10:00", eind: "2027-03-12 12:00", herhaling: "", kosten: "Gratis", aanmelden: "Niet nodig",
      });
    }
  }
  const cel = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const tekst = [koppen.join(";"), ...rijen.map((r) => koppen.map((k) => cel(r[k] ?? "")).join(";"))].join("\r\n") + "\r\n";
  return { tekst, fouteRij: fouteIndex + 2 };
}
