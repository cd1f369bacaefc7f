/** Schemas for the private conversation between a requester and a helper (burenhulp). Shared by client and server. */
import { z } from "zod";
import { leesDatum } from "./kaartbeheer.ts";
import { idVeld, zTekst } from "./velden.ts";

/** Longest message: enough for a few sentences, too short for a wall of text. */
export const BERICHT_MAX = 1000;

export const berichtSchema = z.object({
  aanbodId: idVeld(),
  tekst: zTekst({ error: "Schrijf een bericht." })
    .trim()
    .min(1, "Schrijf een bericht.")
    .max(BERICHT_MAX, `Uw bericht is te lang (maximaal ${BERICHT_MAX} tekens).`),
});
export type BerichtInput = z.infer<typeof berichtSchema>;

export const deelTelefoonSchema = z.object({
  aanbodId: idVeld(),
  telefoon: zTekst({ error: "Vul uw telefoonnummer in." })
    .trim()
    .min(1, "Vul uw telefoonnummer in.")
    .max(20, "Dit telefoonnummer is te lang.")
    .regex(/^\+?[0-9 ()-]{8,20}$/, "Vul een geldig telefoonnummer in, zoals 06 12345678."),
});

export const gesprekMeldSchema = z.object({
  aanbodId: idVeld(),
  reden: zTekst({ error: "Vertel kort wat er niet in orde is." })
    .trim()
    .min(5, "Vertel iets meer (minimaal 5 tekens).")
    .max(500, "Uw uitleg is te lang (maximaal 500 tekens)."),
});

export const aanbodIdSchema = z.object({ aanbodId: idVeld() });

export const geluktSchema = z.object({
  id: idVeld(),
  antwoord: z.enum(["ja", "nee"], { error: "Kies ja of nee." }),
});

/** The day of the agreed help, written as 15-12-2026 (or 2026-12-15 from a date picker). Range checked in the data layer. */
export const afspraakSchema = z.object({
  aanbodId: idVeld(),
  datum: zTekst({ error: "Vul de dag van de afspraak in, zoals 15-12-2026." })
    .trim()
    .min(1, "Vul de dag van de afspraak in, zoals 15-12-2026.")
    .transform((v, ctx) => {
      const d = leesDatum(v);
      if (!d) {
        ctx.addIssue({ code: "custom", message: "Vul een bestaande datum in, zoals 15-12-2026." });
        return z.NEVER;
      }
      return d;
    }),
});
