"use server";
import { actie } from "@/lib/actions";
import { z } from "zod";
import { bewaarActiviteit, bewaarPlek, maakKaartWijzigingOngedaan, zetKaartArchief } from "@/lib/data/kaart/beheer";
import { keurKaartVoorstelGoed, wijsKaartVoorstelAf } from "@/lib/data/kaart/voorstellen";
import { zTekst } from "@/lib/validation/velden";
import { activiteitSchema, archiveerSchema, plekSchema } from "@/lib/validation/kaartbeheer";

/** The builder's first check; lib/data/kaart/beheer.ts checks again, with the wijk. */
const TOEGANG = ["kaart:edit:own", "kaart:edit:any"] as const;
const OPENBAAR = ["/kaart", "/beheer/kaart"];

export const bewaarPlekAction = actie({
  schema: plekSchema,
  toegang: TOEGANG,
  uitvoeren: ({ data, actor }) => bewaarPlek(actor, data),
  revalideer: (r) => [...OPENBAAR, `/kaart/plek/${r.slug}`],
  naar: (r) => `/beheer/kaart/plek/${r.id}?opgeslagen=1`,
});

export const bewaarActiviteitAction = actie({
  schema: activiteitSchema,
  toegang: TOEGANG,
  uitvoeren: ({ data, actor }) => bewaarActiviteit(actor, data),
  revalideer: (r) => [...OPENBAAR, `/kaart/activiteit/${r.slug}`],
  naar: (r) => `/beheer/kaart/activiteit/${r.id}?opgeslagen=1`,
});

export const kaartArchiefAction = actie({
  schema: archiveerSchema,
  toegang: TOEGANG,
  uitvoeren: ({ data, actor }) => zetKaartArchief(actor, data.soort, data.id, data.actie === "archiveren"),
  revalideer: OPENBAAR,
  naar: (_r, { data }) => `/beheer/kaart/${data.soort}/${data.id}?${data.actie === "archiveren" ? "gearchiveerd" : "hersteld"}=1`,
});

/** Staff: undo one recorded change (/beheer/kaart/wijzigingen). */
export const maakWijzigingOngedaanAction = actie({
  schema: z.object({ id: z.string().min(1) }),
  toegang: TOEGANG,
  uitvoeren: ({ data, actor }) => maakKaartWijzigingOngedaan(actor, data.id),
  revalideer: (r) => [...OPENBAAR, "/beheer/kaart/wijzigingen", `/beheer/kaart/${r.soort}/${r.id}`],
  naar: () => "/beheer/kaart/wijzigingen?ongedaan=1",
});

/** Staff: approve a member's change that waits for a check (setting "eerst controle"). */
export const keurVoorstelGoedAction = actie({
  schema: z.object({ id: z.string().min(1) }),
  toegang: TOEGANG,
  uitvoeren: ({ data, actor }) => keurKaartVoorstelGoed(actor, data.id),
  revalideer: (r) => [...OPENBAAR, "/beheer/kaart/wijzigingen", `/kaart/${r.soort}/${r.slug}`],
  naar: () => "/beheer/kaart/wijzigingen?goedgekeurd=1",
});

/** Staff: reject a member's change; the reason goes to the member by e-mail. */
export const wijsVoorstelAfAction = actie({
  schema: z.object({
    id: z.string().min(1),
    reden: zTekst({ error: "Schrijf kort waarom u de wijziging niet overneemt." })
      .trim()
      .min(5, "Schrijf kort waarom u de wijziging niet overneemt. Het lid krijgt deze uitleg per e-mail.")
      .max(1000, "Gebruik hoogstens 1000 tekens."),
  }),
  toegang: TOEGANG,
  uitvoeren: ({ data, actor }) => wijsKaartVoorstelAf(actor, data.id, data.reden),
  revalideer: ["/beheer/kaart/wijzigingen"],
  naar: () => "/beheer/kaart/wijzigingen?afgewezen=1",
});
