/**
 * Import of an existing sociale kaart (/beheer/kaart-import): a CSV file with Dutch headers (the
 * template, KAART_IMPORT_KOPPEN) or Open Referral HSDS 3.x JSON. Pure code, no database: both formats
 * become the same rows of text (KaartInvoer), which `controleer` checks against the reference data
 * (wijken, categorieën) and turns into a plan, with every problem per row in Dutch. The data layer
 * (lib/data/kaart-import.ts) checks permissions, finds what already exists (by bron + extern id) and
 * writes the plan in one transaction.
 *
 * HSDS -> our model is the reverse of lib/open-data/hsds.ts: a location is a plek (its "own" service,
 * the one with the same id, gives e-mail, website and opening hours), every other service is an
 * activiteit at the first location of its service_at_locations, organizations are organisaties (the
 * municipality itself, legal_status "government", is not one). Categorie, wijk and doelgroepen come
 * from service attributes (link_type "categorie", "wijk", "doelgroep"), which our export writes.
 * Both HSDS 3.0 names (addresss, accessibilitys) and 3.1 names (addresses, accessibility) are read.
 */
import { amsterdamseDag, amsterdamseKlok } from "../format.ts";
import { DAGEN, type Openingstijd } from "../kaart/openingstijden.ts";
import { puntInGrens } from "../geo/punt-in-polygoon.ts";
import { slugify } from "../slug.ts";
import { splitCsv } from "./cijfers-csv.ts";
import { naarCsvTekst } from "../csv.ts";

/** Headers of the CSV template, in column order. */
export const KAART_IMPORT_KOPPEN = [
  "soort", "extern id", "naam", "categorie", "omschrijving", "adres", "postcode", "plaats", "lat", "lng", "wijk", "doelgroepen",
  "telefoon", "e-mail", "website", "organisatie", "openingstijden", "rolstoeltoegankelijk", "plek", "start", "eind", "herhaling", "kosten", "aanmelden",
] as const;
export type Kolom = (typeof KAART_IMPORT_KOPPEN)[number];

/** What each column means (shown on the import page). */
export const KOLOM_UITLEG: Record<Kolom, string> = {
  soort: "plek of activiteit (leeg = plek)",
  "extern id": "uw eigen nummer of code. Bij een nieuwe import werkt het portaal de plek met dit id bij. Leeg: naam en postcode worden de sleutel",
  naam: "verplicht",
  categorie: "verplicht voor een plek: de naam of code van een categorie van de kaart",
  omschrijving: "wat er te doen of te halen is",
  adres: "straat en huisnummer",
  postcode: "bijvoorbeeld 5251 HA",
  plaats: "de woonplaats, zoals in het adres",
  lat: "breedtegraad (WGS84), bijvoorbeeld 51,6853. Verplicht voor een plek",
  lng: "lengtegraad (WGS84), bijvoorbeeld 5,1334. Verplicht voor een plek",
  wijk: "naam of code van de wijk. Leeg: het portaal kiest de wijk bij de coördinaten",
  doelgroepen: "iedereen, jongeren, ouderen, gezinnen of mantelzorgers, met komma's ertussen (leeg = iedereen)",
  telefoon: "",
  "e-mail": "",
  website: "begint met https://",
  organisatie: "naam van de organisatie. Een nieuwe naam wordt een nieuwe organisatie",
  openingstijden: "bijvoorbeeld: maandag 09:00-17:00, dinsdag 13:30-21:30",
  rolstoeltoegankelijk: "ja of nee",
  plek: "alleen voor een activiteit: het extern id van de plek waar het is",
  start: "alleen voor een activiteit: datum en tijd, bijvoorbeeld 2027-03-12 10:00",
  eind: "alleen voor een activiteit: datum en tijd",
  herhaling: "alleen voor een activiteit: bijvoorbeeld Elke dinsdag van 10.00 tot 12.00 uur",
  kosten: "alleen voor een activiteit",
  aanmelden: "alleen voor een activiteit",
};

