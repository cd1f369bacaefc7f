/**
 * Gebieden (/beheer/gebieden, permission "wijken:manage"): the hierarchy gemeente > wijk or dorp (or
 * kern) > buurt, renaming with a permanent redirect from the old slug, archiving, the CBS import with a
 * preview and a confirmation, and assigning places to the gebied whose boundary contains them.
 */
import "server-only";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requirePermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { writeAudit } from "../audit.ts";
import { slugify } from "../slug.ts";
import { gemeentecode } from "../gemeente.ts";
import { alsGeojson, leesCbsBestand } from "../import/cbs.ts";
import { deelIn, deelInEnBewaar, kiesNieuw, nieuwSleutel, pasPlanToe, planCbsImport, vergeetCaches, vrijeSlug, type Client, type ImportResultaat, type Indeling } from "../import/gebieden-import.ts";
import type { GebiedInvoer } from "../validation/gebieden.ts";

export type { Indeling, ImportResultaat };

export const GEBIED_SOORTEN = { WIJK: "Wijk", DORP: "Dorp", KERN: "Kern", BUURT: "Buurt" } as const;
export type GebiedSoort = keyof typeof GEBIED_SOORTEN;

// ---------- lists and details ----------

export async function listGebiedenBeheer(actor: Actor | null) {
  requirePermission(actor, "wijken:manage");
  const gebieden = await db.wijk.findMany({
    orderBy: [{ naam: "asc" }],
    select: {
      id: true, naam: true, slug: true, soort: true, cbsCode: true, parentId: true, gearchiveerdOp: true, grens: true,
      _count: { select: { plekken: true, initiatieven: true, opbouwwerkers: true } },
    },
  });
  return gebieden.map(({ grens, ...g }) => ({ ...g, heeftGrens: grens != null }));
}

export async function getGebiedBeheer(actor: Actor | null, id: string) {
  requirePermission(actor, "wijken:manage");
  const g = await db.wijk.findUnique({
    where: { id },
    select: {
      id: true, naam: true, slug: true, soort: true, cbsCode: true, parentId: true, gearchiveerdOp: true, inwoners: true,
      wijkraadNaam: true, wijkraadEmail: true, wijkraadWebsite: true, grens: true,
      parent: { select: { id: true, naam: true } },
      kinderen: { orderBy: { naam: "asc" }, select: { id: true, naam: true, soort: true, gearchiveerdOp: true } },
      oudeSlugs: { orderBy: { createdAt: "asc" }, select: { slug: true } },
      opbouwwerkers: { orderBy: { user: { naam: "asc" } }, select: { user: { select: { id: true, naam: true, email: true, actief: true, rol: true } } } },
      _count: { select: { plekken: true, activiteiten: true, initiatieven: true } },
    },
  });
  if (!g) throw new AppError("NOT_FOUND", "Dit gebied bestaat niet.");
  const { grens, opbouwwerkers, ...rest } = g;
  return { ...rest, heeftGrens: grens != null, opbouwwerkers: opbouwwerkers.map((o) => o.user) };
}

/** Possible parents: wijken, dorpen and kernen that are not archived. */
export async function listOuderGebieden(actor: Actor | null) {
  requirePermission(actor, "wijken:manage");
  return db.wijk.findMany({ where: { soort: { not: "BUURT" }, gearchiveerdOp: null }, orderBy: { naam: "asc" }, select: { id: true, naam: true } });
}

// ---------- create, change, rename, archive ----------

async function checkOuder(client: Client, soort: GebiedSoort, parentId: string | null | undefined, eigenId?: string) {
  if (soort === "BUURT" && !parentId) throw AppError.veld("parentId", "Kies de wijk of het dorp waar deze buurt bij hoort.");
  if (!parentId) return null;
  if (parentId === eigenId) throw AppError.veld("parentId", "Een gebied kan niet bij zichzelf horen.");
  const ouder = await client.wijk.findUnique({ where: { id: parentId }, select: { id: true, soort: true, gearchiveerdOp: true } });
  if (!ouder || ouder.soort === "BUURT" || ouder.gearchiveerdOp) throw AppError.veld("parentId", "Kies een wijk of dorp uit de lijst.");
  if (soort !== "BUURT") throw AppError.veld("parentId", "Alleen een buurt hoort bij een wijk of dorp. Kies geen bovenliggend gebied, of kies de soort Buurt.");
  return ouder.id;
}

