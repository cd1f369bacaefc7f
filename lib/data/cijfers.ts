import "server-only";
/** Wijk figures ('tellen'): added one by one or imported from CSV by a beheerder or an opbouwwerker of the wijk. */
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requireActor, requireWijkPermission } from "../auth/guard.ts";
import { wijkScope, type Actor } from "../auth/permissions.ts";
import { koppelWijken, parseCijfersCsv, type ImportFout } from "../import/cijfers-csv.ts";
import { leesWijk } from "./wijken.ts";
import { writeAudit } from "../audit.ts";

export async function zoekCijfersBeheer(actor: Actor | null, slug: string) {
  const wijk = await leesWijk(slug);
  requireWijkPermission(actor, "cijfers:edit", wijk.id);
  const cijfers = await db.wijkCijfer.findMany({
    where: { wijkId: wijk.id },
    orderBy: [{ indicator: "asc" }, { jaar: "asc" }],
    select: { id: true, indicator: true, jaar: true, waarde: true, eenheid: true, bron: true, demo: true },
  });
  return { wijk, cijfers };
}

export interface CijferInput {
  indicator: string;
  jaar: number;
  waarde: number;
  eenheid: string;
  bron: string;
  demo: boolean;
}

/** Adds a figure, or replaces the value for the same indicator and year. */
export async function bewaarCijfer(actor: Actor | null, slug: string, input: CijferInput) {
  const wijk = await leesWijk(slug);
  const user = requireWijkPermission(actor, "cijfers:edit", wijk.id);
  return db.$transaction(async (tx) => {
    const key = { wijkId_indicator_jaar: { wijkId: wijk.id, indicator: input.indicator, jaar: input.jaar } };
    const voor = await tx.wijkCijfer.findUnique({ where: key, select: { waarde: true, bron: true } });
    const data = { waarde: input.waarde, eenheid: input.eenheid || null, bron: input.bron, demo: input.demo };
    const c = await tx.wijkCijfer.upsert({ where: key, create: { wijkId: wijk.id, indicator: input.indicator, jaar: input.jaar, ...data }, update: data, select: { id: true } });
    await writeAudit(tx, { actorId: user.id, actie: "wijkcijfer.bewaard", entiteit: "WijkCijfer", entiteitId: c.id, voor: voor ?? undefined, na: { indicator: input.indicator, jaar: input.jaar, ...data } });
    return c.id;
  });
}

export type CijferImportResultaat = { ok: true; aantal: number } | { ok: false; fouten: ImportFout[] };

/**
 * Imports figures from CSV text. All or nothing: when any row is malformed, names an unknown wijk or a wijk the
 * actor may not edit, nothing is written and every problem is reported per row.
 */
export async function importeerCijfers(actor: Actor | null, csv: string): Promise<CijferImportResultaat> {
  const user = requireActor(actor);
  const scope = wijkScope(user, "cijfers:edit");
  if (scope && !scope.length) throw new AppError("FORBIDDEN");
  const { rijen, fouten } = parseCijfersCsv(csv);
  const wijken = await db.wijk.findMany({ select: { id: true, naam: true, cbsCode: true } });
  const { gekoppeld, fouten: wijkFouten } = koppelWijken(rijen, wijken, scope);
  const alle = [...fouten, ...wijkFouten].sort((a, b) => a.regel - b.regel);
  if (alle.length) return { ok: false, fouten: alle };
  await db.$transaction(async (tx) => {
    for (const r of gekoppeld) {
      const data = { waarde: r.waarde, eenheid: r.eenheid, bron: r.bron, demo: false };
      await tx.wijkCijfer.upsert({
        where: { wijkId_indicator_jaar: { wijkId: r.wijkId, indicator: r.indicator, jaar: r.jaar } },
        create: { wijkId: r.wijkId, indicator: r.indicator, jaar: r.jaar, ...data },
        update: data,
      });
    }
    await writeAudit(tx, { actorId: user.id, actie: "wijkcijfer.geimporteerd", entiteit: "WijkCijfer", entiteitId: "csv", na: { aantal: gekoppeld.length, wijken: [...new Set(gekoppeld.map((r) => r.wijkId))] } });
  });
  return { ok: true, aantal: gekoppeld.length };
}
