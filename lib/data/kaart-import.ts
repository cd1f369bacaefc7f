/**
 * Import of an existing sociale kaart (/beheer/kaart-import). Beheerders only (permission
 * "plek:moderate:any"): an import reaches every wijk at once, so an opbouwwerker (":own") may not.
 *
 * Step 1 `bereidKaartImportVoor`: read the file (CSV or HSDS JSON), store it; nothing changes yet.
 * Step 2 `bekijkKaartImport`: the dry run, computed again against the kaart as it is now: every problem
 *   per row in Dutch, and what would be created or updated.
 * Step 3 `bevestigKaartImport`: all or nothing in one transaction; refused while any row has a problem.
 *   An item that already came from the same bron with the same extern id is updated, not duplicated.
 */
import "server-only";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requirePermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { writeAudit } from "../audit.ts";
import { slugify } from "../slug.ts";
import { vergeetKaartCache } from "../kaart/kaart-cache.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import {
  controleer, leesHsds, leesKaartCsv, MAX_IMPORT_BYTES, normaliseerBron,
  type ActiviteitRegel, type GelezenBestand, type ImportRegel, type PlekRegel, type ReferentieCategorie, type ReferentieWijk,
} from "../import/kaart-import.ts";

type Tx = Prisma.TransactionClient;
type Client = Tx | typeof db;
const RECHT = "plek:moderate:any" as const;

export type KaartFormaat = "csv" | "hsds";

function leesBestand(formaat: string, inhoud: string): GelezenBestand {
  return formaat === "hsds" ? leesHsds(inhoud) : leesKaartCsv(inhoud);
}

/** JSON (starts with { or [) is HSDS; anything else CSV. */
export function herkenFormaat(bestandsnaam: string, tekst: string): KaartFormaat {
  const begin = tekst.replace(/^\uFEFF/, "").trimStart()[0];
  return begin === "{" || begin === "[" || /\.json$/i.test(bestandsnaam) ? "hsds" : "csv";
}

async function referentie(client: Client) {
  const [wijken, categorieen] = await Promise.all([
    client.wijk.findMany({ where: { gearchiveerdOp: null }, orderBy: { naam: "asc" }, select: { id: true, slug: true, naam: true, lat: true, lng: true, grens: true } }),
    client.categorie.findMany({ where: { gearchiveerdOp: null }, orderBy: { volgorde: "asc" }, select: { id: true, slug: true, naam: true, soort: true } }),
  ]);
  return { wijken: wijken as ReferentieWijk[], categorieen: categorieen as ReferentieCategorie[] };
}

/** Categories a beheerder can choose for plekken without one (HSDS has no categorie of ours). */
export async function kaartImportCategorieen(actor: Actor | null) {
  requirePermission(actor, RECHT);
  return (await referentie(db)).categorieen.map((c) => ({ slug: c.slug, naam: c.naam }));
}

interface Plan {
  bron: string;
  fouten: string[];
  waarschuwingen: string[];
  regels: (ImportRegel & { bestaandId: string | null })[];
  nieuweOrganisaties: string[];
}

