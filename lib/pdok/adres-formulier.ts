/**
 * "Zoek adres" in a form without JavaScript: the button submits the form with GET to its own page
 * (`?adresZoeken=1&adres=...&<the other fields>`); the page calls `adresZoekStaat(searchParams)` and
 * gives the result to the form as its first state. Every typed value comes back, with postcode, lat
 * and lng filled in (or the Dutch message next to the address field). With JavaScript the same button
 * asks /api/adres and fills the fields in place (components/form/adres-zoeker.tsx).
 */
import type { ActionState, FormValues } from "../actions.ts";
import { zoekAdres, type Adres } from "./locatieserver.ts";

export interface AdresVelden {
  adres: string;
  postcode?: string;
  plaats?: string;
  lat?: string;
  lng?: string;
}

export const STANDAARD_VELDEN: Required<Omit<AdresVelden, "plaats">> = { adres: "adres", postcode: "postcode", lat: "lat", lng: "lng" };

/** A coordinate as the Dutch forms expect it: "51,6957". */
export function coordinaat(n: number): string {
  return String(Math.round(n * 1e6) / 1e6).replace(".", ",");
}

/** What goes into which field for a found address (also used by the API route for the JS path). */
export function adresVeldwaarden(a: Adres, velden: AdresVelden = STANDAARD_VELDEN): Record<string, string> {
  const uit: Record<string, string> = {};
  if (velden.postcode && a.postcode) uit[velden.postcode] = a.postcode;
  if (velden.plaats && a.woonplaats) uit[velden.plaats] = a.woonplaats;
  if (velden.lat) uit[velden.lat] = coordinaat(a.lat);
  if (velden.lng) uit[velden.lng] = coordinaat(a.lng);
  uit[velden.adres] = [a.straat, a.huisnummer].filter(Boolean).join(" ") || a.weergavenaam;
  return uit;
}

export function adresGevondenTekst(a: Adres): string {
  const codes = [a.wijkcode && `wijk ${a.wijkcode}`, a.buurtcode && `buurt ${a.buurtcode}`].filter(Boolean).join(", ");
  return `Adres gevonden: ${a.weergavenaam}${codes ? ` (${codes})` : ""}. Postcode en coördinaten zijn ingevuld. Controleer ze en sla daarna op.`;
}

/** The form state for a page opened by the "Zoek adres" button without JavaScript, or null. */
export async function adresZoekStaat(params: Record<string, string | string[] | undefined>, velden: AdresVelden = STANDAARD_VELDEN): Promise<ActionState> {
  if (params.adresZoeken !== "1") return null;
  const values: FormValues = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || k === "adresZoeken" || k.startsWith("$ACTION")) continue;
    values[k] = v;
  }
  const q = String(Array.isArray(values[velden.adres]) ? values[velden.adres][0] : (values[velden.adres] ?? ""));
  const r = await zoekAdres(q);
  if (!r.ok) return { ok: false, message: r.melding, fieldErrors: { [velden.adres]: [r.melding] }, values };
  return { ok: true, message: adresGevondenTekst(r.adres), values: { ...values, ...adresVeldwaarden(r.adres, velden) } };
}
