/**
 * Test-data factories, shared by the tests and by prisma/seed.ts (demo data) and the benchmark
 * data generator. Builders return plain create inputs; create* helpers write them through a client.
 */
import type { Db } from "../lib/db.ts";
import { slugify } from "../lib/slug.ts";
import { hashPassword } from "../lib/auth/login.ts";
import { CATEGORIEEN, PLEK_SJABLONEN, STRATEN, type CategorieSlug } from "../prisma/demo-data.ts";
import type { Doelgroep, Ligging, Rol, Sfeer } from "../lib/generated/prisma/enums.ts";

/** Deterministic pseudo-random numbers (mulberry32), so demo data is the same on every run. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let counter = 0;
export function uniq(prefix = "x"): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

export async function createWijk(db: Db, over: Partial<{ naam: string; slug: string; soort: "WIJK" | "DORP" | "KERN"; lat: number; lng: number; cbsCode: string | null; portret: string }> = {}) {
  const naam = over.naam ?? `Testwijk ${uniq("w")}`;
  return db.wijk.create({
    data: { naam, slug: over.slug ?? slugify(naam), soort: over.soort ?? "WIJK", lat: over.lat ?? 51.69, lng: over.lng ?? 5.15, cbsCode: over.cbsCode ?? null, portret: over.portret ?? null },
  });
}

export async function createUser(db: Db, over: Partial<{ email: string; naam: string; rol: Rol; password: string; wijkIds: string[] }> = {}) {
  return db.user.create({
    data: {
      email: (over.email ?? `${uniq("u")}@test.example`).toLowerCase(),
      naam: over.naam ?? "Test Gebruiker",
      rol: over.rol ?? "INWONER",
      passwordHash: over.password ? await hashPassword(over.password) : null,
      wijken: over.wijkIds?.length ? { create: over.wijkIds.map((wijkId) => ({ wijkId })) } : undefined,
    },
    select: { id: true, email: true, naam: true, rol: true },
  });
}

/** An Actor as the data layer expects it (role + wijken), built from a created user. */
export function actorOf(user: { id: string; email: string; naam: string | null; rol: Rol }, wijkIds: string[] = []) {
  return { id: user.id, email: user.email, naam: user.naam, rol: user.rol, wijkIds: user.rol === "OPBOUWWERKER" ? wijkIds : [] };
}

export async function ensureCategorieen(db: Db) {
  for (const [i, c] of CATEGORIEEN.entries()) {
    await db.categorie.upsert({
      where: { slug: c.slug },
      create: { slug: c.slug, naam: c.naam, soort: c.soort, groep: c.groep, kleur: c.kleur, icoon: c.icoon, volgorde: i },
      update: { naam: c.naam, soort: c.soort, groep: c.groep, kleur: c.kleur, icoon: c.icoon, volgorde: i },
    });
  }
  return db.categorie.findMany({ orderBy: { volgorde: "asc" } });
}

export interface PlekInput {
  naam: string;
  slug: string;
  soort: "ONTMOETINGSPLEK" | "VOORZIENING";
  categorieId: string;
  ligging: Ligging;
  sfeer: Sfeer;
  beschrijving: string;
  adres: string;
  postcode: string;
  plaats: string;
  lat: number;
  lng: number;
  wijkId: string;
  doelgroepen: Doelgroep[];
  rolstoeltoegankelijk: boolean;
  aangepastToilet: boolean;
  ringleiding: boolean;
  toegankelijkheid: string | null;
  email: string | null;
  telefoon: string | null;
  website: string | null;
  openingstijden: { dag: number; van: string; tot: string }[] | undefined;
  status: "CONCEPT" | "GEPUBLICEERD" | "GEARCHIVEERD";
}

/** Builds a realistic place for a category in a wijk; `rand` makes the variation deterministic. */
export function buildPlek(
  rand: () => number,
  wijk: { id: string; naam: string; lat: number; lng: number; kern?: string },
  categorie: { id: string; slug: string; soort: string },
  nr: number,
  over: Partial<PlekInput> = {},
): PlekInput {
  const sjabloon = PLEK_SJABLONEN[categorie.slug as CategorieSlug] ?? PLEK_SJABLONEN.buurthuis;
  const kern = wijk.kern ?? wijk.naam;
  const naamPatroon = sjabloon.namen[Math.floor(rand() * sjabloon.namen.length)];
  const naam = over.naam ?? naamPatroon.replace("{wijk}", wijk.naam).replace("{kern}", kern);
  const binnen = sjabloon.ligging === "BINNEN";
  const dagen = binnen ? [1, 2, 3, 4, 5].filter(() => rand() > 0.25) : [];
  const open = binnen && rand() > 0.15;
  return {
    naam,
    slug: over.slug ?? `${slugify(naam)}-${nr}`,
    soort: categorie.soort as "ONTMOETINGSPLEK" | "VOORZIENING",
    categorieId: categorie.id,
    ligging: sjabloon.ligging,
    sfeer: sjabloon.sfeer,
    beschrijving: sjabloon.beschrijving,
    adres: `${STRATEN[Math.floor(rand() * STRATEN.length)]} ${1 + Math.floor(rand() * 120)}`,
    postcode: `52${51 + Math.floor(rand() * 3)} ${String.fromCharCode(65 + Math.floor(rand() * 20))}${String.fromCharCode(65 + Math.floor(rand() * 20))}`,
    plaats: kern,
    lat: Math.round((wijk.lat + (rand() - 0.5) * 0.012) * 1e6) / 1e6,
    lng: Math.round((wijk.lng + (rand() - 0.5) * 0.018) * 1e6) / 1e6,
    wijkId: wijk.id,
    doelgroepen: sjabloon.doelgroepen as Doelgroep[],
    rolstoeltoegankelijk: binnen ? rand() > 0.3 : rand() > 0.6,
    aangepastToilet: binnen && rand() > 0.5,
    ringleiding: binnen && rand() > 0.8,
    toegankelijkheid: binnen ? "Drempelvrije ingang. Parkeren voor de deur." : null,
    email: binnen ? `info@${slugify(naam).slice(0, 30)}.example` : null,
    telefoon: binnen ? `0416 ${String(300000 + Math.floor(rand() * 699999)).slice(0, 6)}` : null,
    website: null,
    openingstijden: open ? dagen.map((dag) => ({ dag, van: rand() > 0.5 ? "09:00" : "13:30", tot: rand() > 0.5 ? "17:00" : "21:30" })) : undefined,
    status: "GEPUBLICEERD",
    ...over,
  };
}

export async function createPlek(db: Db, over: Partial<PlekInput> & { wijkId: string; categorieId: string }) {
  const rand = rng(Math.floor(Math.random() * 1e9));
  const cat = await db.categorie.findUniqueOrThrow({ where: { id: over.categorieId } });
  const wijk = await db.wijk.findUniqueOrThrow({ where: { id: over.wijkId } });
  const data = buildPlek(rand, wijk, cat, Math.floor(Math.random() * 1e6), over);
  return db.plek.create({ data: { ...data, slug: over.slug ?? `${data.slug}-${uniq("p")}`, openingstijden: data.openingstijden ?? undefined } });
}
