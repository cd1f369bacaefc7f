"use server";
import { actie } from "@/lib/actions";
import { instellingenSchema } from "@/lib/validation/instellingen";
import { bewaarInstellingen } from "@/lib/data/instellingen";

/** Beheerder: saves the gemeente's settings (the data function checks the permission and audits). */
export const bewaarInstellingenAction = actie({
  schema: instellingenSchema,
  toegang: "instellingen:manage",
  uitvoeren: ({ data, actor }) => bewaarInstellingen(actor, data),
  revalideer: ["/layout"],
  naar: () => "/beheer/instellingen?bewaard=1",
});
