/**
 * Public: archived plekken and activiteiten. They are left out of every public list, the map, the API,
 * the open-data exports and the iCal feeds (all read only GEPUBLICEERD); their old URL answers
 * 410 Gone with a Dutch page that points to similar places nearby (same category, nearest first).
 */
import "server-only";
import { db } from "../../db.ts";
import { afstandKm } from "../../kaart/afstand.ts";

export type VerdwenenSoort = "plek" | "activiteit";

export interface Verdwenen {
  soort: VerdwenenSoort;
  naam: string;
  /** Published places of the same category (for an activity: of its place), nearest first. */
  vergelijkbaar: { naam: string; slug: string; afstandKm: number; categorie: string }[];
}

/** Public: is this an archived plek or activiteit? (An unknown slug is not: that stays a 404.) */
export async function isVerdwenen(soort: VerdwenenSoort, slug: string): Promise<boolean> {
  const rij = soort === "plek"
    ? await db.plek.findUnique({ where: { slug }, select: { status: true } })
    : await db.activiteit.findUnique({ where: { slug }, select: { status: true } });
  return rij?.status === "GEARCHIVEERD";
}

/** Public: the archived item's name and similar published places nearby, or null when it is not archived. */
export async function leesVerdwenen(soort: VerdwenenSoort, slug: string, aantal = 5): Promise<Verdwenen | null> {
  let naam: string;
  let punt: { lat: number; lng: number };
  let categorieId: string | null;
  if (soort === "plek") {
    const p = await db.plek.findUnique({ where: { slug }, select: { naam: true, status: true, lat: true, lng: true, categorieId: true } });
    if (!p || p.status !== "GEARCHIVEERD") return null;
    naam = p.naam;
    punt = p;
    categorieId = p.categorieId;
  } else {
    const a = await db.activiteit.findUnique({ where: { slug }, select: { titel: true, status: true, plek: { select: { lat: true, lng: true, categorieId: true } }, wijk: { select: { lat: true, lng: true } } } });
    if (!a || a.status !== "GEARCHIVEERD") return null;
    naam = a.titel;
    punt = a.plek ?? a.wijk;
    categorieId = a.plek?.categorieId ?? null;
  }
  const kandidaten = await db.plek.findMany({
    where: { status: "GEPUBLICEERD", ...(categorieId ? { categorieId } : {}), lat: { gte: punt.lat - 0.5, lte: punt.lat + 0.5 }, lng: { gte: punt.lng - 0.8, lte: punt.lng + 0.8 } },
    select: { naam: true, slug: true, lat: true, lng: true, categorie: { select: { naam: true } } },
    take: 2000,
  });
  const vergelijkbaar = kandidaten
    .map((k) => ({ naam: k.naam, slug: k.slug, categorie: k.categorie.naam, afstandKm: Math.round(afstandKm(punt, k) * 10) / 10 }))
    .sort((x, y) => x.afstandKm - y.afstandKm || x.naam.localeCompare(y.naam))
    .slice(0, aantal);
  return { soort, naam, vergelijkbaar };
}
