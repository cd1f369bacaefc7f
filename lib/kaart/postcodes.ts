/**
 * Postcode -> approximate location without a network service: the four-digit postcode areas of the
 * demo gemeente (the seed's) with a rough centre point (hand-picked, accurate to a few hundred metres: enough
 * to sort by distance, not for navigation). Unknown postcodes get a clear Dutch message.
 */
export interface PostcodeGebied {
  pc4: string;
  plaats: string;
  lat: number;
  lng: number;
}

export const POSTCODE_GEBIEDEN: PostcodeGebied[] = [
  { pc4: "5150", plaats: "Drunen", lat: 51.686, lng: 5.133 },
  { pc4: "5151", plaats: "Drunen (centrum)", lat: 51.6865, lng: 5.132 },
  { pc4: "5152", plaats: "Drunen (Venne)", lat: 51.6935, lng: 5.134 },
  { pc4: "5153", plaats: "Drunen (Braken)", lat: 51.6795, lng: 5.136 },
  { pc4: "5154", plaats: "Elshout", lat: 51.701, lng: 5.143 },
  { pc4: "5155", plaats: "Elshout (buitengebied)", lat: 51.706, lng: 5.152 },
  { pc4: "5156", plaats: "Drunen (buitengebied)", lat: 51.673, lng: 5.118 },
  { pc4: "5251", plaats: "Vlijmen (centrum)", lat: 51.696, lng: 5.213 },
  { pc4: "5252", plaats: "Vlijmen (Vijfhoeven, Geerpark)", lat: 51.693, lng: 5.226 },
  { pc4: "5253", plaats: "Nieuwkuijk", lat: 51.69, lng: 5.184 },
  { pc4: "5254", plaats: "Haarsteeg", lat: 51.712, lng: 5.195 },
  { pc4: "5256", plaats: "Heusden, Hedikhuizen, Heesbeen, Doeveren", lat: 51.733, lng: 5.139 },
  { pc4: "5257", plaats: "Oudheusden", lat: 51.724, lng: 5.142 },
  { pc4: "5258", plaats: "Herpt", lat: 51.727, lng: 5.18 },
];

export type PostcodeResultaat = { ok: true; gebied: PostcodeGebied } | { ok: false; melding: string };

/** "5151 AB", "5151ab", "5151" -> the area; anything else -> a message the resident understands. */
export function zoekPostcode(invoer: string, gemeente = "deze gemeente"): PostcodeResultaat {
  const schoon = invoer.replace(/\s+/g, "").toUpperCase();
  const m = /^([1-9][0-9]{3})([A-Z]{2})?$/.exec(schoon);
  if (!m) {
    return { ok: false, melding: `"${invoer.trim()}" is geen geldige postcode. Vul een postcode in zoals 5151 AB of alleen de cijfers, zoals 5151.` };
  }
  const gebied = POSTCODE_GEBIEDEN.find((g) => g.pc4 === m[1]);
  if (!gebied) {
    return {
      ok: false,
      melding: `Postcode ${m[1]} ligt niet in de gemeente ${gemeente}, of we kennen hem niet. Gebruik een postcode uit ${gemeente}, of kies een wijk.`,
    };
  }
  return { ok: true, gebied };
}

/** Distance in kilometres (equirectangular approximation: exact enough within a municipality). */
export function afstandKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const kx = 111.32 * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  const dx = (a.lng - b.lng) * kx;
  const dy = (a.lat - b.lat) * 110.57;
  return Math.sqrt(dx * dx + dy * dy);
}
