"use server";
import { actie } from "@/lib/actions";
import { postLimieten } from "@/lib/limits";
import { neemHulpvraagOver, plaatsHulpvraagNamens } from "@/lib/data/keukentafel";
import { namensSchema, overnameSchema } from "@/lib/validation/keukentafel";

/** A staff member places a hulpvraag together with a resident (the data layer checks the wijk and the consent). */
export const plaatsNamensAction = actie({
  schema: namensSchema,
  toegang: ["hulpvraag:namens:own", "hulpvraag:namens:any"],
  limiet: ({ actor, ip }) => postLimieten("hulpvraag-namens", actor?.id ?? null, ip),
  uitvoeren: ({ data, actor }) => plaatsHulpvraagNamens(actor, data),
  revalideer: ["/vrijwilligers/hulpvragen", "/beheer/keukentafel"],
  naar: (r) => `/beheer/keukentafel/${r.id}?geplaatst=1`,
});

/** The resident takes over the hulpvraag placed for them, with the key from the mail. */
export const neemOverAction = actie({
  schema: overnameSchema,
  toegang: "ingelogd",
  limiet: ({ actor, ip }) => postLimieten("hulpvraag-overnemen", actor?.id ?? null, ip),
  uitvoeren: ({ data, actor }) => neemHulpvraagOver(actor, data.token),
  revalideer: ["/mijn/hulpvragen"],
  naar: (r) => `/mijn/hulpvragen/${r.hulpvraagId}?overgenomen=1`,
});
