/**
 * The sociale kaart's one search query, shared by the result list (zoeken.ts) and the map points
 * (kaartdata.ts): a UNION ALL over places (Plek), activities (Activiteit) and approved, public
 * initiatives (Initiatief) with the filters applied. The full-text expressions are exactly those of
 * the GIN indexes in the init migration, so PostgreSQL can use them. Not for pages: internal to lib/data/kaart.
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client.ts";
import { lokaleTijd } from "../../kaart/openingstijden.ts";
import { zoekPostcode } from "../../kaart/postcodes.ts";
import type { KaartFilters } from "../../validation/kaart.ts";
import { env } from "../../env.ts";
import { verouderdGrens } from "../../versheid/periode.ts";

export type ResultaatSoort = "plek" | "activiteit" | "initiatief";

export interface Punt {
  lat: number;
  lng: number;
  label: string;
}

/** Where 'dichtbij' is measured from: browser location (lat/lng) or a postcode; or a message. */
export interface Herkomst {
  punt?: Punt;
  melding?: string;
}

/** `gemeente`: the gemeente's name for the message about a postcode outside it. */
export function bepaalHerkomst(f: KaartFilters, gemeente?: string): Herkomst {
  if (f.lat !== undefined && f.lng !== undefined) return { punt: { lat: f.lat, lng: f.lng, label: "uw locatie" } };
  if (f.postcode) {
    const r = zoekPostcode(f.postcode, gemeente);
    if (!r.ok) return { melding: r.melding };
    return { punt: { lat: r.gebied.lat, lng: r.gebied.lng, label: `postcode ${r.gebied.pc4} (${r.gebied.plaats})` } };
  }
  return {};
}

const PLEK_TSV = Prisma.sql`to_tsvector('dutch'::regconfig, p."naam" || ' ' || p."beschrijving")`;
const ACT_TSV = Prisma.sql`to_tsvector('dutch'::regconfig, a."titel" || ' ' || a."beschrijving")`;
const INI_TSV = Prisma.sql`to_tsvector('dutch'::regconfig, i."titel" || ' ' || i."ikWil")`;

function wijkCondition(column: Prisma.Sql, wijkSlug: string) {
  return Prisma.sql`${column} IN (SELECT w2."id" FROM "Wijk" w2 WHERE w2."slug" = ${wijkSlug} OR w2."parentId" = (SELECT w3."id" FROM "Wijk" w3 WHERE w3."slug" = ${wijkSlug}))`;
}

/** The UNION ALL of the three sources with the filters applied: soort, id, slug, naam, lat, lng, cat, rank, verouderd. */
export function bronnenSql(f: KaartFilters, nu: Date): Prisma.Sql | null {
  const oud = verouderdGrens(nu, env().VERSHEID_MAANDEN); // "Mogelijk verouderd" (lib/versheid/periode.ts)
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
      ${q ? Prisma.sql`ts_rank(${PLEK_TSV}, ${q})` : Prisma.sql`0::real`} AS rank, (p."laatstGecontroleerd" < ${oud} OR p."gemeldNietMeerOp" IS NOT NULL) AS verouderd
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
      ${q ? Prisma.sql`ts_rank(${ACT_TSV}, ${q})` : Prisma.sql`0::real`} AS rank, (a."laatstGecontroleerd" < ${oud} OR a."gemeldNietMeerOp" IS NOT NULL) AS verouderd
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
      ${q ? Prisma.sql`ts_rank(${INI_TSV}, ${q})` : Prisma.sql`0::real`} AS rank, false AS verouderd
      FROM "Initiatief" i LEFT JOIN "Wijk" iw ON iw."id" = i."wijkId"
      WHERE ${Prisma.join(w, " AND ")}`);
  }
  if (!parts.length) return null;
  return Prisma.join(parts, " UNION ALL ");
}

export function afstandSql(punt: Punt | undefined): Prisma.Sql {
  if (!punt) return Prisma.sql`NULL::float8`;
  const kx = 111.32 * Math.cos((punt.lat * Math.PI) / 180);
  return Prisma.sql`sqrt(power((r."lat" - ${punt.lat}::float8) * 110.57, 2) + power((r."lng" - ${punt.lng}::float8) * ${kx}::float8, 2))`;
}
