"use server";
import { actie } from "@/lib/actions";
import { nietMeerSchema } from "@/lib/validation/versheid";
import { meldNietMeer } from "@/lib/data/versheid";

/** Public (the signed link is the permission): confirms "bestaat niet meer" for one item; staff archive it. */
export const meldNietMeerAction = actie({
  schema: nietMeerSchema,
  toegang: "publiek",
  uitvoeren: ({ data }) => meldNietMeer(data.token),
  revalideer: ["/beheer/versheid"],
  naar: (_r, { data }) => `/kaart/controle/${data.token}?gemeld=1`,
});
