/** Schemas for /beheer/gebieden and /beheer/categorieen. Shared by client and server. */
import { z } from "zod";
import { idVeld, optioneelIdVeld, tekstLijst, zTekst } from "./velden.ts";
import { contrastMetWit, isHexKleur, MIN_CONTRAST } from "../kleur.ts";

const leegWordtNull = (v: string) => (v === "" ? null : v);

export const gebiedSchema = z.object({
  naam: zTekst({ error: "Vul de naam in." }).trim().min(2, "Vul de naam in (minstens 2 tekens).").max(100, "De naam mag hoogstens 100 tekens zijn."),
  soort: z.enum(["WIJK", "DORP", "KERN", "BUURT"], { error: "Kies wijk, dorp, kern of buurt." }),
  parentId: optioneelIdVeld("Kies een wijk of dorp uit de lijst.").transform(leegWordtNull),
  wijkraadNaam: zTekst().trim().max(120, "De naam van de wijkraad mag hoogstens 120 tekens zijn.").optional().default("").transform(leegWordtNull),
  wijkraadEmail: zTekst()
    .trim()
    .max(200, "Het e-mailadres is te lang.")
    .refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "Vul een geldig e-mailadres in, zoals wijkraad@voorbeeld.nl.")
    .optional()
    .default("")
    .transform(leegWordtNull),
  wijkraadWebsite: zTekst()
    .trim()
    .max(300, "Het webadres is te lang.")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+\.[^\s]+$/.test(v), "Vul een webadres in dat begint met https://.")
    .optional()
    .default("")
    .transform(leegWordtNull),
});
export type GebiedInvoer = z.infer<typeof gebiedSchema>;

export const gebiedWijzigSchema = gebiedSchema.extend({ id: idVeld() });
export const idSchema = z.object({ id: idVeld() });
export const leegSchema = z.object({});

/** Confirming a CBS import: which of the new gebieden to create (keys from the preview). */
export const bevestigImportSchema = z.object({ id: idVeld(), maak: tekstLijst(5000, 120) });

/** The fixed icons for categories: a letter in a circle on the map and in the legend. */
export const CATEGORIE_ICONEN = ["B", "D", "G", "i", "J", "K", "L", "M", "P", "S", "V", "Z", "A", "C", "E", "H", "O", "T", "W"] as const;

/** The Dutch message for a colour that is too light for white text (WCAG 4.5 : 1). */
export function contrastMelding(kleur: string): string | null {
  if (!isHexKleur(kleur)) return "Vul een kleur in als #rrggbb, bijvoorbeeld #1f5f8b.";
  const c = contrastMetWit(kleur);
  if (c >= MIN_CONTRAST) return null;
  const ratio = (Math.floor(c * 10) / 10).toFixed(1).replace(".", ",");
  return `Deze kleur is te licht. Witte tekst is er slecht op te lezen: het contrast is ${ratio} : 1 en moet minstens 4,5 : 1 zijn. Kies een donkerdere kleur.`;
}

export const categorieSchema = z.object({
  naam: zTekst({ error: "Vul de naam in." }).trim().min(2, "Vul de naam in (minstens 2 tekens).").max(80, "De naam mag hoogstens 80 tekens zijn."),
  soort: z.enum(["ONTMOETINGSPLEK", "VOORZIENING"], { error: "Kies ontmoetingsplek of voorziening." }),
  kleur: zTekst({ error: "Kies een kleur." })
    .trim()
    .superRefine((v, ctx) => {
      const m = contrastMelding(v);
      if (m) ctx.addIssue({ code: "custom", message: m });
    }),
  icoon: z.enum(CATEGORIE_ICONEN, { error: "Kies een icoon uit de lijst." }),
  volgorde: z.coerce.number({ error: "Vul een getal in." }).int("Vul een heel getal in.").min(0, "Vul 0 of meer in.").max(999, "Vul hoogstens 999 in."),
});
export type CategorieInvoer = z.infer<typeof categorieSchema>;
export const categorieWijzigSchema = categorieSchema.extend({ id: idVeld() });