/** Other names a column may have (the public export uses some of them). */
const ALIASSEN: Record<string, Kolom> = {
  "soort plek/activiteit": "soort", externid: "extern id", extern_id: "extern id", id: "extern id", titel: "naam", beschrijving: "omschrijving",
  breedtegraad: "lat", lengtegraad: "lng", latitude: "lat", longitude: "lng", email: "e-mail", "e-mailadres": "e-mail", rolstoel: "rolstoeltoegankelijk",
};

/** The downloadable template: only the header row (semicolons, BOM, as every CSV of the app). */
export function kaartImportSjabloon(): string {
  return naarCsvTekst([[...KAART_IMPORT_KOPPEN]]);
}

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_RIJEN = 5000;

/** One row of either format, as text. `label` names the row in messages ("Rij 12", "Locatie 'De Schakel'"). */
export type KaartInvoer = { label: string } & Record<Kolom, string> & {
  /** HSDS: the organisation's details (CSV has only its name). */
  org?: { beschrijving: string | null; website: string | null; email: string | null; telefoon: string | null };
};

export interface ReferentieWijk { id: string; slug: string; naam: string; lat: number; lng: number; grens: unknown }
export interface ReferentieCategorie { id: string; slug: string; naam: string; soort: "ONTMOETINGSPLEK" | "VOORZIENING" }

export type DoelgroepWaarde = "IEDEREEN" | "JONGEREN" | "OUDEREN" | "GEZINNEN" | "MANTELZORGERS";

export interface PlekRegel {
  soort: "plek";
  label: string;
  externId: string;
  organisatie: string | null;
  org?: KaartInvoer["org"];
  data: {
    naam: string; soort: "ONTMOETINGSPLEK" | "VOORZIENING"; categorieId: string; beschrijving: string; adres: string | null; postcode: string | null; plaats: string | null;
    lat: number; lng: number; wijkId: string; doelgroepen: DoelgroepWaarde[]; telefoon: string | null; email: string | null; website: string | null;
    openingstijden: Openingstijd[] | null; rolstoeltoegankelijk: boolean;
  };
}

export interface ActiviteitRegel {
  soort: "activiteit";
  label: string;
  externId: string;
  organisatie: string | null;
  org?: KaartInvoer["org"];
  /** Extern id of a plek in this file or already imported from the same bron, or the slug of a plek on the kaart. */
  plek: string | null;
  data: {
    titel: string; beschrijving: string; wijkId: string | null; start: Date | null; eind: Date | null; herhaling: string | null; kosten: string | null; aanmelden: string | null;
    doelgroepen: DoelgroepWaarde[];
  };
}

export type ImportRegel = PlekRegel | ActiviteitRegel;

export interface GelezenBestand {
  invoer: KaartInvoer[];
  /** Problems with the file as a whole (not readable, no header...). */
  fouten: string[];
  /** Shown, never blocking (e.g. columns the portal does not know). */
  waarschuwingen?: string[];
}

const leeg = (): Record<Kolom, string> => Object.fromEntries(KAART_IMPORT_KOPPEN.map((k) => [k, ""])) as Record<Kolom, string>;

// ---------- CSV ----------

export function leesKaartCsv(tekst: string): GelezenBestand {
  const eerste = tekst.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const sep = eerste.includes(";") ? ";" : eerste.includes("\t") ? "\t" : ",";
  const rows = splitCsv(tekst, sep);
  if (!rows.length) return { invoer: [], fouten: ["Het bestand is leeg."] };
  const kop = rows[0].velden.map((h) => {
    const k = h.trim().toLowerCase();
    return (KAART_IMPORT_KOPPEN as readonly string[]).includes(k) ? (k as Kolom) : (ALIASSEN[k] ?? null);
  });
  if (!kop.includes("naam")) {
    return { invoer: [], fouten: ["De eerste regel moet de kolomnamen bevatten, zoals in het sjabloon. De kolom naam ontbreekt."] };
  }
  const onbekend = rows[0].velden.filter((h, i) => h.trim() && !kop[i]).map((h) => h.trim());
  const waarschuwingen = onbekend.length ? [`Deze kolommen kent het portaal niet; ze worden overgeslagen: ${onbekend.join(", ")}.`] : [];
  if (rows.length - 1 > MAX_IMPORT_RIJEN) return { invoer: [], fouten: [`Het bestand heeft meer dan ${MAX_IMPORT_RIJEN} rijen. Splits het in delen.`] };
  const invoer = rows.slice(1).map((r) => {
    const rij: KaartInvoer = { label: `Rij ${r.regel}`, ...leeg() };
    kop.forEach((k, i) => {
      if (k && !rij[k]) rij[k] = (r.velden[i] ?? "").trim();
    });
    return rij;
  });
  return { invoer, fouten: [], waarschuwingen };
}

