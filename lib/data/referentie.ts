/** Reference numbers per kind and year (INI-2026-0042, HLP-2026-0007), numbered by one atomic upsert. */
import "server-only";
import type { Prisma } from "../generated/prisma/client.ts";

export type ReferentieSoort = "INI" | "HLP";

/** The next number of this kind for this year; call it inside the transaction that stores it. */
export async function volgendeReferentie(tx: Prisma.TransactionClient, soort: ReferentieSoort, jaar: number): Promise<string> {
  const rows = await tx.$queryRaw<{ laatste: number }[]>`
    INSERT INTO "Referentieteller" ("soort", "jaar", "laatste") VALUES (${soort}, ${jaar}, 1)
    ON CONFLICT ("soort", "jaar") DO UPDATE SET "laatste" = "Referentieteller"."laatste" + 1
    RETURNING "laatste"`;
  return `${soort}-${jaar}-${String(Number(rows[0].laatste)).padStart(4, "0")}`;
}