async function maakPlan(client: Client, imp: { formaat: string; inhoud: string; bron: string; opties: unknown }): Promise<Plan> {
  const bestand = leesBestand(imp.formaat, imp.inhoud);
  const ref = await referentie(client);
  const standaardCategorie = (imp.opties as { categorie?: string } | null)?.categorie ?? null;
  const plekVerwijzingen = [...new Set(bestand.invoer.map((r) => r.plek.trim()).filter(Boolean))];
  const bestaandePlekken = plekVerwijzingen.length
    ? await client.plek.findMany({ where: { OR: [{ bron: imp.bron, externId: { in: plekVerwijzingen } }, { slug: { in: plekVerwijzingen } }] }, select: { externId: true, slug: true } })
    : [];
  const { regels, fouten } = controleer(bestand.invoer, {
    ...ref, standaardCategorie,
    bestaandePlekken: new Set(bestaandePlekken.flatMap((p) => [p.slug, ...(p.externId ? [p.externId] : [])])),
  });
  const [plekken, activiteiten] = await Promise.all([
    client.plek.findMany({ where: { bron: imp.bron, externId: { in: regels.filter((r) => r.soort === "plek").map((r) => r.externId) } }, select: { id: true, externId: true } }),
    client.activiteit.findMany({ where: { bron: imp.bron, externId: { in: regels.filter((r) => r.soort === "activiteit").map((r) => r.externId) } }, select: { id: true, externId: true } }),
  ]);
  const plekId = new Map(plekken.map((p) => [p.externId, p.id]));
  const actId = new Map(activiteiten.map((a) => [a.externId, a.id]));
  const orgNamen = [...new Set(regels.map((r) => r.organisatie).filter((x): x is string => !!x))];
  const bestaandeOrgs = orgNamen.length ? await client.organisatie.findMany({ where: { naam: { in: orgNamen, mode: "insensitive" } }, select: { naam: true } }) : [];
  const bekend = new Set(bestaandeOrgs.map((o) => o.naam.toLowerCase()));
  const nieuweOrganisaties = [...new Map(orgNamen.filter((n) => !bekend.has(n.toLowerCase())).map((n) => [n.toLowerCase(), n])).values()];
  return {
    bron: imp.bron,
    fouten: [...bestand.fouten, ...fouten],
    waarschuwingen: bestand.waarschuwingen ?? [],
    regels: regels.map((r) => ({ ...r, bestaandId: (r.soort === "plek" ? plekId.get(r.externId) : actId.get(r.externId)) ?? null })),
    nieuweOrganisaties,
  };
}

/** Step 1: read and check the file as a whole, store it; returns the id of the dry run. */
export async function bereidKaartImportVoor(actor: Actor | null, input: { bestandsnaam: string; tekst: string; bron?: string | null; categorie?: string | null }) {
  const user = requirePermission(actor, RECHT);
  if (Buffer.byteLength(input.tekst, "utf8") > MAX_IMPORT_BYTES) {
    throw AppError.veld("bestand", `Het bestand is groter dan ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Splits het in delen.`);
  }
  const formaat = herkenFormaat(input.bestandsnaam, input.tekst);
  const bestand = leesBestand(formaat, input.tekst);
  if (bestand.fouten.length) throw AppError.veld("bestand", bestand.fouten[0]);
  if (!bestand.invoer.length) throw AppError.veld("bestand", "Er staan geen plekken of activiteiten in het bestand.");
  let bron = input.bron?.trim() || null;
  if (!bron && formaat === "hsds") {
    try {
      const doc = JSON.parse(input.tekst.replace(/^\uFEFF/, "")) as { publisher?: unknown };
      if (typeof doc.publisher === "string") bron = doc.publisher;
    } catch {
      /* read above */
    }
  }
  const categorie = input.categorie?.trim() || null;
  if (categorie && !(await db.categorie.findFirst({ where: { slug: categorie, gearchiveerdOp: null }, select: { id: true } }))) {
    throw AppError.veld("categorie", "Kies een categorie uit de lijst.");
  }
  await db.kaartImport.deleteMany({ where: { toegepastOp: null, createdAt: { lt: new Date(Date.now() - 24 * 3600_000) } } });
  return db.kaartImport.create({
    data: { bestandsnaam: input.bestandsnaam.slice(0, 200) || `bestand.${formaat}`, formaat, bron: normaliseerBron(bron, formaat), inhoud: input.tekst, opties: categorie ? { categorie } : undefined, actorId: user.id },
    select: { id: true },
  });
}

async function openImport(client: Client, id: string) {
  const imp = await client.kaartImport.findUnique({ where: { id } });
  if (!imp) throw new AppError("NOT_FOUND", "Deze import bestaat niet (meer). Kies het bestand opnieuw.");
  return imp;
}

/** Step 2: the dry run. Nothing changes. */
export async function bekijkKaartImport(actor: Actor | null, id: string) {
  requirePermission(actor, RECHT);
  const imp = await openImport(db, id);
  const plan = await maakPlan(db, imp);
  const item = (r: Plan["regels"][number]) => ({ label: r.label, naam: r.soort === "plek" ? r.data.naam : r.data.titel, externId: r.externId });
  const soort = (s: "plek" | "activiteit", nieuw: boolean) => plan.regels.filter((r) => r.soort === s && !r.bestaandId === nieuw).map(item);
  return {
    id: imp.id, bestandsnaam: imp.bestandsnaam, formaat: imp.formaat as KaartFormaat, bron: imp.bron, toegepastOp: imp.toegepastOp,
    resultaat: imp.resultaat as { plekkenNieuw: number; plekkenBijgewerkt: number; activiteitenNieuw: number; activiteitenBijgewerkt: number } | null,
    fouten: plan.fouten, waarschuwingen: plan.waarschuwingen,
    nieuwePlekken: soort("plek", true), bijgewerktePlekken: soort("plek", false),
    nieuweActiviteiten: soort("activiteit", true), bijgewerkteActiviteiten: soort("activiteit", false),
    nieuweOrganisaties: plan.nieuweOrganisaties,
  };
}