export async function maakGebied(actor: Actor | null, input: GebiedInvoer) {
  const user = requirePermission(actor, "wijken:manage");
  return db.$transaction(async (tx) => {
    const parentId = await checkOuder(tx, input.soort, input.parentId);
    const ouder = parentId ? await tx.wijk.findUnique({ where: { id: parentId }, select: { lat: true, lng: true } }) : null;
    const slug = await vrijeSlug(tx, slugify(input.naam));
    const w = await tx.wijk.create({
      data: {
        naam: input.naam, slug, soort: input.soort, parentId,
        // Until a boundary is imported: the parent's centre, else the first gebied's, else the Netherlands.
        lat: ouder?.lat ?? (await tx.wijk.findFirst({ select: { lat: true } }))?.lat ?? 52.1,
        lng: ouder?.lng ?? (await tx.wijk.findFirst({ select: { lng: true } }))?.lng ?? 5.3,
        wijkraadNaam: input.wijkraadNaam ?? null, wijkraadEmail: input.wijkraadEmail ?? null, wijkraadWebsite: input.wijkraadWebsite ?? null,
      },
      select: { id: true, slug: true, naam: true },
    });
    await writeAudit(tx, { actorId: user.id, actie: "gebied.aangemaakt", entiteit: "Wijk", entiteitId: w.id, na: { naam: w.naam, soort: input.soort, slug } });
    await vergeetCaches(tx);
    return w;
  });
}

/** Change name, soort, parent and wijkraad details. A new name gives a new slug; the old one keeps working (redirect). */
export async function wijzigGebied(actor: Actor | null, id: string, input: GebiedInvoer) {
  const user = requirePermission(actor, "wijken:manage");
  return db.$transaction(async (tx) => {
    const oud = await tx.wijk.findUnique({
      where: { id },
      select: { id: true, naam: true, slug: true, soort: true, parentId: true, wijkraadNaam: true, wijkraadEmail: true, wijkraadWebsite: true },
    });
    if (!oud) throw new AppError("NOT_FOUND", "Dit gebied bestaat niet.");
    if (input.soort === "BUURT" && oud.soort !== "BUURT" && (await tx.wijk.count({ where: { parentId: id } }))) {
      throw AppError.veld("soort", "Dit gebied heeft buurten. Het kan zelf geen buurt worden.");
    }
    const parentId = await checkOuder(tx, input.soort, input.parentId, id);
    let slug = oud.slug;
    const hernoemd = input.naam !== oud.naam;
    if (hernoemd && slugify(input.naam) !== oud.slug) {
      // The old slug may come back (renamed back): then it is no longer an old slug.
      await tx.wijkSlug.deleteMany({ where: { slug: slugify(input.naam), wijkId: id } });
      slug = await vrijeSlug(tx, slugify(input.naam));
      await tx.wijkSlug.create({ data: { slug: oud.slug, wijkId: id } });
    }
    const na = {
      naam: input.naam, slug, soort: input.soort, parentId,
      wijkraadNaam: input.wijkraadNaam ?? null, wijkraadEmail: input.wijkraadEmail ?? null, wijkraadWebsite: input.wijkraadWebsite ?? null,
    };
    await tx.wijk.update({ where: { id }, data: na });
    const voor = { naam: oud.naam, slug: oud.slug, soort: oud.soort, parentId: oud.parentId, wijkraadNaam: oud.wijkraadNaam, wijkraadEmail: oud.wijkraadEmail, wijkraadWebsite: oud.wijkraadWebsite };
    await writeAudit(tx, { actorId: user.id, actie: hernoemd ? "gebied.hernoemd" : "gebied.gewijzigd", entiteit: "Wijk", entiteitId: id, voor, na });
    await vergeetCaches(tx);
    return { id, slug };
  });
}

export async function archiveerGebied(actor: Actor | null, id: string, archiveren: boolean) {
  const user = requirePermission(actor, "wijken:manage");
  return db.$transaction(async (tx) => {
    const g = await tx.wijk.findUnique({ where: { id }, select: { id: true, naam: true, gearchiveerdOp: true, _count: { select: { kinderen: { where: { gearchiveerdOp: null } } } } } });
    if (!g) throw new AppError("NOT_FOUND", "Dit gebied bestaat niet.");
    if (archiveren && g._count.kinderen) throw new AppError("CONFLICT", "Archiveer eerst de buurten van dit gebied.");
    const gearchiveerdOp = archiveren ? new Date() : null;
    await tx.wijk.update({ where: { id }, data: { gearchiveerdOp } });
    await writeAudit(tx, {
      actorId: user.id, actie: archiveren ? "gebied.gearchiveerd" : "gebied.hersteld", entiteit: "Wijk", entiteitId: id,
      voor: { gearchiveerdOp: g.gearchiveerdOp?.toISOString() ?? null }, na: { gearchiveerdOp: gearchiveerdOp?.toISOString() ?? null },
    });
    await vergeetCaches(tx);
    return { id, naam: g.naam };
  });
}

/** Public: the current slug for an old slug of a renamed gebied, or null. */
export async function huidigeSlug(oudeSlug: string): Promise<string | null> {
  const r = await db.wijkSlug.findUnique({ where: { slug: oudeSlug }, select: { wijk: { select: { slug: true } } } });
  return r?.wijk.slug ?? null;
}

