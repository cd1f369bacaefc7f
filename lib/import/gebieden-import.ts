/**
 * The CBS import and the assignment of places to gebieden, on a database client (the data layer in
 * lib/data/gebieden.ts checks permissions and calls these; the CLI scripts/import-wijken.mts calls
 * importeerCbsBestand as the system). No "server-only" here, so the CLI can use it.
 */
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { writeAudit } from "../audit.ts";
import { slugify } from "../slug.ts";
import { gemeentecode } from "../gemeente.ts";
import { vergeetKaartCache, vergeetReferentie } from "../kaart/kaart-cache.ts";
import { puntInGrens } from "../geo/punt-in-polygoon.ts";
import { kaleNaam, leesCbsBestand, middelpunt, naamSleutel, type CbsFeature } from "./cbs.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export type Tx = Prisma.TransactionClient;
export type Client = Tx | typeof db;

/** After any change of gebieden: every app instance stops serving cached lists and map data. */
export async function vergeetCaches(tx: Tx) {
  await vergeetReferentie(tx);
  await vergeetKaartCache(tx);
}

export async function vrijeSlug(client: Client, basis: string, bezet: Set<string> = new Set()): Promise<string> {
  const start = basis || "gebied";
  for (let i = 1; i < 1000; i++) {
    const slug = i === 1 ? start : `${start}-${i}`;
    if (bezet.has(slug)) continue;
    const [w, oud] = await Promise.all([client.wijk.findUnique({ where: { slug }, select: { id: true } }), client.wijkSlug.findUnique({ where: { slug } })]);
    if (!w && !oud) return slug;
  }
  throw new AppError("CONFLICT", "Er is geen vrij webadres voor deze naam. Kies een andere naam.");
}

// ---------- places follow the map ----------

export interface Indeling {
  verplaatst: { plekken: number; activiteiten: number; initiatieven: number };
  /** Items with coordinates inside no boundary at all: a person decides. */
  buiten: { soort: "plek" | "initiatief"; id: string; naam: string; gebied: string | null; lat: number; lng: number }[];
  grenzen: number;
}

interface GrensGebied {
  id: string;
  grens: unknown;
}

function zoekGebied(grenzen: GrensGebied[], lng: number, lat: number, huidig: string | null): string | null {
  const eigen = huidig ? grenzen.find((g) => g.id === huidig) : undefined;
  if (eigen && puntInGrens(lng, lat, eigen.grens)) return eigen.id;
  return grenzen.find((g) => puntInGrens(lng, lat, g.grens))?.id ?? null;
}

/**
 * Every plek and initiatief with coordinates goes to the wijk or dorp (not buurt) whose boundary
 * contains it; an activiteit follows its plek. Items already inside their own gebied stay. With
 * `schrijven` false nothing changes (the list of items outside every boundary for /beheer).
 */