async function vrijeSlugs(tx: Tx, tabel: "plek" | "activiteit", basis: string[]): Promise<string[]> {
  const bezet = new Set(
    tabel === "plek"
      ? (await tx.plek.findMany({ where: { slug: { in: basis } }, select: { slug: true } })).map((p) => p.slug)
      : (await tx.activiteit.findMany({ where: { slug: { in: basis } }, select: { slug: true } })).map((a) => a.slug),
  );
  const uit: string[] = [];
  for (const b of basis) {
    let slug = b;
    for (let i = 2; bezet.has(slug); i++) slug = `${b}-${i}`;
    if (slug !== b) {
      // A numbered slug may exist as well: check it against the database.
      const kand = slug;
      const bestaat = tabel === "plek" ? await tx.plek.findUnique({ where: { slug: kand }, select: { id: true } }) : await tx.activiteit.findUnique({ where: { slug: kand }, select: { id: true } });
      if (bestaat) slug = `${b}-${Math.random().toString(36).slice(2, 8)}`;
    }
    bezet.add(slug);
    uit.push(slug);
  }
  return uit;
}

async function organisatieIds(tx: Tx, regels: ImportRegel[]): Promise<Map<string, string>> {
  const namen = new Map<string, ImportRegel>();
  for (const r of regels) if (r.organisatie && !namen.has(r.organisatie.toLowerCase())) namen.set(r.organisatie.toLowerCase(), r);
  const ids = new Map<string, string>();
  if (!namen.size) return ids;
  const bestaand = await tx.organisatie.findMany({ where: { naam: { in: [...namen.values()].map((r) => r.organisatie!), mode: "insensitive" } }, select: { id: true, naam: true } });
  for (const o of bestaand) ids.set(o.naam.toLowerCase(), o.id);
  for (const [k, r] of namen) {
    if (ids.has(k)) continue;
    const basis = slugify(r.organisatie!) || "organisatie";
    const slug = (await tx.organisatie.findUnique({ where: { slug: basis }, select: { id: true } })) ? `${basis}-${Math.random().toString(36).slice(2, 8)}` : basis;
    const o = await tx.organisatie.create({
      data: { naam: r.organisatie!, slug, beschrijving: r.org?.beschrijving ?? null, website: r.org?.website ?? null, email: r.org?.email ?? null, telefoon: r.org?.telefoon ?? null },
      select: { id: true },
    });
    ids.set(k, o.id);
  }
  return ids;
}

export interface KaartImportResultaat {
  plekkenNieuw: number;
  plekkenBijgewerkt: number;
  activiteitenNieuw: number;
  activiteitenBijgewerkt: number;
  organisatiesNieuw: number;
}

