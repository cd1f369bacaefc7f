/**
 * The CBS gemeentecode (GMxxxx) of this portal's gemeente: the CBS import keeps only features of this
 * gemeente. From the instellingen (/beheer/instellingen); while that is empty, env GEMEENTECODE (a
 * fallback for a fresh database, like the other settings), else "GM0797" (Heusden, the demo seed).
 */
import { leesInstellingen } from "./instellingen.ts";

const GELDIG = /^GM\d{4}$/;

export async function gemeentecode(): Promise<string> {
  const uitInstellingen = (await leesInstellingen()).gemeenteCode?.trim().toUpperCase();
  if (uitInstellingen && GELDIG.test(uitInstellingen)) return uitInstellingen;
  const v = (process.env.GEMEENTECODE ?? "").trim().toUpperCase();
  return GELDIG.test(v) ? v : "GM0797";
}
