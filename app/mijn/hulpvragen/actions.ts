"use server";
import { actie } from "@/lib/actions";
import { accepteerAanbod, beantwoordGelukt, wijsAanbodAf, sluitHulpvraag, wijzigHulpvraag } from "@/lib/data/hulpvragen";
import { geluktSchema } from "@/lib/validation/berichten";
import { hulpvraagWijzigSchema, idSchema } from "@/lib/validation/vrijwilligers";

export const wijzigHulpvraagAction = actie({
  schema: hulpvraagWijzigSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => wijzigHulpvraag(actor, data.id, data),
  revalideer: ["/vrijwilligers/hulpvragen"],
  naar: (_r, { data }) => `/mijn/hulpvragen/${data.id}?gewijzigd=1`,
});

export const sluitHulpvraagAction = actie({
  schema: idSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => sluitHulpvraag(actor, data.id),
  revalideer: ["/vrijwilligers/hulpvragen"],
  naar: (_r, { data }) => `/mijn/hulpvragen/${data.id}?gesloten=1`,
});

export const accepteerAanbodAction = actie({
  schema: idSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => accepteerAanbod(actor, data.id),
  revalideer: ["/vrijwilligers/hulpvragen"],
  naar: (r) => `/mijn/hulpvragen/${r.hulpvraagId}?geaccepteerd=1`,
});

export const wijsAanbodAfAction = actie({
  schema: idSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => wijsAanbodAf(actor, data.id),
  naar: (r) => `/mijn/hulpvragen/${r.hulpvraagId}`,
});

/** The answer to "Is het gelukt?" (the link in the e-mail of lib/burenhulp/gelukt.ts). */
export const beantwoordGeluktAction = actie({
  schema: geluktSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => beantwoordGelukt(actor, data.id, data.antwoord === "ja"),
  revalideer: ["/vrijwilligers/hulpvragen"],
  naar: (_r, { data }) => `/mijn/hulpvragen/${data.id}?gelukt=${data.antwoord}`,
});
