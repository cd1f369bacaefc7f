/**
 * /beheer/gebruikers: staff accounts (permission gebruikers:manage). Invite, change role, link an
 * opbouwwerker to wijken, deactivate and reactivate. Every change writes an audit row with before
 * and after. A change of role or activity ends the user's sessions; loadSessionActor also reads the
 * role, activity and wijken from the database on every request, so the change counts at once.
 * The last active beheerder can be neither demoted nor deactivated.
 */
import "server-only";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requirePermission } from "../auth/guard.ts";
import { ROL_NAMEN, type Actor, type Rol } from "../auth/permissions.ts";
import { revokeAllSessions } from "../auth/sessie.ts";
import { hashPassword } from "../auth/login.ts";
import { gebruikUitnodiging, maakUitnodiging, UITNODIGING_GELDIG_DAGEN, zoekUitnodiging, type OpenUitnodiging } from "../auth/uitnodiging.ts";
import { writeAudit } from "../audit.ts";
import { sendMailSafe } from "../mail.ts";
import { leesInstellingen } from "../instellingen.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { MEDEWERKER_ROLLEN } from "../validation/gebruikers.ts";

type Tx = Prisma.TransactionClient;

export const LAATSTE_BEHEERDER =
  "Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder; daarna kunt u dit account wijzigen of uitzetten.";

export interface GebruikerRij {
  id: string;
  email: string;
  naam: string | null;
  rol: Rol;
  actief: boolean;
  wijken: string[];
  /** Invited and not yet accepted (no password, no OIDC link). */
  uitgenodigd: boolean;
}

const LIJST_MAX = 200;

/** Users, newest first: staff only unless a role is chosen; search in name and e-mail. */
export async function listGebruikers(actor: Actor | null, filter: { zoek?: string; rol?: Rol | "" } = {}) {
  requirePermission(actor, "gebruikers:manage");
  const zoek = filter.zoek?.trim().slice(0, 100);
  const where: Prisma.UserWhereInput = {
    rol: filter.rol ? filter.rol : { in: [...MEDEWERKER_ROLLEN] },
    ...(zoek ? { OR: [{ email: { contains: zoek, mode: "insensitive" } }, { naam: { contains: zoek, mode: "insensitive" } }] } : {}),
  };
  const [rijen, totaal] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ actief: "desc" }, { naam: "asc" }, { email: "asc" }],
      take: LIJST_MAX,
      select: {
        id: true,
        email: true,
        naam: true,
        rol: true,
        actief: true,
        wijken: { select: { wijk: { select: { naam: true } } } },
        uitnodigingen: { where: { gebruiktOp: null, verlooptOp: { gt: new Date() } }, select: { verlooptOp: true }, take: 1 },
      },
    }),
    db.user.count({ where }),
  ]);
  return {
    totaal,
    gebruikers: rijen.map(
      (u): GebruikerRij => ({
        id: u.id,
        email: u.email,
        naam: u.naam,
        rol: u.rol,
        actief: u.actief,
        wijken: u.wijken.map((w) => w.wijk.naam).sort((a, b) => a.localeCompare(b, "nl")),
        uitgenodigd: u.uitnodigingen.length > 0,
      }),
    ),
  };
}