/** Step 3: all or nothing. */
export async function bevestigKaartImport(actor: Actor | null, id: string): Promise<KaartImportResultaat> {
  const user = requirePermission(actor, RECHT);
  return db.$transaction(
    async (tx) => {
      const imp = await openImport(tx, id);
      if (imp.toegepastOp) throw new AppError("CONFLICT", "Deze import is al bevestigd.");
      const plan = await maakPlan(tx, imp);
      if (plan.fouten.length) {
        throw new AppError("INVALID", `Er is niets ingelezen: ${plan.fouten.length === 1 ? "één rij heeft" : `${plan.fouten.length} problemen in de rijen hebben`} een probleem. Verbeter het bestand en kies het opnieuw.`);
      }
      const orgs = await organisatieIds(tx, plan.regels);
      const orgId = (r: ImportRegel) => (r.organisatie ? (orgs.get(r.organisatie.toLowerCase()) ?? null) : null);
      const wijkNaam = new Map((await tx.wijk.findMany({ select: { id: true, naam: true } })).map((w) => [w.id, w.naam]));
      const plekken = plan.regels.filter((r): r is PlekRegel & { bestaandId: string | null } => r.soort === "plek");
      const acts = plan.regels.filter((r): r is ActiviteitRegel & { bestaandId: string | null } => r.soort === "activiteit");
      const r: KaartImportResultaat = { plekkenNieuw: 0, plekkenBijgewerkt: 0, activiteitenNieuw: 0, activiteitenBijgewerkt: 0, organisatiesNieuw: plan.nieuweOrganisaties.length };

      const nieuwePlekSlugs = await vrijeSlugs(tx, "plek", plekken.filter((p) => !p.bestaandId).map((p) => slugify(`${p.data.naam} ${wijkNaam.get(p.data.wijkId) ?? ""}`).slice(0, 90) || "plek"));
      const plekOpExtern = new Map<string, { id: string; wijkId: string }>();
      let n = 0;
      for (const p of plekken) {
        const open = (p.data.openingstijden ?? undefined) as Prisma.InputJsonValue | undefined;
        const data = { ...p.data, openingstijden: open, organisatieId: orgId(p) };
        if (p.bestaandId) {
          await tx.plek.update({ where: { id: p.bestaandId }, data: { ...data, openingstijden: open ?? [] }, select: { id: true } });
          plekOpExtern.set(p.externId, { id: p.bestaandId, wijkId: p.data.wijkId });
          r.plekkenBijgewerkt++;
        } else {
          const nieuw = await tx.plek.create({ data: { ...data, slug: nieuwePlekSlugs[n++], status: "GEPUBLICEERD", bron: plan.bron, externId: p.externId }, select: { id: true } });
          plekOpExtern.set(p.externId, { id: nieuw.id, wijkId: p.data.wijkId });
          r.plekkenNieuw++;
        }
      }
      // An activity's plek: from this file, or already on the kaart (same bron, or its slug).
      const verwijzingen = [...new Set(acts.map((a) => a.plek).filter((x): x is string => !!x && !plekOpExtern.has(x)))];
      if (verwijzingen.length) {
        const op = await tx.plek.findMany({ where: { OR: [{ bron: plan.bron, externId: { in: verwijzingen } }, { slug: { in: verwijzingen } }] }, select: { id: true, wijkId: true, slug: true, externId: true, bron: true } });
        for (const p of op) {
          if (p.bron === plan.bron && p.externId && !plekOpExtern.has(p.externId)) plekOpExtern.set(p.externId, { id: p.id, wijkId: p.wijkId });
          if (!plekOpExtern.has(p.slug)) plekOpExtern.set(p.slug, { id: p.id, wijkId: p.wijkId });
        }
      }
      const nieuweActSlugs = await vrijeSlugs(tx, "activiteit", acts.filter((a) => !a.bestaandId).map((a) => slugify(a.data.titel).slice(0, 90) || "activiteit"));
      n = 0;
      for (const a of acts) {
        const plek = a.plek ? plekOpExtern.get(a.plek) : undefined;
        if (a.plek && !plek) throw new AppError("INVALID", `${a.label}: de plek '${a.plek}' bestaat niet. Er is niets ingelezen.`);
        const wijkId = a.data.wijkId ?? plek!.wijkId;
        const data = { ...a.data, wijkId, plekId: plek?.id ?? null, organisatieId: orgId(a) };
        if (a.bestaandId) {
          await tx.activiteit.update({ where: { id: a.bestaandId }, data, select: { id: true } });
          r.activiteitenBijgewerkt++;
        } else {
          await tx.activiteit.create({ data: { ...data, slug: nieuweActSlugs[n++], status: "GEPUBLICEERD", bron: plan.bron, externId: a.externId }, select: { id: true } });
          r.activiteitenNieuw++;
        }
      }
      // Claim the import last, guarded: a second confirmation at the same moment fails and rolls back.
      const geclaimd = await tx.kaartImport.updateMany({ where: { id, toegepastOp: null }, data: { toegepastOp: new Date(), resultaat: { ...r } } });
      if (geclaimd.count !== 1) throw new AppError("CONFLICT", "Deze import is al bevestigd.");
      await writeAudit(tx, {
        actorId: user.id, actie: "kaartimport.bevestigd", entiteit: "KaartImport", entiteitId: id,
        na: { bestand: imp.bestandsnaam, formaat: imp.formaat, bron: imp.bron, ...r },
      });
      await vergeetKaartCache(tx);
      return r;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
