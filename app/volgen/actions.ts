"use server";
import { actie } from "@/lib/actions";
import { frequentieSchema, volgSchema, volgTokenSchema } from "@/lib/validation/volgen";
import { bevestigVolging, meldAfViaPagina, volgWijk, wijzigFrequentie } from "@/lib/data/volgen";

/** Public: follow a wijk by e-mail (confirmation mail), or from the account (own verified address: at once). */
export const volgWijkAction = actie({
  schema: volgSchema,
  toegang: "publiek",
  async uitvoeren({ data, actor, ip }) {
    // Honeypot filled in: a robot. Act as if it worked, send nothing.
    if (data.website) return { soort: "mail" as const };
    return volgWijk(actor, { wijk: data.wijk, email: data.email, frequentie: data.frequentie }, ip);
  },
  naar: (r, { data }) => `/wijken/${encodeURIComponent(data.wijk)}?verstuurd=${r.soort === "account" ? "volgen-account" : "volgen"}#bedankt`,
});

/** Public (the token is the permission): the confirmation button. */
export const bevestigVolgenAction = actie({
  schema: volgTokenSchema,
  toegang: "publiek",
  uitvoeren: ({ data }) => bevestigVolging(data.token),
  naar: (_r, { data }) => `/volgen/${data.token}?gedaan=bevestigd`,
});

export const wijzigFrequentieAction = actie({
  schema: frequentieSchema,
  toegang: "publiek",
  uitvoeren: ({ data }) => wijzigFrequentie(data.token, data.frequentie),
  naar: (_r, { data }) => `/volgen/${data.token}?gedaan=gewijzigd`,
});

export const meldAfAction = actie({
  schema: volgTokenSchema,
  toegang: "publiek",
  uitvoeren: ({ data }) => meldAfViaPagina(data.token),
  naar: (_r, { data }) => `/volgen/${data.token}?gedaan=afgemeld`,
});
