/**
 * The gemeente's settings (table Instellingen, one row): name, CBS code, contact details, texts, and
 * the amounts and terms of the rules. Beheerders change them on /beheer/instellingen
 * (lib/data/instellingen.ts). An empty column, or no row at all (a fresh database), means the
 * default: the old environment variable if it is still set, otherwise the built-in value.
 *
 * Read from the database on every request (one primary-key lookup; `instellingen()` is cached per
 * request by React), never kept in process memory: with several app instances a change counts at once.
 */
import { cache } from "react";
import { db, type Db } from "./db.ts";
import { env } from "./env.ts";

export interface Instellingen {
  /** The gemeente's name ("Oss"); "uw gemeente" until a beheerder sets it. */
  gemeenteNaam: string;
  /** True when a beheerder has set the name (a fresh database: false). */
  naamIngesteld: boolean;
  /** CBS gemeentecode, e.g. GM0828. */
  gemeenteCode: string | null;
  telefoon: string | null;
  email: string | null;
  adres: string | null;
  privacyContact: string | null;
  welkomTekst: string | null;
  /** Up to this amount (euro) the short initiative form applies. */
  kleinBedrag: number;
  /** Above this amount (euro) two ambtenaren approve. */
  vierOgenBedrag: number;
  /** Working days to react to an initiative. */
  reactietermijnWerkdagen: number;
  /** Days a hulpvraag stays open. */
  hulpvraagGeldigDagen: number;
  /** Edits by members of an organisation wait for a staff check (false: they are live at once). */
  kaartControle: boolean;
}

export const STANDAARD_GEMEENTE_NAAM = "uw gemeente";

type Rij = {
  gemeenteNaam: string | null;
  gemeenteCode: string | null;
  telefoon: string | null;
  email: string | null;
  adres: string | null;
  privacyContact: string | null;
  welkomTekst: string | null;
  kleinBedrag: number | null;
  vierOgenBedrag: number | null;
  reactietermijnWerkdagen: number | null;
  hulpvraagGeldigDagen: number | null;
  kaartControle: boolean | null;
};

export const INSTELLINGEN_ID = "gemeente";

/** Row (or none) plus defaults. Pure: exported for tests. */
export function metStandaarden(rij: Rij | null): Instellingen {
  const e = env();
  const naam = rij?.gemeenteNaam?.trim() || e.GEMEENTE_NAAM?.trim() || "";
  return {
    gemeenteNaam: naam || STANDAARD_GEMEENTE_NAAM,
    naamIngesteld: !!naam,
    gemeenteCode: rij?.gemeenteCode ?? null,
    telefoon: rij?.telefoon ?? null,
    email: rij?.email ?? null,
    adres: rij?.adres ?? null,
    privacyContact: rij?.privacyContact ?? null,
    welkomTekst: rij?.welkomTekst ?? null,
    kleinBedrag: rij?.kleinBedrag ?? e.INITIATIEF_KLEIN_BEDRAG,
    vierOgenBedrag: rij?.vierOgenBedrag ?? e.VIER_OGEN_BEDRAG,
    reactietermijnWerkdagen: rij?.reactietermijnWerkdagen ?? e.REACTIETERMIJN_WERKDAGEN,
    hulpvraagGeldigDagen: rij?.hulpvraagGeldigDagen ?? e.HULPVRAAG_GELDIG_DAGEN,
    kaartControle: rij?.kaartControle ?? false,
  };
}

export const INSTELLINGEN_SELECT = {
  gemeenteNaam: true,
  gemeenteCode: true,
  telefoon: true,
  email: true,
  adres: true,
  privacyContact: true,
  welkomTekst: true,
  kleinBedrag: true,
  vierOgenBedrag: true,
  reactietermijnWerkdagen: true,
  hulpvraagGeldigDagen: true,
  kaartControle: true,
} as const;

/** The settings straight from the database (pass a transaction client to read inside it). */
export async function leesInstellingen(client: Pick<Db, "instellingen"> = db): Promise<Instellingen> {
  const rij = await client.instellingen.findUnique({ where: { id: INSTELLINGEN_ID }, select: INSTELLINGEN_SELECT });
  return metStandaarden(rij);
}

/**
 * The settings for this request (read once per request from the database; public, no permission).
 * A database without the table yet (not migrated: P2021) counts as a fresh one: the defaults, with a
 * warning. Any other database error is thrown, so the page shows it.
 */
export const instellingen = cache(async (): Promise<Instellingen> => {
  try {
    return await leesInstellingen();
  } catch (e) {
    if ((e as { code?: string } | null)?.code !== "P2021") throw e;
    console.warn("Instellingen niet te lezen (database nog niet bijgewerkt); de standaardwaarden worden gebruikt.");
    return metStandaarden(null);
  }
});
