/** Schemas and fixed choices for vacatures, vrijwilligers, hulpvragen (burenhulp) and meldingen. Shared by client and server. */
import { z } from "zod";
import { idVeld, keuzes, optioneelIdVeld, zTekst } from "./velden.ts";

/** Kinds of neighbourly help (burenhulp). */
export const HULP_SOORTEN = {
  boodschappen: "Boodschappen",
  vervoer: "Vervoer",
  klusje: "Klusje in huis",
  tuin: "Tuin",
  gezelschap: "Gezelschap en een praatje",
  computer: "Hulp met computer of telefoon",
  anders: "Iets anders",
} as const;
export type HulpSoort = keyof typeof HULP_SOORTEN;

/** Kinds of volunteer work (vacatures and a volunteer's interests). */
export const WERK_SOORTEN = {
  ontmoeting: "Ontmoeting en gastvrijheid",
  ouderen: "Ouderen en eenzaamheid",
  jeugd: "Kinderen en jongeren",
  taal: "Taal en leren",
  vervoer: "Vervoer en boodschappen",
  klussen: "Klussen en repareren",
  natuur: "Natuur en groen",
  sport: "Sport en bewegen",
  evenementen: "Evenementen",
  organisatie: "Bestuur en organisatie",
} as const;
export type WerkSoort = keyof typeof WERK_SOORTEN;

/** Time commitment of a vacature (for the filter). */
export const TIJDSBESTEDING = {
  "tot-2-uur": "Tot 2 uur per week",
  "2-tot-4-uur": "2 tot 4 uur per week",
  "meer-dan-4-uur": "Meer dan 4 uur per week",
  "af-en-toe": "Af en toe, wanneer het u uitkomt",
} as const;
export type Tijdsbesteding = keyof typeof TIJDSBESTEDING;

export function labelVan<T extends Record<string, string>>(map: T, key: string): string {
  return (map as Record<string, string>)[key] ?? key;
}

/** A choice map as options for a select or radio group. */
export function opties(m: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(m).map(([value, label]) => ({ value, label }));
}

const keysOf = <T extends Record<string, string>>(m: T) => Object.keys(m) as [keyof T & string, ...(keyof T & string)[]];

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.literal("")])
  .optional()
  .transform((v) => v === "on" || v === "true");

const text = (min: number, max: number, leeg: string, kort: string, lang: string) =>
  zTekst({ error: leeg })
    .trim()
    .min(1, leeg)
    .min(min, kort)
    .max(max, lang);

const optionalText = (max: number, lang: string) => zTekst().trim().max(max, lang).optional().default("");

export const naamField = text(2, 80, "Vul uw naam in.", "Uw naam is te kort.", "Uw naam is te lang (maximaal 80 tekens).");

export const telefoonField = zTekst()
  .trim()
  .max(20, "Dit telefoonnummer is te lang.")
  .regex(/^(\+?[0-9 ()-]{8,20})?$/, "Vul een geldig telefoonnummer in, zoals 06 12345678, of laat het veld leeg.")
  .optional()
  .default("");

const toestemming = zTekst({ error: "Geef toestemming om uw contactgegevens te delen." })
  .refine((v) => v === "on" || v === "true", "Geef toestemming om uw contactgegevens te delen.");

// ---------- Hulpvragen ----------

export const hulpvraagSchema = z.object({
  soort: z.enum(keysOf(HULP_SOORTEN), { error: "Kies bij wat voor hulp u zoekt." }),
  titel: text(5, 80, "Schrijf in een paar woorden wat u vraagt.", "De korte omschrijving is te kort (minimaal 5 tekens).", "De korte omschrijving is te lang (maximaal 80 tekens)."),
  beschrijving: text(20, 1000, "Vertel wat meer over uw vraag.", "Vertel iets meer (minimaal 20 tekens).", "Uw uitleg is te lang (maximaal 1000 tekens)."),
  wijkId: idVeld("Kies uw wijk of dorp."),
  naam: naamField,
  telefoon: telefoonField,
});
export type HulpvraagInput = z.infer<typeof hulpvraagSchema>;

export const hulpvraagWijzigSchema = hulpvraagSchema.omit({ naam: true, telefoon: true }).extend({ id: idVeld() });

export const hulpAanbodSchema = z.object({
  hulpvraagId: idVeld(),
  bericht: text(10, 500, "Schrijf een kort bericht aan de vrager.", "Uw bericht is te kort (minimaal 10 tekens).", "Uw bericht is te lang (maximaal 500 tekens)."),
  naam: naamField,
  telefoon: telefoonField,
  toestemming,
});

export const idSchema = z.object({ id: idVeld() });

// ---------- Vrijwilligers ----------

