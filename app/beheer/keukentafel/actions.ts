"use server";
import { actie } from "@/lib/actions";
import { postLimieten } from "@/lib/limits";
import { neemHulpvraagOver, neemInitiatiefOver, plaatsHulpvraagNamens, startInitiatiefNamens } from "@/lib/data/keukentafel";
import { initiatiefNamensSchema, namensSchema, overnameSchema } from "@/lib/validation/keukentafel";
import { bewaarConceptSleutel } from "@/app/initiatief/cookie";

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

/**
 * A staff member starts an initiative for a resident (consent first, checked in the data layer), then
 * fills in the usual form: the draft's key goes in the form's cookie, as when a resident starts one.
 */
export const startInitiatiefNamensAction = actie({
  schema: initiatiefNamensSchema,
  toegang: ["hulpvraag:namens:own", "hulpvraag:namens:any"],
  limiet: ({ actor, ip }) => postLimieten("hulpvraag-namens", actor?.id ?? null, ip),
  async uitvoeren({ data, actor }) {
    const { sleutel } = await startInitiatiefNamens(actor, data);
    await bewaarConceptSleutel(sleutel);
  },
  revalideer: ["/beheer/keukentafel"],
  naar: () => "/initiatief/nieuw/idee",
});

/** The resident takes over the initiative filled in for them, with the key from the mail. */
export const neemInitiatiefOverAction = actie({
  schema: overnameSchema,
  toegang: "ingelogd",
  limiet: ({ actor, ip }) => postLimieten("hulpvraag-overnemen", actor?.id ?? null, ip),
  uitvoeren: ({ data, actor }) => neemInitiatiefOver(actor, data.token),
  revalideer: ["/mijn/initiatieven"],
  naar: (r) => `/mijn/initiatieven/${r.initiatiefId}?overgenomen=1`,
});
