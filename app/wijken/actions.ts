"use server";
import { actie } from "@/lib/actions";
import { signaalSchema, verhaalSchema } from "@/lib/validation/wijken";
import { maakSignaal } from "@/lib/data/signalen";
import { maakVerhaal } from "@/lib/data/verhalen";

/** Public: a resident sends an idea, worry or wish for the wijk's agenda (no account needed). */
export const maakSignaalAction = actie({
  schema: signaalSchema,
  toegang: "publiek",
  async uitvoeren({ data, ip }) {
    // Honeypot filled in: a robot. Act as if it worked, store nothing.
    if (!data.website) await maakSignaal(data.wijk, { soort: data.soort, tekst: data.tekst, email: data.email }, ip);
  },
  revalideer: ["/beheer/wijken"],
  naar: (_r, { data }) => `/wijken/${encodeURIComponent(data.wijk)}?verstuurd=signaal#bedankt`,
});

/** Public: a resident submits a story; it waits for moderation. */
export const maakVerhaalAction = actie({
  schema: verhaalSchema,
  toegang: "publiek",
  async uitvoeren({ data, ip }) {
    if (!data.website) {
      await maakVerhaal(data.wijk, { titel: data.titel, tekst: data.tekst, auteurNaam: data.auteurNaam, over: data.over, email: data.email, toestemming: true }, ip);
    }
  },
  naar: (_r, { data }) => `/wijken/${encodeURIComponent(data.wijk)}?verstuurd=verhaal#bedankt`,
});
