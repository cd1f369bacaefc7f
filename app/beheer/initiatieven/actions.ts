"use server";
/**
 * Review actions for ambtenaren. Thin: lib/data/beoordeling checks the permission itself and throws
 * AppError.veld(...) for an error that belongs next to a field. Failed forms keep their values.
 */
import type { z } from "zod";
import { actie, type ActieOpties } from "@/lib/actions";
import { bewaarBeoordeling, keurGoed, neemInBehandeling, stelVraag, verwijsDoor, voegNotitieToe, wijsAf } from "@/lib/data/beoordeling";
import { CHECKLIST_KEYS } from "@/lib/initiatief/afbakening";
import {
  afwijzenSchema,
  beoordelingSchema,
  doorverwijzenSchema,
  goedkeurenSchema,
  initiatiefVersieSchema,
  notitieSchema,
  updateWegSchema,
  vraagSchema,
} from "@/lib/validation/beoordeling";
import { haalUpdateWeg } from "@/lib/data/initiatief/vertellen";

/**
 * One review step: only for reviewers; afterwards the lists, the overview and the resident's page change,
 * and the reviewer goes back to the initiative with a notice (`gedaan`).
 */
function beoordelingsStap<S extends z.ZodType<{ initiatiefId: string }>, R>(
  schema: S,
  uitvoeren: ActieOpties<S, R>["uitvoeren"],
  gedaan: string | ((r: R) => string),
): ActieOpties<S, R> {
  return {
    schema,
    toegang: "initiatief:review",
    uitvoeren,
    revalideer: (_r, { data }) => ["/beheer/initiatieven", `/beheer/initiatieven/${data.initiatiefId}`, "/beheer/overzicht", "/mijn/initiatieven/layout"],
    naar: (r, { data }) => `/beheer/initiatieven/${encodeURIComponent(data.initiatiefId)}?gedaan=${typeof gedaan === "string" ? gedaan : gedaan(r)}`,
  };
}

export const neemInBehandelingAction = actie(beoordelingsStap(initiatiefVersieSchema, ({ data, actor }) => neemInBehandeling(actor, data), "in_behandeling"));

export const stelVraagAction = actie(beoordelingsStap(vraagSchema, ({ data, actor }) => stelVraag(actor, data), "vraag"));

export const voegNotitieToeAction = actie(beoordelingsStap(notitieSchema, ({ data, actor }) => voegNotitieToe(actor, data), "notitie"));

export const bewaarBeoordelingAction = actie(
  beoordelingsStap(
    beoordelingSchema,
    async ({ data: d, actor }) => {
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
    "beoordeling",
  ),
);

export const keurGoedAction = actie(
  beoordelingsStap(goedkeurenSchema, ({ data, actor }) => keurGoed(actor, data), ({ resultaat }) => (resultaat === "eerste_goedkeuring" ? "eerste_goedkeuring" : "goedgekeurd")),
);

export const wijsAfAction = actie(beoordelingsStap(afwijzenSchema, ({ data, actor }) => wijsAf(actor, data), "afgewezen"));

export const verwijsDoorAction = actie(beoordelingsStap(doorverwijzenSchema, ({ data, actor }) => verwijsDoor(actor, data), "doorverwezen"));

/** Takes an update off the public page of the initiative (the data layer checks the permission). */
export const haalUpdateWegAction = actie({
  ...beoordelingsStap(updateWegSchema, ({ data, actor }) => haalUpdateWeg(actor, data), "update_weg"),
  revalideer: (_r, { data }) => [`/beheer/initiatieven/${data.initiatiefId}`, "/initiatieven", "/wijken"],
});
