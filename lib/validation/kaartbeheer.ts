/**
 * /beheer/kaart: the forms for plekken and activiteiten (staff), with Dutch messages. No server imports.
 */
import { z } from "zod";
import { idVeld, keuzes, optioneelIdVeld, zTekst } from "./velden.ts";
import { DateTime } from "luxon";
import { FREQUENTIES, TZ, WEEKDAGEN, leesRrule, lokaleDatum, maakRrule, type Frequentie, type Rooster, type Verplaatsing, type WeekdagCode } from "../kaart/rooster.ts";

const DOELGROEP_WAARDEN = ["IEDEREEN", "JONGEREN", "OUDEREN", "GEZINNEN", "MANTELZORGERS"] as const;

const optioneel = (max: number, msg: string) =>
  zTekst()
    .trim()
    .max(max, msg)
    .optional()
    .transform((v) => (v ? v : null));

const vinkje = zTekst()
  .optional()
  .transform((v) => v === "on" || v === "ja" || v === "true");

function decimaal(message: string, min: number, max: number, buiten: string) {
  return zTekst({ error: message })
    .trim()
    .min(1, message)
    .transform((v, ctx) => {
      const n = Number(v.replace(",", "."));
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    })
    .pipe(z.number().min(min, buiten).max(max, buiten));
}

const TIJD = /^([01]\d|2[0-3])[:.]([0-5]\d)$/;

/** "9:30", "09.30" -> "09:30"; "" -> undefined; otherwise null (= wrong). */
export function leesTijd(v: string | undefined): string | undefined | null {
  const t = (v ?? "").trim();
  if (!t) return undefined;
  const m = TIJD.exec(t.length === 4 && /^\d[:.]/.test(t) ? `0${t}` : t);
  return m ? `${m[1]}:${m[2]}` : null;
}

/** "2026-12-29" or "29-12-2026" -> "2026-12-29"; otherwise null. */
export function leesDatum(v: string): string | null {
  const t = v.trim();
  let y: number, m: number, d: number;
  let r = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (r) [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t))) [y, m, d] = [Number(r[3]), Number(r[2]), Number(r[1])];
  else return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d || y < 2000 || y > 2100) return null;
  return dt.toISOString().slice(0, 10);
}

function datumVeld(message: string) {
  return zTekst()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const d = leesDatum(v);
      if (!d) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return d;
    });
}

function tijdVeld(message: string) {
  return zTekst()
    .optional()
    .transform((v, ctx) => {
      const t = leesTijd(v);
      if (t === null) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return t ?? null;
    });
}

// ---------- opening hours ----------

export const DAG_VELDEN = [1, 2, 3, 4, 5, 6, 7] as const;

export interface Uitzondering {
  van: string;
  tot: string;
  reden: string;
}

/**
 * "Gesloten op": one line per date or period, e.g. "24-12-2026 t/m 26-12-2026 Kerst" or
 * "2027-07-19 tot en met 2027-08-29 zomervakantie". Returns the list or the Dutch message for the first wrong line.
 */
export function leesUitzonderingen(tekst: string): { ok: true; lijst: Uitzondering[] } | { ok: false; melding: string } {
  const lijst: Uitzondering[] = [];
  const regels = tekst.split(/\r?\n/).map((r) => r.trim()).filter(Boolean);
  if (regels.length > 60) return { ok: false, melding: "Vul hoogstens 60 regels in." };
  for (const [i, regel] of regels.entries()) {
    const m = /^(\S+)(?:\s+(?:t\/m|tot en met|-)\s+(\S+))?\s*(.*)$/i.exec(regel);
    const van = m ? leesDatum(m[1]) : null;
    const tot = m?.[2] ? leesDatum(m[2]) : van;
    if (!m || !van || !tot) return { ok: false, melding: `Regel ${i + 1} begint niet met een datum zoals 24-12-2026 (of 24-12-2026 t/m 26-12-2026).` };
    if (tot < van) return { ok: false, melding: `Regel ${i + 1}: de einddatum ligt voor de begindatum.` };
    lijst.push({ van, tot, reden: m[3].slice(0, 120) });
  }
  return { ok: true, lijst };
}