// ---------- HSDS ----------

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => !!x && typeof x === "object" && !Array.isArray(x);
const lijst = (x: unknown): Obj[] => (Array.isArray(x) ? x.filter(isObj) : []);
const tekst = (x: unknown): string => (typeof x === "string" ? x.trim() : typeof x === "number" ? String(x) : "");

interface HsdsPlat {
  organizations: Map<string, Obj>;
  services: Map<string, Obj>;
  locations: Map<string, Obj>;
  sals: Obj[];
  schedules: Obj[];
}

function voegServiceToe(p: HsdsPlat, s: Obj) {
  const id = tekst(s.id);
  if (!id) return;
  if (isObj(s.organization)) {
    const org = s.organization;
    if (tekst(org.id) && !p.organizations.has(tekst(org.id))) p.organizations.set(tekst(org.id), org);
    if (!s.organization_id) s = { ...s, organization_id: org.id };
  }
  p.services.set(id, s);
  for (const sch of lijst(s.schedules)) p.schedules.push({ service_id: id, ...sch });
  for (const sal of lijst(s.service_at_locations)) {
    const loc = isObj(sal.location) ? sal.location : null;
    const locId = tekst(sal.location_id) || tekst(loc?.id);
    if (loc && locId && !p.locations.has(locId)) p.locations.set(locId, loc);
    p.sals.push({ ...sal, service_id: id, location_id: locId });
    for (const sch of lijst(sal.schedules)) p.schedules.push({ service_id: id, location_id: locId, ...sch });
  }
}

/** Any of: our bundle (organizations, services, locations, service_at_locations, schedules), one service, a list of services or a paged list ({ contents }). */
export function maakHsdsPlat(doc: unknown): HsdsPlat | null {
  const p: HsdsPlat = { organizations: new Map(), services: new Map(), locations: new Map(), sals: [], schedules: [] };
  if (Array.isArray(doc)) {
    lijst(doc).forEach((s) => voegServiceToe(p, s));
    return p;
  }
  if (!isObj(doc)) return null;
  if (Array.isArray(doc.contents)) {
    lijst(doc.contents).forEach((s) => voegServiceToe(p, s));
    return p;
  }
  if (Array.isArray(doc.services) || Array.isArray(doc.locations) || Array.isArray(doc.organizations)) {
    for (const o of lijst(doc.organizations)) if (tekst(o.id)) p.organizations.set(tekst(o.id), o);
    for (const l of lijst(doc.locations)) {
      if (!tekst(l.id)) continue;
      p.locations.set(tekst(l.id), l);
      for (const sch of lijst(l.schedules)) p.schedules.push({ location_id: tekst(l.id), ...sch });
    }
    for (const s of lijst(doc.services)) voegServiceToe(p, s);
    const sals = [...lijst(doc.service_at_locations), ...lijst(doc.service_at_location), ...lijst(doc.services_at_location)];
    for (const sal of sals) if (!p.sals.some((x) => x.service_id === sal.service_id && x.location_id === sal.location_id)) p.sals.push(sal);
    p.schedules.push(...lijst(doc.schedules));
    return p;
  }
  if (tekst(doc.id) && tekst(doc.name)) {
    voegServiceToe(p, doc);
    return p;
  }
  return null;
}

const BYDAY: Record<string, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

