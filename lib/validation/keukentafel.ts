/**
 * Aan de keukentafel: a staff member places a hulpvraag together with a resident (shared by the form and
 * the server action; no server imports).
 */
import { z } from "zod";
import { zTekst } from "./velden.ts";
import { hulpvraagSchema, telefoonField } from "./vrijwilligers.ts";

export const TOESTEMMING_WIJZEN = {
  MONDELING: "Mondeling, aan de keukentafel of aan de telefoon",
  SCHRIFTELIJK: "Op papier, met handtekening",
} as const;
export type ToestemmingWijze = keyof typeof TOESTEMMING_WIJZEN;

const wijzen = Object.keys(TOESTEMMING_WIJZEN) as [ToestemmingWijze, ...ToestemmingWijze[]];

export const namensSchema = hulpvraagSchema.omit({ naam: true, telefoon: true }).extend({
  inwonerNaam: zTekst({ error: "Vul de naam van de inwoner in." })
    .trim()
    .min(1, { error: "Vul de naam van de inwoner in.", abort: true })
    .min(2, "De naam van de inwoner is te kort.")
    .max(80, "De naam van de inwoner is te lang (maximaal 80 tekens)."),
  inwonerEmail: zTekst()
    .trim()
    .toLowerCase()
    .max(254, "Dit e-mailadres is te lang.")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl, of laat het veld leeg.")
    .optional()
    .default(""),
  inwonerTelefoon: telefoonField,
  toestemmingWijze: z.enum(wijzen, { error: "Kies hoe de inwoner toestemming gaf." }),
  toestemming: zTekst({ error: "Zonder toestemming van de inwoner kunt u deze hulpvraag niet plaatsen." }).refine(
    (v) => v === "on" || v === "true",
    "Zonder toestemming van de inwoner kunt u deze hulpvraag niet plaatsen.",
  ).transform(() => true as const),
});
export type NamensInput = z.infer<typeof namensSchema>;

/**
 * An initiative at the kitchen table, the first page: who the resident is and how they consented. The
 * initiative itself is then filled in with the usual form (/initiatief/nieuw), by the staff member.
 */
export const initiatiefNamensSchema = namensSchema.pick({ wijkId: true, inwonerNaam: true, inwonerEmail: true, inwonerTelefoon: true, toestemmingWijze: true }).extend({
  toestemming: zTekst({ error: "Zonder toestemming van de inwoner kunt u dit initiatief niet invullen." }).refine(
    (v) => v === "on" || v === "true",
    "Zonder toestemming van de inwoner kunt u dit initiatief niet invullen.",
  ).transform(() => true as const),
});
export type InitiatiefNamensInput = z.infer<typeof initiatiefNamensSchema>;

export const overnameSchema = z.object({ token: zTekst().trim().min(20).max(100) });
