/**
 * The sociale kaart's one search query, shared by the result list (zoeken.ts) and the map points
 * (kaartdata.ts): a UNION ALL over places (Plek), activities (Activiteit) and approved, public
 * initiatives (Initiatief) with the filters applied. The full-text expressions are exactly those of
 * the GIN indexes in the init migration, so PostgreSQL can use them. Not for pages: internal to lib/data/kaart.
 *
 * Search (zoekvraag.ts): every typed word, expanded to compounds and small typos, must match the
 * name, the description, the category or the wijk. Each result gets a score per word: 3 in the name,
 * 2 in the category, 1 elsewhere; plus a fraction from ts_rank. Sorting on the whole score puts name
 * matches first, then category, then description (zoeken.ts).
 */
import "server-only";
import { Prisma } from "../../generated/prisma/client.ts";
import { lokaleTijd } from "../../kaart/openingstijden.ts";
import { zoekPlaatsOfPostcode } from "../../pdok/locatieserver.ts";
import type { KaartFilters } from "../../validation/kaart.ts";
import type { Zoekvraag } from "./zoekvraag.ts";
import { env } from "../../env.ts";
import { instellingen } from "../../instellingen.ts";
import { verouderdGrens } from "../../versheid/periode.ts";

export type ResultaatSoort = "plek" | "activiteit" | "initiatief";

export interface Punt {
  lat: number;
  lng: number;
  label: string;
}

/** Where 'dichtbij' is measured from: browser location (lat/lng), a postcode or a place name; or a message. */
export interface Herkomst {
  punt?: Punt;
  melding?: string;
  /** The message is about the service being unreachable (then nothing about it may be cached). */
  tijdelijk?: boolean;
}

export const MELDING_ADRESSEN_ONBEREIKBAAR =
  "We kunnen postcodes en plaatsen nu niet opzoeken: het landelijke adressenregister (PDOK) is niet bereikbaar. De resultaten staan hieronder zonder afstand. Probeer het later opnieuw, of kies uw wijk of dorp.";

/**
 * Any Dutch postcode ("5251 KV", "5251kv", "5251") or place name ("Vlijmen") through the PDOK
 * Locatieserver (lib/pdok/locatieserver.ts; answers cached in the database). Unknown -> a Dutch message.
 */
export async function bepaalHerkomst(f: KaartFilters): Promise<Herkomst> {
  if (f.lat !== undefined && f.lng !== undefined) return { punt: { lat: f.lat, lng: f.lng, label: "uw locatie" } };
  if (!f.postcode) return {};
  const r = await zoekPlaatsOfPostcode(f.postcode);
  if (r.ok) return { punt: r.punt };
  if (r.reden === "onbereikbaar") return { melding: MELDING_ADRESSEN_ONBEREIKBAAR, tijdelijk: true };
  if (r.reden === "ongeldig") return { melding: r.melding };
  const plaats = (await instellingen()).gemeenteNaam;
  return { melding: `We kennen de postcode of plaats "${f.postcode.trim()}" niet. Controleer de spelling, of vul een postcode in zoals 1234 AB of een plaats zoals ${plaats}.` };
}

const PLEK_TSV = Prisma.sql`to_tsvector('dutch'::regconfig, p."naam" || ' ' || p."beschrijving")`;
const ACT_TSV = Prisma.sql`to_tsvector('dutch'::regconfig, a."titel" || ' ' || a."beschrijving")`;
const INI_TSV = Prisma.sql`to_tsvector('dutch'::regconfig, i."titel" || ' ' || i."ikWil")`;

function wijkCondition(column: Prisma.Sql, wijkSlug: string) {
  return Prisma.sql`${column} IN (SELECT w2."id" FROM "Wijk" w2 WHERE w2."slug" = ${wijkSlug} OR w2."parentId" = (SELECT w3."id" FROM "Wijk" w3 WHERE w3."slug" = ${wijkSlug}))`;
}

function tsq(tekst: string) {
  return Prisma.sql`to_tsquery('dutch'::regconfig, ${tekst})`;
}

/**
 * Per search word: the condition (name + description through the GIN index, or the category, or the
 * wijk) and the score (3 name, 2 category, 1 otherwise), summed over the words with ts_rank as a fraction.
 */
function zoekDelen(zv: Zoekvraag | null | undefined, o: { tsv: Prisma.Sql; naam: Prisma.Sql; wijk: Prisma.Sql; cat?: Prisma.Sql; catNaam?: Prisma.Sql }) {
  if (!zv) return null;
  if (!zv.tsquery) return { where: Prisma.sql`false`, rank: Prisma.sql`0::real` };
  const where = zv.woorden.map((w, i) => {
    const alt = [Prisma.sql`${o.tsv} @@ ${tsq(w)}`];
    if (zv.wijkIds[i].length) alt.push(Prisma.sql`${o.wijk} = ANY(${zv.wijkIds[i]}::text[])`);
    if (o.cat && zv.categorieIds[i].length) alt.push(Prisma.sql`${o.cat} = ANY(${zv.categorieIds[i]}::text[])`);
    return Prisma.sql`(${Prisma.join(alt, " OR ")})`;
  });
  const score = zv.woorden.map((w) => {
    const t = tsq(w);
    return o.catNaam
      ? Prisma.sql`(CASE WHEN to_tsvector('dutch'::regconfig, ${o.naam}) @@ ${t} THEN 3 WHEN to_tsvector('dutch'::regconfig, ${o.catNaam}) @@ ${t} THEN 2 ELSE 1 END)`
      : Prisma.sql`(CASE WHEN to_tsvector('dutch'::regconfig, ${o.naam}) @@ ${t} THEN 3 ELSE 1 END)`;
  });
  return {
    where: Prisma.join(where, " AND "),
    rank: Prisma.sql`(${Prisma.join(score, " + ")} + ts_rank(${o.tsv}, ${tsq(zv.tsquery)}, 32))::real`,
  };
}

