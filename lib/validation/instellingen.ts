/** Schema for /beheer/instellingen (client and server). */
import { z } from "zod";
import { zTekst } from "./velden.ts";

/** A CBS gemeentecode: GM and four digits (GM0828 is Oss). Lower case and spaces are accepted. */
export const GEMEENTECODE = /^GM\d{4}$/;

function optioneleTekst(max: number, label: string) {
  return zTekst()
    .trim()
    .max(max, `${label} mag hoogstens ${max} tekens hebben.`)
    .optional()
    .default("")
    .transform((v) => v || null);
}

function geheelGetal(label: string, min: number, max: number) {
  return z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, `Vul ${label} in.`)
    .regex(/^\d+$/, `Vul bij ${label} alleen cijfers in, zonder punt of komma.`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${label.charAt(0).toUpperCase() + label.slice(1)} moet tussen ${min} en ${max} liggen.`);
}

export const instellingenSchema = z
  .object({
    gemeenteNaam: zTekst({ error: "Vul de naam van de gemeente in." })
      .trim()
      .min(2, "Vul de naam van de gemeente in.")
      .max(80, "De naam mag hoogstens 80 tekens hebben."),
    gemeenteCode: zTekst({ error: "Vul de CBS-gemeentecode in." })
      .transform((v) => v.replace(/\s+/g, "").toUpperCase())
      .refine((v) => GEMEENTECODE.test(v), "Vul de CBS-gemeentecode in als GM en vier cijfers, bijvoorbeeld GM0828."),
    telefoon: optioneleTekst(30, "Het telefoonnummer").refine(
      (v) => v === null || /^[0-9+()\- ]{3,30}$/.test(v),
      "Vul een telefoonnummer in met cijfers, zoals 14 0412 of 0412 123 456.",
    ),
    email: optioneleTekst(254, "Het e-mailadres").refine(
      (v) => v === null || z.email().safeParse(v).success,
      "Vul een geldig e-mailadres in, zoals info@gemeente.nl.",
    ),
    adres: optioneleTekst(300, "Het adres"),
    privacyContact: optioneleTekst(500, "Het privacycontact"),
    welkomTekst: optioneleTekst(1000, "De welkomsttekst"),
    kleinBedrag: geheelGetal("het kleine bedrag", 1, 1_000_000),
    vierOgenBedrag: geheelGetal("het vier-ogenbedrag", 1, 10_000_000),
    reactietermijnWerkdagen: geheelGetal("de reactietermijn", 1, 100),
    hulpvraagGeldigDagen: geheelGetal("de looptijd van een hulpvraag", 1, 365),
    /** "controle": edits by members of an organisation wait for a staff check. */
    kaartControle: z
      .enum(["direct", "controle"], { error: "Kies of wijzigingen van organisaties direct zichtbaar zijn of eerst worden gecontroleerd." })
      .default("direct")
      .transform((v) => v === "controle"),
  })
  .superRefine((v, ctx) => {
    if (v.vierOgenBedrag < v.kleinBedrag) {
      ctx.addIssue({ code: "custom", path: ["vierOgenBedrag"], message: "Het vier-ogenbedrag moet minstens zo hoog zijn als het kleine bedrag." });
    }
  });

export type InstellingenInput = z.infer<typeof instellingenSchema>;
