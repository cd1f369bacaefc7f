/**
 * Sociale kaart, public: the schedule of a recurring activity as text and its next times (detail page,
 * the result list, the plek page). Reads nothing itself: callers select ROOSTER_SELECT with the activity.
 */
import "server-only";
import { leesRooster, roosterTekst, volgendeKeren, keerTekst, type Keer } from "../../kaart/rooster.ts";

export const ROOSTER_SELECT = { rrule: true, vanaf: true, totEnMet: true, startTijd: true, eindTijd: true, uitgevallen: true, verplaatst: true } as const;

export type RoosterRij = Parameters<typeof leesRooster>[0];

/** The next times (not yet ended) of a stored schedule. */
export function volgendeKerenVan(r: RoosterRij, nu = new Date(), aantal = 5): Keer[] {
  return volgendeKeren(leesRooster(r), nu, aantal);
}

/** "Elke dinsdag van 10.00 tot 12.00 uur. Volgende keer: dinsdag 8 december 2026, 10.00 tot 12.00 uur" */
export function wanneerMetRooster(r: RoosterRij, nu = new Date()): string {
  const rooster = leesRooster(r);
  const volgende = volgendeKeren(rooster, nu, 1)[0];
  return volgende ? `${roosterTekst(rooster)}. Volgende keer: ${keerTekst(volgende)}` : `${roosterTekst(rooster)} (afgelopen)`;
}

export { roosterTekst, keerTekst, leesRooster };
