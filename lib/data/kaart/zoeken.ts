/**
 * Sociale kaart, public search: one page of results (places, activities, approved public initiatives)
 * for the filters. The search itself is one SQL query (bronnen.ts) that returns ids, rank and distance;
 * then the selected public fields of just those ids are read.
 */
import "server-only";
import { db } from "../../db.ts";
import { isNuOpen, leesOpeningstijden, type Openingstijd } from "../../kaart/openingstijden.ts";
import { gecachteKaartJson } from "../../kaart/kaart-cache.ts";
import { filtersToQuery, type KaartFilters } from "../../validation/kaart.ts";
import { dagDatumTijd } from "../../format.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { afstandSql, bepaalHerkomst, bronnenSql, type Herkomst, type Punt, type ResultaatSoort } from "./bronnen.ts";
import { maakZoekvraag, zoekSuggestie } from "./zoekvraag.ts";
import { ROOSTER_SELECT, wanneerMetRooster } from "./rooster.ts";

export type { Punt, ResultaatSoort } from "./bronnen.ts";

export const PER_PAGINA = 20;

function href(soort: ResultaatSoort, slugOfId: string) {
  return soort === "initiatief" ? `/kaart/initiatief/${slugOfId}` : `/kaart/${soort}/${slugOfId}`;
}

export interface KaartItem {
  soort: ResultaatSoort;
  id: string;
  href: string;
  naam: string;
  samenvatting: string;
  soortNaam: string;
  categorie: { naam: string; kleur: string; icoon: string } | null;
  wijk: string | null;
  adres: string | null;
  afstandKm: number | null;
  rolstoeltoegankelijk: boolean | null;
  ligging: "BINNEN" | "BUITEN" | null;
  nuOpen: boolean | null;
  wanneer: string | null;
  /** "Mogelijk verouderd" (lib/versheid/periode.ts): shown as a label, sorted below the others. */
  verouderd?: boolean;
}

export interface KaartResultaten {
  items: KaartItem[];
  totaal: number;
  pagina: number;
  paginas: number;
  herkomst?: Punt;
  melding?: string;
  /** "Bedoelde u …?": a corrected search text when the search found nothing. */
  bedoeldeU?: string;
}