export function uitzonderingenTekst(lijst: Uitzondering[]): string {
  const nl = (d: string) => d.split("-").reverse().join("-");
  return lijst.map((u) => [nl(u.van), u.tot !== u.van ? `t/m ${nl(u.tot)}` : "", u.reden].filter(Boolean).join(" ")).join("\n");
}

const basis = {
  beschrijving: zTekst({ error: "Schrijf wat men er kan doen." }).trim().min(10, "Schrijf in minstens 10 tekens wat men er kan doen.").max(4000, "De beschrijving mag niet langer zijn dan 4000 tekens."),
  wijkId: idVeld("Kies de wijk of het dorp."),
  organisatieId: optioneelIdVeld("Kies een organisatie uit de lijst."),
  doelgroepen: keuzes(DOELGROEP_WAARDEN, "Kies voor wie het is.").pipe(z.array(z.enum(DOELGROEP_WAARDEN)).min(1, "Kies voor wie het is.")),
  sfeer: z.enum(["PERSOONLIJK", "GEMEENSCHAPPELIJK", "INSTITUTIONEEL"], { error: "Kies wie het organiseert." }),
  status: z.enum(["GEPUBLICEERD", "CONCEPT"], { error: "Kies of het openbaar is." }).default("GEPUBLICEERD"),
};

const dagVelden = Object.fromEntries(
  DAG_VELDEN.flatMap((d) => [
    [`open${d}van`, tijdVeld("Vul een tijd in zoals 09:00.")],
    [`open${d}tot`, tijdVeld("Vul een tijd in zoals 17:00.")],
  ]),
) as Record<`open${(typeof DAG_VELDEN)[number]}${"van" | "tot"}`, ReturnType<typeof tijdVeld>>;

/** Fields that already failed their own check, per parsed value (filled by `when`, read by the refinement). */
const GEMELD = new WeakMap<object, Set<string>>();
function gemeldeVelden(waarde: unknown): Set<string> {
  const sleutel = (waarde && typeof waarde === "object" ? waarde : GEMELD) as object;
  let set = GEMELD.get(sleutel);
  if (!set) GEMELD.set(sleutel, (set = new Set()));
  return set;
}

