/**
 * Overview per wijk for ambtenaren and beheerders: initiatives, amounts requested and granted in a
 * year, median days to a decision, goals served, and next to it the wijk's monitor figures
 * (ongelijk investeren). The page table and the CSV download are built from the same cells.
 */
import "server-only";
import { naarCsvTekst } from "../csv.ts";
import { db } from "../db.ts";
import { requirePermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import type { Doel } from "../generated/prisma/enums.ts";
import { celGetal } from "../format.ts";

export const DOEL_KOP: Record<Doel, string> = {
  ONTMOETING: "Doel: ontmoeting",
  INFORMEEL_NETWERK: "Doel: informeel netwerk",
  OMZIEN: "Doel: omzien naar elkaar",
  POSITIEVE_GEZONDHEID: "Doel: positieve gezondheid",
};
const DOELEN = Object.keys(DOEL_KOP) as Doel[];

const TOEGEKEND = ["GOEDGEKEURD", "AFGEROND"] as const;
const DAG = 86_400_000;

export interface Indicator {
  indicator: string;
  jaar: number;
  eenheid: string | null;
  /** true when any value shown for it is a demo value */
  demo: boolean;
  bronnen: string[];
}

export interface WijkRegel {
  wijk: string;
  slug: string | null;
  aantal: number;
  gevraagd: number;
  toegekend: number;
  aantalToegekend: number;
  mediaanDagen: number | null;
  doelen: Record<Doel, number>;
  cijfers: (number | null)[];
}

export function mediaan(waarden: number[]): number | null {
  if (!waarden.length) return null;
  const s = [...waarden].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const legeDoelen = () => Object.fromEntries(DOELEN.map((d) => [d, 0])) as Record<Doel, number>;

export async function leesOverzichtPerWijk(actor: Actor | null, jaar: number) {
  requirePermission(actor, "overzicht:view");
  const van = new Date(Date.UTC(jaar, 0, 1));
  const tot = new Date(Date.UTC(jaar + 1, 0, 1));
  const [wijken, initiatieven, cijfers] = await Promise.all([
    db.wijk.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true, slug: true } }),
    db.initiatief.findMany({
      where: { status: { not: "CONCEPT" }, ingediendOp: { gte: van, lt: tot } },
      select: { wijkId: true, status: true, bedragGevraagd: true, bedragToegekend: true, ingediendOp: true, besluitOp: true, doelen: true },
    }),
    db.wijkCijfer.findMany({ select: { wijkId: true, indicator: true, jaar: true, waarde: true, eenheid: true, bron: true, demo: true } }),
  ]);

  // Per indicator: the most recent year in which any wijk has a figure.
  const perIndicator = new Map<string, Indicator>();
  for (const c of cijfers) {
    const cur = perIndicator.get(c.indicator);
    if (!cur || c.jaar > cur.jaar) perIndicator.set(c.indicator, { indicator: c.indicator, jaar: c.jaar, eenheid: c.eenheid, demo: false, bronnen: [] });
  }
  const indicatoren = [...perIndicator.values()].sort((a, b) => a.indicator.localeCompare(b.indicator, "nl"));
  for (const c of cijfers) {
    const ind = perIndicator.get(c.indicator)!;
    if (c.jaar !== ind.jaar) continue;
    if (c.demo) ind.demo = true;
    if (!ind.bronnen.includes(c.bron)) ind.bronnen.push(c.bron);
  }
  const cijferVan = (wijkId: string) =>
    indicatoren.map((ind) => cijfers.find((c) => c.wijkId === wijkId && c.indicator === ind.indicator && c.jaar === ind.jaar)?.waarde ?? null);

  const regel = (wijk: string, slug: string | null, lijst: typeof initiatieven, cijferRij: (number | null)[]): WijkRegel => {
    const toegekend = lijst.filter((i) => (TOEGEKEND as readonly string[]).includes(i.status));
    const doelen = legeDoelen();
    for (const i of toegekend) for (const d of i.doelen) doelen[d] += 1;
    return {
      wijk,
      slug,
      aantal: lijst.length,
      gevraagd: lijst.reduce((s, i) => s + (i.bedragGevraagd ?? 0), 0),
      toegekend: toegekend.reduce((s, i) => s + (i.bedragToegekend ?? 0), 0),
      aantalToegekend: toegekend.length,
      mediaanDagen: mediaan(lijst.filter((i) => i.besluitOp && i.ingediendOp).map((i) => Math.round((i.besluitOp!.getTime() - i.ingediendOp!.getTime()) / DAG))),
      doelen,
      cijfers: cijferRij,
    };
  };

  const rows = wijken.map((w) => regel(w.naam, w.slug, initiatieven.filter((i) => i.wijkId === w.id), cijferVan(w.id)));
  const zonderWijk = initiatieven.filter((i) => !i.wijkId || !wijken.some((w) => w.id === i.wijkId));
  if (zonderWijk.length) rows.push(regel("Zonder wijk", null, zonderWijk, indicatoren.map(() => null)));
  const totaal = regel("Totaal", null, initiatieven, indicatoren.map(() => null));
  return { jaar, rows, totaal, indicatoren };
}

export type Overzicht = Awaited<ReturnType<typeof leesOverzichtPerWijk>>;

// ---------- The table cells, shared by the page and the CSV ----------

export function indicatorKop(ind: Indicator): string {
  return `${ind.indicator}${ind.eenheid === "%" ? " (%)" : ""} ${ind.jaar}${ind.demo ? " (demo)" : ""}`;
}

/** Header and body cells exactly as shown in the table and written to the CSV. */
export function maakOverzichtTabel(o: Overzicht): { kop: string[]; rijen: string[][]; totaal: string[] } {
  const kop = [
    "Wijk",
    "Aanvragen",
    "Gevraagd (€)",
    "Toegekend (€)",
    "Goedgekeurd",
    "Mediaan dagen tot besluit",
    ...DOELEN.map((d) => DOEL_KOP[d]),
    ...o.indicatoren.map(indicatorKop),
  ];
  const cellen = (r: WijkRegel) => [
    r.wijk,
    String(r.aantal),
    String(r.gevraagd),
    String(r.toegekend),
    String(r.aantalToegekend),
    celGetal(r.mediaanDagen),
    ...DOELEN.map((d) => String(r.doelen[d])),
    ...r.cijfers.map((c) => celGetal(c)),
  ];
  return { kop, rijen: o.rows.map(cellen), totaal: cellen(o.totaal) };
}

/** Through the app's one CSV writer (lib/csv.ts: neutralises formulas, quotes); last line is the total. */
export function naarCsv(t: { kop: string[]; rijen: string[][]; totaal: string[] }): string {
  return naarCsvTekst([t.kop, ...t.rijen, t.totaal]);
}

export async function maakOverzichtCsv(actor: Actor | null, jaar: number): Promise<string> {
  return naarCsv(maakOverzichtTabel(await leesOverzichtPerWijk(actor, jaar)));
}

/** Years for the year filter: from the oldest submitted initiative to this year. */
export async function leesOverzichtJaren(actor: Actor | null): Promise<number[]> {
  requirePermission(actor, "overzicht:view");
  const oudste = await db.initiatief.findFirst({ where: { ingediendOp: { not: null } }, orderBy: { ingediendOp: "asc" }, select: { ingediendOp: true } });
  const nu = new Date().getUTCFullYear();
  const start = Math.min(oudste?.ingediendOp?.getUTCFullYear() ?? nu, nu);
  return Array.from({ length: nu - start + 1 }, (_, i) => nu - i);
}