function attribuut(s: Obj | undefined, soort: string): string[] {
  return lijst(s?.attributes)
    .filter((a) => tekst(a.link_type).toLowerCase() === soort)
    .map((a) => tekst(a.value) || tekst(isObj(a.taxonomy_term) ? a.taxonomy_term.code : ""))
    .filter(Boolean);
}

/** "2030-01-14" and "09:00" -> "2030-01-14 09:00"; only what looks like a date. */
function hsdsMoment(datum: string, tijd: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/.test(datum)) return datum;
  return `${datum.slice(0, 10)}${tijd ? ` ${tijd.slice(0, 5)}` : ""}`;
}

export function leesHsds(tekstInhoud: string): GelezenBestand {
  let doc: unknown;
  try {
    doc = JSON.parse(tekstInhoud.replace(/^\uFEFF/, ""));
  } catch {
    return { invoer: [], fouten: ["Het bestand is geen geldige JSON. Kies een HSDS-bestand (.json) of een CSV-bestand."] };
  }
  const p = maakHsdsPlat(doc);
  if (!p) return { invoer: [], fouten: ["Dit JSON-bestand lijkt niet op Open Referral HSDS: er staan geen services, locations of organizations in."] };
  if (p.locations.size + p.services.size > MAX_IMPORT_RIJEN) return { invoer: [], fouten: [`Het bestand heeft meer dan ${MAX_IMPORT_RIJEN} plekken en activiteiten. Splits het in delen.`] };

  const orgNaam = (id: string) => {
    const o = p.organizations.get(id);
    if (!o || tekst(o.legal_status).toLowerCase() === "government") return { naam: "", org: undefined };
    const tel = lijst(o.phones)[0];
    return {
      naam: tekst(o.name),
      org: { beschrijving: tekst(o.description) || null, website: tekst(o.website) || null, email: tekst(o.email) || null, telefoon: tekst(tel?.number) || null },
    };
  };
  const invoer: KaartInvoer[] = [];
  for (const [id, l] of p.locations) {
    const eigen = p.services.get(id);
    const naam = tekst(l.name) || tekst(eigen?.name);
    const adressen = [...lijst(l.addresss), ...lijst(l.addresses), ...lijst(l.physical_addresses)];
    const adres = adressen.find((a) => tekst(a.address_type) !== "postal") ?? adressen[0];
    const toegankelijk = [...lijst(l.accessibilitys), ...lijst(l.accessibility), ...lijst(l.accessibility_for_disabilities)];
    const open = p.schedules
      .filter((s) => (tekst(s.location_id) === id || (eigen && tekst(s.service_id) === id)) && tekst(s.freq).toUpperCase() === "WEEKLY" && tekst(s.opens_at) && tekst(s.closes_at))
      .flatMap((s) =>
        tekst(s.byday)
          .split(",")
          .map((d) => BYDAY[d.trim().toUpperCase().slice(-2)])
          .filter(Boolean)
          .map((dag) => `${DAGEN[dag - 1]} ${tekst(s.opens_at).slice(0, 5)}-${tekst(s.closes_at).slice(0, 5)}`),
      );
    const url = tekst(eigen?.url);
    // The organisation behind the location; else the one of a service offered there.
    const viaDienst = p.sals.map((x) => (tekst(x.location_id) === id ? p.services.get(tekst(x.service_id)) : undefined)).find((x) => x && tekst(x.organization_id));
    const o = orgNaam(tekst(l.organization_id) || tekst(eigen?.organization_id) || tekst(viaDienst?.organization_id));
    invoer.push({
      ...leeg(),
      label: `Locatie "${naam || id}"`,
      soort: "plek",
      "extern id": id,
      naam,
      categorie: attribuut(eigen, "categorie")[0] ?? "",
      omschrijving: tekst(l.description) || tekst(eigen?.description),
      adres: [tekst(adres?.address_1), tekst(adres?.address_2)].filter(Boolean).join(", "),
      postcode: tekst(adres?.postal_code),
      plaats: tekst(adres?.city),
      lat: tekst(l.latitude),
      lng: tekst(l.longitude),
      wijk: attribuut(eigen, "wijk")[0] ?? "",
      doelgroepen: attribuut(eigen, "doelgroep").join(","),
      telefoon: tekst(lijst(l.phones)[0]?.number) || tekst(lijst(eigen?.phones)[0]?.number),
      "e-mail": tekst(eigen?.email),
      // Our export puts the page on this portal in url when a plek has no website of its own.
      website: /\/kaart\/(plek|activiteit)\//.test(url) ? "" : url,
      organisatie: o.naam,
      org: o.org,
      openingstijden: open.join(", "),
      rolstoeltoegankelijk: toegankelijk.some((t) => /rolstoel|wheelchair/i.test(`${tekst(t.description)} ${tekst(t.details)}`)) ? "ja" : "nee",
    });
  }
  for (const [id, s] of p.services) {
    if (p.locations.has(id)) continue; // the location's own service: read above
    const naam = tekst(s.name);
    const sal = p.sals.find((x) => tekst(x.service_id) === id);
    const plek = sal ? tekst(sal.location_id) : "";
    const tijd = p.schedules.find((x) => tekst(x.service_id) === id && (tekst(x.valid_from) || tekst(x.dtstart) || tekst(x.description)));
    const van = tijd ? tekst(tijd.valid_from) || tekst(tijd.dtstart) : "";
    const o = orgNaam(tekst(s.organization_id));
    invoer.push({
      ...leeg(),
      label: `Dienst "${naam || id}"`,
      soort: "activiteit",
      "extern id": id,
      naam,
      omschrijving: tekst(s.description),
      wijk: attribuut(s, "wijk")[0] ?? "",
      doelgroepen: attribuut(s, "doelgroep").join(","),
      organisatie: o.naam,
      org: o.org,
      plek,
      start: van ? hsdsMoment(van, tekst(tijd?.opens_at)) : "",
      // Our export writes closes_at only when the activity has an end.
      eind: van && tekst(tijd?.closes_at) ? hsdsMoment(tekst(tijd?.valid_to) || van, tekst(tijd?.closes_at)) : "",
      herhaling: tekst(tijd?.description),
      kosten: tekst(s.fees_description),
      aanmelden: tekst(s.application_process),
    });
  }
  return { invoer, fouten: [] };
}

