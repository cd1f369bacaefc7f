/**
 * The readable diff of a KaartWijziging (before and after as stored JSON): which fields changed, with
 * Dutch labels and short texts. Pure, for /beheer/kaart/wijzigingen and for "Ongedaan maken".
 */
import { KAARTBEHEER_LABELS } from "../validation/kaartbeheer.ts";

type Json = unknown;

/** Fields never shown nor restored (identity, derived from another field). */
const OVERSLAAN = new Set(["id", "slug", "soort"]);

const EXTRA_LABELS: Record<string, string> = {
  openingstijden: "Openingstijden",
  openingsUitzonderingen: "Gesloten op",
  rolstoeltoegankelijk: "Rolstoeltoegankelijk",
  aangepastToilet: "Aangepast toilet",
  ringleiding: "Ringleiding",
  start: "Begin",
  eind: "Einde",
  rooster: "Rooster",
};

/** JSON with sorted keys, so jsonb's key order does not count as a change. */
export function canoniek(v: Json): string {
  if (Array.isArray(v)) return `[${v.map(canoniek).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v as Record<string, Json>)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canoniek((v as Record<string, Json>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v ?? null);
}

export function veldTekst(v: Json): string {
  if (v === null || v === undefined || v === "") return "(leeg)";
  if (typeof v === "boolean") return v ? "ja" : "nee";
  if (Array.isArray(v)) return v.length ? v.map((x) => (x && typeof x === "object" ? Object.values(x as object).join(" ") : String(x))).join(", ") : "(leeg)";
  if (typeof v === "object") return Object.entries(v as object).map(([k, x]) => `${k}: ${typeof x === "object" ? canoniek(x) : String(x)}`).join("; ");
  return String(v);
}

export interface VeldVerschil {
  veld: string;
  label: string;
  voor: string;
  na: string;
}

/** The fields whose value differs between before and after (both stored objects). */
export function gewijzigdeVelden(voor: Json, na: Json): string[] {
  const v = (voor && typeof voor === "object" ? voor : {}) as Record<string, Json>;
  const n = (na && typeof na === "object" ? na : {}) as Record<string, Json>;
  const velden = [...new Set([...Object.keys(v), ...Object.keys(n)])].filter((k) => !OVERSLAAN.has(k));
  return velden.filter((k) => canoniek(v[k]) !== canoniek(n[k]));
}

export function kaartDiff(voor: Json, na: Json): VeldVerschil[] {
  const v = (voor && typeof voor === "object" ? voor : {}) as Record<string, Json>;
  const n = (na && typeof na === "object" ? na : {}) as Record<string, Json>;
  return gewijzigdeVelden(voor, na).map((veld) => ({ veld, label: EXTRA_LABELS[veld] ?? KAARTBEHEER_LABELS[veld] ?? veld, voor: veldTekst(v[veld]), na: veldTekst(n[veld]) }));
}
