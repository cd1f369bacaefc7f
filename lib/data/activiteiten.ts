/**
 * "Wat is er deze week?" (/activiteiten and the printed week overview per wijk): every public activity
 * in a window of days, one entry per time. Recurring activities are expanded from their schedule
 * (lib/kaart/rooster.ts): cancelled dates are left out, moved dates appear on their new day.
 * Public read (no actor): only GEPUBLICEERD activities, not at a place that is no longer public, and
 * only the fields the public pages show.
 */
import "server-only";
import type { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db.ts";
import { keren, leesRooster, lokaalMoment, lokaleDatum } from "../kaart/rooster.ts";
import { isGratis, type Venster } from "../kaart/activiteiten-agenda.ts";
import type { Doelgroep } from "../validation/kaart.ts";
import { ROOSTER_SELECT } from "./kaart/rooster.ts";

/** At most this many activities are read per request (a gemeente has a few hundred). */
const MAX_ACTIVITEITEN = 2000;
/** An activity without an end time lasts an hour (as in the iCalendar feed). */
const UUR = 3600_000;

const SELECT = {
  id: true, slug: true, titel: true, beschrijving: true, start: true, eind: true, herhaling: true, kosten: true, doelgroepen: true,
  rooster: { select: ROOSTER_SELECT },
  wijk: { select: { naam: true, slug: true } },
  plek: { select: { naam: true, slug: true, adres: true, plaats: true } },
} satisfies Prisma.ActiviteitSelect;

type Rij = Prisma.ActiviteitGetPayload<{ select: typeof SELECT }>;

export interface AgendaActiviteit {
  id: string;
  slug: string;
  titel: string;
  beschrijving: string;
  kosten: string | null;
  gratis: boolean;
  doelgroepen: string[];
  wijk: { naam: string; slug: string };
  plek: { naam: string; slug: string; adres: string | null; plaats: string | null } | null;
}

export interface AgendaKeer {
  activiteit: AgendaActiviteit;
  /** Local date (YYYY-MM-DD) under which this time is listed. */
  datum: string;
  start: Date;
  /** null: no end time known. */
  eind: Date | null;
  /** A recurring activity (from its schedule). */
  herhaalt: boolean;
  /** This time was moved from this date (YYYY-MM-DD). */
  verplaatstVan?: string;
}

export interface AgendaDag {
  datum: string;
  keren: AgendaKeer[];
}

export interface ActiviteitenAgenda {
  dagen: AgendaDag[];
  /** Recurring activities with only a text ("Elke dinsdag ...") and no dates: shown apart. */
  zonderDatum: (AgendaActiviteit & { herhaling: string })[];
  aantal: number;
}

export interface AgendaVraag extends Venster {
  /** A wijk or dorp (its buurten included). */
  wijk?: string;
  doelgroep?: Doelgroep;
  gratis?: boolean;
}

function basisWhere(v: AgendaVraag): Prisma.ActiviteitWhereInput[] {
  return [
    { status: "GEPUBLICEERD" },
    { OR: [{ plekId: null }, { plek: { status: "GEPUBLICEERD" } }] },
    ...(v.wijk ? [{ wijk: { OR: [{ slug: v.wijk }, { parent: { slug: v.wijk } }] } }] : []),
  ];
}

/** Doelgroep and "gratis" are checked here: `has` on an enum array fails through the pg adapter, and "gratis" is free text. */
function past(v: AgendaVraag, r: Pick<Rij, "kosten" | "doelgroepen">): boolean {
  return (!v.gratis || isGratis(r.kosten)) && (!v.doelgroep || r.doelgroepen.includes(v.doelgroep));
}

function alsActiviteit(r: Rij): AgendaActiviteit {
  return {
    id: r.id, slug: r.slug, titel: r.titel, beschrijving: r.beschrijving, kosten: r.kosten, gratis: isGratis(r.kosten),
    doelgroepen: r.doelgroepen, wijk: r.wijk, plek: r.plek,
  };
}

/** Public: the activities in a window of days, per day, with the filters of /activiteiten. */
export async function activiteitenAgenda(v: AgendaVraag): Promise<ActiviteitenAgenda> {
  const van = lokaalMoment(v.van, "00:00");
  const tot = lokaalMoment(v.tot, "00:00");
  const [rijen, tekstRijen] = await Promise.all([
    db.activiteit.findMany({
      where: {
        AND: [
          ...basisWhere(v),
          {
            OR: [
              // A schedule: expanded below (a moved time may lie outside the rule's own dates).
              { rooster: { isNot: null } },
              // One date: it overlaps the window (no end time: one hour).
              { rooster: { is: null }, start: { lt: tot }, OR: [{ eind: { gt: van } }, { eind: null, start: { gt: new Date(van.getTime() - UUR) } }] },
            ],
          },
        ],
      },
      orderBy: { titel: "asc" },
      take: MAX_ACTIVITEITEN,
      select: SELECT,
    }),
    db.activiteit.findMany({
      where: { AND: [...basisWhere(v), { rooster: { is: null }, start: null, herhaling: { not: null } }] },
      orderBy: { titel: "asc" },
      take: MAX_ACTIVITEITEN,
      select: SELECT,
    }),
  ]);

  const alle: AgendaKeer[] = [];
  for (const r of rijen) {
    if (!past(v, r)) continue;
    const activiteit = alsActiviteit(r);
    if (r.rooster) {
      for (const k of keren(leesRooster(r.rooster), van, tot)) {
        // A time that started the day before (past midnight) is listed on the first day of the window.
        const datum = k.start < van ? v.van : k.datum;
        alle.push({ activiteit, datum, start: k.start, eind: k.eind, herhaalt: true, ...(k.verplaatstVan ? { verplaatstVan: k.verplaatstVan } : {}) });
      }
    } else if (r.start) {
      const datum = r.start < van ? v.van : lokaleDatum(r.start);
      alle.push({ activiteit, datum, start: r.start, eind: r.eind, herhaalt: false });
    }
  }
  alle.sort((a, b) => a.datum.localeCompare(b.datum) || a.start.getTime() - b.start.getTime() || a.activiteit.titel.localeCompare(b.activiteit.titel, "nl"));

  const dagen: AgendaDag[] = [];
  for (const k of alle) {
    const laatste = dagen.at(-1);
    if (laatste?.datum === k.datum) laatste.keren.push(k);
    else dagen.push({ datum: k.datum, keren: [k] });
  }
  const zonderDatum = tekstRijen.filter((r) => past(v, r)).map((r) => ({ ...alsActiviteit(r), herhaling: r.herhaling! }));
  return { dagen, zonderDatum, aantal: alle.length };
}

/** Public: a wijk or dorp by its slug, for the heading of the week overview (null when unknown or archived). */
export async function agendaWijk(slug: string): Promise<{ naam: string; slug: string } | null> {
  return db.wijk.findFirst({ where: { slug, gearchiveerdOp: null }, select: { naam: true, slug: true } });
}
