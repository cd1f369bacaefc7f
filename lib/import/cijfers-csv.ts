/**
 * CSV import of wijk figures ('tellen'). Pure parsing and validation; the data layer (lib/data/cijfers.ts)
 * checks permissions and writes all rows in one transaction, or none when any row has an error.
 *
 * Format: a header row with the columns wijk, indicator, jaar, waarde, bron (and optionally eenheid);
 * separator ; or , (taken from the header row); "wijk" is the CBS wijkcode (WK079701) or the wijk's name;
 * a decimal comma is allowed with the ; separator. Fields may be quoted with ".
 */
export interface CijferRij {
  regel: number;
  wijk: string;
  indicator: string;
  jaar: number;
  waarde: number;
  eenheid: string | null;
  bron: string;
}

export interface ImportFout {
  regel: number;
  melding: string;
}

export const CSV_KOLOMMEN = ["wijk", "indicator", "jaar", "waarde", "bron"] as const;

/** Splits CSV text into rows of fields (RFC 4180 quoting), keeping the 1-based line number of each row. */
export function splitCsv(text: string, sep: string): { regel: number; velden: string[] }[] {
  const rows: { regel: number; velden: string[] }[] = [];
  let velden: string[] = [];
  let veld = "";
  let quoted = false;
  let regel = 1;
  let start = 1;
  const src = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") regel++;
        veld += c;
      }
    } else if (c === '"' && veld === "") quoted = true;
    else if (c === sep) {
      velden.push(veld);
      veld = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      velden.push(veld);
      rows.push({ regel: start, velden });
      velden = [];
      veld = "";
      regel++;
      start = regel;
    } else veld += c;
  }
  if (veld !== "" || velden.length) {
    velden.push(veld);
    rows.push({ regel: start, velden });
  }
  return rows.filter((r) => r.velden.some((v) => v.trim() !== ""));
}

export function parseCijfersCsv(text: string): { rijen: CijferRij[]; fouten: ImportFout[] } {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const sep = firstLine.includes(";") ? ";" : ",";
  const rows = splitCsv(text, sep);
  const fouten: ImportFout[] = [];
  const rijen: CijferRij[] = [];
  if (!rows.length) return { rijen, fouten: [{ regel: 1, melding: "Het bestand is leeg." }] };
  const header = rows[0].velden.map((h) => h.trim().toLowerCase());
  const ontbreekt = CSV_KOLOMMEN.filter((k) => !header.includes(k));
  if (ontbreekt.length) {
    return { rijen, fouten: [{ regel: rows[0].regel, melding: `De eerste regel moet de kolomnamen bevatten. Deze ontbreken: ${ontbreekt.join(", ")}.` }] };
  }
  const col = (naam: string) => header.indexOf(naam);
  const gezien = new Map<string, number>();
  if (rows.length === 1) fouten.push({ regel: rows[0].regel, melding: "Het bestand heeft geen regels met cijfers." });
  for (const { regel, velden } of rows.slice(1)) {
    const get = (naam: string) => (col(naam) >= 0 ? (velden[col(naam)] ?? "").trim() : "");
    const meldingen: string[] = [];
    if (velden.length !== header.length) meldingen.push(`deze regel heeft ${velden.length} kolommen in plaats van ${header.length}`);
    const wijk = get("wijk");
    const indicator = get("indicator");
    const bron = get("bron");
    const jaarTekst = get("jaar");
    const waardeTekst = get("waarde");
    if (!wijk) meldingen.push("de wijk ontbreekt");
    if (!indicator) meldingen.push("de indicator ontbreekt");
    else if (indicator.length > 120) meldingen.push("de indicator is langer dan 120 tekens");
    if (!bron) meldingen.push("de bron ontbreekt");
    const jaar = Number(jaarTekst);
    if (!/^\d{4}$/.test(jaarTekst) || jaar < 1990 || jaar > 2100) meldingen.push(`het jaar "${jaarTekst}" is geen jaartal tussen 1990 en 2100`);
    const waardeNorm = sep === ";" ? waardeTekst.replace(",", ".") : waardeTekst;
    const waarde = Number(waardeNorm);
    if (!waardeTekst || !/^-?\d+(\.\d+)?$/.test(waardeNorm) || !Number.isFinite(waarde)) meldingen.push(`de waarde "${waardeTekst}" is geen getal`);
    if (!meldingen.length) {
      const sleutel = `${wijk.toLowerCase()}|${indicator.toLowerCase()}|${jaar}`;
      const eerder = gezien.get(sleutel);
      if (eerder) meldingen.push(`dit cijfer staat ook op regel ${eerder}`);
      else gezien.set(sleutel, regel);
    }
    if (meldingen.length) fouten.push({ regel, melding: `Regel ${regel}: ${meldingen.join("; ")}.` });
    else rijen.push({ regel, wijk, indicator, jaar, waarde, eenheid: get("eenheid") || null, bron });
  }
  return { rijen, fouten };
}

export interface WijkRef {
  id: string;
  naam: string;
  cbsCode: string | null;
}

/** Matches each row to a wijk by CBS code or name; `toegestaan` (undefined = all) limits which wijken may be written. */
export function koppelWijken(rijen: CijferRij[], wijken: WijkRef[], toegestaan: string[] | undefined) {
  const byCode = new Map(wijken.filter((w) => w.cbsCode).map((w) => [w.cbsCode!.toUpperCase(), w]));
  const byNaam = new Map(wijken.map((w) => [w.naam.toLowerCase(), w]));
  const fouten: ImportFout[] = [];
  const gekoppeld: (CijferRij & { wijkId: string })[] = [];
  for (const r of rijen) {
    const w = byCode.get(r.wijk.toUpperCase()) ?? byNaam.get(r.wijk.toLowerCase());
    if (!w) fouten.push({ regel: r.regel, melding: `Regel ${r.regel}: de wijk "${r.wijk}" bestaat niet. Gebruik de naam of de CBS-wijkcode.` });
    else if (toegestaan && !toegestaan.includes(w.id)) fouten.push({ regel: r.regel, melding: `Regel ${r.regel}: u mag geen cijfers invoeren voor ${w.naam}; alleen voor de wijken waar u werkt.` });
    else gekoppeld.push({ ...r, wijkId: w.id });
  }
  return { gekoppeld, fouten };
}