export const plekSchema = z
  .object({
    id: optioneelIdVeld(),
    naam: zTekst({ error: "Vul de naam van de plek in." }).trim().min(2, "Vul de naam van de plek in.").max(120, "De naam mag niet langer zijn dan 120 tekens."),
    categorieId: idVeld("Kies wat voor plek het is."),
    ligging: z.enum(["BINNEN", "BUITEN"], { error: "Kies binnen of buiten." }),
    ...basis,
    adres: optioneel(160, "Het adres mag niet langer zijn dan 160 tekens."),
    postcode: zTekst()
      .trim()
      .max(12, "Vul een postcode in zoals 5151 AB.")
      .optional()
      .transform((v) => (v ? v.replace(/\s+/g, "").toUpperCase() : null))
      .refine((v) => v === null || /^[1-9][0-9]{3}([A-Z]{2})?$/.test(v), "Vul een postcode in zoals 5151 AB."),
    plaats: optioneel(80, "De plaatsnaam mag niet langer zijn dan 80 tekens."),
    lat: decimaal("Vul een breedtegraad in, zoals 51,69. Of gebruik Zoek adres.", 50.7, 53.7, "De breedtegraad ligt niet in Nederland."),
    lng: decimaal("Vul een lengtegraad in, zoals 5,13. Of gebruik Zoek adres.", 3.2, 7.3, "De lengtegraad ligt niet in Nederland."),
    ...dagVelden,
    gesloten: zTekst().max(6000, "Deze lijst is te lang.").optional().default(""),
    rolstoeltoegankelijk: vinkje,
    aangepastToilet: vinkje,
    ringleiding: vinkje,
    toegankelijkheid: optioneel(1000, "Deze toelichting mag niet langer zijn dan 1000 tekens."),
    contactNaam: optioneel(120, "De naam is te lang."),
    telefoon: optioneel(30, "Het telefoonnummer is te lang."),
    email: zTekst()
      .trim()
      .max(254, "Dit e-mailadres is te lang.")
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || z.email().safeParse(v).success, "Vul een geldig e-mailadres in, zoals info@buurthuis.nl."),
    website: zTekst()
      .trim()
      .max(300, "Dit webadres is te lang.")
      .optional()
      .transform((v) => (v ? (/^https?:\/\//i.test(v) ? v : `https://${v}`) : null))
      .refine((v) => v === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), "Vul een geldig webadres in, zoals www.voorbeeld.nl."),
  })
  .superRefine((d, ctx) => {
    const gemeld = gemeldeVelden(d);
    for (const dag of DAG_VELDEN) {
      if (gemeld.has(`open${dag}van`) || gemeld.has(`open${dag}tot`)) continue;
      const van = d[`open${dag}van`];
      const tot = d[`open${dag}tot`];
      if (!!van !== !!tot) ctx.addIssue({ code: "custom", path: [`open${dag}${van ? "tot" : "van"}`], message: "Vul allebei de tijden in, of geen van beide." });
      else if (van && tot && tot <= van) ctx.addIssue({ code: "custom", path: [`open${dag}tot`], message: "De sluitingstijd moet na de openingstijd liggen." });
    }
    const u = leesUitzonderingen(typeof d.gesloten === "string" ? d.gesloten : "");
    if (!u.ok) ctx.addIssue({ code: "custom", path: ["gesloten"], message: u.melding });
  }, { when: (payload) => { for (const i of payload.issues) gemeldeVelden(payload.value).add(String(i.path?.[0])); return true; } })
  .transform((d) => {
    const openingstijden = DAG_VELDEN.filter((dag) => d[`open${dag}van`] && d[`open${dag}tot`]).map((dag) => ({ dag, van: d[`open${dag}van`]!, tot: d[`open${dag}tot`]! }));
    const u = leesUitzonderingen(d.gesloten);
    return {
      id: d.id || null,
      naam: d.naam, beschrijving: d.beschrijving, categorieId: d.categorieId, ligging: d.ligging, wijkId: d.wijkId, organisatieId: d.organisatieId || null,
      doelgroepen: d.doelgroepen, sfeer: d.sfeer, status: d.status, adres: d.adres, postcode: d.postcode, plaats: d.plaats, lat: d.lat, lng: d.lng,
      openingstijden, openingsUitzonderingen: u.ok ? u.lijst : [],
      rolstoeltoegankelijk: d.rolstoeltoegankelijk, aangepastToilet: d.aangepastToilet, ringleiding: d.ringleiding, toegankelijkheid: d.toegankelijkheid,
      contactNaam: d.contactNaam, telefoon: d.telefoon, email: d.email, website: d.website,
    };
  });

export type PlekInvoer = z.output<typeof plekSchema>;

// ---------- activities ----------

export const WANNEER = [
  { value: "rooster", label: "Terugkerend, met een vast rooster" },
  { value: "eenmalig", label: "Eén keer, op een datum" },
  { value: "onbekend", label: "Geen vaste tijden (alleen een omschrijving)" },
] as const;

/** "22-12-2026 naar 23-12-2026 14:00-15:30" (one per line). */
export function leesVerplaatsingen(tekst: string, standaard: { startTijd: string; eindTijd: string }): { ok: true; lijst: Verplaatsing[] } | { ok: false; melding: string } {
  const lijst: Verplaatsing[] = [];
  const regels = tekst.split(/\r?\n/).map((r) => r.trim()).filter(Boolean);
  if (regels.length > 60) return { ok: false, melding: "Vul hoogstens 60 regels in." };
  for (const [i, regel] of regels.entries()) {
    const m = /^(\S+)\s+(?:naar|->|→)\s+(\S+)(?:\s+(\d{1,2}[:.]\d{2})\s*(?:-|tot)\s*(\d{1,2}[:.]\d{2}))?\s*$/i.exec(regel);
    const datum = m ? leesDatum(m[1]) : null;
    const naar = m ? leesDatum(m[2]) : null;
    const start = m?.[3] ? leesTijd(m[3]) : standaard.startTijd;
    const eind = m?.[4] ? leesTijd(m[4]) : standaard.eindTijd;
    if (!m || !datum || !naar || !start || !eind) return { ok: false, melding: `Regel ${i + 1} klopt niet. Schrijf bijvoorbeeld: 22-12-2026 naar 23-12-2026 14:00-15:30` };
    lijst.push({ datum, naar, startTijd: start, eindTijd: eind });
  }
  return { ok: true, lijst };
}

export function verplaatsingenTekst(lijst: Verplaatsing[]): string {
  const nl = (d: string) => d.split("-").reverse().join("-");
  return lijst.map((v) => `${nl(v.datum)} naar ${nl(v.naar)} ${v.startTijd}-${v.eindTijd}`).join("\n");
}

export const activiteitSchema = z
  .object({
    id: optioneelIdVeld(),
    titel: zTekst({ error: "Vul de naam van de activiteit in." }).trim().min(2, "Vul de naam van de activiteit in.").max(120, "De naam mag niet langer zijn dan 120 tekens."),
    ...basis,
    plekId: optioneelIdVeld("Kies een plek uit de lijst."),
    kosten: optioneel(120, "Schrijf de kosten in hoogstens 120 tekens."),
    aanmelden: optioneel(500, "Schrijf in hoogstens 500 tekens hoe men zich aanmeldt."),
    herhaling: optioneel(200, "De omschrijving mag niet langer zijn dan 200 tekens."),
    wanneer: z.enum(["rooster", "eenmalig", "onbekend"], { error: "Kies wanneer de activiteit is." }),
    datum: datumVeld("Vul een datum in zoals 15-03-2027."),
    // An empty select sends "": that is "not chosen".
    frequentie: z.preprocess((v) => (v === "" ? undefined : v), z.enum(FREQUENTIES.map((f) => f.value) as [Frequentie, ...Frequentie[]], { error: "Kies hoe vaak." }).optional()),
    dagen: keuzes(WEEKDAGEN.map((w) => w.value) as WeekdagCode[], "Kies een dag uit de lijst."),
    weekVanMaand: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["1", "2", "3", "4", "-1"], { error: "Kies welke week van de maand." }).optional()),
    startTijd: tijdVeld("Vul een begintijd in zoals 10:00."),
    eindTijd: tijdVeld("Vul een eindtijd in zoals 12:00."),
    vanaf: datumVeld("Vul een datum in zoals 05-01-2027."),
    totEnMet: datumVeld("Vul een datum in zoals 30-06-2027."),
    uitgevallen: zTekst().max(4000, "Deze lijst is te lang.").optional().default(""),
    verplaatst: zTekst().max(6000, "Deze lijst is te lang.").optional().default(""),
  })
  .superRefine((waarde, ctx) => {
    // Runs also when a field failed (`when` below), so the summary lists every problem at once; a
    // field that already has an error gets no second one.
    const d = waarde as unknown as Record<string, string | string[] | null | undefined>;
    const tekst = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");
    const gemeld = gemeldeVelden(waarde);
    const fout = (path: string, message: string) => {
      if (gemeld.has(path)) return;
      gemeld.add(path);
      ctx.addIssue({ code: "custom", path: [path], message });
    };
    if (d.wanneer === "onbekend") {
      if (!d.herhaling) fout("herhaling", "Schrijf in woorden wanneer de activiteit is, bijvoorbeeld: op afspraak.");
      return;
    }
    if (!d.startTijd) fout("startTijd", "Vul een begintijd in zoals 10:00.");
    if (!d.eindTijd) fout("eindTijd", "Vul een eindtijd in zoals 12:00.");
    if (d.wanneer === "eenmalig") {
      if (!d.datum) fout("datum", "Vul de datum in zoals 15-03-2027.");
      if (d.startTijd && d.eindTijd && tekst("eindTijd") <= tekst("startTijd")) fout("eindTijd", "De eindtijd moet na de begintijd liggen.");
      return;
    }
    if (d.wanneer !== "rooster") return;
    if (!d.frequentie) fout("frequentie", "Kies hoe vaak de activiteit is.");
    if (!Array.isArray(d.dagen) || !d.dagen.length) fout("dagen", "Kies op welke dag of dagen.");
    if (d.frequentie === "MAANDELIJKS" && !d.weekVanMaand) fout("weekVanMaand", "Kies welke week van de maand.");
    if (!d.vanaf) fout("vanaf", "Vul in vanaf welke datum, zoals 05-01-2027.");
    if (d.vanaf && d.totEnMet && tekst("totEnMet") < tekst("vanaf")) fout("totEnMet", "De laatste datum ligt voor de eerste datum.");
    if (d.startTijd && d.eindTijd && d.eindTijd === d.startTijd) fout("eindTijd", "De eindtijd moet na de begintijd liggen.");
    const uit = tekst("uitgevallen").split(/[\s,;]+/).filter(Boolean);
    if (uit.length > 200) fout("uitgevallen", "Vul hoogstens 200 datums in.");
    const fouteDatum = uit.find((x) => !leesDatum(x));
    if (fouteDatum) fout("uitgevallen", `"${fouteDatum.slice(0, 20)}" is geen datum. Schrijf datums zoals 29-12-2026, elk op een eigen regel.`);
    const v = leesVerplaatsingen(tekst("verplaatst"), { startTijd: tekst("startTijd") || "00:00", eindTijd: tekst("eindTijd") || "00:00" });
    if (!v.ok) fout("verplaatst", v.melding);
  }, { when: (payload) => { for (const i of payload.issues) gemeldeVelden(payload.value).add(String(i.path?.[0])); return true; } })
  .transform((d) => {
    const gemeen = {
      id: d.id || null,
      titel: d.titel, beschrijving: d.beschrijving, wijkId: d.wijkId, plekId: d.plekId || null, organisatieId: d.organisatieId || null,
      doelgroepen: d.doelgroepen, sfeer: d.sfeer, status: d.status, kosten: d.kosten, aanmelden: d.aanmelden, herhaling: d.herhaling,
    };
    if (d.wanneer === "eenmalig") return { ...gemeen, wanneer: "eenmalig" as const, datum: d.datum!, startTijd: d.startTijd!, eindTijd: d.eindTijd!, rooster: null };
    if (d.wanneer === "onbekend") return { ...gemeen, wanneer: "onbekend" as const, rooster: null };
    const uitgevallen = [...new Set(d.uitgevallen.split(/[\s,;]+/).filter(Boolean).map((x) => leesDatum(x)!))].sort();
    const v = leesVerplaatsingen(d.verplaatst, { startTijd: d.startTijd!, eindTijd: d.eindTijd! });
    return {
      ...gemeen,
      wanneer: "rooster" as const,
      rooster: {
        rrule: maakRrule(d.frequentie!, d.dagen, d.weekVanMaand ? Number(d.weekVanMaand) : undefined),
        vanaf: d.vanaf!, totEnMet: d.totEnMet, startTijd: d.startTijd!, eindTijd: d.eindTijd!,
        uitgevallen, verplaatst: v.ok ? v.lijst : [],
      },
    };
  });

