import { z } from "zod";

/** Deleting the account: the resident ticks that they understand it cannot be undone. */
export const accountVerwijderenSchema = z.object({
  bevestig: z.literal("on", { message: "Vink aan dat u begrijpt dat dit niet terug te draaien is." }),
});
