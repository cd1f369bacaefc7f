/**
 * PDOK Locatieserver v3.1 (free, no key): addresses, postcodes and place names anywhere in the
 * Netherlands. Base URL from LOCATIESERVER_URL (default the real PDOK service; tests use a local fake,
 * tests/support/locatieserver-fake.ts).
 *
 *  - `free` / `suggest` / `lookup`: the three endpoints, returning `response.docs[]` as sent.
 *  - `zoekAdres(q)`: suggest (type adres) + lookup -> coordinates, postcode, woonplaats, wijk- and buurtcode.
 *  - `zoekPlaatsOfPostcode(q)`: any Dutch postcode (1234 AB or 1234) or place name -> a point ("dichtbij").
 *
 * Every answer is cached in the database (table LocatieserverCache, CACHE_DAGEN days), so the same
 * lookup a second time needs no network, on every app instance. When the service cannot be reached the
 * functions return `{ ok: false, reden: "onbereikbaar", melding }` with a Dutch message for the caller to
 * show; they never throw for that, so the page keeps working. After a failure the service is not asked
 * again for STORING_SECONDEN (on any instance), so nobody waits for the time-out twice in a row.
 */
import type { Db } from "../db.ts";
import { db as standaardDb } from "../db.ts";
import { env } from "../env.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export const CACHE_DAGEN = 30;

/** After the service failed, it is not asked again for this long (a row in the same cache table). */
export const STORING_SECONDEN = 30;
export const STORING_SLEUTEL = "storing";

export const MELDING_ONBEREIKBAAR =
  "Het adressenregister (PDOK Locatieserver) is nu niet bereikbaar. Probeer het over een paar minuten opnieuw, of vul de gegevens zelf in.";

/** One document from `response.docs[]` (the fields we use; the service sends more). */
export interface LocatieDoc {
  id: string;
  type: string;
  weergavenaam: string;
  score?: number;
  centroide_ll?: string;
  postcode?: string;
  huisnummer?: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  straatnaam?: string;
  woonplaatsnaam?: string;
  gemeentenaam?: string;
  gemeentecode?: string;
  wijkcode?: string;
  wijknaam?: string;
  buurtcode?: string;
  buurtnaam?: string;
  [veld: string]: unknown;
}

export interface Adres {
  id: string;
  weergavenaam: string;
  straat: string | null;
  huisnummer: string | null;
  postcode: string | null;
  woonplaats: string | null;
  gemeente: string | null;
  /** CBS codes with their prefix: GM0797, WK079707, BU07970700 (PDOK sends the gemeentecode without GM). */
  gemeentecode: string | null;
  wijkcode: string | null;
  buurtcode: string | null;
  lat: number;
  lng: number;
}

export type Fout = { ok: false; reden: "onbereikbaar" | "niet-gevonden" | "ongeldig"; melding: string };
export type AdresResultaat = { ok: true; adres: Adres } | Fout;
/** `plaats`: the woonplaats (or gemeente) the point lies in, when the service names it. */
export type PuntResultaat = { ok: true; punt: { lat: number; lng: number; label: string; plaats?: string } } | Fout;

class Onbereikbaar extends Error {}

/** "POINT(5.2108 51.6954)" -> { lng, lat }, or null. */
export function parsePunt(wkt: string | undefined): { lat: number; lng: number } | null {
  const m = /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(wkt?.trim() ?? "");
  if (!m) return null;
  const lng = Number(m[1]);
  const lat = Number(m[2]);
  return Number.isFinite(lat) && Number.isFinite(lng) ? { lat, lng } : null;
}

/** "5251KV" -> "5251 KV" (the Dutch way of writing it). */
export function schrijfPostcode(pc: string | undefined | null): string | null {
  if (!pc) return null;
  const m = /^(\d{4})\s*([A-Za-z]{2})$/.exec(pc.trim());
  return m ? `${m[1]} ${m[2].toUpperCase()}` : pc.trim();
}

/** A Locatieserver address document -> our Adres; null when it has no usable point. */
export function naarAdres(d: LocatieDoc): Adres | null {
  const p = parsePunt(d.centroide_ll);
  if (!p) return null;
  const gm = d.gemeentecode ? (d.gemeentecode.startsWith("GM") ? d.gemeentecode : `GM${d.gemeentecode.padStart(4, "0")}`) : null;
  const nummer = d.huisnummer !== undefined ? `${d.huisnummer}${d.huisletter ?? ""}${d.huisnummertoevoeging ? `-${d.huisnummertoevoeging}` : ""}` : null;
  return {
    id: d.id,
    weergavenaam: d.weergavenaam,
    straat: d.straatnaam ?? null,
    huisnummer: nummer,
    postcode: schrijfPostcode(d.postcode),
    woonplaats: d.woonplaatsnaam ?? null,
    gemeente: d.gemeentenaam ?? null,
    gemeentecode: gm,
    wijkcode: d.wijkcode ?? null,
    buurtcode: d.buurtcode ?? null,
    ...p,
  };
}

