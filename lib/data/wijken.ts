import "server-only";
import { db } from "../db.ts";

export interface WijkSummary {
  id: string;
  naam: string;
  slug: string;
  soort: string;
  lat: number;
  lng: number;
  inwoners: number | null;
}

/** Public: all wijken and dorpen, by name. */
export async function listWijken(): Promise<WijkSummary[]> {
  return db.wijk.findMany({
    orderBy: { naam: "asc" },
    select: { id: true, naam: true, slug: true, soort: true, lat: true, lng: true, inwoners: true },
  });
}

/** Public counts for the home page. */
export async function portalCounts() {
  const [plekken, activiteiten, initiatieven, wijken] = await Promise.all([
    db.plek.count({ where: { status: "GEPUBLICEERD" } }),
    db.activiteit.count({ where: { status: "GEPUBLICEERD" } }),
    db.initiatief.count({ where: { status: { in: ["GOEDGEKEURD", "AFGEROND"] }, openbaar: true } }),
    db.wijk.count(),
  ]);
  return { plekken, activiteiten, initiatieven, wijken };
}