export async function deelIn(client: Client, schrijven: boolean): Promise<Indeling> {
  const grenzen = (await client.wijk.findMany({
    where: { gearchiveerdOp: null, soort: { not: "BUURT" } },
    orderBy: { naam: "asc" },
    select: { id: true, grens: true },
  })).filter((g) => g.grens != null);
  const leeg: Indeling = { verplaatst: { plekken: 0, activiteiten: 0, initiatieven: 0 }, buiten: [], grenzen: 0 };
  if (!grenzen.length) return leeg;
  const namen = new Map((await client.wijk.findMany({ select: { id: true, naam: true } })).map((w) => [w.id, w.naam]));
  const [plekken, initiatieven] = await Promise.all([
    client.plek.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true, lat: true, lng: true, wijkId: true } }),
    client.initiatief.findMany({ where: { lat: { not: null }, lng: { not: null } }, orderBy: { titel: "asc" }, select: { id: true, titel: true, lat: true, lng: true, wijkId: true } }),
  ]);
  const naarPlek = new Map<string, string[]>();
  const naarIni = new Map<string, string[]>();
  const buiten: Indeling["buiten"] = [];
  for (const p of plekken) {
    const doel = zoekGebied(grenzen, p.lng, p.lat, p.wijkId);
    if (!doel) buiten.push({ soort: "plek", id: p.id, naam: p.naam, gebied: namen.get(p.wijkId) ?? null, lat: p.lat, lng: p.lng });
    else if (doel !== p.wijkId) (naarPlek.get(doel) ?? naarPlek.set(doel, []).get(doel)!).push(p.id);
  }
  for (const i of initiatieven) {
    const doel = zoekGebied(grenzen, i.lng!, i.lat!, i.wijkId);
    if (!doel) buiten.push({ soort: "initiatief", id: i.id, naam: i.titel, gebied: i.wijkId ? (namen.get(i.wijkId) ?? null) : null, lat: i.lat!, lng: i.lng! });
    else if (doel !== i.wijkId) (naarIni.get(doel) ?? naarIni.set(doel, []).get(doel)!).push(i.id);
  }
  const verplaatst = { plekken: 0, activiteiten: 0, initiatieven: 0 };
  for (const [, ids] of naarPlek) verplaatst.plekken += ids.length;
  for (const [, ids] of naarIni) verplaatst.initiatieven += ids.length;
  if (schrijven) {
    for (const [wijkId, ids] of naarPlek) await client.plek.updateMany({ where: { id: { in: ids } }, data: { wijkId } });
    for (const [wijkId, ids] of naarIni) await client.initiatief.updateMany({ where: { id: { in: ids } }, data: { wijkId } });
    // An activiteit at a plek is in the plek's gebied.
    verplaatst.activiteiten = await client.$executeRaw`
      UPDATE "Activiteit" a SET "wijkId" = p."wijkId" FROM "Plek" p WHERE a."plekId" = p."id" AND a."wijkId" <> p."wijkId"`;
  } else {
    verplaatst.activiteiten = Number(
      (await client.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Activiteit" a JOIN "Plek" p ON a."plekId" = p."id" WHERE a."wijkId" <> p."wijkId"`)[0]?.n ?? 0,
    );
  }
  return { verplaatst, buiten, grenzen: grenzen.length };
}

export async function deelInEnBewaar(tx: Tx, actorId: string | null, reden: string): Promise<Indeling> {
  const r = await deelIn(tx, true);
  await writeAudit(tx, {
    actorId, actie: "plaatsen.heringedeeld", entiteit: "Wijk", entiteitId: "alle",
    na: { reden, ...r.verplaatst, buiten: r.buiten.length, grenzen: r.grenzen },
  });
  await vergeetCaches(tx);
  return r;
}

// ---------- CBS import ----------

export interface ImportPlan {
  nieuw: { feature: CbsFeature; naam: string; slug: string; ouderCode: string | null }[];
  bijgewerkt: { feature: CbsFeature; id: string; naam: string; cbsCode: string | null }[];
  /** Existing, not archived gebieden without CBS code that nothing in the file matched. */
  zonderCode: string[];
  andereGemeenten: number;
  fouten: string[];
}

