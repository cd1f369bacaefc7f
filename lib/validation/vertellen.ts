/**
 * Tellen en vertellen: an update of an initiative (title, text, optional photo) and "Steun dit
 * initiatief" (an e-mail address). Shared by client and server; Dutch messages (B1).
 */
import { z } from "zod";
import { idVeld, zTekst } from "./velden.ts";
import { emailField } from "./auth.ts";

export const updateSchema = z.object({
  initiatiefId: idVeld(),
  titel: zTekst({ error: "Geef uw update een korte titel." })
    .trim()
    .min(1, "Geef uw update een korte titel.")
    .max(120, "De titel mag hoogstens 120 tekens hebben."),
  tekst: zTekst({ error: "Schrijf wat er is gebeurd." })
    .trim()
    .min(1, "Schrijf wat er is gebeurd.")
    .max(3000, "De tekst mag hoogstens 3000 tekens hebben."),
  fotoBeschrijving: zTekst()
    .trim()
    .max(200, "De beschrijving van de foto mag hoogstens 200 tekens hebben.")
    .optional()
    .transform((v) => v ?? ""),
});
export type UpdateInput = z.infer<typeof updateSchema>;

export const updateVerwijderenSchema = z.object({
  initiatiefId: idVeld(),
  updateId: idVeld(),
});

export const steunSchema = z.object({
  referentie: zTekst().trim().min(1).max(40),
  email: emailField,
});

export const steunIngelogdSchema = z.object({
  referentie: zTekst().trim().min(1).max(40),
});

export const steunBevestigSchema = z.object({
  referentie: zTekst().trim().min(1).max(40),
  token: zTekst().trim().min(1, "Deze link is niet compleet.").max(200),
});
