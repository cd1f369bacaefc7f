/** Submitting a draft: a last check of every step, a reference number, CONCEPT -> INGEDIEND. */
import "server-only";
import { volgendeReferentie } from "../referentie.ts";
import { db } from "../../db.ts";
import { AppError } from "../../errors.ts";
import type { Actor } from "../../auth/permissions.ts";
import { voerTransitieUit } from "../../initiatief/status.ts";
import { controleerConcept } from "../../validation/initiatief.ts";
import { naarDTO, vereisConcept } from "./concept.ts";
import { instellingen } from "../../instellingen.ts";

/** A submitted initiative: enough to send the confirmation. */
export interface SubmitResult {
  id: string;
  referentie: string;
  contactEmail: string;
  contactNaam: string;
  titel: string;
  metAccount: boolean;
}

/** The summary above the list of steps still to fill in. */
export const NIET_COMPLEET = "Uw aanvraag is nog niet compleet. Vul de stappen hieronder aan. Wat u al invulde, is bewaard.";

/**
 * Submits a draft: checks every step again, then in one transaction takes the next reference number
 * (one atomic INSERT ... ON CONFLICT DO UPDATE ... RETURNING) and moves CONCEPT -> INGEDIEND through
 * the status machine (optimistic lock + audit row). An incomplete draft stays as it is: INVALID with
 * the errors per step in `fieldErrors`.
 */
export async function dienConceptIn(actor: Actor | null, sleutel: string | null | undefined): Promise<SubmitResult> {
  const row = await vereisConcept(actor, sleutel);
  const fouten = controleerConcept(naarDTO(row), (await instellingen()).kleinBedrag);
  // Incomplete: an INVALID AppError with the errors per step (field = step name); the draft stays.
  if (Object.keys(fouten).length) throw new AppError("INVALID", NIET_COMPLEET, { fieldErrors: fouten as Record<string, string[]>, samenvatting: NIET_COMPLEET });
  const jaar = new Date().getFullYear();
  const referentie = await db.$transaction(async (tx) => {
    const ref = await volgendeReferentie(tx, "INI", jaar);
    await voerTransitieUit(tx, {
      initiatiefId: row.id,
      actie: "indienen",
      actorId: actor?.id ?? null,
      verwachteVersie: row.versie,
      data: { referentie: ref, ingediendOp: new Date(), conceptSleutel: null, laatsteStap: null },
      details: { referentie: ref },
    });
    return ref;
  });
  return { id: row.id, referentie, contactEmail: row.contactEmail, contactNaam: row.contactNaam, titel: row.titel, metAccount: !!row.indienerId };
}
