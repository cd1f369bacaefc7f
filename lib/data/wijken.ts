import "server-only";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requirePermission } from "../auth/guard.ts";
import { wijkScope, type Actor } from "../auth/permissions.ts";
import { leesAgenda } from "../agenda.ts";

export interface WijkSummary {
  id: string;
  naam: string;
  slug: string;
  soort: string;
  lat: number;
  lng: number;
  inwoners: number | null;
}

/** Public lists show wijken, dorpen and kernen that are not archived (buurten are on their wijk's page). */
const OPENBAAR = { gearchiveerdOp: null, soort: { not: "BUURT" as const } };

/** Public: all wijken and dorpen, by name. */
export async function zoekWijken(): Promise<WijkSummary[]> {
  return db.wijk.findMany({
    where: OPENBAAR,
    orderBy: { naam: "asc" },
    select: { id: true, naam: true, slug: true, soort: true, lat: true, lng: true, inwoners: true },
  });
}

/** Public counts for the home page. */
export async function telPortaal() {
  const [plekken, activiteiten, initiatieven, wijken] = await Promise.all([
    db.plek.count({ where: { status: "GEPUBLICEERD" } }),
    db.activiteit.count({ where: { status: "GEPUBLICEERD" } }),
    db.initiatief.count({ where: { status: { in: ["GOEDGEKEURD", "AFGEROND"] }, openbaar: true } }),
    db.wijk.count({ where: OPENBAAR }),
  ]);
  return { plekken, activiteiten, initiatieven, wijken };
}

// ---------- Wijk pages (issue 6) ----------


export interface WijkRef {
  id: string;
  naam: string;
  slug: string;
  soort: string;
}

/** A wijk by slug (public fields) or NOT_FOUND. */
export async function leesWijk(slug: string): Promise<WijkRef> {
  const wijk = await db.wijk.findUnique({ where: { slug }, select: { id: true, naam: true, slug: true, soort: true } });
  if (!wijk) throw new AppError("NOT_FOUND", "Deze wijk of dit dorp bestaat niet.");
  return wijk;
}

/** Public: wijken with their boundary (if imported) for the overview map. */
export async function zoekWijkenVoorKaart() {
  return db.wijk.findMany({
    where: OPENBAAR,
    orderBy: { naam: "asc" },
    select: { id: true, naam: true, slug: true, soort: true, lat: true, lng: true, grens: true },
  });
}

/** Public: wijken with the date of their latest published agenda, for /wijken. */
export async function zoekWijkenOverzicht() {
  const wijken = await db.wijk.findMany({
    where: OPENBAAR,
    orderBy: { naam: "asc" },
    select: {
      id: true,
      naam: true,
      slug: true,
      soort: true,
      inwoners: true,
      portret: true,
      agendaVersies: { orderBy: { versie: "desc" }, take: 1, select: { versie: true, createdAt: true } },
    },
  });
  return wijken.map(({ agendaVersies, ...w }) => ({ ...w, agenda: agendaVersies[0] ?? null }));
}