/** One user with wijken, the wijken that can be added, and the history of changes to the account. */
export async function gebruikerDetail(actor: Actor | null, id: string) {
  requirePermission(actor, "gebruikers:manage");
  const u = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      naam: true,
      rol: true,
      actief: true,
      demo: true,
      createdAt: true,
      wijken: { select: { wijk: { select: { id: true, naam: true } } } },
      uitnodigingen: { orderBy: { createdAt: "desc" }, take: 1, select: { verlooptOp: true, gebruiktOp: true } },
    },
  });
  if (!u) throw new AppError("NOT_FOUND", "Deze gebruiker bestaat niet (meer).");
  const [alleWijken, geschiedenis] = await Promise.all([
    db.wijk.findMany({ orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
    db.auditLog.findMany({
      where: { entiteit: "User", entiteitId: id },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, actie: true, createdAt: true, voor: true, na: true, actor: { select: { naam: true, email: true } } },
    }),
  ]);
  const eigen = new Set(u.wijken.map((w) => w.wijk.id));
  return {
    gebruiker: {
      id: u.id,
      email: u.email,
      naam: u.naam,
      rol: u.rol,
      actief: u.actief,
      demo: u.demo,
      createdAt: u.createdAt,
      wijken: u.wijken.map((w) => w.wijk).sort((a, b) => a.naam.localeCompare(b.naam, "nl")),
      laatsteUitnodiging: u.uitnodigingen[0] ?? null,
      uitgenodigd: !!u.uitnodigingen[0] && !u.uitnodigingen[0].gebruiktOp && u.uitnodigingen[0].verlooptOp > new Date(),
    },
    andereWijken: alleWijken.filter((w) => !eigen.has(w.id)),
    geschiedenis,
  };
}

/**
 * Locks the active beheerders (FOR UPDATE, so two beheerders demoting each other at the same moment
 * wait for each other) and refuses when `userId` is the only one left.
 */
