/**
 * AVG (GDPR) for residents: everything stored about the signed-in user (right of access, as JSON and as a
 * readable page) and deleting the account (right to erasure). Both act ONLY on the acting user: there is
 * no user id parameter, so nobody can reach someone else's data through them.
 *
 * What deleting does (and app/privacy/page.tsx says):
 *  - removed: the User row with its accounts, volunteer profile, hulpvragen (and offers on them), own
 *    offers, messages sent in burenhulp conversations, vacature responses, sign-in links, follows of wijken
 *    and initiatives; drafts (CONCEPT initiatives)
 *  - withdrawn: initiatives still under review (status machine, audited as usual)
 *  - kept anonymised: submitted initiatives (contact details wiped, no owner), messages (no author),
 *    stories (author name "Anoniem", no e-mail), signals and map suggestions (no e-mail), vacatures placed
 *    by the user (archived, contact wiped)
 *  - one AuditLog row "account.verwijderd" with counts only, no personal data
 * All in one transaction: no half-deleted accounts.
 */
import "server-only";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import { isStaff } from "../auth/permissions.ts";
import { requireActor } from "../auth/guard.ts";
import { voerTransitieUit } from "../initiatief/status.ts";
import type { InitiatiefStatus } from "../generated/prisma/enums.ts";
import { writeAudit } from "../audit.ts";
import { instellingen } from "../instellingen.ts";

// Exact match on the lowercased address (every form stores e-mail lowercased). Deliberately not
// Prisma's mode "insensitive": that is ILIKE, where "_" in an address would match other addresses.
const ci = (email: string) => email.trim().toLowerCase();

function mijnInitiatievenWhere(a: Actor) {
  return { OR: [{ indienerId: a.id }, { indienerId: null, contactEmail: ci(a.email) }] };
}

function statusUit(json: unknown): InitiatiefStatus | null {
  const s = (json as { status?: unknown } | null)?.status;
  return typeof s === "string" ? (s as InitiatiefStatus) : null;
}

