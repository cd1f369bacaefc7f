"use server";
import { actie } from "@/lib/actions";
import { huisstijlSchema } from "@/lib/validation/huisstijl";
import { bewaarHuisstijl } from "@/lib/data/huisstijl";

/** Beheerder: theme, colours and logo of the portal (the contrast check is in the data function). */
export const bewaarHuisstijlAction = actie({
  schema: huisstijlSchema,
  toegang: "huisstijl:manage",
  uitvoeren: ({ data, actor }) => bewaarHuisstijl(actor, data),
  revalideer: ["/layout"],
  naar: () => "/beheer/huisstijl?opgeslagen=1",
});
