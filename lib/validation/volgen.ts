/** Zod schemas for Volg je wijk (shared by client and server). */
import { z } from "zod";
import { zTekst } from "./velden.ts";

export const FREQUENTIES = [
  { value: "WEEK", label: "Eén keer per week", hint: "Alleen als er iets nieuws is." },
  { value: "DAG", label: "Eén keer per dag", hint: "Alleen als er iets nieuws is." },
] as const;

const frequentie = z.enum(["WEEK", "DAG"], { error: "Kies hoe vaak u een e-mail wilt krijgen." });
const token = zTekst().trim().min(1, "Deze link klopt niet.").max(100, "Deze link klopt niet.");

/** Empty is allowed: a signed-in resident follows with the account's address. */
const email = zTekst()
  .trim()
  .max(254, "Dit e-mailadres is te lang.")
  .optional()
  .transform((v) => (v ? v.toLowerCase() : undefined))
  .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.").optional());
/** Honeypot: people leave it empty, spam robots fill it in. */
const website = zTekst().max(500).optional();

export const volgSchema = z.object({
  wijk: zTekst({ error: "Kies een wijk." }).trim().min(1, "Kies een wijk.").max(120, "Kies een wijk."),
  email,
  frequentie: frequentie.optional().default("WEEK"),
  website,
});

/** Volg dit initiatief: on the public page of an initiative. */
export const volgInitiatiefSchema = z.object({
  referentie: zTekst({ error: "Dit initiatief hebben we niet gevonden." }).trim().min(1, "Dit initiatief hebben we niet gevonden.").max(40, "Dit initiatief hebben we niet gevonden."),
  email,
  website,
});

export const volgTokenSchema = z.object({ token });
export const frequentieSchema = z.object({ token, frequentie });
