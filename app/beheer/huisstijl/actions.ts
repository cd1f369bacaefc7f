"use server";
import { actie } from "@/lib/actions";
import { huisstijlSchema } from "@/lib/validation/huisstijl";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { LOGO_MAX_BYTES } from "@/lib/huisstijl-logo";
import { bewaarHuisstijl, bewaarLogo, verwijderLogo } from "@/lib/data/huisstijl";

/** Beheerder: theme, colours and logo of the portal (the contrast check is in the data function). */
export const bewaarHuisstijlAction = actie({
  schema: huisstijlSchema,
  toegang: "huisstijl:manage",
  uitvoeren: ({ data, actor }) => bewaarHuisstijl(actor, data),
  revalideer: ["/layout"],
  naar: () => "/beheer/huisstijl?opgeslagen=1",
});

/** Beheerder: upload a logo (PNG, JPEG or SVG without script, at most 200 kB; works without JavaScript). */
export const uploadLogoAction = actie({
  schema: z.object({}),
  toegang: "huisstijl:manage",
  async uitvoeren({ formData, actor }) {
    const bestand = formData.get("logo");
    if (!bestand || typeof bestand === "string" || bestand.size === 0) throw AppError.veld("logo", "Kies een bestand met het logo.");
    // Refuse a very large file before reading it all (the data function checks the exact limit).
    if (bestand.size > LOGO_MAX_BYTES) throw AppError.veld("logo", `Het logo is te groot (${Math.ceil(bestand.size / 1024)} kB). Het mag hoogstens ${LOGO_MAX_BYTES / 1024} kB zijn.`);
    return bewaarLogo(actor, new Uint8Array(await bestand.arrayBuffer()));
  },
  revalideer: ["/layout"],
  naar: () => "/beheer/huisstijl?logo=1",
});

/** Beheerder: remove the uploaded logo. */
export const verwijderLogoAction = actie({
  schema: z.object({}),
  toegang: "huisstijl:manage",
  uitvoeren: ({ actor }) => verwijderLogo(actor),
  revalideer: ["/layout"],
  naar: () => "/beheer/huisstijl?logo=verwijderd",
});
