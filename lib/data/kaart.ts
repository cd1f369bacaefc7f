/**
 * Sociale kaart: public search over places (Plek), activities (Activiteit) and approved, public
 * initiatives (Initiatief, read-only), details, residents' suggestions and their moderation.
 *
 * Search is one SQL query (UNION ALL over the three sources) that returns ids, rank and distance;
 * the page then fetches the selected public fields of just those ids. The full-text expressions are
 * exactly those of the GIN indexes in the init migration, so PostgreSQL can use them.
 */
import "server-only";
import { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requireActor, requireWijkPermission } from "../auth/guard.ts";
import { hasPermission, wijkScope, type Actor } from "../auth/permissions.ts";
import { slugify } from "../slug.ts";
import { isNuOpen, leesOpeningstijden, lokaleTijd, type Openingstijd } from "../kaart/openingstijden.ts";
import { zoekPostcode } from "../kaart/postcodes.ts";
import { instellingen } from "../instellingen.ts";
import { gecachteKaartJson, vergeetKaartCache } from "../kaart/kaart-cache.ts";
import { filtersToQuery, type KaartFilters, type SuggestieGegevens, type SuggestieInvoer } from "../validation/kaart.ts";
import { dagDatumTijd } from "../format.ts";
import { writeAudit } from "../audit.ts";

export const PER_PAGINA = 20;
/** Upper bound for the map payload (the list is always complete and paginated). */
export const MAX_KAART_PUNTEN = 15_000;

export type ResultaatSoort = "plek" | "activiteit" | "initiatief";

export interface Punt {
  lat: number;
  lng: number;
  label: string;
}

/** Where 'dichtbij' is measured from: browser location (lat/lng) or a postcode; or a message. */
export function bepaalHerkomst(f: KaartFilters, gemeente?: string): { punt?: Punt; melding?: string } {
  if (f.lat !== undefined && f.lng !== undefined) return { punt: { lat: f.lat, lng: f.lng, label: "uw locatie" } };
  if (f.postcode) {
    const r = zoekPostcode(f.postcode, gemeente);
    if (!r.ok) return { melding: r.melding };
    return { punt: { lat: r.gebied.lat, lng: r.gebied.lng, label: `postcode ${r.gebied.pc4} (${r.gebied.plaats})` } };
  }
  return {};
}

function href(soort: ResultaatSoort, slugOfId: string) {
  return soort === "initiatief" ? `/kaart/initiatief/${slugOfId}` : `/kaart/${soort}/${slugOfId}`;
}

// ---------- the search query ----------

const PLEK_TSV = Prisma.sql`to_tsvector('dutch'::regconfig, p."naam" || ' ' || p."beschrijving")`;
const ACT_TSV = Prisma.sql`to_tsvector('dutch'::regconfig, a."titel" || ' ' || a."beschrijving")`;
const INI_TSV = Prisma.sql`to_tsvector('dutch'::regconfig, i."titel" || ' ' || i."ikWil")`;

function wijkCondition(column: Prisma.Sql, wijkSlug: string) {
  return Prisma.sql`${column} IN (SELECT w2."id" FROM "Wijk" w2 WHERE w2."slug" = ${wijkSlug} OR w2."parentId" = (SELECT w3."id" FROM "Wijk" w3 WHERE w3."slug" = ${wijkSlug}))`;
}