// ---------- checking ----------

const DOELGROEP_WOORDEN: Record<string, DoelgroepWaarde> = {
  iedereen: "IEDEREEN", jongeren: "JONGEREN", jeugd: "JONGEREN", ouderen: "OUDEREN", senioren: "OUDEREN", gezinnen: "GEZINNEN", gezin: "GEZINNEN", mantelzorgers: "MANTELZORGERS", mantelzorger: "MANTELZORGERS",
};
const DAG_WOORDEN: Record<string, number> = {
  ma: 1, maandag: 1, di: 2, dinsdag: 2, wo: 3, woensdag: 3, do: 4, donderdag: 4, vr: 5, vrijdag: 5, za: 6, zaterdag: 6, zo: 7, zondag: 7,
};
const POSTCODE = /^([1-9]\d{3})\s?([A-Za-z]{2})$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TIJD = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** A local time in Europe/Amsterdam ("2027-03-12", "10:00") as a moment; null when that time does not exist. */
export function amsterdamsMoment(datum: string, tijd: string): Date | null {
  const [y, m, d] = datum.split("-").map(Number);
  const [h, mi] = tijd.split(":").map(Number);
  const basis = Date.UTC(y, m - 1, d, h, mi);
  for (const uur of [1, 2]) {
    const kandidaat = new Date(basis - uur * 3600_000);
    if (amsterdamseDag(kandidaat).datum === datum && amsterdamseKlok(kandidaat).tijd === tijd) return kandidaat;
  }
  return null;
}