/** Matches the file's features with the gebieden in the database: by CBS code, then by name ("Wijk 01 " and case ignored). */
export async function planCbsImport(client: Client, features: CbsFeature[], andereGemeenten = 0): Promise<ImportPlan> {
  const bestaande = await client.wijk.findMany({ select: { id: true, naam: true, slug: true, soort: true, cbsCode: true, gearchiveerdOp: true } });
  const byCode = new Map(bestaande.filter((w) => w.cbsCode).map((w) => [w.cbsCode!.toUpperCase(), w]));
  const plan: ImportPlan = { nieuw: [], bijgewerkt: [], zonderCode: [], andereGemeenten, fouten: [] };
  const gebruikt = new Map<string, CbsFeature>();
  const nieuweCodes = new Set<string>();
  const bezet = new Set<string>();
  // Wijken before buurten, so a buurt can find its new wijk.
  const volgorde = [...features].sort((a, b) => (a.soort === b.soort ? a.nr - b.nr : a.soort === "WIJK" ? -1 : 1));
  const label = (f: CbsFeature) => `Feature ${f.nr} (${f.naam})`;
  for (const f of volgorde) {
    let match = f.code ? byCode.get(f.code) : undefined;
    if (!match) {
      const sleutel = naamSleutel(f.naam);
      const kandidaten = bestaande.filter(
        (w) => naamSleutel(w.naam) === sleutel && (f.soort === "BUURT" ? w.soort === "BUURT" : w.soort !== "BUURT"),
      );
      const zonder = kandidaten.filter((w) => !w.cbsCode);
      if (zonder.length > 1) {
        plan.fouten.push(`${label(f)}: er zijn ${zonder.length} gebieden met deze naam. Geef een van de gebieden eerst de juiste CBS-code of een andere naam.`);
        continue;
      }
      match = zonder[0];
      if (!match && f.code && kandidaten.length) {
        // Same name, but that gebied has another CBS code: a new gebied with the same name is confusing.
        plan.fouten.push(`${label(f)}: het gebied ${kandidaten[0].naam} heeft al de CBS-code ${kandidaten[0].cbsCode}, niet ${f.code}.`);
        continue;
      }
    }
    if (match) {
      const eerder = gebruikt.get(match.id);
      if (eerder) {
        plan.fouten.push(`${label(f)}: hoort bij hetzelfde gebied (${match.naam}) als feature ${eerder.nr}.`);
        continue;
      }
      gebruikt.set(match.id, f);
      plan.bijgewerkt.push({ feature: f, id: match.id, naam: match.naam, cbsCode: match.cbsCode });
    } else {
      if (f.code && nieuweCodes.has(f.code)) {
        plan.fouten.push(`${label(f)}: de code ${f.code} staat twee keer in het bestand.`);
        continue;
      }
      if (f.code) nieuweCodes.add(f.code);
      const naam = kaleNaam(f.naam);
      const slug = await vrijeSlug(client, slugify(naam), bezet);
      bezet.add(slug);
      plan.nieuw.push({ feature: f, naam, slug, ouderCode: f.wijkcode });
    }
    if (f.soort === "BUURT") {
      if (!f.wijkcode) {
        plan.fouten.push(`${label(f)}: bij deze buurt staat geen wijkcode. Gebruik het buurtenbestand van CBS of PDOK, met de kolom wijkcode.`);
      } else if (!byCode.has(f.wijkcode) && !nieuweCodes.has(f.wijkcode) && !plan.bijgewerkt.some((b) => b.feature.code === f.wijkcode)) {
        plan.fouten.push(`${label(f)}: de wijk ${f.wijkcode} van deze buurt staat niet in het bestand en niet in het portaal. Importeer eerst de wijken.`);
      }
    }
  }
  plan.zonderCode = bestaande.filter((w) => !w.cbsCode && !w.gearchiveerdOp && !gebruikt.has(w.id)).map((w) => w.naam).sort((a, b) => a.localeCompare(b, "nl"));
  return plan;
}

/** The key of a new gebied in the preview's checkboxes: its CBS code, or its name when the file has no code. */
export function nieuwSleutel(f: CbsFeature): string {
  return f.code ?? `naam:${naamSleutel(f.naam)}`;
}

/**
 * Keeps only the new gebieden the person ticked in the preview. A buurt whose new wijk was not ticked
 * is left out as well (it would have no wijk). Matched (updated) gebieden are not affected.
 */
export function kiesNieuw(plan: ImportPlan, maak: Set<string>): { plan: ImportPlan; overgeslagen: number } {
  const weg = new Set(plan.nieuw.filter((n) => !maak.has(nieuwSleutel(n.feature))).map((n) => n.feature.code).filter(Boolean) as string[]);
  const nieuw = plan.nieuw.filter((n) => maak.has(nieuwSleutel(n.feature)) && !(n.feature.soort === "BUURT" && n.ouderCode && weg.has(n.ouderCode)));
  return { plan: { ...plan, nieuw }, overgeslagen: plan.nieuw.length - nieuw.length };
}

