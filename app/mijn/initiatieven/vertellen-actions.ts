"use server";
import { actie } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { plaatsUpdate, verwijderUpdate } from "@/lib/data/initiatief/vertellen";
import { updateSchema, updateVerwijderenSchema } from "@/lib/validation/vertellen";

/** The initiatiefnemer posts an update with an optional photo (a multipart form; works without JavaScript). */
export const plaatsUpdateAction = actie({
  schema: updateSchema,
  toegang: "ingelogd",
  limiet: ({ actor }) => [{ sleutel: `update:${actor?.id ?? "-"}`, limiet: { max: 20, windowSeconds: 3600 } }],
  async uitvoeren({ data, actor, formData }) {
    const bestand = formData.get("foto");
    let bytes: Uint8Array | null = null;
    if (bestand && typeof bestand !== "string" && bestand.size > 0) {
      const max = env().UPLOAD_MAX_MB * 1024 * 1024;
      // Refuse a very large file before reading it all (the data layer checks again).
      if (bestand.size > max) throw AppError.veld("foto", `De foto is te groot (${(bestand.size / 1024 / 1024).toFixed(1).replace(".", ",")} MB). Hij mag hoogstens ${env().UPLOAD_MAX_MB} MB zijn.`);
      bytes = new Uint8Array(await bestand.arrayBuffer());
    }
    const { initiatiefId, ...invoer } = data;
    return plaatsUpdate(actor, initiatiefId, invoer, bytes);
  },
  revalideer: (r, { data }) => [`/mijn/initiatieven/${data.initiatiefId}`, `/initiatieven/${r.referentie}`],
  naar: (_r, { data }) => `/mijn/initiatieven/${data.initiatiefId}?gedaan=update#updates-kop`,
});

export const verwijderUpdateAction = actie({
  schema: updateVerwijderenSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => verwijderUpdate(actor, data.initiatiefId, data.updateId),
  revalideer: (r, { data }) => [`/mijn/initiatieven/${data.initiatiefId}`, ...(r.referentie ? [`/initiatieven/${r.referentie}`] : [])],
  naar: (_r, { data }) => `/mijn/initiatieven/${data.initiatiefId}?gedaan=update-weg#updates-kop`,
});