/** "2027-03-12 10:00", "12-03-2027 10:00", "2027-03-12T10:00" (Amsterdam time) or a full ISO moment with zone. */
export function leesMoment(waarde: string): Date | null {
  const v = waarde.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v)) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const m = /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})-(\d{1,2})-(\d{4}))(?:[ T](\d{1,2})[:.](\d{2}))?$/.exec(v);
  if (!m) return null;
  const [y, mo, d] = m[1] ? [m[1], m[2], m[3]] : [m[6], m[5], m[4]];
  const datum = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const check = new Date(`${datum}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== datum) return null;
  return amsterdamsMoment(datum, `${(m[7] ?? "0").padStart(2, "0")}:${m[8] ?? "00"}`);
}

function leesGetal(v: string): number | null {
  const t = v.trim().replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function leesOpeningstijdenTekst(v: string): { tijden: Openingstijd[]; fout: string | null } {
  const tijden: Openingstijd[] = [];
  for (const deel of v.split(/[,;\n]+/).map((d) => d.trim()).filter(Boolean)) {
    const m = /^([a-z]+)\s+(\d{1,2}[:.]\d{2})\s*(?:-|–|tot)\s*(\d{1,2}[:.]\d{2})$/i.exec(deel);
    const dag = m ? DAG_WOORDEN[m[1].toLowerCase()] : undefined;
    const van = m ? TIJD.exec(m[2]) : null;
    const tot = m ? TIJD.exec(m[3]) : null;
    if (!m || !dag || !van || !tot) return { tijden: [], fout: `"${deel}" is geen openingstijd. Schrijf bijvoorbeeld: maandag 09:00-17:00` };
    const fmt = (x: RegExpExecArray) => `${x[1].padStart(2, "0")}:${x[2]}`;
    if (fmt(tot) <= fmt(van)) return { tijden: [], fout: `bij "${deel}" ligt de sluitingstijd niet na de openingstijd` };
    tijden.push({ dag, van: fmt(van), tot: fmt(tot) });
  }
  return { tijden, fout: null };
}

/**
 * Is the point in the gemeente? Inside a wijk's boundary; when not every wijk has a boundary yet (a
 * gemeente halfway through its CBS import), a point outside them still counts when it is near the
 * wijken (about 5 km around their centres).
 */
export function binnenGemeente(wijken: ReferentieWijk[], lat: number, lng: number): boolean {
  const metGrens = wijken.filter((w) => w.grens);
  if (metGrens.some((w) => puntInGrens(lng, lat, w.grens))) return true;
  if (metGrens.length && metGrens.length === wijken.length) return false;
  if (!wijken.length) return true;
  const marge = 0.05;
  const lats = wijken.map((w) => w.lat);
  const lngs = wijken.map((w) => w.lng);
  return lat >= Math.min(...lats) - marge && lat <= Math.max(...lats) + marge && lng >= Math.min(...lngs) - marge * 1.6 && lng <= Math.max(...lngs) + marge * 1.6;
}

/** The wijk for a point: the one whose boundary holds it, else the nearest centre. */
export function wijkBijPunt(wijken: ReferentieWijk[], lat: number, lng: number): ReferentieWijk | null {
  const binnen = wijken.find((w) => w.grens && puntInGrens(lng, lat, w.grens));
  if (binnen) return binnen;
  let beste: ReferentieWijk | null = null;
  let afstand = Infinity;
  for (const w of wijken) {
    const d = (w.lat - lat) ** 2 + ((w.lng - lng) * Math.cos((lat * Math.PI) / 180)) ** 2;
    if (d < afstand) [beste, afstand] = [w, d];
  }
  return beste;
}

const kort = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

export interface Controle {
  regels: ImportRegel[];
  /** Every problem, per row, in Dutch ("Rij 12: de postcode 'abc' is geen postcode."). */
  fouten: string[];
}

/**
 * Checks every row and collects every problem (not only the first). `standaardCategorie`: slug for
 * plekken without a categorie (chosen at upload). `bestaandePlekken`: extern ids (same bron) and slugs
 * of plekken already on the kaart, for an activiteit's "plek".
 */
export function controleer(
  invoer: KaartInvoer[],
  ref: { wijken: ReferentieWijk[]; categorieen: ReferentieCategorie[]; standaardCategorie?: string | null; bestaandePlekken?: Set<string> },
): Controle {
  const fouten: string[] = [];
  const regels: ImportRegel[] = [];
  const wijkOp = new Map<string, ReferentieWijk>();
  for (const w of ref.wijken) [w.slug, w.naam.toLowerCase(), slugify(w.naam)].forEach((k) => wijkOp.set(k, w));
  const catOp = new Map<string, ReferentieCategorie>();
  for (const c of ref.categorieen) [c.slug, c.naam.toLowerCase(), slugify(c.naam)].forEach((k) => catOp.set(k, c));
  const gezien = new Map<string, string>();
  const plekIdsInBestand = new Set(invoer.filter((r) => (r.soort.toLowerCase() || "plek") === "plek").map((r) => r["extern id"] || sleutelZonderId(r)));

  for (const r of invoer) {
    const f: string[] = [];
    const soort = r.soort.trim().toLowerCase() || "plek";
    if (soort !== "plek" && soort !== "activiteit") f.push(`de soort '${kort(r.soort)}' is onbekend. Kies plek of activiteit`);
    const naam = r.naam.trim();
    if (!naam) f.push("de naam ontbreekt");
    else if (naam.length > 200) f.push("de naam is langer dan 200 tekens");
    if (r.omschrijving.length > 5000) f.push("de omschrijving is langer dan 5000 tekens");
    const externId = (r["extern id"].trim() || sleutelZonderId(r)).slice(0, 200);
    const sleutel = `${soort}:${externId}`;
    if (naam && gezien.has(sleutel)) f.push(`het extern id '${kort(externId)}' staat ook in ${gezien.get(sleutel)}`);
    else gezien.set(sleutel, r.label);

    const doelgroepen: DoelgroepWaarde[] = [];
    for (const d of r.doelgroepen.split(/[,;|/]+/).map((x) => x.trim().toLowerCase()).filter(Boolean)) {
      const w = DOELGROEP_WOORDEN[d];
      if (!w) f.push(`de doelgroep '${kort(d)}' bestaat niet. Kies uit iedereen, jongeren, ouderen, gezinnen en mantelzorgers`);
      else if (!doelgroepen.includes(w)) doelgroepen.push(w);
    }
    if (!doelgroepen.length) doelgroepen.push("IEDEREEN");

    let wijk: ReferentieWijk | null = null;
    if (r.wijk.trim()) {
      wijk = wijkOp.get(r.wijk.trim().toLowerCase()) ?? wijkOp.get(slugify(r.wijk)) ?? null;
      if (!wijk) f.push(`de wijk '${kort(r.wijk)}' bestaat niet`);
    }
    const email = r["e-mail"].trim();
    if (email && !EMAIL.test(email)) f.push(`het e-mailadres '${kort(email)}' klopt niet`);
    const website = r.website.trim();
    if (website && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(website)) f.push(`de website '${kort(website)}' moet beginnen met https://`);
    const telefoon = r.telefoon.trim();
    if (telefoon && !/^[+\d][\d\s()-]{5,19}$/.test(telefoon)) f.push(`het telefoonnummer '${kort(telefoon)}' klopt niet`);
    const organisatie = r.organisatie.trim().slice(0, 200) || null;

    if (soort === "plek") {
      const catTekst = r.categorie.trim() || ref.standaardCategorie || "";
      const cat = catTekst ? (catOp.get(catTekst.toLowerCase()) ?? catOp.get(slugify(catTekst))) : undefined;
      if (!catTekst) f.push("de categorie ontbreekt");
      else if (!cat) f.push(`de categorie '${kort(catTekst)}' bestaat niet. Kies een categorie van de kaart, zoals ${ref.categorieen.slice(0, 3).map((c) => c.slug).join(", ")}`);
      let postcode: string | null = null;
      if (r.postcode.trim()) {
        const m = POSTCODE.exec(r.postcode.trim());
        if (!m) f.push(`de postcode '${kort(r.postcode)}' is geen postcode`);
        else postcode = `${m[1]} ${m[2].toUpperCase()}`;
      }
      const lat = r.lat.trim() ? leesGetal(r.lat) : null;
      const lng = r.lng.trim() ? leesGetal(r.lng) : null;
      let coordOk = false;
      if (!r.lat.trim() || !r.lng.trim()) f.push("de coördinaten (lat en lng) ontbreken");
      else if (lat === null || lng === null) f.push(`de coördinaten '${kort(r.lat)}', '${kort(r.lng)}' zijn geen getallen`);
      else if (lat < -90 || lat > 90 || lng < -180 || lng > 180) f.push(`de coördinaten ${lat}, ${lng} bestaan niet (lat ligt tussen -90 en 90, lng tussen -180 en 180)`);
      else if (!binnenGemeente(ref.wijken, lat, lng)) f.push(`de coördinaten ${lat}, ${lng} liggen buiten de gemeente`);
      else coordOk = true;
      if (coordOk && !wijk && !r.wijk.trim()) wijk = wijkBijPunt(ref.wijken, lat!, lng!);
      const open = leesOpeningstijdenTekst(r.openingstijden);
      if (open.fout) f.push(`openingstijden: ${open.fout}`);
      const rolstoel = r.rolstoeltoegankelijk.trim().toLowerCase();
      if (rolstoel && !["ja", "nee", "j", "n", "1", "0", "true", "false", "yes", "no"].includes(rolstoel)) f.push(`rolstoeltoegankelijk '${kort(r.rolstoeltoegankelijk)}' moet ja of nee zijn`);
      if (!f.length && cat && wijk) {
        regels.push({
          soort: "plek", label: r.label, externId, organisatie, org: r.org,
          data: {
            naam, soort: cat.soort, categorieId: cat.id, beschrijving: r.omschrijving.trim(), adres: r.adres.trim().slice(0, 200) || null, postcode, plaats: r.plaats.trim().slice(0, 100) || null,
            lat: lat!, lng: lng!, wijkId: wijk.id, doelgroepen, telefoon: telefoon || null, email: email || null, website: website || null,
            openingstijden: open.tijden.length ? open.tijden : null, rolstoeltoegankelijk: ["ja", "j", "1", "true", "yes"].includes(rolstoel),
          },
        });
      }
    } else if (soort === "activiteit") {
      const start = r.start.trim() ? leesMoment(r.start) : null;
      const eind = r.eind.trim() ? leesMoment(r.eind) : null;
      if (r.start.trim() && !start) f.push(`de start '${kort(r.start)}' is geen datum en tijd. Schrijf bijvoorbeeld 2027-03-12 10:00`);
      if (r.eind.trim() && !eind) f.push(`het eind '${kort(r.eind)}' is geen datum en tijd. Schrijf bijvoorbeeld 2027-03-12 12:00`);
      if (eind && !r.start.trim()) f.push("er is een eind maar geen start");
      if (start && eind && eind < start) f.push("het eind ligt voor de start");
      const plek = r.plek.trim() || null;
      if (plek && !plekIdsInBestand.has(plek) && !ref.bestaandePlekken?.has(plek)) f.push(`de plek '${kort(plek)}' staat niet in het bestand en niet op de kaart`);
      if (!wijk && !plek) f.push("geef een wijk of een plek op");
      if (!f.length) {
        regels.push({
          soort: "activiteit", label: r.label, externId, organisatie, org: r.org, plek,
          data: {
            titel: naam, beschrijving: r.omschrijving.trim(), wijkId: wijk?.id ?? null, start, eind, herhaling: r.herhaling.trim().slice(0, 300) || null,
            kosten: r.kosten.trim().slice(0, 300) || null, aanmelden: r.aanmelden.trim().slice(0, 500) || null, doelgroepen,
          },
        });
      }
    }
    for (const m of f) fouten.push(`${r.label}: ${m}.`);
  }
  return { regels, fouten };
}

/** Without an extern id, the name and postcode are the key (so a second import of the same file still updates). */
function sleutelZonderId(r: KaartInvoer): string {
  return `naam:${slugify(`${r.naam} ${r.postcode}`)}`;
}

/** The bron name stored with imported items: lower case letters, digits and dashes. */
export function normaliseerBron(v: string | null | undefined, formaat: "csv" | "hsds"): string {
  return slugify(v ?? "").slice(0, 60) || formaat;
}
