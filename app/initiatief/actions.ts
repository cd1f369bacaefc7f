"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { failure, formValues, handleForm, zodFailure, type ActionState } from "@/lib/actions";
import { currentUser } from "@/lib/auth/session";
import { secureCookies } from "@/lib/auth/secret";
import { env } from "@/lib/env";
import { isAppError, userMessage } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request";
import { createConcept, deleteConcept, koppelEmailAanConcept, getConcept, saveConceptKlad, saveConceptStap, submitConcept } from "@/lib/data/initiatieven";
import { isStap, STAP_TITELS, type Stap } from "@/lib/initiatief/stappen";
import { stuurBevestiging } from "@/lib/initiatief/mails";
import { stapSchema } from "@/lib/validation/initiatief";
import { magicLinkSchema } from "@/lib/validation/auth";
import { sendMagicLink } from "@/lib/auth/login";
import { CONCEPT_COOKIE } from "./cookie";
import { z } from "zod";
import { instellingen } from "@/lib/instellingen";

async function bewaarSleutel(sleutel: string) {
  const jar = await cookies();
  jar.set(CONCEPT_COOKIE, sleutel, { httpOnly: true, sameSite: "lax", path: "/initiatief", secure: secureCookies(), maxAge: 60 * 60 * 24 * 30 });
}

/** The draft key: from the form (hidden field) or the cookie. */
async function sleutelUit(values: Record<string, unknown>): Promise<string | undefined> {
  const v = values.sleutel;
  if (typeof v === "string" && v) return v;
  return (await cookies()).get(CONCEPT_COOKIE)?.value;
}

/** Starts a new draft (no account needed) and goes to the first step. */
export async function startInitiatief(_prev: ActionState, _formData: FormData): Promise<ActionState> {
  const { state } = await handleForm(_formData, z.object({}), async () => {
    await hitRateLimit(`concept-ip:${await clientIp()}`, { max: env().RATE_LIMIT_MAX * 6, windowSeconds: env().RATE_LIMIT_WINDOW_SECONDS });
    const { sleutel } = await createConcept(await currentUser());
    await bewaarSleutel(sleutel);
  });
  if (!state?.ok) return state;
  redirect("/initiatief/nieuw/idee");
}

/**
 * Saves one step. Valid: saved, on to the next step. Invalid: every error is returned with every
 * typed value, and whatever can be kept is saved in the draft too.
 */
export async function bewaarStap(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const stap = typeof values.stap === "string" ? values.stap : "";
  if (!isStap(stap) || stap === "controleren") return failure("Deze stap bestaat niet.", values);
  const actor = await currentUser();
  const sleutel = await sleutelUit(values);
  let volgende: Stap;
  try {
    const concept = await getConcept(actor, sleutel);
    if (!concept) return failure("Deze aanvraag hebben we niet gevonden. Misschien is hij al verstuurd. Begin opnieuw op de pagina Initiatief starten.", values);
    const parsed = stapSchema(stap, { kleinBedrag: (await instellingen()).kleinBedrag, bedragGevraagd: concept.bedragGevraagd }).safeParse(values);
    if (!parsed.success) {
      await saveConceptKlad(actor, sleutel, stap, values);
      return zodFailure(parsed.error, values);
    }
    ({ volgende } = await saveConceptStap(actor, sleutel, stap, parsed.data as Record<string, unknown>));
  } catch (e) {
    if (!isAppError(e)) console.warn("Onverwachte fout bij opslaan van een stap:", e);
    return failure(userMessage(e), values);
  }
  redirect(values.actie === "later" ? "/initiatief/nieuw/opgeslagen" : `/initiatief/nieuw/${volgende}`);
}

/** Sends the draft. Incomplete: the check page lists the steps to fix; the draft stays. */
export async function dienIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const actor = await currentUser();
  let ref: string;
  try {
    await hitRateLimit(`indienen-ip:${await clientIp()}`, { max: env().RATE_LIMIT_MAX * 4, windowSeconds: env().RATE_LIMIT_WINDOW_SECONDS });
    const r = await submitConcept(actor, await sleutelUit(values));
    if (!r.ok) {
      const fieldErrors = Object.fromEntries(
        Object.entries(r.fouten).map(([stap, msgs]) => [stap, [`${STAP_TITELS[stap as Stap]}: ${msgs!.join(" ")}`]]),
      );
      return failure("Uw aanvraag is nog niet compleet. Vul de stappen hieronder aan. Wat u al invulde, is bewaard.", values, fieldErrors);
    }
    ref = r.referentie;
    await stuurBevestiging(r);
    (await cookies()).delete({ name: CONCEPT_COOKIE, path: "/initiatief" });
  } catch (e) {
    if (!isAppError(e)) console.warn("Onverwachte fout bij indienen:", e);
    return failure(userMessage(e), values);
  }
  redirect(`/initiatief/verstuurd?referentie=${encodeURIComponent(ref)}`);
}

/** Deletes the draft in this browser and starts over. */
export async function verwijderConcept(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    await deleteConcept(await currentUser(), await sleutelUit(values));
    (await cookies()).delete({ name: CONCEPT_COOKIE, path: "/initiatief" });
  } catch (e) {
    return failure(userMessage(e), values);
  }
  redirect("/initiatief/nieuw?verwijderd=1");
}

/** "Later verder op een ander apparaat": links the e-mail address to the draft and mails a sign-in link. */
export async function stuurVerderLink(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, magicLinkSchema.extend({ sleutel: z.string().optional() }), async (data, values) => {
    await hitRateLimit(`magic:${data.email.toLowerCase()}`);
    await koppelEmailAanConcept(await currentUser(), await sleutelUit(values), data.email);
    await sendMagicLink(data.email, "/mijn/initiatieven");
    return data.email;
  });
  if (!state?.ok) return state;
  redirect(`/inloggen/controleer-je-mail?email=${encodeURIComponent(result!)}`);
}