export type ActiviteitInvoer = z.output<typeof activiteitSchema>;

export const archiveerSchema = z.object({ id: idVeld(), soort: z.enum(["plek", "activiteit"]), actie: z.enum(["archiveren", "herstellen"]) });

export const KAARTBEHEER_LABELS: Record<string, string> = {
  naam: "Naam van de plek",
  titel: "Naam van de activiteit",
  beschrijving: "Beschrijving",
  categorieId: "Soort plek",
  ligging: "Binnen of buiten",
  wijkId: "Wijk of dorp",
  organisatieId: "Organisatie",
  plekId: "Plek",
  doelgroepen: "Voor wie",
  sfeer: "Wie organiseert het?",
  status: "Openbaar",
  adres: "Adres",
  postcode: "Postcode",
  plaats: "Plaats",
  lat: "Breedtegraad",
  lng: "Lengtegraad",
  gesloten: "Gesloten op",
  toegankelijkheid: "Meer over toegankelijkheid",
  contactNaam: "Contactpersoon",
  telefoon: "Telefoon",
  email: "E-mail",
  website: "Website",
  kosten: "Kosten",
  aanmelden: "Aanmelden",
  herhaling: "Wanneer, in woorden",
  wanneer: "Wanneer is de activiteit?",
  datum: "Datum",
  frequentie: "Hoe vaak",
  dagen: "Op welke dag",
  weekVanMaand: "Welke week van de maand",
  startTijd: "Begintijd",
  eindTijd: "Eindtijd",
  vanaf: "Vanaf",
  totEnMet: "Tot en met",
  uitgevallen: "Gaat niet door op",
  verplaatst: "Verplaatst",
  ...Object.fromEntries(
    DAG_VELDEN.flatMap((d) => {
      const dag = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"][d - 1];
      return [
        [`open${d}van`, `Open op ${dag} vanaf`],
        [`open${d}tot`, `Open op ${dag} tot`],
      ];
    }),
  ),
};