/**
 * The UNION ALL of the three sources with the filters applied: soort, id, slug, naam, lat, lng, cat, rank.
 * `zv`: the prepared search (maakZoekvraag(f.q)); without it, f.q is ignored.
 */
export function bronnenSql(f: KaartFilters, nu: Date, zv?: Zoekvraag | null): Prisma.Sql | null {
  const oud = verouderdGrens(nu, env().VERSHEID_MAANDEN); // "Mogelijk verouderd" (lib/versheid/periode.ts)
  const parts: Prisma.Sql[] = [];
  const wantPlek = !f.soort || f.soort === "ontmoetingsplek" || f.soort === "voorziening";
  const wantAct = (!f.soort || f.soort === "activiteit") && !f.categorie && !f.open;
  const wantIni = (!f.soort || f.soort === "initiatief") && !f.categorie && !f.open && !f.doelgroep && !f.sfeer && !f.ligging && !f.rolstoel;

  if (wantPlek) {
    const w: Prisma.Sql[] = [Prisma.sql`p."status" = 'GEPUBLICEERD'`];
    if (f.soort === "ontmoetingsplek") w.push(Prisma.sql`p."soort" = 'ONTMOETINGSPLEK'`);
    if (f.soort === "voorziening") w.push(Prisma.sql`p."soort" = 'VOORZIENING'`);
    const z = zoekDelen(zv, { tsv: PLEK_TSV, naam: Prisma.sql`p."naam"`, wijk: Prisma.sql`p."wijkId"`, cat: Prisma.sql`p."categorieId"`, catNaam: Prisma.sql`pc."naam"` });
    if (z) w.push(z.where);
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
      ${z ? z.rank : Prisma.sql`0::real`} AS rank, (p."laatstGecontroleerd" < ${oud} OR p."gemeldNietMeerOp" IS NOT NULL) AS verouderd
      FROM "Plek" p ${z ? Prisma.sql`JOIN "Categorie" pc ON pc."id" = p."categorieId"` : Prisma.empty} WHERE ${Prisma.join(w, " AND ")}`);
  }

  if (wantAct) {
    const w: Prisma.Sql[] = [
      Prisma.sql`a."status" = 'GEPUBLICEERD'`,
      Prisma.sql`(a."eind" IS NULL OR a."eind" >= ${nu})`,
      Prisma.sql`(pl."id" IS NULL OR pl."status" = 'GEPUBLICEERD')`,
    ];
    const z = zoekDelen(zv, { tsv: ACT_TSV, naam: Prisma.sql`a."titel"`, wijk: Prisma.sql`a."wijkId"` });
    if (z) w.push(z.where);
    if (f.wijk) w.push(wijkCondition(Prisma.sql`a."wijkId"`, f.wijk));
    if (f.doelgroep) w.push(Prisma.sql`a."doelgroepen" @> ARRAY[${f.doelgroep}]::"Doelgroep"[]`);
    if (f.sfeer) w.push(Prisma.sql`a."sfeer" = ${f.sfeer}::"Sfeer"`);
    if (f.ligging) w.push(Prisma.sql`pl."ligging" = ${f.ligging}::"Ligging"`);
    if (f.rolstoel) w.push(Prisma.sql`pl."rolstoeltoegankelijk" = true`);
    parts.push(Prisma.sql`SELECT 'activiteit' AS soort, a."id", a."slug", a."titel" AS naam, COALESCE(pl."lat", aw."lat") AS lat, COALESCE(pl."lng", aw."lng") AS lng, NULL::text AS cat,
      ${z ? z.rank : Prisma.sql`0::real`} AS rank, (a."laatstGecontroleerd" < ${oud} OR a."gemeldNietMeerOp" IS NOT NULL) AS verouderd
      FROM "Activiteit" a LEFT JOIN "Plek" pl ON pl."id" = a."plekId" JOIN "Wijk" aw ON aw."id" = a."wijkId"
      WHERE ${Prisma.join(w, " AND ")}`);
  }

  if (wantIni) {
    const w: Prisma.Sql[] = [
      Prisma.sql`i."status" IN ('GOEDGEKEURD', 'AFGEROND')`,
      Prisma.sql`i."openbaar" = true`,
      Prisma.sql`COALESCE(i."lat", iw."lat") IS NOT NULL`,
    ];
    const z = zoekDelen(zv, { tsv: INI_TSV, naam: Prisma.sql`i."titel"`, wijk: Prisma.sql`i."wijkId"` });
    if (z) w.push(z.where);
    if (f.wijk) w.push(wijkCondition(Prisma.sql`i."wijkId"`, f.wijk));
    parts.push(Prisma.sql`SELECT 'initiatief' AS soort, i."id", i."id" AS slug, i."titel" AS naam, COALESCE(i."lat", iw."lat") AS lat, COALESCE(i."lng", iw."lng") AS lng, NULL::text AS cat,
      ${z ? z.rank : Prisma.sql`0::real`} AS rank, false AS verouderd
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
