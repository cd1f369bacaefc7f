/** Schemas for /beheer/gebruikers and accepting an invitation (client and server). */
import { z } from "zod";
import { idVeld, zTekst } from "./velden.ts";
import { emailField } from "./auth.ts";

export const MEDEWERKER_ROLLEN = ["OPBOUWWERKER", "AMBTENAAR", "BEHEERDER"] as const;
export const ALLE_ROLLEN = ["INWONER", ...MEDEWERKER_ROLLEN] as const;

export const uitnodigingSchema = z.object({
  email: emailField,
  naam: zTekst().trim().max(120, "De naam mag hoogstens 120 tekens hebben.").optional().default(""),
  rol: z.enum(MEDEWERKER_ROLLEN, { error: "Kies een rol." }),
});

export const rolSchema = z.object({
  id: idVeld(),
  rol: z.enum(ALLE_ROLLEN, { error: "Kies een rol." }),
});

export const gebruikerIdSchema = z.object({ id: idVeld() });

export const wijkKoppelingSchema = z.object({
  id: idVeld(),
  wijkId: idVeld("Kies een wijk of dorp."),
});

export const WACHTWOORD_MIN = 12;

/** The invitee (or the first beheerder) chooses a password. */
export const wachtwoordKiezenSchema = z
  .object({
    token: zTekst().min(10).max(200),
    naam: zTekst().trim().max(120, "Uw naam mag hoogstens 120 tekens hebben.").optional().default(""),
    wachtwoord: zTekst({ error: "Kies een wachtwoord." })
      .min(WACHTWOORD_MIN, `Kies een wachtwoord van minstens ${WACHTWOORD_MIN} tekens.`)
      .max(200, "Dit wachtwoord is te lang."),
    herhaal: zTekst({ error: "Typ het wachtwoord nog een keer." }).max(200),
  })
  .superRefine((v, ctx) => {
    if (v.wachtwoord !== v.herhaal) ctx.addIssue({ code: "custom", path: ["herhaal"], message: "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw." });
  });

export const uitnodigingOidcSchema = z.object({ token: zTekst().min(10).max(200) });