/** A stored activity as form values (the edit form's defaults). */
export function activiteitFormWaarden(x: {
  id: string; titel: string; beschrijving: string; wijkId: string; plekId: string | null; organisatieId: string | null; doelgroepen: string[]; sfeer: string; status: string;
  kosten: string | null; aanmelden: string | null; herhaling: string | null; start: Date | null; eind: Date | null; rooster: Rooster | null;
}): Record<string, string | string[]> {
  const nl = (d: string) => d.split("-").reverse().join("-");
  const basis: Record<string, string | string[]> = {
    id: x.id, titel: x.titel, beschrijving: x.beschrijving, wijkId: x.wijkId, plekId: x.plekId ?? "", organisatieId: x.organisatieId ?? "", doelgroepen: x.doelgroepen, sfeer: x.sfeer,
    status: x.status === "GEARCHIVEERD" ? "GEPUBLICEERD" : x.status, kosten: x.kosten ?? "", aanmelden: x.aanmelden ?? "", herhaling: x.herhaling ?? "",
  };
  if (x.rooster) {
    const r = leesRrule(x.rooster.rrule);
    return {
      ...basis, wanneer: "rooster", frequentie: r.freq, dagen: r.dagen, weekVanMaand: r.weekVanMaand ? String(r.weekVanMaand) : "",
      startTijd: x.rooster.startTijd, eindTijd: x.rooster.eindTijd, vanaf: nl(x.rooster.vanaf), totEnMet: x.rooster.totEnMet ? nl(x.rooster.totEnMet) : "",
      uitgevallen: x.rooster.uitgevallen.map(nl).join("\n"), verplaatst: verplaatsingenTekst(x.rooster.verplaatst),
    };
  }
  if (x.start) {
    const klok = (d: Date) => DateTime.fromJSDate(d, { zone: TZ }).toFormat("HH:mm");
    return { ...basis, wanneer: "eenmalig", datum: nl(lokaleDatum(x.start)), startTijd: klok(x.start), eindTijd: x.eind ? klok(x.eind) : "" };
  }
  return { ...basis, wanneer: "onbekend" };
}
