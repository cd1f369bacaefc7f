/** The huisstijl form on /beheer/huisstijl (the contrast check itself is in lib/data/huisstijl.ts). */
import { z } from "zod";
import { THEMA_NAMEN, type Thema } from "../huisstijl.ts";
import { zTekst } from "./velden.ts";

const kleur = (wat: string) =>
  zTekst()
    .trim()
    .max(7, `Vul de ${wat} in als kleurcode met # en zes tekens, zoals #154273.`)
    .regex(/^(#[0-9a-fA-F]{6})?$/, `Vul de ${wat} in als kleurcode met # en zes tekens, zoals #154273.`)
    .transform((v) => (v ? v.toLowerCase() : null));

export const huisstijlSchema = z.object({
  thema: z.enum(THEMA_NAMEN as [Thema, ...Thema[]], { error: "Kies een voorbeeldthema." }),
  hoofdkleur: kleur("hoofdkleur"),
  accentkleur: kleur("kleur voor links"),
  logoUrl: zTekst()
    .trim()
    .max(300, "Het adres van het logo is te lang (hoogstens 300 tekens).")
    .regex(/^(\/[A-Za-z0-9._~\/-]*\.(svg|png|jpg|jpeg|webp))?$/i, "Het logo moet een bestand op deze website zijn, zoals /logo-gemeente.svg (png, jpg, svg of webp).")
    .refine((v) => !v.startsWith("//"), "Het logo moet een bestand op deze website zijn, zoals /logo-gemeente.svg.")
    .transform((v) => v || null),
});

export type HuisstijlInvoer = z.infer<typeof huisstijlSchema>;