function kort(tekst: string, max = 180) {
  const t = tekst.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

/** A result as kept in the shared cache: with its opening hours, so 'nu open' is computed when read. */
type GecachtItem = KaartItem & { tijden?: Openingstijd[] };

/** A result page as kept in the shared cache. */
type GecachteResultaten = Omit<KaartResultaten, "items"> & { items: GecachtItem[] };

/**
 * Public: one page of results for the filters, sorted by distance (dichtbij), relevance (search) or name.
 * Served from the shared cache (lib/kaart/kaart-cache.ts) except with 'nu open' (depends on the minute)
 * or a fixed time (tests); 'nu open' per item is always computed at read time.
 */
export async function zoekKaart(f: KaartFilters, opts: { perPagina?: number; nu?: Date } = {}): Promise<KaartResultaten> {
  // The postcode or place first (itself cached in the database): when the address service cannot be
  // reached, the page with that message is not cached, so it is gone as soon as the service is back.
  const herkomst = await bepaalHerkomst(f);
  if (f.open || opts.nu || herkomst.tijdelijk) return zoekKaartInDb(f, { ...opts, herkomst });
  const perPagina = opts.perPagina ?? PER_PAGINA;
  const json = await gecachteKaartJson(`zoek:${perPagina}:${filtersToQuery(f)}`, async () => JSON.stringify(await zoekKaartVoorCache(f, perPagina, herkomst)));
  return metNuOpen(JSON.parse(json) as GecachteResultaten);
}

function zoekKaartVoorCache(f: KaartFilters, perPagina: number, herkomst: Herkomst): Promise<GecachteResultaten> {
  return zoekKaartInDb(f, { perPagina, metTijden: true, herkomst });
}

/** A cached result page with 'nu open' computed for this moment. */
function metNuOpen(r: GecachteResultaten, nu = new Date()): KaartResultaten {
  return {
    ...r,
    items: r.items.map(({ tijden, ...item }) => ({ ...item, nuOpen: item.soort === "plek" && tijden?.length ? isNuOpen(tijden, nu) : item.nuOpen })),
  };
}

async function zoekKaartInDb(f: KaartFilters, opts: { perPagina?: number; nu?: Date; metTijden?: boolean; herkomst: Herkomst }): Promise<GecachteResultaten> {
  const perPagina = opts.perPagina ?? PER_PAGINA;
  const nu = opts.nu ?? new Date();
  const { punt, melding } = opts.herkomst;
  const zv = await maakZoekvraag(f.q);
  const bronnen = bronnenSql(f, nu, zv);
  const pagina = Math.max(1, f.pagina || 1);
  if (!bronnen) return { items: [], totaal: 0, pagina, paginas: 0, herkomst: punt, melding };

  // Search: name matches first, then category, then elsewhere (whole part of the score); within
  // those, nearby first when a location is given, then the full-text rank (the fraction).
  const order = zv
    ? punt
      ? Prisma.sql`floor(r."rank") DESC, afstand ASC, r."rank" DESC, r."naam" ASC, r."id" ASC`
      : Prisma.sql`r."rank" DESC, r."naam" ASC, r."id" ASC`
    : punt
      ? Prisma.sql`afstand ASC, r."naam" ASC, r."id" ASC`
      : Prisma.sql`r."naam" ASC, r."id" ASC`;
  const rows = await db.$queryRaw<{ soort: ResultaatSoort; id: string; afstand: number | null; totaal: bigint; verouderd: boolean }[]>`
    SELECT r."soort", r."id", ${afstandSql(punt)} AS afstand, count(*) OVER () AS totaal, r."verouderd"
    FROM (${bronnen}) r
    ORDER BY r."verouderd" ASC, ${order}
    LIMIT ${perPagina} OFFSET ${(pagina - 1) * perPagina}`;

  let totaal = rows.length ? Number(rows[0].totaal) : 0;
  if (!rows.length && pagina > 1) {
    const c = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${bronnen}) r`;
    totaal = Number(c[0]?.n ?? 0);
  }
  const ids = (s: ResultaatSoort) => rows.filter((r) => r.soort === s).map((r) => r.id);
  const [plekken, activiteiten, initiatieven] = await Promise.all([
    ids("plek").length
      ? db.plek.findMany({
          where: { id: { in: ids("plek") }, status: "GEPUBLICEERD" },
          select: {
            id: true, slug: true, naam: true, beschrijving: true, soort: true, adres: true, plaats: true, ligging: true, rolstoeltoegankelijk: true, openingstijden: true,
            categorie: { select: { naam: true, kleur: true, icoon: true } },
            wijk: { select: { naam: true } },
          },
        })
      : [],
    ids("activiteit").length
      ? db.activiteit.findMany({
          where: { id: { in: ids("activiteit") } },
          select: { id: true, slug: true, titel: true, beschrijving: true, herhaling: true, start: true, rooster: { select: ROOSTER_SELECT }, wijk: { select: { naam: true } }, plek: { select: { naam: true, adres: true, ligging: true, rolstoeltoegankelijk: true } } },
        })
      : [],
    ids("initiatief").length
      ? db.initiatief.findMany({ where: { id: { in: ids("initiatief") }, openbaar: true }, select: { id: true, titel: true, ikWil: true, wijk: { select: { naam: true } } } })
      : [],
  ]);
  const byId = new Map<string, GecachtItem>();
  for (const p of plekken) {
    const tijden = leesOpeningstijden(p.openingstijden);
    byId.set(p.id, {
      ...(opts.metTijden && tijden.length ? { tijden } : {}),
      soort: "plek", id: p.id, href: href("plek", p.slug), naam: p.naam, samenvatting: kort(p.beschrijving),
      soortNaam: p.soort === "VOORZIENING" ? "Voorziening" : "Ontmoetingsplek",
      categorie: p.categorie, wijk: p.wijk.naam, adres: [p.adres, p.plaats].filter(Boolean).join(", ") || null, afstandKm: null,
      rolstoeltoegankelijk: p.rolstoeltoegankelijk, ligging: p.ligging, nuOpen: tijden.length ? isNuOpen(tijden, nu) : null, wanneer: null,
    });
  }
  for (const a of activiteiten) {
    byId.set(a.id, {
      soort: "activiteit", id: a.id, href: href("activiteit", a.slug), naam: a.titel, samenvatting: kort(a.beschrijving), soortNaam: "Activiteit",
      categorie: null, wijk: a.wijk.naam, adres: a.plek ? [a.plek.naam, a.plek.adres].filter(Boolean).join(", ") : null, afstandKm: null,
      rolstoeltoegankelijk: a.plek?.rolstoeltoegankelijk ?? null, ligging: a.plek?.ligging ?? null, nuOpen: null,
      wanneer: a.rooster ? wanneerMetRooster(a.rooster, nu) : (a.herhaling ?? (a.start ? dagDatumTijd(a.start) : null)),
    });
  }
  for (const i of initiatieven) {
    byId.set(i.id, {
      soort: "initiatief", id: i.id, href: href("initiatief", i.id), naam: i.titel, samenvatting: kort(i.ikWil), soortNaam: "Initiatief van inwoners",
      categorie: null, wijk: i.wijk?.naam ?? null, adres: null, afstandKm: null, rolstoeltoegankelijk: null, ligging: null, nuOpen: null, wanneer: null,
    });
  }
  const items = rows.flatMap((r) => {
    const item = byId.get(r.id);
    return item ? [{ ...item, afstandKm: r.afstand === null ? null : Math.round(Number(r.afstand) * 10) / 10, ...(r.verouderd ? { verouderd: true } : {}) }] : [];
  });
  const bedoeldeU = totaal === 0 && f.q ? ((await zoekSuggestie(f.q)) ?? undefined) : undefined;
  return { items, totaal, pagina, paginas: Math.ceil(totaal / perPagina), herkomst: punt, melding, ...(bedoeldeU ? { bedoeldeU } : {}) };
}
