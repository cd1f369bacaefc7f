/** The fields of an initiative as the initiatiefnemer fills them in: one select for every view of the submission. */
import type { Prisma } from "../generated/prisma/client.ts";

export const INITIATIEF_INHOUD_SELECT = {
  titel: true,
  ikWil: true,
  ikKan: true,
  samenMet: true,
  nodigGeld: true,
  nodigRuimte: true,
  nodigMateriaal: true,
  nodigContact: true,
  nodigBekendheid: true,
  nodigToelichting: true,
  bedragGevraagd: true,
  begroting: true,
  voorWie: true,
  locatie: true,
  doelen: true,
  meedoen: true,
  openbaar: true,
  contactNaam: true,
  contactEmail: true,
  contactTelefoon: true,
} satisfies Prisma.InitiatiefSelect;
