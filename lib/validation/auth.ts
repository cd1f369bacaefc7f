import { z } from "zod";

export const emailField = z
  .string({ error: "Vul uw e-mailadres in." })
  .trim()
  .min(1, "Vul uw e-mailadres in.")
  .max(254, "Dit e-mailadres is te lang.")
  .email("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");

export const passwordLoginSchema = z.object({
  email: emailField,
  wachtwoord: z.string({ error: "Vul uw wachtwoord in." }).min(1, "Vul uw wachtwoord in."),
  terug: z.string().optional(),
});

export const magicLinkSchema = z.object({
  email: emailField,
  terug: z.string().optional(),
});

export const consumeLinkSchema = z.object({
  email: z.string().min(1),
  token: z.string().min(10),
  terug: z.string().optional(),
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
