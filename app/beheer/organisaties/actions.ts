"use server";
import { actie } from "@/lib/actions";
import { verwijderLid, voegLidToe } from "@/lib/data/organisaties";
import { lidToevoegenSchema, lidVerwijderenSchema } from "@/lib/validation/organisaties";

/** Beheerder: makes an existing account a member of an aanbieder (lib/data/organisaties.ts checks again). */
export const voegLidToeAction = actie({
  schema: lidToevoegenSchema,
  toegang: "kaart:edit:any",
  uitvoeren: ({ data, actor }) => voegLidToe(actor, data.organisatieId, data.email),
  revalideer: ["/beheer/organisaties"],
  naar: (_r, { data }) => `/beheer/organisaties/${data.organisatieId}?klaar=toegevoegd`,
});

export const verwijderLidAction = actie({
  schema: lidVerwijderenSchema,
  toegang: "kaart:edit:any",
  uitvoeren: ({ data, actor }) => verwijderLid(actor, data.organisatieId, data.userId),
  revalideer: ["/beheer/organisaties"],
  naar: (_r, { data }) => `/beheer/organisaties/${data.organisatieId}?klaar=verwijderd`,
});
