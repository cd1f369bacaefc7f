"use server";
import { actie } from "@/lib/actions";
import { frequentieSchema, volgInitiatiefSchema, volgSchema, volgTokenSchema } from "@/lib/validation/volgen";
import { bevestigVolging, meldAfViaPagina, volgWijk, wijzigFrequentie } from "@/lib/data/volgen";
import { bevestigInitiatiefVolging, meldAfInitiatiefViaPagina, volgInitiatief } from "@/lib/data/initiatief/volgen";

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

// ---------- Volg dit initiatief (the same rules; the manage page is /volgen/initiatief/<token>) ----------

/** Public: follow one initiative by e-mail (confirmation mail), or from the account (own verified address: at once). */
export const volgInitiatiefAction = actie({
  schema: volgInitiatiefSchema,
  toegang: "publiek",
  async uitvoeren({ data, actor, ip }) {
    // Honeypot filled in: a robot. Act as if it worked, send nothing.
    if (data.website) return { soort: "mail" as const };
    return volgInitiatief(actor, { referentie: data.referentie, email: data.email }, ip);
  },
  naar: (r, { data }) => `/initiatieven/${encodeURIComponent(data.referentie)}?volgen=${r.soort}#volgen-kop`,
});

export const bevestigInitiatiefVolgenAction = actie({
  schema: volgTokenSchema,
  toegang: "publiek",
  uitvoeren: ({ data }) => bevestigInitiatiefVolging(data.token),
  naar: (_r, { data }) => `/volgen/initiatief/${data.token}?gedaan=bevestigd`,
});

export const meldAfInitiatiefAction = actie({
  schema: volgTokenSchema,
  toegang: "publiek",
  uitvoeren: ({ data }) => meldAfInitiatiefViaPagina(data.token),
  naar: (_r, { data }) => `/volgen/initiatief/${data.token}?gedaan=afgemeld`,
});
