"use server";
import { actie } from "@/lib/actions";
import { bewaarProfiel } from "@/lib/data/vrijwilligers";
import { vrijwilligerSchema } from "@/lib/validation/vrijwilligers";

export const bewaarProfielAction = actie({
  schema: vrijwilligerSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => bewaarProfiel(actor, data),
  revalideer: ["/mijn/vrijwilliger"],
  naar: () => "/mijn/vrijwilliger?opgeslagen=1",
});
