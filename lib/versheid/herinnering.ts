/**
 * The versheid reminder (job "versheid" in lib/taken/taken.ts, daily): every published plek and current
 * activiteit not checked for VERSHEID_MAANDEN months gets its owner ONE e-mail per run listing all such
 * items, with per item the one-click answers "klopt nog", "ik pas het aan" and "bestaat niet meer".
 *
 * Not twice for the same period: an item is claimed by setting herinneringVerstuurdOp in one UPDATE ...
 * RETURNING, only when no reminder was sent since its last check (herinneringVerstuurdOp <
 * laatstGecontroleerd). A second run, or a second worker at the same moment, finds nothing to claim.
 * Items whose mail failed are released again and the job fails, so the runner retries it.
 */
import type { Db } from "../db.ts";
import { env } from "../env.ts";
import { datum } from "../format.ts";
import { sendMail } from "../mail.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { maakLinkToken } from "./link.ts";
import { bewerkPad, herinneringGrens, type VersheidSoort } from "./periode.ts";

interface TeControleren {
  soort: VersheidSoort;
  id: string;
  slug: string;
  naam: string;
  wijkId: string;
  wijk: string;
  organisatieId: string | null;
  laatstGecontroleerd: Date;
}

interface Eigenaar {
  email: string;
  naam: string | null;
  /** A member of the item's organisation: "pas het aan" goes to /mijn/organisatie. */
  lid?: boolean;
}

/** Claims the due items (sets herinneringVerstuurdOp = nu) and returns them. */
async function claimTeControleren(db: Db, nu: Date, grens: Date): Promise<TeControleren[]> {
  const plekken = await db.$queryRaw<TeControleren[]>`
    UPDATE "Plek" p SET "herinneringVerstuurdOp" = ${nu}
    FROM "Wijk" w
    WHERE w."id" = p."wijkId" AND p."status" = 'GEPUBLICEERD' AND p."gemeldNietMeerOp" IS NULL
      AND p."laatstGecontroleerd" <= ${grens}
      AND (p."herinneringVerstuurdOp" IS NULL OR p."herinneringVerstuurdOp" < p."laatstGecontroleerd")
    RETURNING 'plek' AS soort, p."id", p."slug", p."naam", p."wijkId", w."naam" AS wijk, p."organisatieId", p."laatstGecontroleerd"`;
  const activiteiten = await db.$queryRaw<TeControleren[]>`
    UPDATE "Activiteit" a SET "herinneringVerstuurdOp" = ${nu}
    FROM "Wijk" w
    WHERE w."id" = a."wijkId" AND a."status" = 'GEPUBLICEERD' AND a."gemeldNietMeerOp" IS NULL
      AND (a."eind" IS NULL OR a."eind" >= ${nu})
      AND (a."plekId" IS NULL OR EXISTS (SELECT 1 FROM "Plek" pl WHERE pl."id" = a."plekId" AND pl."status" = 'GEPUBLICEERD'))
      AND a."laatstGecontroleerd" <= ${grens}
      AND (a."herinneringVerstuurdOp" IS NULL OR a."herinneringVerstuurdOp" < a."laatstGecontroleerd")
    RETURNING 'activiteit' AS soort, a."id", a."slug", a."titel" AS naam, a."wijkId", w."naam" AS wijk, a."organisatieId", a."laatstGecontroleerd"`;
  return [...plekken, ...activiteiten];
}

/** Gives claimed items back (their mail was not sent), so a later run or retry sends it. */
async function geefVrij(db: Db, items: TeControleren[]): Promise<void> {
  const ids = (s: VersheidSoort) => items.filter((i) => i.soort === s).map((i) => i.id);
  if (ids("plek").length) await db.$executeRaw`UPDATE "Plek" SET "herinneringVerstuurdOp" = NULL WHERE "id" IN (${Prisma.join(ids("plek"))})`;
  if (ids("activiteit").length) await db.$executeRaw`UPDATE "Activiteit" SET "herinneringVerstuurdOp" = NULL WHERE "id" IN (${Prisma.join(ids("activiteit"))})`;
}

/**
 * Who is asked about an item: the active members of its organisation (aanbieders, issue 14) when it
 * has any, else the active opbouwwerkers of its wijk.
 */
export async function eigenarenVan(db: Db, items: Pick<TeControleren, "wijkId" | "organisatieId">[]): Promise<(item: Pick<TeControleren, "wijkId" | "organisatieId">) => Eigenaar[]> {
  const wijkIds = [...new Set(items.map((i) => i.wijkId))];
  const orgIds = [...new Set(items.map((i) => i.organisatieId).filter((x): x is string => !!x))];
  const [koppelingen, leden] = await Promise.all([
    wijkIds.length
      ? db.opbouwwerkerWijk.findMany({
          where: { wijkId: { in: wijkIds }, user: { actief: true, rol: "OPBOUWWERKER" } },
          select: { wijkId: true, user: { select: { email: true, naam: true } } },
          orderBy: { user: { email: "asc" } },
        })
      : [],
    orgIds.length
      ? db.organisatieLid.findMany({
          where: { organisatieId: { in: orgIds }, user: { actief: true } },
          select: { organisatieId: true, user: { select: { email: true, naam: true } } },
          orderBy: { user: { email: "asc" } },
        })
      : [],
  ]);
  const perWijk = new Map<string, Eigenaar[]>();
  for (const k of koppelingen) perWijk.set(k.wijkId, [...(perWijk.get(k.wijkId) ?? []), k.user]);
  const perOrg = new Map<string, Eigenaar[]>();
  for (const l of leden) perOrg.set(l.organisatieId, [...(perOrg.get(l.organisatieId) ?? []), { ...l.user, lid: true }]);
  return (i) => (i.organisatieId ? perOrg.get(i.organisatieId) : undefined) ?? perWijk.get(i.wijkId) ?? [];
}

