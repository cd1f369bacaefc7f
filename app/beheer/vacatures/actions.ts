"use server";
import { z } from "zod";
import { actie } from "@/lib/actions";
import { plaatsVacature, zetVacatureStatus, wijzigVacature } from "@/lib/data/vacatures";
import { handelMeldingAf } from "@/lib/data/meldingen";
import { modereerHulpvraag } from "@/lib/data/hulpvragen";
import { meldingAfhandelSchema, vacatureSchema, vacatureWijzigSchema } from "@/lib/validation/vrijwilligers";

/**
 * Staff use these pages; an initiatiefnemer may reach the same data functions for their own vacature,
 * and the data layer gives the precise refusal ("U kunt uw vacature alleen intrekken. ..."): so the
 * builder only asks for a signed-in user on the vacature actions.
 */
const LIJSTEN = ["/vrijwilligers/vacatures", "/vrijwilligers/hulpvragen", "/beheer/vacatures"];

export const plaatsVacatureAction = actie({
  schema: vacatureSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => plaatsVacature(actor, data),
  revalideer: LIJSTEN,
  naar: (r) => `/beheer/vacatures/${r.id}?opgeslagen=1`,
});

export const wijzigVacatureAction = actie({
  schema: vacatureWijzigSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => wijzigVacature(actor, data.id, data),
  revalideer: LIJSTEN,
  naar: (_r, { data }) => `/beheer/vacatures/${data.id}?opgeslagen=1`,
});

const statusSchema = z.object({ id: z.string().min(1).max(64), status: z.enum(["GEPUBLICEERD", "GEARCHIVEERD"]), terug: z.enum(["lijst"]).optional() });

export const zetVacatureStatusAction = actie({
  schema: statusSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => zetVacatureStatus(actor, data.id, data.status),
  revalideer: LIJSTEN,
  naar: (_r, { data }) => (data.terug === "lijst" ? "/beheer/vacatures?gecontroleerd=1#controle" : `/beheer/vacatures/${data.id}?opgeslagen=1`),
});

export const handelMeldingAfAction = actie({
  schema: meldingAfhandelSchema,
  toegang: "beheer:access",
  uitvoeren: ({ data, actor }) => handelMeldingAf(actor, data.id, data.actie),
  revalideer: LIJSTEN,
  naar: () => "/beheer/vacatures?afgehandeld=1#meldingen",
});

const verbergSchema = z.object({ id: z.string().min(1), actie: z.enum(["verbergen", "tonen"]) });

export const modereerHulpvraagAction = actie({
  schema: verbergSchema,
  toegang: ["hulpvraag:moderate:own", "hulpvraag:moderate:any"],
  uitvoeren: ({ data, actor }) => modereerHulpvraag(actor, data.id, data.actie === "verbergen"),
  revalideer: LIJSTEN,
  naar: () => "/beheer/vacatures?gemodereerd=1#hulpvragen",
});
