"use server";
import { z } from "zod";
import { actie } from "@/lib/actions";
import { postLimieten } from "@/lib/limits";
import { plaatsHulpvraag, biedHulpAan } from "@/lib/data/hulpvragen";
import { plaatsVacature, reageerOpVacature, zetVacatureStatus } from "@/lib/data/vacatures";
import { meld } from "@/lib/data/meldingen";
import { hulpAanbodSchema, hulpvraagSchema, meldingSchema, vacatureReactieSchema, vacatureSchema } from "@/lib/validation/vrijwilligers";

export const plaatsHulpvraagAction = actie({
  schema: hulpvraagSchema,
  toegang: "ingelogd",
  limiet: ({ actor, ip }) => postLimieten("hulpvraag", actor?.id ?? null, ip),
  uitvoeren: ({ data, actor }) => plaatsHulpvraag(actor, data),
  revalideer: ["/vrijwilligers/hulpvragen"],
  naar: (r) => `/mijn/hulpvragen/${r.id}?geplaatst=1`,
});

export const biedHulpAanAction = actie({
  schema: hulpAanbodSchema,
  toegang: "ingelogd",
  limiet: ({ actor, ip }) => postLimieten("hulpaanbod", actor?.id ?? null, ip),
  uitvoeren: ({ data, actor }) => biedHulpAan(actor, data),
  revalideer: ["/mijn/hulpvragen"],
  naar: (_r, { data }) => `/vrijwilligers/hulpvragen/${data.hulpvraagId}?aangeboden=1`,
});

export const reageerOpVacatureAction = actie({
  schema: vacatureReactieSchema,
  toegang: "ingelogd",
  limiet: ({ actor, ip }) => postLimieten("vacature-reactie", actor?.id ?? null, ip),
  uitvoeren: ({ data, actor }) => reageerOpVacature(actor, data),
  revalideer: ["/beheer/vacatures"],
  naar: (r) => `/vrijwilligers/vacatures/${r.slug}?gereageerd=1`,
});

export const meldAction = actie({
  schema: meldingSchema,
  toegang: "publiek",
  limiet: ({ actor, ip }) => postLimieten("melding", actor?.id ?? null, ip),
  uitvoeren: ({ data, actor, ip }) => meld(data, { userId: actor?.id ?? null, ip }),
  // the item is offline now: its lists change too
  revalideer: (r) => (r.verborgen ? ["/beheer/vacatures", "/vrijwilligers/vacatures", "/vrijwilligers/hulpvragen"] : ["/beheer/vacatures"]),
  // hidden: back to its list, with the thank-you notice
  naar: (r) => `${r.verborgen ? r.pad.replace(/\/[^/]+$/, "") : r.pad}?gemeld=1`,
});

/** An initiatiefnemer with an approved initiative places a vacature for it (staff use /beheer/vacatures). */
export const plaatsEigenVacatureAction = actie({
  schema: vacatureSchema,
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => plaatsVacature(actor, { ...data, organisatieId: "" }),
  revalideer: ["/beheer/vacatures"],
  // not public yet: it waits for a staff member's check
  naar: (r) => `/vrijwilligers/vacatures/nieuw?geplaatst=${encodeURIComponent(r.id)}`,
});

/** The initiatiefnemer withdraws their own vacature (they can never publish it again themselves). */
export const trekVacatureInAction = actie({
  schema: z.object({ id: z.string().min(1).max(64) }),
  toegang: "ingelogd",
  uitvoeren: ({ data, actor }) => zetVacatureStatus(actor, data.id, "GEARCHIVEERD", "vacature.ingetrokken"),
  revalideer: ["/vrijwilligers/vacatures", "/beheer/vacatures"],
  naar: () => "/vrijwilligers/vacatures/nieuw?ingetrokken=1",
});
