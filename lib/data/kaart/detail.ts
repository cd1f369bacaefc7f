/**
 * Sociale kaart, details: the public page of one place, activity or approved public initiative.
 * Public fields only; something unpublished is simply not found (null).
 */
import "server-only";
import type { Prisma } from "../../generated/prisma/client.ts";
import { db } from "../../db.ts";
import { isNuOpen, leesOpeningstijden, type Openingstijd } from "../../kaart/openingstijden.ts";
import { ROOSTER_SELECT } from "./rooster.ts";

function plekSelect(nu: Date) {
  return {
    id: true, slug: true, naam: true, soort: true, beschrijving: true, adres: true, postcode: true, plaats: true, lat: true, lng: true, ligging: true, sfeer: true,
    doelgroepen: true, rolstoeltoegankelijk: true, aangepastToilet: true, ringleiding: true, toegankelijkheid: true,
    contactNaam: true, email: true, telefoon: true, website: true, openingstijden: true, updatedAt: true,
    laatstGecontroleerd: true, gemeldNietMeerOp: true,
    categorie: { select: { naam: true, slug: true, kleur: true, icoon: true } },
    wijk: { select: { naam: true, slug: true } },
    organisatie: { select: { naam: true, website: true } },
    activiteiten: {
      where: { status: "GEPUBLICEERD", OR: [{ eind: null }, { eind: { gte: nu } }] },
      orderBy: { titel: "asc" },
      select: { slug: true, titel: true, herhaling: true, start: true, kosten: true, rooster: { select: ROOSTER_SELECT } },
    },
  } satisfies Prisma.PlekSelect;
}

export type PlekDetail = Omit<Prisma.PlekGetPayload<{ select: ReturnType<typeof plekSelect> }>, "openingstijden"> & {
  openingstijden: Openingstijd[];
  nuOpen: boolean | null;
};

/** Public: a published place with its current activities and whether it is open now. */
export async function leesPlek(slug: string): Promise<PlekDetail | null> {
  const nu = new Date();
  const p = await db.plek.findFirst({ where: { slug, status: "GEPUBLICEERD" }, select: plekSelect(nu) });
  if (!p) return null;
  const openingstijden: Openingstijd[] = leesOpeningstijden(p.openingstijden);
  return { ...p, openingstijden, nuOpen: openingstijden.length ? isNuOpen(openingstijden, nu) : null };
}

const ACTIVITEIT_SELECT = {
  id: true, slug: true, titel: true, beschrijving: true, start: true, eind: true, herhaling: true, doelgroepen: true, sfeer: true, kosten: true, aanmelden: true,
  rooster: { select: ROOSTER_SELECT },
  laatstGecontroleerd: true, gemeldNietMeerOp: true,
  wijk: { select: { naam: true, slug: true, lat: true, lng: true } },
  organisatie: { select: { naam: true, website: true } },
  plek: { select: { slug: true, naam: true, adres: true, postcode: true, plaats: true, lat: true, lng: true, rolstoeltoegankelijk: true, categorie: { select: { kleur: true, icoon: true, naam: true } } } },
} satisfies Prisma.ActiviteitSelect;

export type ActiviteitDetail = Prisma.ActiviteitGetPayload<{ select: typeof ACTIVITEIT_SELECT }>;

/** Public: a published activity (not one at an unpublished place). */
export async function leesActiviteit(slug: string): Promise<ActiviteitDetail | null> {
  return db.activiteit.findFirst({
    where: { slug, status: "GEPUBLICEERD", OR: [{ plekId: null }, { plek: { status: "GEPUBLICEERD" } }] },
    select: ACTIVITEIT_SELECT,
  });
}

const INITIATIEF_SELECT = {
  id: true, titel: true, ikWil: true, ikKan: true, voorWie: true, meedoen: true, locatie: true, lat: true, lng: true, status: true, doelen: true,
  wijk: { select: { naam: true, slug: true, lat: true, lng: true } },
} satisfies Prisma.InitiatiefSelect;

export type KaartInitiatiefDetail = Omit<Prisma.InitiatiefGetPayload<{ select: typeof INITIATIEF_SELECT }>, "lat" | "lng"> & {
  /** The initiative's own position, or else the centre of its wijk. */
  lat: number | null;
  lng: number | null;
};

/** Public view of an approved initiative whose makers agreed to show it (no contact details). */
export async function leesKaartInitiatief(id: string): Promise<KaartInitiatiefDetail | null> {
  const i = await db.initiatief.findFirst({
    where: { id, openbaar: true, status: { in: ["GOEDGEKEURD", "AFGEROND"] } },
    select: INITIATIEF_SELECT,
  });
  if (!i) return null;
  const lat = i.lat ?? i.wijk?.lat ?? null;
  const lng = i.lng ?? i.wijk?.lng ?? null;
  return { ...i, lat, lng };
}
