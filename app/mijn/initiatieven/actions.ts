"use server";
import { actie } from "@/lib/actions";
import { beantwoordVraag, verwijderInitiatief, leesMijnInitiatief, bewaarVerantwoording, trekInitiatiefIn } from "@/lib/data/initiatief/eigenaar";
import { meldAntwoordAanBehandelaar } from "@/lib/initiatief/mails";
import { antwoordSchema, verantwoordingSchema, zekerSchema } from "@/lib/validation/initiatief";
import { instellingen } from "@/lib/instellingen";

/** The owner answers the municipality's question (CONTRACT: "Uw antwoord" / "Antwoord versturen"). */
export const beantwoordVraagAction = actie({
  schema: antwoordSchema,
  toegang: "ingelogd",
  async uitvoeren({ data, actor }) {
    const info = await beantwoordVraag(actor, data.initiatiefId, data.tekst);
    await meldAntwoordAanBehandelaar({ id: data.initiatiefId, ...info });
  },
  revalideer: (_r, { data }) => [`/mijn/initiatieven/${data.initiatiefId}`],
  naar: (_r, { data }) => `/mijn/initiatieven/${data.initiatiefId}?gedaan=antwoord`,
});

export const trekInitiatiefInAction = actie({
  schema: zekerSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => trekInitiatiefIn(actor, data.initiatiefId),
  naar: (_r, { data }) => `/mijn/initiatieven/${data.initiatiefId}?gedaan=ingetrokken`,
});

export const verwijderInitiatiefAction = actie({
  schema: zekerSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => verwijderInitiatief(actor, data.initiatiefId),
  naar: () => "/mijn/initiatieven?verwijderd=1",
});

/** The narrative report; the schema asks more when more money was granted. */
export const bewaarVerantwoordingAction = actie({
  async schema({ values, actor }) {
    const id = typeof values.initiatiefId === "string" ? values.initiatiefId : "";
    const ini = await leesMijnInitiatief(actor, id);
    return verantwoordingSchema(ini.bedragToegekend ?? 0, (await instellingen()).kleinBedrag);
  },
  toegang: "ingelogd",
  async uitvoeren({ data, actor }) {
    const { initiatiefId, ...input } = data;
    await bewaarVerantwoording(actor, initiatiefId, input);
  },
  naar: (_r, { data }) => `/mijn/initiatieven/${data.initiatiefId}?gedaan=verantwoording`,
});
