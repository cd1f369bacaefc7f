/** Forms of /beheer/organisaties (members of an aanbieder). Shared by client and server. */
import { z } from "zod";

export const lidToevoegenSchema = z.object({
  organisatieId: z.string().min(1, { error: "Kies een organisatie." }),
  email: z
    .string({ error: "Vul een e-mailadres in." })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl." })),
});

export const lidVerwijderenSchema = z.object({
  organisatieId: z.string().min(1),
  userId: z.string().min(1),
});

export const ORGANISATIE_LABELS: Record<string, string> = { email: "E-mailadres van het account" };