/** Everything we store about the acting user, in plain Dutch keys. */
export async function leesMijnGegevens(actor: Actor | null) {
  const a = requireActor(actor);
  const user = await db.user.findUnique({
    where: { id: a.id },
    select: {
      email: true,
      naam: true,
      telefoon: true,
      rol: true,
      emailVerified: true,
      createdAt: true,
      accounts: { select: { provider: true } },
      vrijwilliger: { select: { wijk: { select: { naam: true } }, interesses: true, beschikbaarheid: true, aanbod: true, vindbaar: true, createdAt: true, updatedAt: true } },
      hulpvragen: {
        orderBy: { createdAt: "asc" },
        select: {
          soort: true,
          titel: true,
          beschrijving: true,
          status: true,
          verlooptOp: true,
          createdAt: true,
          wijk: { select: { naam: true } },
          aanbiedingen: { orderBy: { createdAt: "asc" }, select: { bericht: true, status: true, createdAt: true } },
        },
      },
      hulpAanbiedingen: { orderBy: { createdAt: "asc" }, select: { bericht: true, status: true, createdAt: true, hulpvraag: { select: { titel: true } } } },
      vacatureReacties: { orderBy: { createdAt: "asc" }, select: { bericht: true, createdAt: true, vacature: { select: { titel: true } } } },
      // Messages the user sent in burenhulp conversations (lib/data/berichten.ts); removed with the account.
      hulpBerichten: { orderBy: { createdAt: "asc" }, select: { soort: true, tekst: true, createdAt: true, aanbod: { select: { hulpvraag: { select: { titel: true } } } } } },
    },
  });
  if (!user) throw new AppError("UNAUTHENTICATED");

  const initiatieven = await db.initiatief.findMany({
    where: mijnInitiatievenWhere(a),
    orderBy: { createdAt: "asc" },
    omit: { conceptSleutel: true, indienerId: true, behandelaarId: true, versie: true, wijkId: true },
    include: {
      wijk: { select: { naam: true } },
      berichten: { where: { intern: false }, orderBy: { createdAt: "asc" }, select: { tekst: true, vanGemeente: true, createdAt: true } },
      verantwoording: { omit: { id: true, initiatiefId: true } },
    },
  });
  const audit = initiatieven.length
    ? await db.auditLog.findMany({
        where: { entiteit: "Initiatief", entiteitId: { in: initiatieven.map((i) => i.id) } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { entiteitId: true, createdAt: true, na: true },
      })
    : [];

  const email = ci(a.email);
  const [signalen, verhalen, plekVoorstellen, geplaatsteVacatures, wijkVolgen, initiatiefVolgen] = await Promise.all([
    db.signaal.findMany({ where: { email }, orderBy: { createdAt: "asc" }, select: { soort: true, tekst: true, status: true, reactie: true, createdAt: true, wijk: { select: { naam: true } } } }),
    db.verhaal.findMany({ where: { email }, orderBy: { createdAt: "asc" }, select: { titel: true, tekst: true, auteurNaam: true, status: true, createdAt: true, wijk: { select: { naam: true } } } }),
    db.plekSuggestie.findMany({ where: { email }, orderBy: { createdAt: "asc" }, select: { gegevens: true, toelichting: true, status: true, reden: true, createdAt: true } }),
    db.vacature.findMany({ where: { OR: [{ geplaatstDoor: a.id }, { contactEmail: email }] }, orderBy: { createdAt: "asc" }, select: { titel: true, beschrijving: true, contactNaam: true, contactEmail: true, status: true, createdAt: true } }),
    db.wijkVolger.findMany({ where: { OR: [{ userId: a.id }, { email }] }, orderBy: { createdAt: "asc" }, select: { email: true, frequentie: true, bevestigdOp: true, afgemeldOp: true, createdAt: true, wijk: { select: { naam: true } } } }),
    db.initiatiefVolger.findMany({
      where: { OR: [{ userId: a.id }, { email }] },
      orderBy: { createdAt: "asc" },
      select: { email: true, bevestigdOp: true, afgemeldOp: true, createdAt: true, initiatief: { select: { titel: true, referentie: true } } },
    }),
  ]);

  const { accounts, vrijwilliger, hulpvragen, hulpAanbiedingen, vacatureReacties, hulpBerichten, ...account } = user;
  return {
    uitgevoerdOp: new Date().toISOString(),
    uitleg: `Dit zijn alle gegevens die de gemeente ${(await instellingen()).gemeenteNaam} in dit portaal over u bewaart. Interne notities van medewerkers staan er niet in, en van anderen alleen wat zij u stuurden (zonder hun contactgegevens).`,
    account: { ...account, inloggenVia: accounts.map((x) => x.provider) },
    initiatieven: initiatieven.map(({ id, ...i }) => ({
      ...i,
      statusgeschiedenis: audit.flatMap((l) => {
        const s = l.entiteitId === id ? statusUit(l.na) : null;
        return s ? [{ datum: l.createdAt, status: s }] : [];
      }),
    })),
    vrijwilligersprofiel: vrijwilliger,
    hulpvragen,
    hulpAanbod: hulpAanbiedingen,
    berichtenBijBurenhulp: hulpBerichten.map((b) => ({ soort: b.soort, tekst: b.tekst, createdAt: b.createdAt, hulpvraag: b.aanbod.hulpvraag.titel })),
    vacatureReacties,
    geplaatsteVacatures,
    signalen,
    verhalen,
    plekVoorstellen,
    wijkVolgen,
    initiatiefVolgen,
  };
}

export type MijnGegevens = Awaited<ReturnType<typeof leesMijnGegevens>>;

const NOG_GEEN_BESLUIT: InitiatiefStatus[] = ["INGEDIEND", "IN_BEHANDELING", "AANVULLING_GEVRAAGD"];

/** Deletes the acting resident's account (see the top of this file). Staff accounts: a beheerder does it. */
export async function verwijderMijnAccount(actor: Actor | null): Promise<Record<string, number>> {
  const a = requireActor(actor);
  if (isStaff(a)) {
    throw new AppError("FORBIDDEN", "Een account van een medewerker kunt u niet zelf verwijderen. Vraag dit aan een beheerder.");
  }
  const email = ci(a.email);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: a.id }, select: { id: true, email: true, rol: true, actief: true } });
    if (!user || !user.actief) throw new AppError("UNAUTHENTICATED");
    if (user.rol !== "INWONER") throw new AppError("FORBIDDEN", "Een account van een medewerker kunt u niet zelf verwijderen. Vraag dit aan een beheerder.");
    const where = mijnInitiatievenWhere(a);

    const concepten = await tx.initiatief.deleteMany({ where: { AND: [where, { status: "CONCEPT" }] } });

    const lopend = await tx.initiatief.findMany({ where: { AND: [where, { status: { in: NOG_GEEN_BESLUIT } }] }, select: { id: true, versie: true } });
    for (const i of lopend) {
      await voerTransitieUit(tx, { initiatiefId: i.id, actie: "intrekken", actorId: a.id, verwachteVersie: i.versie, details: { reden: "account verwijderd" } });
    }
    // Filled in at the kitchen table: the resident's details kept beside the initiative go as well.
    const keukentafel = await tx.initiatiefNamens.updateMany({
      where: { OR: [{ initiatief: where }, { inwonerEmail: email }] },
      data: { inwonerNaam: "", inwonerEmail: null, inwonerTelefoon: null, overnameHash: null, overnameVerlooptOp: null },
    });
    const initiatieven = await tx.initiatief.updateMany({
      where,
      data: { indienerId: null, contactNaam: "", contactEmail: "", contactTelefoon: "", conceptSleutel: null },
    });
    const verhalen = await tx.verhaal.updateMany({ where: { email }, data: { email: null, auteurNaam: "Anoniem" } });
    const signalen = await tx.signaal.updateMany({ where: { email }, data: { email: null } });
    const plekVoorstellen = await tx.plekSuggestie.updateMany({ where: { email }, data: { email: null } });
    const vacatures = await tx.vacature.updateMany({
      where: { OR: [{ geplaatstDoor: a.id }, { contactEmail: email }] },
      data: { geplaatstDoor: null, contactNaam: "", contactEmail: "", status: "GEARCHIVEERD" },
    });
    const inloglinks = await tx.verificationToken.deleteMany({ where: { identifier: email } });
    const wijkVolgen = await tx.wijkVolger.deleteMany({ where: { OR: [{ userId: a.id }, { email }] } });
    const initiatiefVolgen = await tx.initiatiefVolger.deleteMany({ where: { OR: [{ userId: a.id }, { email }] } });
    const hulpvragen = await tx.hulpvraag.count({ where: { aanvragerId: a.id } });
    const hulpAanbod = await tx.hulpAanbod.count({ where: { helperId: a.id } });
    const vacatureReacties = await tx.vacatureReactie.count({ where: { userId: a.id } });
    const vrijwilligersprofiel = await tx.vrijwilliger.count({ where: { userId: a.id } });

    // The user row last: cascades remove accounts, profile, hulpvragen (with offers), own offers and
    // vacature responses; messages and audit rows keep existing without the link (SET NULL).
    await tx.user.delete({ where: { id: a.id } });

    const aantallen = {
      concepten: concepten.count,
      ingetrokken: lopend.length,
      initiatievenGeanonimiseerd: initiatieven.count,
      keukentafelGeanonimiseerd: keukentafel.count,
      verhalen: verhalen.count,
      signalen: signalen.count,
      plekVoorstellen: plekVoorstellen.count,
      vacatures: vacatures.count,
      inloglinks: inloglinks.count,
      wijkVolgen: wijkVolgen.count,
      initiatiefVolgen: initiatiefVolgen.count,
      hulpvragen,
      hulpAanbod,
      vacatureReacties,
      vrijwilligersprofiel,
    };
    // No personal data here: the (random) id of a user that no longer exists, and counts.
    await writeAudit(tx, { actorId: null, actie: "account.verwijderd", entiteit: "User", entiteitId: a.id, na: aantallen });
    return aantallen;
  });
}