/** The button on /beheer/gebieden: assign every place to the gebied whose boundary contains it. */
export async function deelPlaatsenIn(actor: Actor | null): Promise<Indeling> {
  const user = requirePermission(actor, "wijken:manage");
  return db.$transaction((tx) => deelInEnBewaar(tx, user.id, "knop"), { timeout: 60_000, maxWait: 10_000 });
}

/** Read-only: what the assignment would do now, and what lies outside every boundary. */
export async function bekijkIndeling(actor: Actor | null): Promise<Indeling> {
  requirePermission(actor, "wijken:manage");
  return deelIn(db, false);
}

function bestandsFouten(fouten: { melding: string }[]): AppError {
  return new AppError("INVALID", fouten[0].melding, {
    fieldErrors: { bestand: fouten.slice(0, 20).map((f) => f.melding).concat(fouten.length > 20 ? [`En nog ${fouten.length - 20} fouten.`] : []) },
    samenvatting: "Het bestand kan niet worden ingelezen. Er is niets veranderd.",
  });
}

/** Step 1 of the upload: read and check the file, store what belongs to our gemeente, return the id for the preview. */
export async function bereidCbsImportVoor(actor: Actor | null, input: { bestandsnaam: string; tekst: string }) {
  const user = requirePermission(actor, "wijken:manage");
  const gm = gemeentecode();
  const bestand = leesCbsBestand(input.tekst, gm);
  if (bestand.fouten.length) throw bestandsFouten(bestand.fouten);
  const plan = await planCbsImport(db, bestand.features, bestand.andereGemeenten);
  if (plan.fouten.length) throw bestandsFouten(plan.fouten.map((melding) => ({ melding })));
  // Old pending imports that were never confirmed are not kept.
  await db.gebiedImport.deleteMany({ where: { toegepastOp: null, createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } });
  return db.gebiedImport.create({
    data: { bestandsnaam: input.bestandsnaam.slice(0, 200), gemeentecode: gm, inhoud: alsGeojson(bestand.features), actorId: user.id },
    select: { id: true },
  });
}

async function openImport(client: Client, id: string) {
  const imp = await client.gebiedImport.findUnique({ where: { id } });
  if (!imp) throw new AppError("NOT_FOUND", "Deze import bestaat niet (meer). Kies het bestand opnieuw.");
  return imp;
}

/** Step 2: the preview. Computed again from the stored features against the gebieden as they are now. */
export async function bekijkCbsImport(actor: Actor | null, id: string) {
  requirePermission(actor, "wijken:manage");
  const imp = await openImport(db, id);
  const bestand = leesCbsBestand(imp.inhoud, imp.gemeentecode);
  const plan = await planCbsImport(db, bestand.features);
  return {
    id: imp.id, bestandsnaam: imp.bestandsnaam, gemeentecode: imp.gemeentecode, toegepastOp: imp.toegepastOp, createdAt: imp.createdAt,
    nieuw: plan.nieuw.map((n) => ({ sleutel: nieuwSleutel(n.feature), naam: n.naam, code: n.feature.code, soort: n.feature.soort })),
    bijgewerkt: plan.bijgewerkt.map((b) => ({ naam: b.naam, code: b.feature.code, soort: b.feature.soort, bestandsnaam: b.feature.naam })),
    zonderCode: plan.zonderCode,
    fouten: plan.fouten.concat(bestand.fouten.map((f) => f.melding)),
  };
}

/**
 * Step 3: confirm. One transaction: the gebieden, their audit rows and the new assignment of places.
 * `maak`: the keys of the new gebieden to create (the preview's checkboxes); without it, all of them.
 */
export async function bevestigCbsImport(actor: Actor | null, id: string, maak?: string[]): Promise<ImportResultaat> {
  const user = requirePermission(actor, "wijken:manage");
  return db.$transaction(
    async (tx) => {
      const imp = await openImport(tx, id);
      if (imp.toegepastOp) throw new AppError("CONFLICT", "Deze import is al bevestigd.");
      const bestand = leesCbsBestand(imp.inhoud, imp.gemeentecode);
      if (bestand.fouten.length) throw new AppError("INVALID", bestand.fouten.map((f) => f.melding).join(" "));
      const volledig = await planCbsImport(tx, bestand.features);
      const { plan } = maak ? kiesNieuw(volledig, new Set(maak)) : { plan: volledig };
      const r = await pasPlanToe(tx, plan, user.id);
      // Claim the import last, guarded: a second confirmation at the same moment fails and rolls back.
      const geclaimd = await tx.gebiedImport.updateMany({ where: { id, toegepastOp: null }, data: { toegepastOp: new Date() } });
      if (geclaimd.count !== 1) throw new AppError("CONFLICT", "Deze import is al bevestigd.");
      await writeAudit(tx, {
        actorId: user.id, actie: "cbsimport.bevestigd", entiteit: "GebiedImport", entiteitId: id,
        na: { bestand: imp.bestandsnaam, gemeentecode: imp.gemeentecode, nieuw: r.nieuw, bijgewerkt: r.bijgewerkt, ...r.indeling.verplaatst },
      });
      return r;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

