"use server";
/**
 * Review actions for ambtenaren. Thin: lib/data/beoordeling checks the permission itself and throws
 * AppError.veld(...) for an error that belongs next to a field. Failed forms keep their values.
 */
import { actie, type ActieContext } from "@/lib/actions";
import { keurGoed, neemInBehandeling, bewaarBeoordeling, stelVraag, verwijsDoor, voegNotitieToe, wijsAf } from "@/lib/data/beoordeling";
import { CHECKLIST_KEYS } from "@/lib/initiatief/afbakening";
import {
  afwijzenSchema,
  beoordelingSchema,
  doorverwijzenSchema,
  goedkeurenSchema,
  initiatiefVersieSchema,
  notitieSchema,
  vraagSchema,
} from "@/lib/validation/beoordeling";

/** After every review step: the lists, the overview and the resident's page change. */
const revalideer = (_r: unknown, { data }: ActieContext<{ initiatiefId: string }>) => [
  "/beheer/initiatieven",
  `/beheer/initiatieven/${data.initiatiefId}`,
  "/beheer/overzicht",
  "/mijn/initiatieven/layout",
];
const terug = (id: string, gedaan: string) => `/beheer/initiatieven/${encodeURIComponent(id)}?gedaan=${gedaan}`;

export const neemInBehandelingAction = actie({
  schema: initiatiefVersieSchema,
  toegang: "initiatief:review",
  uitvoeren: ({ data, actor }) => neemInBehandeling(actor, data),
  revalideer,
  naar: (_r, { data }) => terug(data.initiatiefId, "in_behandeling"),
});

export const stelVraagAction = actie({
  schema: vraagSchema,
  toegang: "initiatief:review",
  uitvoeren: ({ data, actor }) => stelVraag(actor, data),
  revalideer,
  naar: (_r, { data }) => terug(data.initiatiefId, "vraag"),
});

export const voegNotitieToeAction = actie({
  schema: notitieSchema,
  toegang: "initiatief:review",
  uitvoeren: ({ data, actor }) => voegNotitieToe(actor, data),
  revalideer,
  naar: (_r, { data }) => terug(data.initiatiefId, "notitie"),
});

export const bewaarBeoordelingAction = actie({
  schema: beoordelingSchema,
  toegang: "initiatief:review",
  async uitvoeren({ data: d, actor }) {
    const checklist = Object.fromEntries(CHECKLIST_KEYS.map((k) => [k, { ja: d[k] === "on" || d[k] === "ja", notitie: String(d[`${k}_notitie`] ?? "") }]));
    await bewaarBeoordeling(actor, {
      initiatiefId: d.initiatiefId,
      versie: d.versie,
      checklist,
      betrokkenheid: d.betrokkenheid,
      legitimiteit: d.legitimiteit,
      rendement: d.rendement,
    });
  },
  revalideer,
  naar: (_r, { data }) => terug(data.initiatiefId, "beoordeling"),
});

export const keurGoedAction = actie({
  schema: goedkeurenSchema,
  toegang: "initiatief:review",
  uitvoeren: ({ data, actor }) => keurGoed(actor, data),
  revalideer,
  naar: ({ resultaat }, { data }) => terug(data.initiatiefId, resultaat === "eerste_goedkeuring" ? "eerste_goedkeuring" : "goedgekeurd"),
});

export const wijsAfAction = actie({
  schema: afwijzenSchema,
  toegang: "initiatief:review",
  uitvoeren: ({ data, actor }) => wijsAf(actor, data),
  revalideer,
  naar: (_r, { data }) => terug(data.initiatiefId, "afgewezen"),
});

export const verwijsDoorAction = actie({
  schema: doorverwijzenSchema,
  toegang: "initiatief:review",
  uitvoeren: ({ data, actor }) => verwijsDoor(actor, data),
  revalideer,
  naar: (_r, { data }) => terug(data.initiatiefId, "doorverwezen"),
});
