"use server";
import { actie } from "@/lib/actions";
import { bewaarActiviteit, bewaarPlek } from "@/lib/data/kaart/beheer";
import { activiteitSchema, plekSchema } from "@/lib/validation/kaartbeheer";

/**
 * A member of an aanbieder edits a plek or activiteit of their own organisation. Same schema and data
 * function as /beheer/kaart; lib/data/kaart/beheer.ts decides what a member may edit.
 */
export const bewaarPlekAlsLidAction = actie({
  schema: plekSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => bewaarPlek(actor, data),
  revalideer: (r) => ["/kaart", "/mijn/organisatie", `/kaart/plek/${r.slug}`],
  naar: (r) => `/mijn/organisatie/plek/${r.id}?${r.wachtOpControle ? "ingediend" : "opgeslagen"}=1`,
});

export const bewaarActiviteitAlsLidAction = actie({
  schema: activiteitSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => bewaarActiviteit(actor, data),
  revalideer: (r) => ["/kaart", "/mijn/organisatie", `/kaart/activiteit/${r.slug}`],
  naar: (r) => `/mijn/organisatie/activiteit/${r.id}?${r.wachtOpControle ? "ingediend" : "opgeslagen"}=1`,
});
