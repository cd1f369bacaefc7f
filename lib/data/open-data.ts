import "server-only";
/**
 * Open data out: what the public feeds and exports read. Public functions (no actor): they return only
 * what the public pages already show (GEPUBLICEERD items, no personal data).
 */
import { db } from "../db.ts";
import { env } from "../env.ts";
import type { FeedActiviteit } from "../open-data/ical.ts";
import type { HsdsBron } from "../open-data/hsds.ts";
import { instellingen } from "../instellingen.ts";
import { ROOSTER_SELECT, type RoosterRij } from "./kaart/rooster.ts";
import { eersteKeer, icalRrule, leesRooster, lokaalMoment, verplaatsteKeren } from "../kaart/rooster.ts";

/** How far back a feed reaches: recent activities stay visible for a while. */
const FEED_TERUG_DAGEN = 90;

const ACTIVITEIT_FEED_SELECT = {
  id: true, titel: true, slug: true, beschrijving: true, start: true, eind: true, updatedAt: true, rooster: { select: ROOSTER_SELECT },
  plek: { select: { naam: true, adres: true, postcode: true, plaats: true } },
} as const;

type FeedRij = { id: string; titel: string; slug: string; beschrijving: string; start: Date | null; eind: Date | null; updatedAt: Date; rooster: RoosterRij | null; plek: { naam: string; adres: string | null; postcode: string | null; plaats: string | null } | null };

function naarFeed(r: FeedRij): FeedActiviteit {
  const plek = r.plek;
  const locatie = plek ? [plek.naam, plek.adres, [plek.postcode, plek.plaats].filter(Boolean).join(" ")].filter(Boolean).join(", ") : null;
  const basis = { id: r.id, titel: r.titel, beschrijving: r.beschrijving, locatie, url: `${env().APP_URL}/kaart/activiteit/${r.slug}`, gewijzigd: r.updatedAt };
  if (r.rooster) {
    // A schedule: DTSTART is the rule's first time, with RRULE, EXDATE and moved times (RECURRENCE-ID).
    const rooster = leesRooster(r.rooster);
    const eerste = eersteKeer(rooster);
    if (eerste) {
      return {
        ...basis, start: eerste.start, eind: eerste.eind, rrule: icalRrule(rooster),
        exdates: rooster.uitgevallen.map((d) => lokaalMoment(d, rooster.startTijd)),
        verplaatst: verplaatsteKeren(rooster).map((k) => ({ recurrenceId: lokaalMoment(k.verplaatstVan!, rooster.startTijd), start: k.start, eind: k.eind })),
      };
    }
  }
  return { ...basis, start: r.start!, eind: r.eind };
}

function feedWhere(nu: Date) {
  // Only published activities with a date (the text-only "herhaling" has no times to put in a calendar yet).
  // Recurring activities with a schedule stay in the feed while the schedule runs.
  const terug = new Date(nu.getTime() - FEED_TERUG_DAGEN * 86_400_000);
  return {
    status: "GEPUBLICEERD" as const,
    OR: [{ start: { not: null, gte: terug } }, { rooster: { isNot: null }, OR: [{ eind: null }, { eind: { gte: terug } }] }],
  };
}

/** Public: the activities of a wijk for its iCalendar feed, or null when the wijk does not exist. */
export async function activiteitenFeedVoorWijk(slug: string, nu = new Date()) {
  const wijk = await db.wijk.findUnique({ where: { slug }, select: { id: true, naam: true, slug: true } });
  if (!wijk) return null;
  const rijen = await db.activiteit.findMany({ where: { wijkId: wijk.id, ...feedWhere(nu) }, orderBy: { start: "asc" }, take: 1000, select: ACTIVITEIT_FEED_SELECT });
  return { naam: `Activiteiten in ${wijk.naam}`, url: `${env().APP_URL}/wijken/${wijk.slug}`, activiteiten: rijen.map(naarFeed) };
}

