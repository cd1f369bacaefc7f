"use server";
import { actie } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { bevestigImportSchema, gebiedSchema, gebiedWijzigSchema, idSchema, leegSchema } from "@/lib/validation/gebieden";
import { archiveerGebied, bereidCbsImportVoor, bevestigCbsImport, deelPlaatsenIn, maakGebied, wijzigGebied } from "@/lib/data/gebieden";
import type { Indeling } from "@/lib/data/gebieden";

const OPENBAAR = ["/wijken", "/kaart", "/beheer/gebieden"] as const;

function indelingQuery(i: Indeling): string {
  const v = i.verplaatst;
  return `plekken=${v.plekken}&activiteiten=${v.activiteiten}&initiatieven=${v.initiatieven}&buiten=${i.buiten.length}`;
}

export const maakGebiedAction = actie({
  schema: gebiedSchema,
  toegang: "wijken:manage",
  uitvoeren: ({ data, actor }) => maakGebied(actor, data),
  revalideer: OPENBAAR,
  naar: (r) => `/beheer/gebieden/${r.id}?opgeslagen=nieuw`,
});

export const wijzigGebiedAction = actie({
  schema: gebiedWijzigSchema,
  toegang: "wijken:manage",
  uitvoeren: ({ data: { id, ...invoer }, actor }) => wijzigGebied(actor, id, invoer),
  revalideer: ["/wijken/[slug]/layout", ...OPENBAAR],
  naar: (r) => `/beheer/gebieden/${r.id}?opgeslagen=1`,
});

export const archiveerGebiedAction = actie({
  schema: idSchema,
  toegang: "wijken:manage",
  uitvoeren: ({ data, actor }) => archiveerGebied(actor, data.id, true),
  revalideer: OPENBAAR,
  naar: (r) => `/beheer/gebieden/${r.id}?opgeslagen=gearchiveerd`,
});

export const herstelGebiedAction = actie({
  schema: idSchema,
  toegang: "wijken:manage",
  uitvoeren: ({ data, actor }) => archiveerGebied(actor, data.id, false),
  revalideer: OPENBAAR,
  naar: (r) => `/beheer/gebieden/${r.id}?opgeslagen=hersteld`,
});

/** Upload step: the file is read and checked; nothing changes yet. The preview page shows what would. */
export const uploadCbsAction = actie({
  schema: leegSchema,
  toegang: "wijken:manage",
  async uitvoeren({ formData, actor }) {
    const bestand = formData.get("bestand");
    if (!bestand || typeof bestand === "string" || bestand.size === 0) {
      throw AppError.veld("bestand", "Kies een GeoJSON-bestand met wijken of buurten.");
    }
    return bereidCbsImportVoor(actor, { bestandsnaam: bestand.name || "bestand.geojson", tekst: await bestand.text() });
  },
  naar: (r) => `/beheer/gebieden/import/${r.id}`,
});

export const bevestigCbsImportAction = actie({
  schema: bevestigImportSchema,
  toegang: "wijken:manage",
  // The preview form always sends `keuze`; then an empty list means "create none of the new ones".
  uitvoeren: ({ data, values, actor }) => bevestigCbsImport(actor, data.id, values.keuze === "1" ? data.maak : undefined),
  revalideer: ["/wijken/[slug]/layout", ...OPENBAAR],
  naar: (r) => `/beheer/gebieden/indeling?import=1&nieuw=${r.nieuw}&bijgewerkt=${r.bijgewerkt}&${indelingQuery(r.indeling)}`,
});

export const deelPlaatsenInAction = actie({
  schema: leegSchema,
  toegang: "wijken:manage",
  uitvoeren: ({ actor }) => deelPlaatsenIn(actor),
  revalideer: ["/wijken/[slug]/layout", ...OPENBAAR],
  naar: (r) => `/beheer/gebieden/indeling?klaar=1&${indelingQuery(r)}`,
});
