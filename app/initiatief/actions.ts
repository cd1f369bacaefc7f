"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { actie, type FormValues } from "@/lib/actions";
import { env } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors";
import { startConcept, verwijderConcept, koppelEmailAanConcept, leesConcept, bewaarConceptKlad, bewaarConceptStap } from "@/lib/data/initiatief/concept";
import { dienConceptIn } from "@/lib/data/initiatief/indienen";
import { naIndienenNamens } from "@/lib/data/keukentafel";
import { delenVan, isPagina, isStap, paginaVan, STAP_TITELS, type Stap } from "@/lib/initiatief/stappen";
import { stuurBevestiging } from "@/lib/initiatief/mails";
import { paginaSchema } from "@/lib/validation/initiatief";
import { magicLinkSchema } from "@/lib/validation/auth";
import { sendMagicLink } from "@/lib/auth/login";
import { bewaarConceptSleutel, CONCEPT_COOKIE } from "./cookie";
import { instellingen } from "@/lib/instellingen";

async function vergeetSleutel() {
  (await cookies()).delete({ name: CONCEPT_COOKIE, path: "/initiatief" });
}

/** The draft key: from the form (hidden field) or the cookie. */
async function sleutelUit(values: FormValues): Promise<string | undefined> {
  const v = values.sleutel;
  if (typeof v === "string" && v) return v;
  return (await cookies()).get(CONCEPT_COOKIE)?.value;
}

/**
 * The steps the form sends: a page (issue 12 point 10) sends its steps, the money step only when
 * "Geld" is chosen; a single step name (an older form) sends that step. "controleren" has no form.
 */
function delenUit(values: FormValues): Exclude<Stap, "controleren">[] {
  const stap = typeof values.stap === "string" ? values.stap : "";
  const nodig = values.nodig === undefined ? [] : Array.isArray(values.nodig) ? values.nodig : [values.nodig];
  const delen = isPagina(stap) ? delenVan(stap, nodig) : isStap(stap) ? [stap] : [];
  if (!delen.length || delen.includes("controleren")) throw new AppError("INVALID", "Deze stap bestaat niet.");
  return delen as Exclude<Stap, "controleren">[];
}

const leeg = z.object({ sleutel: z.string().optional() });

/** Starts a new draft (no account needed) and goes to the first step. */
export const startConceptAction = actie({
  schema: z.object({}),
  toegang: "publiek",
  limiet: ({ ip }) => [{ sleutel: `concept-ip:${ip}`, limiet: { max: env().RATE_LIMIT_MAX * 6, windowSeconds: env().RATE_LIMIT_WINDOW_SECONDS } }],
  async uitvoeren({ actor }) {
    const { sleutel } = await startConcept(actor);
    await bewaarConceptSleutel(sleutel);
  },
  naar: () => "/initiatief/nieuw/idee",
});

/**
 * Saves one page (one or more steps). Valid: saved, on to the next page. Invalid: every error is
 * returned with every typed value, and whatever can be kept is saved in the draft too.
 */
export const bewaarConceptStapAction = actie({
  async schema({ values, actor }) {
    const delen = delenUit(values);
    const concept = await leesConcept(actor, await sleutelUit(values));
    if (!concept) throw new AppError("NOT_FOUND", "Deze aanvraag hebben we niet gevonden. Misschien is hij al verstuurd. Begin opnieuw op de pagina Initiatief starten.");
    // "Opslaan en later verder" keeps what can be kept, also from a page that is not complete yet.
    if (values.actie === "later") return z.any();
    return paginaSchema(delen, { kleinBedrag: (await instellingen()).kleinBedrag, bedragGevraagd: concept.bedragGevraagd });
  },
  toegang: "publiek",
  async bijOngeldig({ values, actor }) {
    for (const stap of delenUit(values)) await bewaarConceptKlad(actor, await sleutelUit(values), stap, values);
  },
  async uitvoeren({ data, values, actor }) {
    const sleutel = await sleutelUit(values);
    if (values.actie === "later") {
      for (const stap of delenUit(values)) await bewaarConceptKlad(actor, sleutel, stap, values);
      return { volgende: paginaVan(delenUit(values)[0]) };
    }
    let volgende: Stap = "controleren";
    // In page order: "nodig" decides whether money is asked before the amount is stored.
    for (const stap of delenUit(values)) volgende = (await bewaarConceptStap(actor, sleutel, stap, data[stap] ?? {})).volgende;
    return { volgende: paginaVan(volgende) };
  },
  naar: ({ volgende }, { values }) => (values.actie === "later" ? "/initiatief/nieuw/opgeslagen" : `/initiatief/nieuw/${volgende}`),
});

/** Sends the draft. Incomplete: the check page lists the steps to fix; the draft stays. */
export const dienConceptInAction = actie({
  schema: leeg,
  toegang: "publiek",
  limiet: ({ ip }) => [{ sleutel: `indienen-ip:${ip}`, limiet: { max: env().RATE_LIMIT_MAX * 4, windowSeconds: env().RATE_LIMIT_WINDOW_SECONDS } }],
  async uitvoeren({ values, actor }) {
    let r;
    try {
      r = await dienConceptIn(actor, await sleutelUit(values));
    } catch (e) {
      // Incomplete: one line per step, named after the step ("Uw idee: ...").
      if (isAppError(e) && e.fieldErrors) {
        const fieldErrors = Object.fromEntries(Object.entries(e.fieldErrors).map(([stap, msgs]) => [stap, [`${STAP_TITELS[stap as Stap]}: ${msgs.join(" ")}`]]));
        throw new AppError("INVALID", e.samenvatting, { fieldErrors, samenvatting: e.samenvatting });
      }
      throw e;
    }
    // Filled in at the kitchen table: the resident gets the take-over link, the staff member the letter.
    const namens = actor ? await naIndienenNamens(actor, r.id) : null;
    if (!namens) await stuurBevestiging(r);
    await vergeetSleutel();
    return { referentie: r.referentie, namens: namens?.id ?? null };
  },
  naar: ({ referentie, namens }) => (namens ? `/beheer/keukentafel/initiatief/${namens}?ingediend=1` : `/initiatief/verstuurd?referentie=${encodeURIComponent(referentie)}`),
});

/** Deletes the draft in this browser and starts over. */
export const verwijderConceptAction = actie({
  schema: leeg,
  toegang: "publiek",
  async uitvoeren({ values, actor }) {
    await verwijderConcept(actor, await sleutelUit(values));
    await vergeetSleutel();
  },
  naar: () => "/initiatief/nieuw?verwijderd=1",
});

/** "Later verder op een ander apparaat": links the e-mail address to the draft and mails a sign-in link. */
export const koppelEmailAanConceptAction = actie({
  schema: magicLinkSchema.extend({ sleutel: z.string().optional() }),
  toegang: "publiek",
  limiet: ({ data }) => [{ sleutel: `magic:${data.email.toLowerCase()}` }],
  async uitvoeren({ data, values, actor }) {
    await koppelEmailAanConcept(actor, await sleutelUit(values), data.email);
    await sendMagicLink(data.email, "/mijn/initiatieven");
  },
  naar: (_r, { data }) => `/inloggen/controleer-je-mail?email=${encodeURIComponent(data.email)}`,
});