/** The UNION ALL of the three sources with the filters applied: soort, id, slug, naam, lat, lng, cat, rank. */
function bronnenSql(f: KaartFilters, nu: Date): Prisma.Sql | null {
  const q = f.q ? Prisma.sql`websearch_to_tsquery('dutch'::regconfig, ${f.q})` : null;
  const parts: Prisma.Sql[] = [];
  const wantPlek = !f.soort || f.soort === "ontmoetingsplek" || f.soort === "voorziening";
  const wantAct = (!f.soort || f.soort === "activiteit") && !f.categorie && !f.open;
  const wantIni = (!f.soort || f.soort === "initiatief") && !f.categorie && !f.open && !f.doelgroep && !f.sfeer && !f.ligging && !f.rolstoel;

  if (wantPlek) {
    const w: Prisma.Sql[] = [Prisma.sql`p."status" = 'GEPUBLICEERD'`];
    if (f.soort === "ontmoetingsplek") w.push(Prisma.sql`p."soort" = 'ONTMOETINGSPLEK'`);
    if (f.soort === "voorziening") w.push(Prisma.sql`p."soort" = 'VOORZIENING'`);
    if (q) w.push(Prisma.sql`${PLEK_TSV} @@ ${q}`);
    if (f.wijk) w.push(wijkCondition(Prisma.sql`p."wijkId"`, f.wijk));
    if (f.categorie) w.push(Prisma.sql`p."categorieId" = (SELECT c."id" FROM "Categorie" c WHERE c."slug" = ${f.categorie})`);
    if (f.doelgroep) w.push(Prisma.sql`p."doelgroepen" @> ARRAY[${f.doelgroep}]::"Doelgroep"[]`);
    if (f.sfeer) w.push(Prisma.sql`p."sfeer" = ${f.sfeer}::"Sfeer"`);
    if (f.ligging) w.push(Prisma.sql`p."ligging" = ${f.ligging}::"Ligging"`);
    if (f.rolstoel) w.push(Prisma.sql`p."rolstoeltoegankelijk" = true`);
    if (f.open) {
      const { dag, tijd } = lokaleTijd(nu);
      w.push(Prisma.sql`(CASE WHEN jsonb_typeof(p."openingstijden") = 'array' THEN EXISTS (
        SELECT 1 FROM jsonb_array_elements(p."openingstijden") o
        WHERE (o->>'dag') = ${String(dag)} AND (o->>'van') <= ${tijd} AND (o->>'tot') > ${tijd}) ELSE false END)`);
    }
    parts.push(Prisma.sql`SELECT 'plek' AS soort, p."id", p."slug", p."naam", p."lat", p."lng", p."categorieId" AS cat,
      ${q ? Prisma.sql`ts_rank(${PLEK_TSV}, ${q})` : Prisma.sql`0::real`} AS rank
      FROM "Plek" p WHERE ${Prisma.join(w, " AND ")}`);
  }

  if (wantAct) {
    const w: Prisma.Sql[] = [
      Prisma.sql`a."status" = 'GEPUBLICEERD'`,
      Prisma.sql`(a."eind" IS NULL OR a."eind" >= ${nu})`,
      Prisma.sql`(pl."id" IS NULL OR pl."status" = 'GEPUBLICEERD')`,
    ];
    if (q) w.push(Prisma.sql`${ACT_TSV} @@ ${q}`);
    if (f.wijk) w.push(wijkCondition(Prisma.sql`a."wijkId"`, f.wijk));
    if (f.doelgroep) w.push(Prisma.sql`a."doelgroepen" @> ARRAY[${f.doelgroep}]::"Doelgroep"[]`);
    if (f.sfeer) w.push(Prisma.sql`a."sfeer" = ${f.sfeer}::"Sfeer"`);
    if (f.ligging) w.push(Prisma.sql`pl."ligging" = ${f.ligging}::"Ligging"`);
    if (f.rolstoel) w.push(Prisma.sql`pl."rolstoeltoegankelijk" = true`);
    parts.push(Prisma.sql`SELECT 'activiteit' AS soort, a."id", a."slug", a."titel" AS naam, COALESCE(pl."lat", aw."lat") AS lat, COALESCE(pl."lng", aw."lng") AS lng, NULL::text AS cat,
      ${q ? Prisma.sql`ts_rank(${ACT_TSV}, ${q})` : Prisma.sql`0::real`} AS rank
      FROM "Activiteit" a LEFT JOIN "Plek" pl ON pl."id" = a."plekId" JOIN "Wijk" aw ON aw."id" = a."wijkId"
      WHERE ${Prisma.join(w, " AND ")}`);
  }

  if (wantIni) {
    const w: Prisma.Sql[] = [
      Prisma.sql`i."status" IN ('GOEDGEKEURD', 'AFGEROND')`,
      Prisma.sql`i."openbaar" = true`,
      Prisma.sql`COALESCE(i."lat", iw."lat") IS NOT NULL`,
    ];
    if (q) w.push(Prisma.sql`${INI_TSV} @@ ${q}`);
    if (f.wijk) w.push(wijkCondition(Prisma.sql`i."wijkId"`, f.wijk));
    parts.push(Prisma.sql`SELECT 'initiatief' AS soort, i."id", i."id" AS slug, i."titel" AS naam, COALESCE(i."lat", iw."lat") AS lat, COALESCE(i."lng", iw."lng") AS lng, NULL::text AS cat,
      ${q ? Prisma.sql`ts_rank(${INI_TSV}, ${q})` : Prisma.sql`0::real`} AS rank
      FROM "Initiatief" i LEFT JOIN "Wijk" iw ON iw."id" = i."wijkId"
      WHERE ${Prisma.join(w, " AND ")}`);
  }
  if (!parts.length) return null;
  return Prisma.join(parts, " UNION ALL ");
}