/** Public: everything on a wijk page. Null when the slug does not exist. */
export async function leesWijkPagina(slug: string) {
  const wijk = await db.wijk.findUnique({
    where: { slug },
    select: {
      id: true,
      naam: true,
      slug: true,
      soort: true,
      cbsCode: true,
      inwoners: true,
      portret: true,
      wijkraadNaam: true,
      wijkraadEmail: true,
      wijkraadWebsite: true,
      gearchiveerdOp: true,
      parent: { select: { naam: true, slug: true } },
      kinderen: { where: { gearchiveerdOp: null }, orderBy: { naam: "asc" }, select: { naam: true, slug: true } },
      opbouwwerkers: { where: { user: { actief: true, rol: "OPBOUWWERKER" } }, select: { user: { select: { naam: true, email: true, telefoon: true } } } },
    },
  });
  if (!wijk) return null;
  const [cijfers, verhalen, laatste, aantalVersies, plekken, activiteiten, initiatieven] = await Promise.all([
    db.wijkCijfer.findMany({
      where: { wijkId: wijk.id },
      orderBy: [{ indicator: "asc" }, { jaar: "asc" }],
      select: { indicator: true, jaar: true, waarde: true, eenheid: true, bron: true, demo: true },
    }),
    db.verhaal.findMany({
      where: { wijkId: wijk.id, status: "GEPUBLICEERD", toestemming: true },
      orderBy: { createdAt: "desc" },
      take: 10,
      select: { id: true, titel: true, tekst: true, auteurNaam: true, createdAt: true, plek: { select: { naam: true } }, initiatief: { select: { titel: true } } },
    }),
    db.socialeAgendaVersie.findFirst({
      where: { wijkId: wijk.id },
      orderBy: { versie: "desc" },
      select: { versie: true, inhoud: true, toelichting: true, createdAt: true, auteur: { select: { naam: true } } },
    }),
    db.socialeAgendaVersie.count({ where: { wijkId: wijk.id } }),
    db.plek.findMany({
      where: { wijkId: wijk.id, status: "GEPUBLICEERD" },
      orderBy: [{ soort: "asc" }, { naam: "asc" }],
      select: { id: true, naam: true, slug: true, soort: true, adres: true, categorie: { select: { naam: true } } },
    }),
    db.activiteit.findMany({
      where: { wijkId: wijk.id, status: "GEPUBLICEERD" },
      orderBy: { titel: "asc" },
      select: { id: true, titel: true, slug: true, herhaling: true, plek: { select: { naam: true } } },
    }),
    db.initiatief.findMany({
      where: { wijkId: wijk.id, openbaar: true, status: { in: ["GOEDGEKEURD", "AFGEROND"] } },
      orderBy: { besluitOp: "desc" },
      select: {
        id: true,
        titel: true,
        referentie: true,
        ikWil: true,
        status: true,
        verantwoording: { select: { bereikt: true, deelnemers: true, bijdragen: true, citaten: true, openbaar: true, createdAt: true } },
      },
    }),
  ]);
  const { opbouwwerkers, kinderen, ...rest } = wijk;
  return {
    wijk: rest,
    buurten: kinderen,
    opbouwwerkers: opbouwwerkers.map((o) => o.user),
    cijfers,
    verhalen,
    agenda: laatste
      ? { versie: laatste.versie, inhoud: leesAgenda(laatste.inhoud), toelichting: laatste.toelichting, createdAt: laatste.createdAt, auteurNaam: laatste.auteur?.naam ?? null }
      : null,
    aantalVersies,
    plekken,
    activiteiten,
    initiatieven: initiatieven.map((i) => ({ id: i.id, titel: i.titel, referentie: i.referentie, ikWil: i.ikWil, status: i.status })),
    /** Wat er gebeurde: finished initiatives whose story may be shown (verantwoording.openbaar), newest first. */
    afgerond: initiatieven
      .flatMap((i) =>
        i.status === "AFGEROND" && i.verantwoording?.openbaar && i.referentie
          ? [{ titel: i.titel, referentie: i.referentie, bereikt: i.verantwoording.bereikt, deelnemers: i.verantwoording.deelnemers, bijdragen: i.verantwoording.bijdragen, citaten: i.verantwoording.citaten, datum: i.verantwoording.createdAt }]
          : [],
      )
      .sort((a, b) => b.datum.getTime() - a.datum.getTime()),
  };
}

/** Public: places and approved initiatives of a wijk a story can be about. */
export async function zoekVerhaalOnderwerpen(wijkId: string) {
  const [plekken, initiatieven] = await Promise.all([
    db.plek.findMany({ where: { wijkId, status: "GEPUBLICEERD" }, orderBy: { naam: "asc" }, select: { id: true, naam: true } }),
    db.initiatief.findMany({ where: { wijkId, openbaar: true, status: { in: ["GOEDGEKEURD", "AFGEROND"] } }, orderBy: { titel: "asc" }, select: { id: true, titel: true } }),
  ]);
  return { plekken, initiatieven };
}

/** /beheer/wijken: the wijken this staff member works on, with what waits for them. */
export async function zoekBeheerWijken(actor: Actor | null) {
  const user = requirePermission(actor, "beheer:access");
  const scope = wijkScope(user, "agenda:edit");
  if (scope && !scope.length) return [];
  const wijken = await db.wijk.findMany({
    where: scope ? { id: { in: scope } } : {},
    orderBy: { naam: "asc" },
    select: {
      id: true,
      naam: true,
      slug: true,
      soort: true,
      agendaVersies: { orderBy: { versie: "desc" }, take: 1, select: { versie: true, createdAt: true } },
      _count: { select: { signalen: { where: { status: "NIEUW" } }, verhalen: { where: { status: "INGEDIEND" } } } },
    },
  });
  return wijken.map((w) => ({ id: w.id, naam: w.naam, slug: w.slug, soort: w.soort, laatsteVersie: w.agendaVersies[0] ?? null, nieuweSignalen: w._count.signalen, teModereren: w._count.verhalen }));
}