export interface ImportResultaat {
  nieuw: number;
  bijgewerkt: number;
  indeling: Indeling;
}

/** Writes the plan in the caller's transaction: all or nothing. Then places follow the new boundaries. */
export async function pasPlanToe(tx: Tx, plan: ImportPlan, actorId: string | null): Promise<ImportResultaat> {
  if (plan.fouten.length) throw new AppError("INVALID", plan.fouten.join(" "));
  const idVanCode = new Map<string, string>();
  for (const w of await tx.wijk.findMany({ where: { cbsCode: { not: null } }, select: { id: true, cbsCode: true } })) idVanCode.set(w.cbsCode!, w.id);
  for (const b of plan.bijgewerkt) if (b.feature.code) idVanCode.set(b.feature.code, b.id);
  const wijkenEerst = (a: { feature: CbsFeature }, b: { feature: CbsFeature }) => (a.feature.soort === b.feature.soort ? 0 : a.feature.soort === "WIJK" ? -1 : 1);
  for (const n of [...plan.nieuw].sort(wijkenEerst)) {
    const c = middelpunt(n.feature.geometry);
    const parentId = n.feature.soort === "BUURT" && n.ouderCode ? (idVanCode.get(n.ouderCode) ?? null) : null;
    const w = await tx.wijk.create({
      data: { naam: n.naam, slug: n.slug, soort: n.feature.soort, cbsCode: n.feature.code, parentId, lat: c.lat, lng: c.lng, grens: n.feature.geometry as object },
      select: { id: true },
    });
    if (n.feature.code) idVanCode.set(n.feature.code, w.id);
    await writeAudit(tx, { actorId, actie: "gebied.aangemaakt", entiteit: "Wijk", entiteitId: w.id, na: { naam: n.naam, soort: n.feature.soort, cbsCode: n.feature.code, bron: "CBS-import" } });
  }
  for (const b of plan.bijgewerkt) {
    const c = middelpunt(b.feature.geometry);
    const cbsCode = b.feature.code ?? b.cbsCode;
    const parentId = b.feature.soort === "BUURT" && b.feature.wijkcode ? (idVanCode.get(b.feature.wijkcode) ?? undefined) : undefined;
    await tx.wijk.update({ where: { id: b.id }, data: { grens: b.feature.geometry as object, lat: c.lat, lng: c.lng, cbsCode, ...(parentId ? { parentId } : {}) } });
    await writeAudit(tx, { actorId, actie: "wijk.grens_geimporteerd", entiteit: "Wijk", entiteitId: b.id, voor: { cbsCode: b.cbsCode }, na: { cbsCode, lat: c.lat, lng: c.lng } });
  }
  const indeling = await deelInEnBewaar(tx, actorId, "CBS-import");
  return { nieuw: plan.nieuw.length, bijgewerkt: plan.bijgewerkt.length, indeling };
}

/** For the CLI (`npm run import:wijken`): read, plan and apply at once, as the system (no actor). */
export async function importeerCbsBestand(tekst: string, opties: { gemeente?: string; actorId?: string | null } = {}) {
  const bestand = leesCbsBestand(tekst, opties.gemeente ?? gemeentecode());
  if (bestand.fouten.length) return { ok: false as const, fouten: bestand.fouten.map((f) => f.melding) };
  try {
    return await db.$transaction(
      async (tx) => {
        const plan = await planCbsImport(tx, bestand.features, bestand.andereGemeenten);
        if (plan.fouten.length) return { ok: false as const, fouten: plan.fouten };
        const r = await pasPlanToe(tx, plan, opties.actorId ?? null);
        return { ok: true as const, ...r, plan, andereGemeenten: bestand.andereGemeenten };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (e) {
    if (e instanceof AppError) return { ok: false as const, fouten: [e.message] };
    throw e;
  }
}
