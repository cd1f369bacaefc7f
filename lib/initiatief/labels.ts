/** Dutch names and explanations of initiative statuses and goals (safe for client components). */
import type { Doel, InitiatiefStatus } from "../generated/prisma/enums.ts";

export type { Doel };

export const STATUS_LABELS: Record<InitiatiefStatus, string> = {
  CONCEPT: "Concept",
  INGEDIEND: "Ingediend",
  IN_BEHANDELING: "In behandeling",
  AANVULLING_GEVRAAGD: "Vraag van de gemeente",
  GOEDGEKEURD: "Goedgekeurd",
  AFGEWEZEN: "Afgewezen",
  DOORVERWEZEN: "Doorverwezen",
  INGETROKKEN: "Ingetrokken",
  AFGEROND: "Afgerond",
};

/** What the status means for the initiatiefnemer, in plain Dutch. */
export const STATUS_UITLEG: Record<InitiatiefStatus, string> = {
  CONCEPT: "U bent nog bezig. Uw aanvraag is nog niet verstuurd.",
  INGEDIEND: "We hebben uw aanvraag ontvangen. Een medewerker gaat ermee aan de slag.",
  IN_BEHANDELING: "Een medewerker bekijkt uw aanvraag.",
  AANVULLING_GEVRAAGD: "We hebben een vraag aan u. Beantwoord de vraag, dan gaan we verder.",
  GOEDGEKEURD: "Uw initiatief is goedgekeurd. Veel succes! Vertel ons na afloop hoe het ging.",
  AFGEWEZEN: "Uw aanvraag is afgewezen. Hieronder leest u waarom.",
  DOORVERWEZEN: "Uw aanvraag past beter ergens anders. Hieronder leest u waar.",
  INGETROKKEN: "U heeft uw aanvraag ingetrokken.",
  AFGEROND: "Uw initiatief is afgerond. Bedankt voor uw verhaal!",
};

/** The policy terms of the goals (fonds sociale basis): for staff pages only. */
export const DOEL_LABELS: Record<Doel, string> = {
  ONTMOETING: "Ontmoeting en verbinding",
  INFORMEEL_NETWERK: "Het informele netwerk versterken",
  OMZIEN: "Omzien naar elkaar in de buurt",
  POSITIEVE_GEZONDHEID: "Positieve gezondheid (bijvoorbeeld meedoen of je goed voelen)",
};

/**
 * The goals in plain words (B1) for residents (issue 12 point 11); the policy term stays in the
 * staff view (DOEL_LABELS).
 */
export const DOEL_LABELS_BEWONER: Record<Doel, string> = {
  ONTMOETING: "Mensen ontmoeten elkaar",
  INFORMEEL_NETWERK: "Buren, familie en vrienden helpen elkaar",
  OMZIEN: "Mensen letten op elkaar in de buurt",
  POSITIEVE_GEZONDHEID: "Mensen voelen zich goed en doen mee",
};
