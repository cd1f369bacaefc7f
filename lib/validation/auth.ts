import { z } from "zod";
import { zTekst } from "./velden.ts";

export const emailField = zTekst({ error: "Vul uw e-mailadres in." })
  .trim()
  .min(1, "Vul uw e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .email("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");

export const passwordLoginSchema = z.object({
  email: emailField,
  wachtwoord: zTekst({ error: "Vul uw wachtwoord in." }).min(1, "Vul uw wachtwoord in.").max(200, "Dit wachtwoord is te lang."),
  terug: zTekst().max(2000).optional(),
});

export const magicLinkSchema = z.object({
  email: emailField,
  terug: zTekst().max(2000).optional(),
});

export const consumeLinkSchema = z.object({
  email: zTekst().min(1).max(254),
  token: zTekst().min(10).max(200),
  terug: zTekst().max(2000).optional(),
});

/** Second sign-in step: 6 digits from the app, or a recovery code (spaces and dashes are ignored). */
export const tweedeStapSchema = z.object({
  code: z
    .string({ error: "Vul de code in." })
    .trim()
    .min(1, "Vul de code in.")
    .max(40, "Deze code is te lang. Vul de 6 cijfers uit de app in, of een herstelcode."),
});

/** A beheerder resets a colleague's second step; their own current code is asked too. */
export const tweedeStapTerugzettenSchema = z.object({
  email: emailField,
  code: tweedeStapSchema.shape.code,
});