/** Public: the activities at a published plek for its iCalendar feed, or null (no such plek, or not public). */
export async function activiteitenFeedVoorPlek(id: string, nu = new Date()) {
  const plek = await db.plek.findFirst({ where: { id, status: "GEPUBLICEERD" }, select: { id: true, naam: true, slug: true } });
  if (!plek) return null;
  const rijen = await db.activiteit.findMany({ where: { plekId: plek.id, ...feedWhere(nu) }, orderBy: { start: "asc" }, take: 1000, select: ACTIVITEIT_FEED_SELECT });
  return { naam: `Activiteiten bij ${plek.naam}`, url: `${env().APP_URL}/kaart/plek/${plek.slug}`, activiteiten: rijen.map(naarFeed) };
}

/**
 * Public: one published activity as an iCalendar file ("Zet in mijn agenda" on /activiteiten), or null
 * (unknown, not public, at a place that is no longer public, or without a date or schedule).
 */
export async function activiteitFeed(slug: string) {
  const r = await db.activiteit.findFirst({
    where: { slug, status: "GEPUBLICEERD", OR: [{ plekId: null }, { plek: { status: "GEPUBLICEERD" } }], AND: [{ OR: [{ start: { not: null } }, { rooster: { isNot: null } }] }] },
    select: ACTIVITEIT_FEED_SELECT,
  });
  if (!r) return null;
  const url = `${env().APP_URL}/kaart/activiteit/${r.slug}`;
  return { naam: r.titel, url, activiteiten: [naarFeed(r)] };
}

/**
 * Public: everything published on the sociale kaart, in the shape lib/open-data/hsds.ts maps to HSDS
 * and CSV. Only GEPUBLICEERD plekken and activiteiten, and only the organisations behind them; never
 * personal data (no contact person's name, no suggestions, no accounts).
 */
export async function openKaartGegevens(nu = new Date()): Promise<HsdsBron> {
  const [plekken, activiteiten] = await Promise.all([
    db.plek.findMany({
      where: { status: "GEPUBLICEERD" },
      orderBy: { naam: "asc" },
      select: {
        id: true, slug: true, naam: true, beschrijving: true, adres: true, postcode: true, plaats: true, lat: true, lng: true, telefoon: true, email: true, website: true,
        organisatieId: true, openingstijden: true, rolstoeltoegankelijk: true, doelgroepen: true, updatedAt: true, categorie: { select: { slug: true } }, wijk: { select: { slug: true } },
      },
    }),
    db.activiteit.findMany({
      where: { status: "GEPUBLICEERD" },
      orderBy: { titel: "asc" },
      select: {
        id: true, slug: true, titel: true, beschrijving: true, plekId: true, organisatieId: true, start: true, eind: true, herhaling: true, kosten: true, aanmelden: true, doelgroepen: true, updatedAt: true,
        plek: { select: { status: true } }, wijk: { select: { slug: true } },
      },
    }),
  ]);
  // An activity at a place that is no longer public stays, but without that place.
  const orgIds = [...new Set([...plekken.map((p) => p.organisatieId), ...activiteiten.map((a) => a.organisatieId)].filter((x): x is string => !!x))];
  const organisaties = await db.organisatie.findMany({ where: { id: { in: orgIds } }, orderBy: { naam: "asc" }, select: { id: true, naam: true, beschrijving: true, website: true, email: true, telefoon: true } });
  return {
    gemeente: (await instellingen()).gemeenteNaam,
    appUrl: env().APP_URL,
    nu,
    organisaties,
    plekken: plekken.map(({ categorie, wijk, ...p }) => ({ ...p, categorie: categorie.slug, wijk: wijk.slug })),
    activiteiten: activiteiten.map(({ plek, wijk, ...a }) => ({ ...a, plekId: plek?.status === "GEPUBLICEERD" ? a.plekId : null, wijk: wijk.slug })),
  };
}
