"use server";
import { actie } from "@/lib/actions";
import { bevestigSteun, steunAlsBewoner, steunEmailHash, vraagSteunAan } from "@/lib/data/initiatief/vertellen";
import { steunBevestigSchema, steunIngelogdSchema, steunSchema } from "@/lib/validation/vertellen";

/** A visitor supports with an e-mail address: a mail with a confirmation link (no account needed). */
export const vraagSteunAanAction = actie({
  schema: steunSchema,
  toegang: "publiek",
  limiet: ({ ip, data }) => [{ sleutel: `steun:ip:${ip}` }, { sleutel: `steun:email:${steunEmailHash(data.email)}` }],
  uitvoeren: ({ data }) => vraagSteunAan(data.referentie, data.email),
  naar: (_r, { data }) => `/initiatieven/${encodeURIComponent(data.referentie)}?steun=mail#steun-kop`,
});

/** The button on the page the link in the mail opens (a mail scanner that opens links does not confirm). */
export const bevestigSteunAction = actie({
  schema: steunBevestigSchema,
  toegang: "publiek",
  limiet: ({ ip }) => [{ sleutel: `steun-bevestig:${ip}`, limiet: { max: 30, windowSeconds: 600 } }],
  uitvoeren: ({ data }) => bevestigSteun(data.referentie, data.token),
  revalideer: (_r, { data }) => [`/initiatieven/${data.referentie}`],
  naar: (r, { data }) => `/initiatieven/${encodeURIComponent(data.referentie)}?steun=${r.alBevestigd ? "al" : "bevestigd"}#steun-kop`,
});

/** A signed-in resident supports with one click. */
export const steunAlsBewonerAction = actie({
  schema: steunIngelogdSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => steunAlsBewoner(actor, data.referentie),
  revalideer: (_r, { data }) => [`/initiatieven/${data.referentie}`],
  naar: (r, { data }) => `/initiatieven/${encodeURIComponent(data.referentie)}?steun=${r.alGesteund ? "al" : "bevestigd"}#steun-kop`,
});
