/**
 * `npm run bewaartermijnen`: deletes what the privacy page promises, by the terms in lib/bewaartermijnen.ts.
 * Idempotent and safe on several machines at once: every kind is one plain DELETE/UPDATE ... WHERE on
 * the database (its own transaction), no state in the process. A second run finds nothing more.
 */
import type { Db } from "./db.ts";
import { bewaartermijnen, grens, type TermijnSleutel } from "./bewaartermijnen.ts";

export type Resultaat = Record<TermijnSleutel, number>;

export async function voerBewaartermijnenUit(db: Db, now = new Date(), source: Record<string, string | undefined> = process.env): Promise<Resultaat> {
  const t = bewaartermijnen(source);
  const g = (k: TermijnSleutel) => grens(t[k], now);

  // Drafts: never submitted, untouched for the term. Messages etc. go with them (ON DELETE CASCADE).
  const conceptInitiatief = await db.$executeRaw`
    DELETE FROM "Initiatief" WHERE "status" = 'CONCEPT' AND "updatedAt" < ${g("conceptInitiatief")}`;

  // Decided or withdrawn initiatives: the term runs from the decision (or the last change when there is none).
  const initiatiefNaBesluit = await db.$executeRaw`
    DELETE FROM "Initiatief"
    WHERE "status" IN ('GOEDGEKEURD', 'AFGEWEZEN', 'DOORVERWEZEN', 'INGETROKKEN', 'AFGEROND')
      AND COALESCE("besluitOp", "updatedAt") < ${g("initiatiefNaBesluit")}`;

  // Hulpvragen: expired (verlooptOp) or closed/hidden (last change) longer than the term ago. Offers cascade.
  const hulpvraagGrens = g("hulpvraagNaAfloop");
  const hulpvraagNaAfloop = await db.$executeRaw`
    DELETE FROM "Hulpvraag"
    WHERE "verlooptOp" < ${hulpvraagGrens}
       OR ("status" IN ('GESLOTEN', 'VERBORGEN') AND "updatedAt" < ${hulpvraagGrens})`;

  // E-mail addresses given with a signal, a story or a map suggestion: wiped once handled + term.
  const emailGrens = g("emailBijMelding");
  const emailBijMelding = await db.$transaction(async (tx) => {
    const s = await tx.$executeRaw`
      UPDATE "Signaal" SET "email" = NULL
      WHERE "email" IS NOT NULL AND "status" = 'AFGEHANDELD' AND COALESCE("afgehandeldOp", "createdAt") < ${emailGrens}`;
    const v = await tx.$executeRaw`
      UPDATE "Verhaal" SET "email" = NULL
      WHERE "email" IS NOT NULL AND "status" <> 'INGEDIEND' AND "createdAt" < ${emailGrens}`;
    const p = await tx.$executeRaw`
      UPDATE "PlekSuggestie" SET "email" = NULL
      WHERE "email" IS NOT NULL AND "status" <> 'NIEUW' AND COALESCE("behandeldOp", "createdAt") < ${emailGrens}`;
    return s + v + p;
  });

  const inloglink = await db.$executeRaw`DELETE FROM "VerificationToken" WHERE "expires" < ${g("inloglink")}`;

  // Staff invitations: used or expired longer than the term ago. The account itself stays.
  const uitnodigingGrens = g("uitnodiging");
  const uitnodiging = await db.$executeRaw`
    DELETE FROM "Uitnodiging" WHERE "verlooptOp" < ${uitnodigingGrens} OR "gebruiktOp" < ${uitnodigingGrens}`;

  const tellers = await db.$executeRaw`DELETE FROM "RateLimit" WHERE "venster" < ${g("tellers")}`;

  // Follow and support requests never confirmed: the address goes (a new request starts again).
  // A follow asked again keeps its row (updatedAt moves); a support's link time moves with a new request.
  const onbevestigdGrens = g("onbevestigd");
  const onbevestigd = await db.$transaction(async (tx) => {
    const w = await tx.$executeRaw`
      DELETE FROM "WijkVolger" WHERE "bevestigdOp" IS NULL AND "afgemeldOp" IS NULL AND "updatedAt" < ${onbevestigdGrens}`;
    const i = await tx.$executeRaw`
      DELETE FROM "InitiatiefVolger" WHERE "bevestigdOp" IS NULL AND "afgemeldOp" IS NULL AND "updatedAt" < ${onbevestigdGrens}`;
    const s = await tx.$executeRaw`
      DELETE FROM "InitiatiefSteun" WHERE "bevestigdOp" IS NULL AND COALESCE("tokenVerlooptOp", "createdAt") < ${onbevestigdGrens}`;
    return w + i + s;
  });

  // Unsubscribed followers: the row (with the address) goes after the term. Digest rows cascade.
  const afgemeldGrens = g("afgemeld");
  const afgemeld = await db.$transaction(async (tx) => {
    const w = await tx.$executeRaw`DELETE FROM "WijkVolger" WHERE "afgemeldOp" < ${afgemeldGrens}`;
    const i = await tx.$executeRaw`DELETE FROM "InitiatiefVolger" WHERE "afgemeldOp" < ${afgemeldGrens}`;
    return w + i;
  });

  // Audit: keep who/what/when, wipe the before/after details.
  const logboekDetails = await db.$executeRaw`
    UPDATE "AuditLog" SET "voor" = NULL, "na" = NULL
    WHERE ("voor" IS NOT NULL OR "na" IS NOT NULL) AND "createdAt" < ${g("logboekDetails")}`;

  return { conceptInitiatief, initiatiefNaBesluit, hulpvraagNaAfloop, emailBijMelding, inloglink, uitnodiging, tellers, onbevestigd, afgemeld, logboekDetails };
}
