/** Versheid (issue 14): the confirmation "bestaat niet meer" sends only the signed token from the e-mail link. */
import { z } from "zod";

export const nietMeerSchema = z.object({
  token: z.string({ error: "De link uit de e-mail ontbreekt." }).trim().min(1, "De link uit de e-mail ontbreekt.").max(300, "Deze link klopt niet."),
});