/** Where the recipient edits the item: a member on /mijn/organisatie, staff on /beheer/kaart. */
export function pasAanPad(i: Pick<TeControleren, "soort" | "id" | "slug">, lid: boolean | undefined): string {
  return lid ? `/mijn/organisatie/${i.soort}/${i.id}` : bewerkPad(i.soort, i.id, i.slug);
}

function mailTekst(naam: string | null, items: (TeControleren & { lid?: boolean })[], maanden: number, nu: Date): string {
  const basis = env().APP_URL;
  const regels = items.map((i, n) =>
    [
      `${n + 1}. ${i.naam} (${i.soort === "plek" ? "plek" : "activiteit"} in ${i.wijk})`,
      `   Laatst gecontroleerd: ${datum(i.laatstGecontroleerd)}`,
      `   Klopt alles nog? Klik hier (u hoeft niet in te loggen): ${basis}/kaart/controle/${maakLinkToken(i.soort, i.id, "klopt", nu)}`,
      `   Moet er iets anders? Pas het aan: ${basis}${pasAanPad(i, i.lid)}`,
      `   Bestaat het niet meer? Meld het hier: ${basis}/kaart/controle/${maakLinkToken(i.soort, i.id, "weg", nu)}`,
    ].join("\n"),
  );
  return [
    `Beste ${naam ?? "collega"},`,
    "",
    `Deze ${items.length === 1 ? "plek of activiteit" : `${items.length} plekken en activiteiten`} op de sociale kaart ${items.length === 1 ? "is" : "zijn"} al ${maanden} maanden niet gecontroleerd.`,
    "Wilt u per onderdeel laten weten of het nog klopt? Eén klik is genoeg.",
    "",
    regels.join("\n\n"),
    "",
    "Zonder antwoord krijgt het onderdeel over een maand het label \"Mogelijk verouderd\" en staat het lager in de zoekresultaten.",
    "De links werken 60 dagen.",
  ].join("\n");
}

export interface HerinneringResultaat {
  items: number;
  mails: number;
  zonderEigenaar: number;
}

export async function stuurVersheidHerinneringen(db: Db, nu = new Date(), maanden = env().VERSHEID_MAANDEN): Promise<HerinneringResultaat> {
  const items = await claimTeControleren(db, nu, herinneringGrens(nu, maanden));
  if (!items.length) return { items: 0, mails: 0, zonderEigenaar: 0 };
  const eigenaren = await eigenarenVan(db, items);
  const perEmail = new Map<string, { eigenaar: Eigenaar; items: (TeControleren & { lid?: boolean })[] }>();
  const zonder: TeControleren[] = [];
  for (const i of items) {
    const e = eigenaren(i);
    if (!e.length) zonder.push(i);
    for (const eigenaar of e) {
      const groep = perEmail.get(eigenaar.email) ?? { eigenaar, items: [] };
      groep.items.push({ ...i, lid: eigenaar.lid });
      perEmail.set(eigenaar.email, groep);
    }
  }
  // Nobody to ask: not marked as reminded (it shows up on /beheer/versheid once it is out of date).
  await geefVrij(db, zonder);

  const gelukt = new Set<string>();
  const fouten: string[] = [];
  for (const { eigenaar, items: lijst } of perEmail.values()) {
    const gesorteerd = [...lijst].sort((a, b) => a.wijk.localeCompare(b.wijk, "nl") || a.naam.localeCompare(b.naam, "nl"));
    try {
      await sendMail({
        to: eigenaar.email,
        subject: `Klopt de sociale kaart nog? ${lijst.length === 1 ? "1 onderdeel" : `${lijst.length} onderdelen`} om te controleren`,
        text: mailTekst(eigenaar.naam, gesorteerd, maanden, nu),
      });
      for (const i of lijst) gelukt.add(`${i.soort}:${i.id}`);
    } catch (e) {
      fouten.push(`${eigenaar.email}: ${(e as Error).message}`);
    }
  }
  if (fouten.length) {
    await geefVrij(db, items.filter((i) => !zonder.includes(i) && !gelukt.has(`${i.soort}:${i.id}`)));
    throw new Error(`Herinnering niet verstuurd aan ${fouten.join("; ")}`);
  }
  return { items: items.length - zonder.length, mails: perEmail.size, zonderEigenaar: zonder.length };
}
