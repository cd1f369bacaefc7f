/** Zod schemas for the wijk pages, the sociale agenda, signals, stories and figures (shared by client and server). */
import { z } from "zod";
import { idVeld, tekstLijst, zTekst } from "./velden.ts";
import { ACTIE_STATUSSEN } from "../agenda.ts";

const tekst = (naam: string, max: number) =>
  zTekst({ error: `Vul ${naam} in.` }).trim().min(1, `Vul ${naam} in.`).max(max, `Gebruik maximaal ${max} tekens.`);
const optioneel = (max: number) => zTekst().trim().max(max, `Gebruik maximaal ${max} tekens.`).optional().default("");
const wijkSlug = zTekst({ error: "Kies een wijk." }).trim().min(1, "Kies een wijk.").max(120, "Kies een wijk.");
const optioneleEmail = zTekst()
  .trim()
  .max(254, "Dit e-mailadres is te lang.")
  .optional()
  .transform((v) => (v ? v : undefined))
  .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl. Of laat het leeg.").optional());
const vinkje = zTekst()
  .optional()
  .transform((v) => v === "on" || v === "true");

// ---------- Inwoners ----------

export const SIGNAAL_SOORTEN = [
  { value: "IDEE", label: "Een idee" },
  { value: "ZORG", label: "Een zorg" },
  { value: "WENS", label: "Een wens" },
] as const;

export const signaalSchema = z.object({
  wijk: wijkSlug,
  soort: z.enum(["IDEE", "ZORG", "WENS"], { error: "Kies of het een idee, een zorg of een wens is." }),
  tekst: zTekst({ error: "Schrijf uw idee, zorg of wens op." }).trim().min(10, "Schrijf uw idee, zorg of wens op, in minstens 10 tekens.").max(2000, "Gebruik maximaal 2000 tekens."),
  email: optioneleEmail,
  /** Honeypot: people leave it empty, spam robots fill it in. */
  website: zTekst().max(500).optional(),
});

export const verhaalSchema = z.object({
  wijk: wijkSlug,
  titel: tekst("een titel", 120),
  tekst: zTekst({ error: "Schrijf uw verhaal." }).trim().min(30, "Schrijf uw verhaal in minstens 30 tekens.").max(3000, "Gebruik maximaal 3000 tekens."),
  auteurNaam: tekst("de naam die we bij uw verhaal mogen zetten", 80),
  over: zTekst()
    .trim()
    .optional()
    .default("")
    .refine((v) => v === "" || /^(plek|initiatief):[A-Za-z0-9_-]{1,64}$/.test(v), "Kies een plek of initiatief uit de lijst."),
  email: optioneleEmail,
  toestemming: zTekst({ error: "Geef toestemming om uw verhaal te publiceren." })
    .refine((v) => v === "on", "Geef toestemming om uw verhaal te publiceren."),
  website: zTekst().max(500).optional(),
});

// ---------- Sociale agenda (beheer) ----------

export const themaSchema = z.object({
  wijk: wijkSlug,
  themaId: idVeld().optional(),
  titel: tekst("de naam van het thema", 120),
  beschrijving: tekst("een beschrijving van het vraagstuk", 2000),
  perspectiefInwoners: optioneel(2000),
  perspectiefProfessionals: optioneel(2000),
  cijfers: tekstLijst(50, 120, "Kies hoogstens 50 cijfers."),
});

export const actieSchema = z.object({
  wijk: wijkSlug,
  themaId: idVeld("Kies een thema."),
  actieId: idVeld().optional(),
  wat: tekst("wat er gebeurt", 300),
  wie: tekst("wie het doet", 200),
  status: z.enum(ACTIE_STATUSSEN, { error: "Kies een status: idee, loopt of klaar." }),
  wanneer: optioneel(100),
});

export const verwijderSchema = z.object({
  wijk: wijkSlug,
  themaId: idVeld(),
  actieId: idVeld().optional(),
});

export const publiceerSchema = z.object({
  wijk: wijkSlug,
  toelichting: tekst("een korte toelichting: wat is er veranderd?", 1000),
});

// ---------- Signalen, verhalen, cijfers (beheer) ----------

export const signaalBehandelSchema = z
  .object({
    wijk: wijkSlug,
    signaalId: idVeld(),
    koppeling: zTekst().max(100).optional().default(""),
    reactie: optioneel(2000),
    afronden: vinkje,
  })
  .superRefine((v, ctx) => {
    if (v.afronden && !v.reactie) ctx.addIssue({ code: "custom", path: ["reactie"], message: "Schrijf wat er met het signaal is gedaan als u het afhandelt." });
    if (!v.afronden && !v.koppeling) ctx.addIssue({ code: "custom", path: ["koppeling"], message: "Kies een thema of actie, of handel het signaal af." });
  });

export const verhaalModeratieSchema = z.object({
  wijk: wijkSlug,
  verhaalId: idVeld(),
  besluit: z.enum(["GEPUBLICEERD", "AFGEWEZEN"], { error: "Kies publiceren of afwijzen." }),
});

export const cijferSchema = z.object({
  wijk: wijkSlug,
  indicator: tekst("de naam van het cijfer", 120),
  jaar: z.coerce.number({ error: "Vul een jaartal in, zoals 2024." }).int("Vul een jaartal in, zoals 2024.").min(1990, "Vul een jaartal vanaf 1990 in.").max(2100, "Vul een geldig jaartal in."),
  waarde: zTekst({ error: "Vul een waarde in." })
    .trim()
    .min(1, "Vul een waarde in.")
    .transform((v) => Number(v.replace(",", ".")))
    .pipe(z.number({ error: "Vul een getal in, zoals 7,4." }).refine(Number.isFinite, "Vul een getal in, zoals 7,4.")),
  eenheid: optioneel(20),
  bron: tekst("de bron", 200),
  demo: vinkje,
});

export const cijferImportSchema = z.object({
  wijk: wijkSlug,
  csv: zTekst({ error: "Plak de inhoud van het CSV-bestand." }).trim().min(1, "Plak de inhoud van het CSV-bestand.").max(500_000, "Dit bestand is te groot."),
});