function afstandSql(punt: Punt | undefined): Prisma.Sql {
  if (!punt) return Prisma.sql`NULL::float8`;
  const kx = 111.32 * Math.cos((punt.lat * Math.PI) / 180);
  return Prisma.sql`sqrt(power((r."lat" - ${punt.lat}::float8) * 110.57, 2) + power((r."lng" - ${punt.lng}::float8) * ${kx}::float8, 2))`;
}

// ---------- list ----------

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
}

export interface KaartResultaten {
  items: KaartItem[];
  totaal: number;
  pagina: number;
  paginas: number;
  herkomst?: Punt;
  melding?: string;
}

function kort(tekst: string, max = 180) {
  const t = tekst.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}

/** A result as kept in the shared cache: with its opening hours, so 'nu open' is computed when read. */
type GecachtItem = KaartItem & { tijden?: Openingstijd[] };

/**
 * Public: one page of results for the filters, sorted by distance (dichtbij), relevance (search) or name.
 * Served from the shared cache (lib/kaart/kaart-cache.ts) except with 'nu open' (depends on the minute)
 * or a fixed time (tests); 'nu open' per item is always computed at read time.
 */
export async function zoekKaart(f: KaartFilters, opts: { perPagina?: number; nu?: Date } = {}): Promise<KaartResultaten> {
  if (f.open || opts.nu) return zoekKaartInDb(f, opts);
  const perPagina = opts.perPagina ?? PER_PAGINA;
  const json = await gecachteKaartJson(`zoek:${perPagina}:${filtersToQuery(f)}`, async () => JSON.stringify(await zoekKaartInDb(f, { perPagina, metTijden: true })));
  const r = JSON.parse(json) as Omit<KaartResultaten, "items"> & { items: GecachtItem[] };
  const nu = new Date();
  return {
    ...r,
    items: r.items.map(({ tijden, ...item }) => ({ ...item, nuOpen: item.soort === "plek" && tijden?.length ? isNuOpen(tijden, nu) : item.nuOpen })),
  };
}

