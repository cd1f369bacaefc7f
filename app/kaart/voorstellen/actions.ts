"use server";
import { actie } from "@/lib/actions";
import { suggestieSchema } from "@/lib/validation/kaart";
import { stelPlekVoor } from "@/lib/data/suggesties";

/** Honeypot: a field people never see; bots fill it in. */
const HONEYPOT = "homepage";
const isRobot = (values: Record<string, unknown>) => typeof values[HONEYPOT] === "string" && values[HONEYPOT].trim() !== "";

/** Public: a resident suggests a new place or a correction; it waits for moderation. */
export const stelPlekVoorAction = actie({
  schema: suggestieSchema,
  toegang: "publiek",
  // A robot is not counted: it gets the thank-you page and nothing is stored.
  limiet: ({ values, ip }) => (isRobot(values) ? [] : [{ sleutel: `plek-suggestie:${ip}` }]),
  async uitvoeren({ data, values, actor }) {
    if (!isRobot(values)) await stelPlekVoor(actor, data);
  },
  revalideer: ["/beheer/suggesties"],
  naar: () => "/kaart/voorstellen/bedankt",
});
