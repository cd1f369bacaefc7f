/** Schemas for /beheer/kaart-import (upload and confirm). Shared by client and server. */
import { z } from "zod";
import { idVeld, zTekst } from "./velden.ts";

export const kaartUploadSchema = z.object({
  bron: zTekst().trim().max(60, "De naam van de bron mag hoogstens 60 tekens zijn.").optional().default(""),
  categorie: zTekst().trim().regex(/^[a-z0-9-]{0,100}$/, "Kies een categorie uit de lijst.").optional().default(""),
});

export const kaartBevestigSchema = z.object({ id: idVeld() });