async function zoekKaartInDb(f: KaartFilters, opts: { perPagina?: number; nu?: Date; metTijden?: boolean } = {}): Promise<KaartResultaten> {
  const perPagina = opts.perPagina ?? PER_PAGINA;
  const nu = opts.nu ?? new Date();
  const { punt, melding } = bepaalHerkomst(f, f.postcode ? (await instellingen()).gemeenteNaam : undefined);
  const bronnen = bronnenSql(f, nu);
  const pagina = Math.max(1, f.pagina || 1);
  if (!bronnen) return { items: [], totaal: 0, pagina, paginas: 0, herkomst: punt, melding };

  const order = punt
    ? Prisma.sql`afstand ASC, r."naam" ASC, r."id" ASC`
    : f.q
      ? Prisma.sql`r."rank" DESC, r."naam" ASC, r."id" ASC`
      : Prisma.sql`r."naam" ASC, r."id" ASC`;
  const rows = await db.$queryRaw<{ soort: ResultaatSoort; id: string; afstand: number | null; totaal: bigint }[]>`
    SELECT r."soort", r."id", ${afstandSql(punt)} AS afstand, count(*) OVER () AS totaal
    FROM (${bronnen}) r
    ORDER BY ${order}
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
          select: { id: true, slug: true, titel: true, beschrijving: true, herhaling: true, start: true, wijk: { select: { naam: true } }, plek: { select: { naam: true, adres: true, ligging: true, rolstoeltoegankelijk: true } } },
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
      wanneer: a.herhaling ?? (a.start ? datumTekst(a.start) : null),
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
    return item ? [{ ...item, afstandKm: r.afstand === null ? null : Math.round(Number(r.afstand) * 10) / 10 }] : [];
  });
  return { items, totaal, pagina, paginas: Math.ceil(totaal / perPagina), herkomst: punt, melding };
}

export function datumTekst(d: Date): string {
  return dagDatumTijd(d);
}

// ---------- map data ----------

export interface KaartLegendaItem {
  code: string;
  naam: string;
  kleur: string;
  icoon: string;
  pad: string;
}

export interface KaartData {
  totaal: number;
  afgekapt: boolean;
  legenda: KaartLegendaItem[];
  /** [lat, lng, legenda-index, naam, slug-of-id] */
  punten: [number, number, number, string, string][];
}

export const ACTIVITEIT_LEGENDA = { code: "activiteit", naam: "Activiteit", kleur: "#00577a", icoon: "A", pad: "/kaart/activiteit/" };
export const INITIATIEF_LEGENDA = { code: "initiatief", naam: "Initiatief van inwoners", kleur: "#7d3c98", icoon: "I", pad: "/kaart/initiatief/" };

/**
 * Public: every result of the filters as compact points for the map (public fields only), as a JSON
 * string built by PostgreSQL itself (json_agg): no per-row decoding and re-encoding in Node.js, which
 * matters at 10,000 points.
 */
export async function kaartPuntenJson(f: KaartFilters, opts: { nu?: Date } = {}): Promise<string> {
  const nu = opts.nu ?? new Date();
  const categorieen = await listCategorieen();
  const legenda: KaartLegendaItem[] = [
    ...categorieen.map((c) => ({ code: c.slug, naam: c.naam, kleur: c.kleur, icoon: c.icoon, pad: "/kaart/plek/" })),
    ACTIVITEIT_LEGENDA,
    INITIATIEF_LEGENDA,
  ];
  const bronnen = bronnenSql(f, nu);
  const legendaJson = JSON.stringify(legenda);
  if (!bronnen) return `{"totaal":0,"afgekapt":false,"legenda":${legendaJson},"punten":[]}`;
  const catIds = categorieen.map((c) => c.id);
  const rows = await db.$queryRaw<{ n: bigint; punten: string }[]>`
    SELECT count(*) AS n, COALESCE(json_agg(json_build_array(
        round(r."lat"::numeric, 5), round(r."lng"::numeric, 5),
        CASE r."soort" WHEN 'plek' THEN COALESCE(array_position(${catIds}::text[], r."cat") - 1, 0)
                       WHEN 'activiteit' THEN ${catIds.length}::int ELSE ${catIds.length + 1}::int END,
        r."naam", r."slug")), '[]'::json)::text AS punten
    FROM (SELECT * FROM (${bronnen}) b LIMIT ${MAX_KAART_PUNTEN}) r`;
  const n = Number(rows[0]?.n ?? 0);
  const afgekapt = n >= MAX_KAART_PUNTEN && (await db.$queryRaw<{ meer: boolean }[]>`SELECT EXISTS (SELECT 1 FROM (${bronnen}) b OFFSET ${MAX_KAART_PUNTEN}) AS meer`)[0]?.meer === true;
  return `{"totaal":${n},"afgekapt":${afgekapt},"legenda":${legendaJson},"punten":${rows[0]?.punten ?? "[]"}}`;
}

/** The same data as an object (tests, server code). */
export async function kaartPunten(f: KaartFilters, opts: { nu?: Date } = {}): Promise<KaartData> {
  return JSON.parse(await kaartPuntenJson(f, opts)) as KaartData;
}

// ---------- reference lists ----------

export interface CategorieOptie {
  id: string;
  slug: string;
  naam: string;
  soort: "ONTMOETINGSPLEK" | "VOORZIENING";
  groep: string | null;
  kleur: string;
  icoon: string;
}

/**
 * Reference data (categories, wijken) changes rarely and is read on every /kaart request: kept in
 * memory for a short while per app instance (REFERENTIE_TTL_MS). Beheer changes show up within that time.
 */
const REFERENTIE_TTL_MS = 30_000;
const referentieCache = new Map<string, { tot: number; waarde: Promise<unknown> }>();
function gecached<T>(sleutel: string, laad: () => Promise<T>): Promise<T> {
  const nu = Date.now();
  const hit = referentieCache.get(sleutel);
  if (hit && hit.tot > nu) return hit.waarde as Promise<T>;
  const waarde = laad();
  referentieCache.set(sleutel, { tot: nu + REFERENTIE_TTL_MS, waarde });
  waarde.catch(() => referentieCache.delete(sleutel));
  return waarde;
}

/** Forget cached reference data (after a change, and between tests). */
export async function vergeetReferentieCache() {
  referentieCache.clear();
}

export async function listCategorieen(): Promise<CategorieOptie[]> {
  return gecached("categorieen", () =>
    db.categorie.findMany({
      orderBy: [{ volgorde: "asc" }, { naam: "asc" }],
      select: { id: true, slug: true, naam: true, soort: true, groep: true, kleur: true, icoon: true },
    }),
  );
}

export async function listKaartWijken() {
  return gecached("wijken", () => db.wijk.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true, slug: true, soort: true } }));
}

/** Public: a wijk's name, centre and boundary (GeoJSON) for the map, when a wijk filter is set. */
export async function wijkVoorKaart(slug: string) {
  return db.wijk.findUnique({ where: { slug }, select: { naam: true, slug: true, lat: true, lng: true, grens: true } });
}

// ---------- details ----------

export async function getPlekDetail(slug: string) {
  const p = await db.plek.findFirst({
    where: { slug, status: "GEPUBLICEERD" },
    select: {
      id: true, slug: true, naam: true, soort: true, beschrijving: true, adres: true, postcode: true, plaats: true, lat: true, lng: true, ligging: true, sfeer: true,
      doelgroepen: true, rolstoeltoegankelijk: true, aangepastToilet: true, ringleiding: true, toegankelijkheid: true,
      contactNaam: true, email: true, telefoon: true, website: true, openingstijden: true, updatedAt: true,
      categorie: { select: { naam: true, slug: true, kleur: true, icoon: true } },
      wijk: { select: { naam: true, slug: true } },
      organisatie: { select: { naam: true, website: true } },
      activiteiten: {
        where: { status: "GEPUBLICEERD", OR: [{ eind: null }, { eind: { gte: new Date() } }] },
        orderBy: { titel: "asc" },
        select: { slug: true, titel: true, herhaling: true, start: true, kosten: true },
      },
    },
  });
  if (!p) return null;
  const openingstijden: Openingstijd[] = leesOpeningstijden(p.openingstijden);
  return { ...p, openingstijden, nuOpen: openingstijden.length ? isNuOpen(openingstijden, new Date()) : null };
}

export async function getActiviteitDetail(slug: string) {
  return db.activiteit.findFirst({
    where: { slug, status: "GEPUBLICEERD", OR: [{ plekId: null }, { plek: { status: "GEPUBLICEERD" } }] },
    select: {
      id: true, slug: true, titel: true, beschrijving: true, start: true, eind: true, herhaling: true, doelgroepen: true, sfeer: true, kosten: true, aanmelden: true,
      wijk: { select: { naam: true, slug: true, lat: true, lng: true } },
      organisatie: { select: { naam: true, website: true } },
      plek: { select: { slug: true, naam: true, adres: true, postcode: true, plaats: true, lat: true, lng: true, rolstoeltoegankelijk: true, categorie: { select: { kleur: true, icoon: true, naam: true } } } },
    },
  });
}

/** Public view of an approved initiative whose makers agreed to show it (no contact details). */
export async function getInitiatiefKaartDetail(id: string) {
  const i = await db.initiatief.findFirst({
    where: { id, openbaar: true, status: { in: ["GOEDGEKEURD", "AFGEROND"] } },
    select: { id: true, titel: true, ikWil: true, ikKan: true, voorWie: true, meedoen: true, locatie: true, lat: true, lng: true, status: true, doelen: true, wijk: { select: { naam: true, slug: true, lat: true, lng: true } } },
  });
  if (!i) return null;
  const lat = i.lat ?? i.wijk?.lat ?? null;
  const lng = i.lng ?? i.wijk?.lng ?? null;
  return { ...i, lat, lng };
}

// ---------- suggestions from residents ----------

/** Anyone (no account needed): a suggestion for a new place or a correction. Goes to moderation; nothing is public yet. */
export async function createSuggestie(actor: Actor | null, input: SuggestieInvoer): Promise<{ id: string }> {
  const categorie = await db.categorie.findUnique({ where: { slug: input.categorie }, select: { id: true } });
  if (!categorie) throw new AppError("INVALID", "Kies een soort plek uit de lijst.");
  let plek: { id: string; wijkId: string; lat: number; lng: number } | null = null;
  if (input.plek) {
    plek = await db.plek.findFirst({ where: { slug: input.plek, status: "GEPUBLICEERD" }, select: { id: true, wijkId: true, lat: true, lng: true } });
    if (!plek) throw new AppError("NOT_FOUND", "Deze plek bestaat niet (meer).");
  }
  const wijk = await db.wijk.findUnique({ where: { slug: input.wijk }, select: { id: true, lat: true, lng: true } });
  if (!wijk) throw new AppError("INVALID", "Kies een wijk of dorp uit de lijst.");
  const pc = input.postcode ? zoekPostcode(input.postcode) : null;
  const positie = plek && !input.postcode ? { lat: plek.lat, lng: plek.lng } : pc?.ok ? { lat: pc.gebied.lat, lng: pc.gebied.lng } : { lat: wijk.lat, lng: wijk.lng };
  const gegevens: SuggestieGegevens = {
    naam: input.naam,
    categorie: input.categorie,
    wijk: input.wijk,
    adres: input.adres,
    postcode: input.postcode,
    beschrijving: input.beschrijving,
    ligging: input.ligging,
    rolstoeltoegankelijk: input.rolstoeltoegankelijk,
    telefoon: input.telefoon,
    website: input.website,
    plekEmail: input.plekEmail,
    ...positie,
  };
  return db.$transaction(async (tx) => {
    const s = await tx.plekSuggestie.create({
      data: {
        plekId: plek?.id ?? null,
        wijkId: plek?.wijkId ?? wijk.id,
        gegevens: gegevens as unknown as Prisma.InputJsonValue,
        toelichting: input.toelichting ?? null,
        email: input.email ?? null,
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor?.id ?? null, actie: plek ? "plek.correctie_voorgesteld" : "plek.voorgesteld", entiteit: "PlekSuggestie", entiteitId: s.id, na: { status: "NIEUW", plekId: plek?.id ?? null } });
    return s;
  });
}

function requireModerator(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (!hasPermission(a, "plek:moderate:own") && !hasPermission(a, "plek:moderate:any")) throw new AppError("FORBIDDEN");
  return a;
}

/** Staff: suggestions in the wijken this moderator may handle (opbouwwerker: own wijken; beheerder: all). */
export async function listSuggesties(actor: Actor | null, status: "NIEUW" | "GOEDGEKEURD" | "AFGEWEZEN" = "NIEUW") {
  const a = requireModerator(actor);
  const scope = wijkScope(a, "plek:moderate");
  const rows = await db.plekSuggestie.findMany({
    where: { status, ...(scope === undefined ? {} : { wijkId: { in: scope } }) },
    orderBy: { createdAt: status === "NIEUW" ? "asc" : "desc" },
    take: 200,
    select: { id: true, plekId: true, gegevens: true, createdAt: true, status: true, behandeldOp: true, wijk: { select: { naam: true } }, plek: { select: { naam: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    soort: r.plekId ? ("correctie" as const) : ("nieuw" as const),
    naam: (r.gegevens as unknown as SuggestieGegevens).naam,
    plekNaam: r.plek?.naam ?? null,
    wijk: r.wijk.naam,
    createdAt: r.createdAt,
    status: r.status,
    behandeldOp: r.behandeldOp,
  }));
}

/** Staff: one suggestion with the current data of the place (for a correction) and the form options. */
export async function getSuggestie(actor: Actor | null, id: string) {
  const a = requireModerator(actor);
  const s = await db.plekSuggestie.findUnique({
    where: { id },
    select: {
      id: true, plekId: true, wijkId: true, gegevens: true, toelichting: true, email: true, status: true, reden: true, behandeldOp: true, createdAt: true,
      wijk: { select: { naam: true, slug: true } },
      plek: {
        select: {
          slug: true, naam: true, beschrijving: true, adres: true, postcode: true, ligging: true, rolstoeltoegankelijk: true, telefoon: true, website: true, email: true, lat: true, lng: true,
          categorie: { select: { slug: true } }, wijk: { select: { slug: true } },
        },
      },
    },
  });
  if (!s) throw new AppError("NOT_FOUND", "Dit voorstel bestaat niet.");
  requireWijkPermission(a, "plek:moderate", s.wijkId);
  const scope = wijkScope(a, "plek:moderate");
  const [categorieen, wijken] = await Promise.all([
    listCategorieen(),
    db.wijk.findMany({ where: scope === undefined ? {} : { id: { in: scope } }, orderBy: { naam: "asc" }, select: { slug: true, naam: true } }),
  ]);
  const huidig: SuggestieGegevens | null = s.plek
    ? {
        naam: s.plek.naam, categorie: s.plek.categorie.slug, wijk: s.plek.wijk.slug, adres: s.plek.adres ?? undefined, postcode: s.plek.postcode ?? undefined,
        beschrijving: s.plek.beschrijving, ligging: s.plek.ligging, rolstoeltoegankelijk: s.plek.rolstoeltoegankelijk, telefoon: s.plek.telefoon ?? undefined,
        website: s.plek.website ?? undefined, plekEmail: s.plek.email ?? undefined, lat: s.plek.lat, lng: s.plek.lng,
      }
    : null;
  return {
    id: s.id, soort: s.plekId ? ("correctie" as const) : ("nieuw" as const), status: s.status, reden: s.reden, behandeldOp: s.behandeldOp, createdAt: s.createdAt,
    toelichting: s.toelichting, email: s.email, wijk: s.wijk, plekSlug: s.plek?.slug ?? null,
    gegevens: s.gegevens as unknown as SuggestieGegevens, huidig, categorieen, wijken,
  };
}

export type Besluit =
  | { besluit: "goedkeuren"; gegevens: SuggestieGegevens & { lat: number; lng: number } }
  | { besluit: "afwijzen"; reden: string };

/**
 * Staff: approve (optionally edited: creates or updates the place, published at once) or reject a
 * suggestion. Opbouwwerkers only in their own wijken, also for the wijk they move a place to.
 */
export async function beslisSuggestie(actor: Actor | null, id: string, b: Besluit): Promise<{ plekSlug: string | null }> {
  const a = requireModerator(actor);
  const s = await db.plekSuggestie.findUnique({ where: { id }, select: { id: true, wijkId: true, plekId: true, status: true, gegevens: true } });
  if (!s) throw new AppError("NOT_FOUND", "Dit voorstel bestaat niet.");
  requireWijkPermission(a, "plek:moderate", s.wijkId);

  if (b.besluit === "afwijzen") {
    await db.$transaction(async (tx) => {
      const n = await tx.plekSuggestie.updateMany({ where: { id, status: "NIEUW" }, data: { status: "AFGEWEZEN", behandeldDoor: a.id, behandeldOp: new Date(), reden: b.reden } });
      if (n.count !== 1) throw new AppError("CONFLICT", "Dit voorstel is al behandeld.");
      await writeAudit(tx, { actorId: a.id, actie: "suggestie.afgewezen", entiteit: "PlekSuggestie", entiteitId: id, voor: { status: "NIEUW" }, na: { status: "AFGEWEZEN", reden: b.reden } });
    });
    return { plekSlug: null };
  }

  const g = b.gegevens;
  const [categorie, wijk] = await Promise.all([
    db.categorie.findUnique({ where: { slug: g.categorie }, select: { id: true, soort: true } }),
    db.wijk.findUnique({ where: { slug: g.wijk }, select: { id: true, naam: true } }),
  ]);
  if (!categorie) throw new AppError("INVALID", "Kies een soort plek uit de lijst.");
  if (!wijk) throw new AppError("INVALID", "Kies een wijk of dorp uit de lijst.");
  requireWijkPermission(a, "plek:moderate", wijk.id);
  const plaats = g.postcode ? zoekPostcode(g.postcode) : null;
  const data = {
    naam: g.naam,
    soort: categorie.soort,
    categorieId: categorie.id,
    wijkId: wijk.id,
    beschrijving: g.beschrijving,
    adres: g.adres ?? null,
    postcode: g.postcode ? g.postcode.replace(/^(\d{4})([A-Z]{2})$/, "$1 $2") : null,
    plaats: plaats?.ok ? plaats.gebied.plaats.replace(/ \(.*\)$/, "").split(",")[0] : null,
    ligging: g.ligging,
    rolstoeltoegankelijk: g.rolstoeltoegankelijk,
    telefoon: g.telefoon ?? null,
    website: g.website ?? null,
    email: g.plekEmail ?? null,
    lat: g.lat,
    lng: g.lng,
  };

  return db.$transaction(async (tx) => {
    const n = await tx.plekSuggestie.updateMany({
      where: { id, status: "NIEUW" },
      data: { status: "GOEDGEKEURD", behandeldDoor: a.id, behandeldOp: new Date(), gegevens: g as unknown as Prisma.InputJsonValue },
    });
    if (n.count !== 1) throw new AppError("CONFLICT", "Dit voorstel is al behandeld.");
    let plekSlug: string;
    if (s.plekId) {
      const voor = await tx.plek.findUniqueOrThrow({ where: { id: s.plekId }, select: { ...Object.fromEntries(Object.keys(data).map((k) => [k, true])), slug: true } as Prisma.PlekSelect });
      const plek = await tx.plek.update({ where: { id: s.plekId }, data, select: { id: true, slug: true } });
      plekSlug = plek.slug;
      await writeAudit(tx, { actorId: a.id, actie: "plek.gecorrigeerd", entiteit: "Plek", entiteitId: plek.id, voor: voor as Prisma.InputJsonValue, na: data as Prisma.InputJsonValue });
    } else {
      const basis = slugify(`${g.naam} ${wijk.naam}`) || "plek";
      const bestaat = await tx.plek.findUnique({ where: { slug: basis }, select: { id: true } });
      const slug = bestaat ? `${basis}-${id.slice(-6)}` : basis;
      const plek = await tx.plek.create({ data: { ...data, slug, status: "GEPUBLICEERD", doelgroepen: ["IEDEREEN"] }, select: { id: true, slug: true } });
      plekSlug = plek.slug;
      await writeAudit(tx, { actorId: a.id, actie: "plek.aangemaakt", entiteit: "Plek", entiteitId: plek.id, na: { ...data, slug, status: "GEPUBLICEERD", suggestieId: id } as Prisma.InputJsonValue });
    }
    await writeAudit(tx, { actorId: a.id, actie: "suggestie.goedgekeurd", entiteit: "PlekSuggestie", entiteitId: id, voor: { status: "NIEUW" }, na: { status: "GOEDGEKEURD", plekSlug } });
    // Last write of the transaction: every instance stops serving cached map data at commit.
    await vergeetKaartCache(tx);
    return { plekSlug };
  });
}
