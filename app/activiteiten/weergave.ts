/**
 * Pieces shared by /activiteiten and the printed week overview: the time of an activity and its facts.
 * Server components (no state); dates only through lib/format.ts.
 */
import type { AgendaKeer } from "@/lib/data/activiteiten";
import { datum, klokTijd } from "@/lib/format";
import { DOELGROEP_NAMEN } from "@/lib/validation/kaart";

/** "10.00 tot 12.00 uur", or "10.00 uur" without an end. */
export function tijden(k: Pick<AgendaKeer, "start" | "eind">): string {
  return k.eind && k.eind > k.start ? `${klokTijd(k.start)} tot ${klokTijd(k.eind)} uur` : `${klokTijd(k.start)} uur`;
}

/** "Buurthuis De Kei, Kerkstraat 1, Drunen" or the wijk when the activity has no place. */
export function waar(k: AgendaKeer): string {
  const p = k.activiteit.plek;
  return p ? [p.naam, p.adres, p.plaats].filter(Boolean).join(", ") : k.activiteit.wijk.naam;
}

export function voorWie(doelgroepen: string[]): string {
  return doelgroepen.map((d) => DOELGROEP_NAMEN[d] ?? d).join(", ");
}

export function verplaatstTekst(k: AgendaKeer): string | null {
  return k.verplaatstVan ? `Let op: verplaatst, was op ${datum(k.verplaatstVan)}` : null;
}