function normaal(q: string): string {
  return q.normalize("NFC").replace(/\s+/g, " ").trim();
}

type Endpoint = "free" | "suggest" | "lookup";

/**
 * One request to the Locatieserver, answered from the cache when possible. Returns `response.docs`.
 * Throws Onbereikbaar when the service does not answer (or answers with an error status).
 */
async function vraag(endpoint: Endpoint, params: Record<string, string>, db: Db): Promise<LocatieDoc[]> {
  const zoek = new URLSearchParams(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));
  const sleutel = `${endpoint}?${zoek.toString().toLowerCase()}`;
  const nu = new Date();
  const kopie = leesKopie(db, sleutel, nu);
  if (kopie) return kopie;
  const hit = await db.locatieserverCache.findUnique({ where: { sleutel }, select: { antwoord: true, verlooptOp: true } });
  if (hit && hit.verlooptOp > nu) {
    const docs = hit.antwoord as unknown as LocatieDoc[];
    bewaarKopie(db, sleutel, docs, hit.verlooptOp);
    return docs;
  }

  // After a failure, every instance skips the service for STORING_SECONDEN: no visitor waits for the
  // time-out again (an offline demo, or PDOK down), the message comes at once.
  const storing = await db.locatieserverCache.findUnique({ where: { sleutel: STORING_SLEUTEL }, select: { verlooptOp: true } });
  if (storing && storing.verlooptOp > nu) throw new Onbereikbaar("kort geleden onbereikbaar");

  const e = env();
  const url = `${e.LOCATIESERVER_URL.replace(/\/+$/, "")}/${endpoint}?${zoek.toString()}`;
  let docs: LocatieDoc[];
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(e.LOCATIESERVER_TIMEOUT_SECONDEN * 1000), headers: { Accept: "application/json" } });
    if (!res.ok) throw new Onbereikbaar(`HTTP ${res.status}`);
    const body = (await res.json()) as { response?: { docs?: LocatieDoc[] } };
    if (!Array.isArray(body.response?.docs)) throw new Onbereikbaar("onverwacht antwoord");
    docs = body.response.docs;
  } catch (err) {
    const verlooptOp = new Date(Date.now() + STORING_SECONDEN * 1000);
    await db.locatieserverCache.upsert({ where: { sleutel: STORING_SLEUTEL }, create: { sleutel: STORING_SLEUTEL, antwoord: [], verlooptOp }, update: { verlooptOp } });
    if (err instanceof Onbereikbaar) throw err;
    throw new Onbereikbaar((err as Error).message);
  }
  const verlooptOp = new Date(nu.getTime() + CACHE_DAGEN * 86_400_000);
  const antwoord = docs as unknown as Prisma.InputJsonValue;
  await db.locatieserverCache.upsert({ where: { sleutel }, create: { sleutel, antwoord, verlooptOp }, update: { antwoord, verlooptOp, createdAt: nu } });
  bewaarKopie(db, sleutel, docs, verlooptOp);
  return docs;
}

/**
 * Per process, a copy of the answers this instance read from or wrote to the cache table, until that row's
 * expiry. Safe with several instances: a row is only ever written with a fresh answer of the service once it
 * is missing or expired, so before its expiry every instance reads the same answer from the database; nothing
 * invalidates a row early. So /kaart near a postcode (every request looks the postcode up) costs no query and no
 * JSON parse of up to 50 documents once the postcode is known here. Bounded: least recently used out.
 */
const KOPIEEN_MAX = 300;
const kopieen = new WeakMap<Db, Map<string, { docs: LocatieDoc[]; tot: number }>>();

function leesKopie(db: Db, sleutel: string, nu: Date): LocatieDoc[] | null {
  const perDb = kopieen.get(db);
  const k = perDb?.get(sleutel);
  if (!perDb || !k) return null;
  perDb.delete(sleutel);
  if (k.tot <= nu.getTime()) return null;
  perDb.set(sleutel, k); // most recently used last
  return k.docs;
}

function bewaarKopie(db: Db, sleutel: string, docs: LocatieDoc[], tot: Date) {
  let perDb = kopieen.get(db);
  if (!perDb) kopieen.set(db, (perDb = new Map()));
  perDb.delete(sleutel);
  perDb.set(sleutel, { docs, tot: tot.getTime() });
  if (perDb.size > KOPIEEN_MAX) perDb.delete(perDb.keys().next().value!);
}

export interface Opties {
  /** Solr filter, e.g. "type:adres" or "type:(woonplaats OR gemeente)". */
  fq?: string;
  rows?: number;
  db?: Db;
}

export function free(q: string, o: Opties = {}) {
  return vraag("free", { q: normaal(q), ...(o.fq ? { fq: o.fq } : {}), rows: String(o.rows ?? 10) }, o.db ?? standaardDb);
}

export function suggest(q: string, o: Opties = {}) {
  return vraag("suggest", { q: normaal(q), ...(o.fq ? { fq: o.fq } : {}), rows: String(o.rows ?? 10) }, o.db ?? standaardDb);
}

