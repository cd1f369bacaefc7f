"use server";
import { actie } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { kaartBevestigSchema, kaartUploadSchema } from "@/lib/validation/kaart-import";
import { bereidKaartImportVoor, bevestigKaartImport } from "@/lib/data/kaart-import";
import { MAX_IMPORT_BYTES } from "@/lib/import/kaart-import";

/** Step 1: the file is read and checked; nothing changes yet. The dry-run page shows what would. */
export const uploadKaartAction = actie({
  schema: kaartUploadSchema,
  toegang: "plek:moderate:any",
  async uitvoeren({ data, formData, actor }) {
    const bestand = formData.get("bestand");
    if (!bestand || typeof bestand === "string" || bestand.size === 0) {
      throw AppError.veld("bestand", "Kies een CSV-bestand (het sjabloon) of een HSDS-bestand (.json).");
    }
    if (bestand.size > MAX_IMPORT_BYTES) throw AppError.veld("bestand", `Het bestand is groter dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Splits het in delen.`);
    return bereidKaartImportVoor(actor, { bestandsnaam: bestand.name || "bestand.csv", tekst: await bestand.text(), bron: data.bron, categorie: data.categorie });
  },
  naar: (r) => `/beheer/kaart-import/${r.id}`,
});

/** Step 3: all or nothing. */
export const bevestigKaartAction = actie({
  schema: kaartBevestigSchema,
  toegang: "plek:moderate:any",
  uitvoeren: ({ data, actor }) => bevestigKaartImport(actor, data.id),
  revalideer: ["/kaart", "/beheer/kaart-import"],
  naar: (_r, { data }) => `/beheer/kaart-import/${data.id}?klaar=1`,
});