export const vrijwilligerSchema = z.object({
  naam: naamField,
  telefoon: telefoonField,
  wijkId: optioneelIdVeld("Kies een wijk uit de lijst."),
  interesses: keuzes(keysOf(WERK_SOORTEN), "Kies een onderwerp uit de lijst.").refine((a) => a.length > 0, "Kies minstens één onderwerp."),
  beschikbaarheid: optionalText(300, "Uw beschikbaarheid is te lang (maximaal 300 tekens)."),
  aanbod: optionalText(1000, "Wat u kunt bieden is te lang (maximaal 1000 tekens)."),
  vindbaar: checkbox,
});
export type VrijwilligerInput = z.infer<typeof vrijwilligerSchema>;

// ---------- Vacatures ----------

export const vacatureSchema = z.object({
  titel: text(5, 100, "Geef de vacature een titel.", "De titel is te kort (minimaal 5 tekens).", "De titel is te lang (maximaal 100 tekens)."),
  beschrijving: text(20, 3000, "Beschrijf het vrijwilligerswerk.", "Vertel iets meer (minimaal 20 tekens).", "De beschrijving is te lang (maximaal 3000 tekens)."),
  wijkId: idVeld("Kies de wijk of het dorp."),
  organisatieId: optioneelIdVeld("Kies een organisatie uit de lijst."),
  initiatiefId: optioneelIdVeld("Kies een initiatief uit de lijst."),
  soortWerk: z.enum(keysOf(WERK_SOORTEN), { error: "Kies het soort werk." }),
  tijdsbesteding: z.enum(keysOf(TIJDSBESTEDING), { error: "Kies hoeveel tijd het kost." }),
  eenmalig: z.enum(["eenmalig", "regelmatig"], { error: "Kies of het eenmalig of regelmatig is." }).transform((v) => v === "eenmalig"),
  wanneer: text(3, 200, "Vul in wanneer het werk is.", "Vul iets meer in bij 'wanneer' (minimaal 3 tekens).", "Dit is te lang (maximaal 200 tekens)."),
  voorWie: optionalText(200, "Dit is te lang (maximaal 200 tekens)."),
  vogNodig: checkbox,
  contactNaam: text(2, 80, "Vul de naam van de contactpersoon in.", "De naam is te kort.", "De naam is te lang (maximaal 80 tekens)."),
  contactEmail: zTekst({ error: "Vul het e-mailadres van de contactpersoon in." })
    .trim()
    .min(1, "Vul het e-mailadres van de contactpersoon in.")
    .max(254, "Dit e-mailadres is te lang.")
    .email("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."),
  status: z.enum(["GEPUBLICEERD", "CONCEPT", "GEARCHIVEERD", "TER_CONTROLE"]).optional().default("GEPUBLICEERD"),
});
export type VacatureInput = z.infer<typeof vacatureSchema>;

export const vacatureWijzigSchema = vacatureSchema.extend({ id: idVeld() });

export const vacatureReactieSchema = z.object({
  vacatureId: idVeld(),
  bericht: text(10, 1000, "Schrijf een kort bericht aan de organisatie.", "Uw bericht is te kort (minimaal 10 tekens).", "Uw bericht is te lang (maximaal 1000 tekens)."),
  naam: naamField,
  telefoon: telefoonField,
  toestemming,
});

/** Public filters for the vacature list (from the URL). Unknown values are ignored. */
export const vacatureFilterSchema = z.object({
  wijk: zTekst().max(120).optional().catch(undefined),
  soort: z.enum(keysOf(WERK_SOORTEN)).optional().catch(undefined),
  tijd: z.enum(keysOf(TIJDSBESTEDING)).optional().catch(undefined),
  vorm: z.enum(["eenmalig", "regelmatig"]).optional().catch(undefined),
});
export type VacatureFilter = z.infer<typeof vacatureFilterSchema>;

export const hulpvraagFilterSchema = z.object({
  wijk: zTekst().max(120).optional().catch(undefined),
  soort: z.enum(keysOf(HULP_SOORTEN)).optional().catch(undefined),
});
export type HulpvraagFilter = z.infer<typeof hulpvraagFilterSchema>;

// ---------- Meldingen ----------

export const MELDING_ENTITEITEN = ["Vacature", "Hulpvraag"] as const;
export type MeldingEntiteit = (typeof MELDING_ENTITEITEN)[number];

export const meldingSchema = z.object({
  entiteit: z.enum(MELDING_ENTITEITEN),
  entiteitId: idVeld(),
  reden: text(5, 500, "Vertel kort wat er niet klopt.", "Vertel iets meer (minimaal 5 tekens).", "Uw uitleg is te lang (maximaal 500 tekens)."),
});

export const meldingAfhandelSchema = z.object({
  id: idVeld(),
  actie: z.enum(["afgehandeld", "verbergen", "terugzetten"]),
});