async function bewaakLaatsteBeheerder(tx: Tx, userId: string): Promise<void> {
  const actief = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "rol" = 'BEHEERDER' AND "actief" = true FOR UPDATE`;
  if (actief.some((r) => r.id === userId) && actief.length <= 1) throw new AppError("CONFLICT", LAATSTE_BEHEERDER);
}

async function laadVoorWijziging(tx: Tx, id: string) {
  const u = await tx.user.findUnique({
    where: { id },
    select: { id: true, email: true, rol: true, actief: true, wijken: { select: { wijkId: true } } },
  });
  if (!u) throw new AppError("NOT_FOUND", "Deze gebruiker bestaat niet (meer).");
  return u;
}

function uitnodigingMail(to: string, url: string, rol: Rol, gemeente: string, door: string) {
  return {
    to,
    subject: `Uitnodiging voor de Sociale Basis ${gemeente}`,
    text: [
      "Hallo,",
      "",
      `${door} nodigt u uit om als ${ROL_NAMEN[rol].toLowerCase()} te werken in het portaal Sociale Basis ${gemeente}.`,
      "Klik op deze link om uw account klaar te maken:",
      url,
      "",
      `De link werkt ${UITNODIGING_GELDIG_DAGEN} dagen en maar één keer.`,
      "Verwachtte u deze e-mail niet? Dan hoeft u niets te doen.",
      "",
      "Met vriendelijke groet,",
      `Gemeente ${gemeente}`,
    ].join("\n"),
  };
}

/**
 * Invites a staff member by e-mail (a one-use link, valid 7 days). A new address gets an account with
 * the chosen role that cannot sign in until the link is used. A resident's account becomes staff (its
 * sessions end). An active staff account that is already in use is refused.
 */
export async function nodigMedewerkerUit(actor: Actor | null, input: { email: string; naam?: string; rol: Rol }) {
  const a = requirePermission(actor, "gebruikers:manage");
  if (!(MEDEWERKER_ROLLEN as readonly string[]).includes(input.rol)) throw AppError.veld("rol", "Kies een rol voor een medewerker.");
  const email = input.email.trim().toLowerCase();
  const naam = input.naam?.trim() || null;
  const r = await db.$transaction(async (tx) => {
    const bestaand = await tx.user.findUnique({
      where: { email },
      select: { id: true, rol: true, actief: true, naam: true, emailVerified: true, passwordHash: true, accounts: { select: { id: true }, take: 1 } },
    });
    const inGebruik = bestaand && bestaand.rol !== "INWONER" && (bestaand.passwordHash || bestaand.accounts.length);
    if (inGebruik) {
      throw AppError.veld("email", "Dit e-mailadres heeft al een account als medewerker. Zoek het op in de lijst om de rol te wijzigen.");
    }
    let userId: string;
    if (bestaand) {
      await tx.user.update({ where: { id: bestaand.id }, data: { rol: input.rol, actief: true, naam: bestaand.naam ?? naam } });
      userId = bestaand.id;
    } else {
      const u = await tx.user.create({ data: { email, naam, rol: input.rol }, select: { id: true } });
      userId = u.id;
    }
    const { url, verlooptOp } = await maakUitnodiging(tx, userId, { doorId: a.id, geldigMs: UITNODIGING_GELDIG_DAGEN * 86_400_000 });
    await writeAudit(tx, {
      actorId: a.id,
      actie: "gebruiker.uitgenodigd",
      entiteit: "User",
      entiteitId: userId,
      voor: bestaand ? { rol: bestaand.rol, actief: bestaand.actief } : null,
      na: { email, rol: input.rol, verlooptOp: verlooptOp.toISOString() },
    });
    return { userId, url, rolGewijzigd: !!bestaand && bestaand.rol !== input.rol };
  });
  if (r.rolGewijzigd) await revokeAllSessions(r.userId);
  const gemeente = (await leesInstellingen()).gemeenteNaam;
  const verstuurd = await sendMailSafe(uitnodigingMail(email, r.url, input.rol, gemeente, a.naam ?? a.email));
  return { id: r.userId, verstuurd };
}

/** Changes a user's role. Leaving OPBOUWWERKER removes the wijk links. Sessions end. */
export async function wijzigRol(actor: Actor | null, id: string, rol: Rol) {
  const a = requirePermission(actor, "gebruikers:manage");
  const gewijzigd = await db.$transaction(async (tx) => {
    const u = await laadVoorWijziging(tx, id);
    if (u.rol === rol) return false;
    if (u.rol === "BEHEERDER") await bewaakLaatsteBeheerder(tx, u.id);
    const wijkenWeg = rol !== "OPBOUWWERKER" && u.wijken.length > 0;
    if (wijkenWeg) await tx.opbouwwerkerWijk.deleteMany({ where: { userId: u.id } });
    await tx.user.update({ where: { id: u.id }, data: { rol } });
    await writeAudit(tx, {
      actorId: a.id,
      actie: "gebruiker.rol_gewijzigd",
      entiteit: "User",
      entiteitId: u.id,
      voor: { rol: u.rol, ...(wijkenWeg ? { wijkIds: u.wijken.map((w) => w.wijkId) } : {}) },
      na: { rol, ...(wijkenWeg ? { wijkIds: [] } : {}) },
    });
    return true;
  });
  if (gewijzigd) await revokeAllSessions(id);
  return { gewijzigd };
}

/** Deactivates (actief=false) or reactivates an account. Deactivating ends every session at once. */
export async function zetActief(actor: Actor | null, id: string, actief: boolean) {
  const a = requirePermission(actor, "gebruikers:manage");
  const gewijzigd = await db.$transaction(async (tx) => {
    const u = await laadVoorWijziging(tx, id);
    if (u.actief === actief) return false;
    if (!actief && u.rol === "BEHEERDER") await bewaakLaatsteBeheerder(tx, u.id);
    await tx.user.update({ where: { id: u.id }, data: { actief } });
    await writeAudit(tx, {
      actorId: a.id,
      actie: actief ? "gebruiker.geactiveerd" : "gebruiker.gedeactiveerd",
      entiteit: "User",
      entiteitId: u.id,
      voor: { actief: u.actief },
      na: { actief },
    });
    return true;
  });
  if (gewijzigd && !actief) await revokeAllSessions(id);
  return { gewijzigd };
}

/** Links an opbouwwerker to a wijk (they may then work there) or removes the link. */
export async function wijzigWijk(actor: Actor | null, id: string, wijkId: string, koppelen: boolean) {
  const a = requirePermission(actor, "gebruikers:manage");
  return db.$transaction(async (tx) => {
    const u = await laadVoorWijziging(tx, id);
    if (koppelen && u.rol !== "OPBOUWWERKER") throw AppError.veld("wijkId", "Alleen een opbouwwerker werkt in een wijk. Maak deze gebruiker eerst opbouwwerker.");
    const wijk = await tx.wijk.findUnique({ where: { id: wijkId }, select: { id: true, naam: true } });
    if (!wijk) throw AppError.veld("wijkId", "Deze wijk bestaat niet (meer). Kies een andere.");
    const voor = u.wijken.map((w) => w.wijkId);
    const heeft = voor.includes(wijkId);
    if (koppelen === heeft) return { gewijzigd: false };
    if (koppelen) await tx.opbouwwerkerWijk.create({ data: { userId: u.id, wijkId } });
    else await tx.opbouwwerkerWijk.delete({ where: { userId_wijkId: { userId: u.id, wijkId } } });
    const na = koppelen ? [...voor, wijkId] : voor.filter((w) => w !== wijkId);
    await writeAudit(tx, {
      actorId: a.id,
      actie: koppelen ? "gebruiker.wijk_toegevoegd" : "gebruiker.wijk_verwijderd",
      entiteit: "User",
      entiteitId: u.id,
      voor: { wijkIds: voor },
      na: { wijkIds: na, wijk: wijk.naam },
    });
    return { gewijzigd: true };
  });
}

// ---------- accepting an invitation (public: the token is the proof) ----------

/** What the invitation page shows, or null for a link that no longer works. */
export async function bekijkUitnodiging(token: string): Promise<Pick<OpenUitnodiging, "email" | "naam" | "rol" | "verlooptOp"> | null> {
  const u = await zoekUitnodiging(token);
  return u && { email: u.email, naam: u.naam, rol: u.rol, verlooptOp: u.verlooptOp };
}

export const UITNODIGING_VERLOPEN = "Deze link werkt niet meer: hij is al gebruikt of verlopen. Vraag de beheerder om een nieuwe uitnodiging.";

/**
 * Uses the invitation and sets the password (and the name when given). Returns the user for the
 * next sign-in step (lib/auth/tweede-stap.ts afterPassword). Earlier sessions of the account end.
 */
export async function accepteerUitnodiging(input: { token: string; wachtwoord: string; naam?: string }) {
  const hash = await hashPassword(input.wachtwoord);
  const user = await db.$transaction(async (tx) => {
    const u = await gebruikUitnodiging(tx, input.token);
    if (!u) throw new AppError("INVALID", UITNODIGING_VERLOPEN);
    const naam = input.naam?.trim() || u.naam;
    const nu = new Date();
    const user = await tx.user.update({
      where: { id: u.userId },
      data: { passwordHash: hash, naam, emailVerified: nu, demo: false },
      select: { id: true, email: true, naam: true, rol: true },
    });
    await writeAudit(tx, { actorId: u.userId, actie: "gebruiker.uitnodiging_geaccepteerd", entiteit: "User", entiteitId: u.userId, na: { wachtwoord: "ingesteld" } });
    return user;
  });
  await revokeAllSessions(user.id);
  return user;
}

/** Uses the invitation for a sign-in through the gemeente (OIDC): the account is then linked by e-mail. */
export async function accepteerUitnodigingOidc(token: string) {
  return db.$transaction(async (tx) => {
    const u = await gebruikUitnodiging(tx, token);
    if (!u) throw new AppError("INVALID", UITNODIGING_VERLOPEN);
    await writeAudit(tx, { actorId: u.userId, actie: "gebruiker.uitnodiging_geaccepteerd", entiteit: "User", entiteitId: u.userId, na: { via: "oidc" } });
    return { email: u.email };
  });
}
