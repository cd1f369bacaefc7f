/** Public: approved (or finished) initiatives whose makers agreed to publication, without personal data. */
import "server-only";
import { db } from "../../db.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { Doel, InitiatiefStatus } from "../../generated/prisma/enums.ts";

export const PUBLIEK: InitiatiefStatus[] = ["GOEDGEKEURD", "AFGEROND"];


export interface PubliekInitiatief {
  referentie: string;
  titel: string;
  ikWil: string;
  ikKan: string;
  voorWie: string;
  meedoen: string;
  doelen: Doel[];
  status: InitiatiefStatus;
  wijk: { naam: string; slug: string } | null;
  verhaal: { bereikt: string; deelnemers: number | null; bijdragen: string; citaten: string } | null;
}

const PUBLIEK_SELECT = {
  referentie: true,
  titel: true,
  ikWil: true,
  ikKan: true,
  voorWie: true,
  meedoen: true,
  doelen: true,
  status: true,
  wijk: { select: { naam: true, slug: true } },
  verantwoording: { select: { bereikt: true, deelnemers: true, bijdragen: true, citaten: true, openbaar: true } },
} satisfies Prisma.InitiatiefSelect;

function publiek(r: Prisma.InitiatiefGetPayload<{ select: typeof PUBLIEK_SELECT }>): PubliekInitiatief {
  const v = r.verantwoording;
  return {
    referentie: r.referentie!,
    titel: r.titel,
    ikWil: r.ikWil,
    ikKan: r.ikKan,
    voorWie: r.voorWie,
    meedoen: r.meedoen,
    doelen: r.doelen,
    status: r.status,
    wijk: r.wijk,
    verhaal: v && v.openbaar ? { bereikt: v.bereikt, deelnemers: v.deelnemers, bijdragen: v.bijdragen, citaten: v.citaten } : null,
  };
}

/**
 * Public: approved (or finished) initiatives whose makers agreed to publication. No personal data
 * (no names, contact details or address). Optionally for one wijk.
 */
export async function zoekPubliekeInitiatieven(filter: { wijkId?: string } = {}): Promise<PubliekInitiatief[]> {
  const rows = await db.initiatief.findMany({
    where: { status: { in: PUBLIEK }, openbaar: true, referentie: { not: null }, ...(filter.wijkId ? { wijkId: filter.wijkId } : {}) },
    orderBy: { besluitOp: "desc" },
    select: PUBLIEK_SELECT,
  });
  return rows.map(publiek);
}

export async function leesPubliekInitiatief(referentie: string): Promise<PubliekInitiatief | null> {
  const r = await db.initiatief.findFirst({ where: { referentie, status: { in: PUBLIEK }, openbaar: true }, select: PUBLIEK_SELECT });
  return r ? publiek(r) : null;
}