export async function lookup(id: string, o: { db?: Db } = {}): Promise<LocatieDoc | null> {
  const docs = await vraag("lookup", { id }, o.db ?? standaardDb);
  return docs[0] ?? null;
}

function onbereikbaar(): Fout {
  return { ok: false, reden: "onbereikbaar", melding: MELDING_ONBEREIKBAAR };
}

/**
 * An address as typed ("Raadhuisplein 1 Vlijmen", "5251KV 1") -> its coordinates, postcode, woonplaats,
 * wijkcode and buurtcode (suggest for the best address, then lookup for its details).
 */
export async function zoekAdres(q: string, o: { db?: Db } = {}): Promise<AdresResultaat> {
  const invoer = normaal(q);
  if (invoer.length < 3 || invoer.length > 200) {
    return { ok: false, reden: "ongeldig", melding: "Vul een adres in met straat, huisnummer en plaats, bijvoorbeeld: Dorpsstraat 1, Plaats." };
  }
  try {
    const [beste] = await suggest(invoer, { fq: "type:adres", rows: 5, db: o.db });
    const doc = beste && (await lookup(beste.id, o));
    const adres = doc ? naarAdres(doc) : null;
    if (!adres) {
      return { ok: false, reden: "niet-gevonden", melding: `We vinden geen adres bij "${invoer}". Controleer de straat, het huisnummer en de plaats.` };
    }
    return { ok: true, adres };
  } catch (err) {
    if (err instanceof Onbereikbaar) return onbereikbaar();
    throw err;
  }
}

/**
 * For "dichtbij": a Dutch postcode ("5251 KV", "5251kv", "5251") or a place name ("Vlijmen") -> a point.
 * A four-digit postcode gets the middle of the six-digit postcodes the service returns for it.
 */
export async function zoekPlaatsOfPostcode(q: string, o: { db?: Db } = {}): Promise<PuntResultaat> {
  const invoer = normaal(q);
  const pc = /^([1-9]\d{3})\s*([A-Za-z]{2})?$/.exec(invoer);
  if (!pc && (invoer.length < 2 || invoer.length > 100 || !/\p{L}/u.test(invoer))) {
    return { ok: false, reden: "ongeldig", melding: "Vul een postcode in (zoals 1234 AB of 1234) of de naam van een plaats." };
  }
  try {
    if (pc?.[2]) {
      const code = `${pc[1]}${pc[2].toUpperCase()}`;
      const docs = await free(code, { fq: "type:postcode", rows: 1, db: o.db });
      const d = docs.find((x) => x.postcode?.replace(/\s/g, "").toUpperCase() === code);
      const p = parsePunt(d?.centroide_ll);
      if (d && p) return { ok: true, punt: { ...p, label: `postcode ${schrijfPostcode(code)}${d.woonplaatsnaam ? ` (${d.woonplaatsnaam})` : ""}`, ...(d.woonplaatsnaam ? { plaats: d.woonplaatsnaam } : {}) } };
      return { ok: false, reden: "niet-gevonden", melding: `Postcode ${schrijfPostcode(code)} bestaat niet of we vinden hem niet. Controleer de postcode.` };
    }
    if (pc) {
      const docs = await free(pc[1], { fq: "type:postcode", rows: 50, db: o.db });
      const punten = docs.filter((x) => x.postcode?.startsWith(pc[1])).flatMap((x) => parsePunt(x.centroide_ll) ?? []);
      if (!punten.length) return { ok: false, reden: "niet-gevonden", melding: `Postcode ${pc[1]} bestaat niet of we vinden hem niet. Controleer de postcode.` };
      const lat = punten.reduce((s, p) => s + p.lat, 0) / punten.length;
      const lng = punten.reduce((s, p) => s + p.lng, 0) / punten.length;
      const plaats = docs.find((x) => x.postcode?.startsWith(pc[1]))?.woonplaatsnaam;
      return { ok: true, punt: { lat, lng, label: `postcode ${pc[1]}${plaats ? ` (${plaats})` : ""}`, ...(plaats ? { plaats } : {}) } };
    }
    const docs = await free(invoer, { fq: "type:(woonplaats OR gemeente)", rows: 1, db: o.db });
    const d = docs[0];
    const p = parsePunt(d?.centroide_ll);
    const naam = d?.woonplaatsnaam ?? d?.gemeentenaam;
    if (d && p) return { ok: true, punt: { ...p, label: naam ?? d.weergavenaam, ...(naam ? { plaats: naam } : {}) } };
    return { ok: false, reden: "niet-gevonden", melding: `We vinden geen plaats met de naam "${invoer}". Controleer de spelling, of vul een postcode in.` };
  } catch (err) {
    if (err instanceof Onbereikbaar) return onbereikbaar();
    throw err;
  }
}

/** Removes expired cache rows (daily job in lib/taken/taken.ts). */
export async function ruimLocatieCacheOp(db: Db, nu = new Date()): Promise<number> {
  const r = await db.locatieserverCache.deleteMany({ where: { verlooptOp: { lt: nu } } });
  return r.count;
}
