import "server-only";
/**
 * The municipality's huisstijl (one row): read by every page (layout, /huisstijl.css), changed only
 * by a beheerder with "huisstijl:manage". The WCAG AA contrast check is here, so no caller can skip it.
 */
import { db } from "../db.ts";
import { writeAudit } from "../audit.ts";
import { AppError } from "../errors.ts";
import { requirePermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { contrastMetWit, isThema, MINIMAAL_CONTRAST, STANDAARD_HUISSTIJL, type HuisstijlInstelling } from "../huisstijl.ts";
import type { HuisstijlInvoer } from "../validation/huisstijl.ts";
import { createHash } from "node:crypto";
import { controleerLogo, LOGO_EXTENSIE, type LogoMime } from "../huisstijl-logo.ts";

const RIJ = "huisstijl";
const LOGO_PAD = "/huisstijl/logo/";

/** The address of the uploaded logo: its hash is part of it, so a new logo gets a new address. */
function logoAdres(hash: string, mime: LogoMime): string {
  return `${LOGO_PAD}${hash}.${LOGO_EXTENSIE[mime]}`;
}

/**
 * Public: the current huisstijl (the default when none is set). Reads do not write. Every page's
 * layout reads it: when the database cannot answer (not migrated yet, down) the page still renders,
 * in the default look, and the problem is logged as a warning; the page's own data shows the error.
 */
export async function huidigeHuisstijl(): Promise<HuisstijlInstelling> {
  let rij: { thema: string; hoofdkleur: string | null; accentkleur: string | null; logoUrl: string | null } | null;
  try {
    rij = await db.huisstijl.findUnique({
      where: { id: RIJ },
      select: { thema: true, hoofdkleur: true, accentkleur: true, logoUrl: true },
    });
  } catch (e) {
    console.warn("Huisstijl niet te lezen, de standaard wordt gebruikt:", e instanceof Error ? e.message : e);
    return STANDAARD_HUISSTIJL;
  }
  if (!rij) return STANDAARD_HUISSTIJL;
  return {
    thema: isThema(rij.thema) ? rij.thema : STANDAARD_HUISSTIJL.thema,
    hoofdkleur: rij.hoofdkleur,
    accentkleur: rij.accentkleur,
    logoUrl: rij.logoUrl,
  };
}

function formatContrast(n: number): string {
  return n.toFixed(1).replace(".", ",");
}

/** The contrast check (WCAG AA, 4.5:1 against white) as field errors in plain Dutch. */
export function controleerContrast(invoer: Pick<HuisstijlInvoer, "hoofdkleur" | "accentkleur">): Record<string, string[]> {
  const fouten: Record<string, string[]> = {};
  const velden = [
    ["hoofdkleur", "De hoofdkleur"],
    ["accentkleur", "De kleur voor links"],
  ] as const;
  for (const [veld, naam] of velden) {
    const kleur = invoer[veld];
    if (!kleur) continue;
    const c = contrastMetWit(kleur);
    if (c < MINIMAAL_CONTRAST) {
      fouten[veld] = [
        `${naam} is te licht: witte tekst en tekst op wit zijn dan slecht te lezen (contrast ${formatContrast(c)} : 1, nodig is minstens 4,5 : 1). Kies een donkerdere kleur.`,
      ];
    }
  }
  return fouten;
}

/** Beheerder only: store the huisstijl, with the contrast check and an audit row in one transaction. */
export async function bewaarHuisstijl(actor: Actor | null, invoer: HuisstijlInvoer): Promise<HuisstijlInstelling> {
  const a = requirePermission(actor, "huisstijl:manage");
  const fouten = controleerContrast(invoer);
  if (Object.keys(fouten).length) {
    throw new AppError("INVALID", "De kleuren hebben te weinig contrast.", { fieldErrors: fouten, samenvatting: "De kleuren hebben te weinig contrast. Verbeter de fouten hieronder." });
  }
  return db.$transaction(async (tx) => {
    // An uploaded logo's address in the form means "keep the uploaded logo": it is taken from the
    // stored logo itself (locked, so a removal at the same moment waits), never from the form. A form
    // opened before the logo was removed or replaced cannot bring back an address that no longer works.
    let logoUrl = invoer.logoUrl;
    if (isGeuploadLogo(logoUrl)) {
      const [logo] = await tx.$queryRaw<{ hash: string; mime: string }[]>`SELECT "hash", "mime" FROM "HuisstijlLogo" WHERE "id" = ${RIJ} FOR UPDATE`;
      logoUrl = logo ? logoAdres(logo.hash, logo.mime as LogoMime) : null;
    }
    const nieuw: HuisstijlInstelling = { thema: invoer.thema, hoofdkleur: invoer.hoofdkleur, accentkleur: invoer.accentkleur, logoUrl };
    const oud = await tx.huisstijl.findUnique({ where: { id: RIJ }, select: { thema: true, hoofdkleur: true, accentkleur: true, logoUrl: true } });
    await tx.huisstijl.upsert({
      where: { id: RIJ },
      create: { id: RIJ, ...nieuw, bijgewerktDoorId: a.id },
      update: { ...nieuw, bijgewerktDoorId: a.id },
    });
    await writeAudit(tx, { actorId: a.id, actie: "huisstijl.gewijzigd", entiteit: "Huisstijl", entiteitId: RIJ, voor: oud ?? null, na: { ...nieuw } });
    return nieuw;
  });
}

// ---------- The uploaded logo (stored in the database: the same for every app instance) ----------


/** Whether a logo address is one of ours (an uploaded logo), not a file in public/. */
export function isGeuploadLogo(url: string | null): boolean {
  return !!url && url.startsWith(LOGO_PAD);
}

/**
 * Beheerder only: store an uploaded logo (PNG, JPEG or SVG without script, at most 200 kB; checked
 * in lib/huisstijl-logo.ts) and show it in the page header. One transaction with its audit row.
 */
export async function bewaarLogo(actor: Actor | null, bytes: Uint8Array): Promise<{ logoUrl: string }> {
  const a = requirePermission(actor, "huisstijl:manage");
  const check = controleerLogo(bytes);
  if (!check.ok) throw AppError.veld("logo", check.melding);
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const logoUrl = logoAdres(hash, check.mime);
  return db.$transaction(async (tx) => {
    const oud = await tx.huisstijl.findUnique({ where: { id: RIJ }, select: { logoUrl: true } });
    const data = Uint8Array.from(bytes);
    await tx.huisstijlLogo.upsert({
      where: { id: RIJ },
      create: { id: RIJ, mime: check.mime, data, hash, bijgewerktDoorId: a.id },
      update: { mime: check.mime, data, hash, bijgewerktDoorId: a.id },
    });
    await tx.huisstijl.upsert({ where: { id: RIJ }, create: { id: RIJ, logoUrl, bijgewerktDoorId: a.id }, update: { logoUrl, bijgewerktDoorId: a.id } });
    await writeAudit(tx, {
      actorId: a.id,
      actie: "huisstijl.logo_geupload",
      entiteit: "Huisstijl",
      entiteitId: RIJ,
      voor: { logoUrl: oud?.logoUrl ?? null },
      na: { logoUrl, mime: check.mime, bytes: bytes.length },
    });
    return { logoUrl };
  });
}

/** Beheerder only: remove the uploaded logo (the header shows the name only). */
export async function verwijderLogo(actor: Actor | null): Promise<void> {
  const a = requirePermission(actor, "huisstijl:manage");
  await db.$transaction(async (tx) => {
    const oud = await tx.huisstijl.findUnique({ where: { id: RIJ }, select: { logoUrl: true } });
    await tx.huisstijlLogo.deleteMany({ where: { id: RIJ } });
    // Checked when the row is written (not on the value read above), so a save of the huisstijl form
    // at the same moment cannot leave the header pointing at a logo that is gone.
    await tx.huisstijl.updateMany({ where: { id: RIJ, logoUrl: { startsWith: LOGO_PAD } }, data: { logoUrl: null, bijgewerktDoorId: a.id } });
    await writeAudit(tx, { actorId: a.id, actie: "huisstijl.logo_verwijderd", entiteit: "Huisstijl", entiteitId: RIJ, voor: { logoUrl: oud?.logoUrl ?? null }, na: { logoUrl: null } });
  });
}

/** Public: the uploaded logo, for GET /huisstijl/logo/<hash>.<ext> (null when there is none). */
export async function leesLogo(): Promise<{ mime: LogoMime; data: Uint8Array; hash: string } | null> {
  const rij = await db.huisstijlLogo.findUnique({ where: { id: RIJ }, select: { mime: true, data: true, hash: true } });
  return rij ? { mime: rij.mime as LogoMime, data: rij.data, hash: rij.hash } : null;
}
