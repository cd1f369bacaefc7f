"use server";
import { actie } from "@/lib/actions";
import { blokkeerGesprek, deblokkeerGesprek, deelTelefoonnummer, gesprekPad, legAfspraakVast, meldGesprek, stuurBericht } from "@/lib/data/berichten";
import { aanbodIdSchema, afspraakSchema, berichtSchema, deelTelefoonSchema, gesprekMeldSchema } from "@/lib/validation/berichten";

// The rate limit per user lives in the data layer (lib/data/berichten.ts), so no caller can skip it.

export const stuurBerichtAction = actie({
  schema: berichtSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => stuurBericht(actor, data),
  naar: (_r, { data }) => `${gesprekPad(data.aanbodId)}?verstuurd=1#berichten`,
});

export const deelTelefoonAction = actie({
  schema: deelTelefoonSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => deelTelefoonnummer(actor, data),
  naar: (_r, { data }) => `${gesprekPad(data.aanbodId)}?gedeeld=1#berichten`,
});

export const legAfspraakVastAction = actie({
  schema: afspraakSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => legAfspraakVast(actor, data),
  naar: (_r, { data }) => `${gesprekPad(data.aanbodId)}?afspraak=1#berichten`,
});

export const blokkeerGesprekAction = actie({
  schema: aanbodIdSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => blokkeerGesprek(actor, data.aanbodId),
  naar: (_r, { data }) => `${gesprekPad(data.aanbodId)}?geblokkeerd=1`,
});

export const deblokkeerGesprekAction = actie({
  schema: aanbodIdSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => deblokkeerGesprek(actor, data.aanbodId),
  naar: (_r, { data }) => `${gesprekPad(data.aanbodId)}?gedeblokkeerd=1`,
});

export const meldGesprekAction = actie({
  schema: gesprekMeldSchema,
  toegang: "ingelogd",
  limiet: ({ actor }) => [{ sleutel: `gesprek-melding:user:${actor?.id}` }],
  uitvoeren: ({ data, actor, ip }) => meldGesprek(actor, data, ip),
  revalideer: ["/beheer/vacatures"],
  naar: (_r, { data }) => `${gesprekPad(data.aanbodId)}?gemeld=1`,
});
