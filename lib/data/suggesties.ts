/**
 * Residents' suggestions for the sociale kaart (a new place, or a correction of one) and their
 * moderation by staff: opbouwwerkers in their own wijken, beheerders everywhere.
 */
import "server-only";
import type { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requireActor, requireWijkPermission } from "../auth/guard.ts";
import { hasPermission, wijkScope, type Actor } from "../auth/permissions.ts";
import { slugify } from "../slug.ts";
import { zoekPlaatsOfPostcode } from "../pdok/locatieserver.ts";
import { vergeetKaartCache } from "../kaart/kaart-cache.ts";
import type { SuggestieGegevens, SuggestieInvoer } from "../validation/kaart.ts";
import { writeAudit } from "../audit.ts";
import { zoekCategorieen, type CategorieOptie } from "./kaart/kaartdata.ts";

export interface Voorstel {
  id: string;
}

/** Anyone (no account needed): a suggestion for a new place or a correction. Goes to moderation; nothing is public yet. */
export async function stelPlekVoor(actor: Actor | null, input: SuggestieInvoer): Promise<Voorstel> {
  const categorie = await db.categorie.findFirst({ where: { slug: input.categorie, gearchiveerdOp: null }, select: { id: true } });
  if (!categorie) throw new AppError("INVALID", "Kies een soort plek uit de lijst.");
  let plek: { id: string; wijkId: string; lat: number; lng: number } | null = null;
  if (input.plek) {
    plek = await db.plek.findFirst({ where: { slug: input.plek, status: "GEPUBLICEERD" }, select: { id: true, wijkId: true, lat: true, lng: true } });
    if (!plek) throw new AppError("NOT_FOUND", "Deze plek bestaat niet (meer).");
  }
  const wijk = await db.wijk.findFirst({ where: { slug: input.wijk, gearchiveerdOp: null }, select: { id: true, lat: true, lng: true } });
  if (!wijk) throw new AppError("INVALID", "Kies een wijk of dorp uit de lijst.");
  // A first position for the moderator: the postcode's (PDOK Locatieserver, cached), else the place's or the wijk's.
  const pc = input.postcode ? await zoekPlaatsOfPostcode(input.postcode) : null;
  const positie = plek && !input.postcode ? { lat: plek.lat, lng: plek.lng } : pc?.ok ? { lat: pc.punt.lat, lng: pc.punt.lng } : { lat: wijk.lat, lng: wijk.lng };
  const gegevens: SuggestieGegevens = {
    naam: input.naam,
    categorie: input.categorie,
    wijk: input.wijk,
    adres: input.adres,
    postcode: input.postcode,
    beschrijving: input.beschrijving,
    ligging: input.ligging,
    rolstoeltoegankelijk: input.rolstoeltoegankelijk,
    telefoon: input.telefoon,
    website: input.website,
    plekEmail: input.plekEmail,
    ...positie,
  };
  return db.$transaction(async (tx) => {
    const s = await tx.plekSuggestie.create({
      data: {
        plekId: plek?.id ?? null,
        wijkId: plek?.wijkId ?? wijk.id,
        gegevens: gegevens as unknown as Prisma.InputJsonValue,
        toelichting: input.toelichting ?? null,
        email: input.email ?? null,
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor?.id ?? null, actie: plek ? "plek.correctie_voorgesteld" : "plek.voorgesteld", entiteit: "PlekSuggestie", entiteitId: s.id, na: { status: "NIEUW", plekId: plek?.id ?? null } });
    return s;
  });
}

function requireModerator(actor: Actor | null): Actor {
  const a = requireActor(actor);
  if (!hasPermission(a, "plek:moderate:own") && !hasPermission(a, "plek:moderate:any")) throw new AppError("FORBIDDEN");
  return a;
}

export type SuggestieStatus = "NIEUW" | "GOEDGEKEURD" | "AFGEWEZEN";

export interface SuggestieRegel {
  id: string;
  soort: "correctie" | "nieuw";
  naam: string;
  plekNaam: string | null;
  wijk: string;
  createdAt: Date;
  status: SuggestieStatus;
  behandeldOp: Date | null;
}

/** Staff: suggestions in the wijken this moderator may handle (opbouwwerker: own wijken; beheerder: all). */
export async function zoekSuggesties(actor: Actor | null, status: SuggestieStatus = "NIEUW"): Promise<SuggestieRegel[]> {
  const a = requireModerator(actor);
  const scope = wijkScope(a, "plek:moderate");
  const rows = await db.plekSuggestie.findMany({
    where: { status, ...(scope === undefined ? {} : { wijkId: { in: scope } }) },
    orderBy: { createdAt: status === "NIEUW" ? "asc" : "desc" },
    take: 200,
    select: { id: true, plekId: true, gegevens: true, createdAt: true, status: true, behandeldOp: true, wijk: { select: { naam: true } }, plek: { select: { naam: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    soort: r.plekId ? ("correctie" as const) : ("nieuw" as const),
    naam: (r.gegevens as unknown as SuggestieGegevens).naam,
    plekNaam: r.plek?.naam ?? null,
    wijk: r.wijk.naam,
    createdAt: r.createdAt,
    status: r.status,
    behandeldOp: r.behandeldOp,
  }));
}

export interface SuggestieDetail {
  id: string;
  soort: "correctie" | "nieuw";
  status: SuggestieStatus;
  reden: string | null;
  behandeldOp: Date | null;
  createdAt: Date;
  toelichting: string | null;
  email: string | null;
  wijk: { naam: string; slug: string };
  plekSlug: string | null;
  /** What the resident proposed (or the moderator's edited version once decided). */
  gegevens: SuggestieGegevens;
  /** The place as it is now, for a correction. */
  huidig: SuggestieGegevens | null;
  categorieen: CategorieOptie[];
  /** The wijken this moderator may move the place to. */
  wijken: { slug: string; naam: string }[];
}

/** Staff: one suggestion with the current data of the place (for a correction) and the form options. */
export async function leesSuggestie(actor: Actor | null, id: string): Promise<SuggestieDetail> {
  const a = requireModerator(actor);
  const s = await db.plekSuggestie.findUnique({
    where: { id },
    select: {
      id: true, plekId: true, wijkId: true, gegevens: true, toelichting: true, email: true, status: true, reden: true, behandeldOp: true, createdAt: true,
      wijk: { select: { naam: true, slug: true } },
      plek: {
        select: {
          slug: true, naam: true, beschrijving: true, adres: true, postcode: true, ligging: true, rolstoeltoegankelijk: true, telefoon: true, website: true, email: true, lat: true, lng: true,
          categorie: { select: { slug: true } }, wijk: { select: { slug: true } },
        },
      },
    },
  });
  if (!s) throw new AppError("NOT_FOUND", "Dit voorstel bestaat niet.");
  requireWijkPermission(a, "plek:moderate", s.wijkId);
  const scope = wijkScope(a, "plek:moderate");
  const [categorieen, wijken] = await Promise.all([
    zoekCategorieen(),
    db.wijk.findMany({ where: scope === undefined ? {} : { id: { in: scope } }, orderBy: { naam: "asc" }, select: { slug: true, naam: true } }),
  ]);
  const huidig: SuggestieGegevens | null = s.plek
    ? {
        naam: s.plek.naam, categorie: s.plek.categorie.slug, wijk: s.plek.wijk.slug, adres: s.plek.adres ?? undefined, postcode: s.plek.postcode ?? undefined,
        beschrijving: s.plek.beschrijving, ligging: s.plek.ligging, rolstoeltoegankelijk: s.plek.rolstoeltoegankelijk, telefoon: s.plek.telefoon ?? undefined,
        website: s.plek.website ?? undefined, plekEmail: s.plek.email ?? undefined, lat: s.plek.lat, lng: s.plek.lng,
      }
    : null;
  return {
    id: s.id, soort: s.plekId ? ("correctie" as const) : ("nieuw" as const), status: s.status, reden: s.reden, behandeldOp: s.behandeldOp, createdAt: s.createdAt,
    toelichting: s.toelichting, email: s.email, wijk: s.wijk, plekSlug: s.plek?.slug ?? null,
    gegevens: s.gegevens as unknown as SuggestieGegevens, huidig, categorieen, wijken,
  };
}

export type SuggestieBesluit =
  | { besluit: "goedkeuren"; gegevens: SuggestieGegevens & { lat: number; lng: number } }
  | { besluit: "afwijzen"; reden: string };

/**
 * Staff: approve (optionally edited: creates or updates the place, published at once) or reject a
 * suggestion. Opbouwwerkers only in their own wijken, also for the wijk they move a place to.
 */
export interface BesluitResultaat {
  /** The place that was created or corrected (null after a rejection). */
  plekSlug: string | null;
}

export async function beslisSuggestie(actor: Actor | null, id: string, b: SuggestieBesluit): Promise<BesluitResultaat> {
  const a = requireModerator(actor);
  const s = await db.plekSuggestie.findUnique({ where: { id }, select: { id: true, wijkId: true, plekId: true, status: true, gegevens: true } });
  if (!s) throw new AppError("NOT_FOUND", "Dit voorstel bestaat niet.");
  requireWijkPermission(a, "plek:moderate", s.wijkId);

  if (b.besluit === "afwijzen") {
    await db.$transaction(async (tx) => {
      const n = await tx.plekSuggestie.updateMany({ where: { id, status: "NIEUW" }, data: { status: "AFGEWEZEN", behandeldDoor: a.id, behandeldOp: new Date(), reden: b.reden } });
      if (n.count !== 1) throw new AppError("CONFLICT", "Dit voorstel is al behandeld.");
      await writeAudit(tx, { actorId: a.id, actie: "suggestie.afgewezen", entiteit: "PlekSuggestie", entiteitId: id, voor: { status: "NIEUW" }, na: { status: "AFGEWEZEN", reden: b.reden } });
    });
    return { plekSlug: null };
  }

  const g = b.gegevens;
  const [categorie, wijk] = await Promise.all([
    db.categorie.findUnique({ where: { slug: g.categorie }, select: { id: true, soort: true } }),
    db.wijk.findUnique({ where: { slug: g.wijk }, select: { id: true, naam: true } }),
  ]);
  if (!categorie) throw new AppError("INVALID", "Kies een soort plek uit de lijst.");
  if (!wijk) throw new AppError("INVALID", "Kies een wijk of dorp uit de lijst.");
  requireWijkPermission(a, "plek:moderate", wijk.id);
  const plaats = g.postcode ? await zoekPlaatsOfPostcode(g.postcode) : null;
  const data = {
    naam: g.naam,
    soort: categorie.soort,
    categorieId: categorie.id,
    wijkId: wijk.id,
    beschrijving: g.beschrijving,
    adres: g.adres ?? null,
    postcode: g.postcode ? g.postcode.replace(/^(\d{4})([A-Z]{2})$/, "$1 $2") : null,
    plaats: plaats?.ok ? (plaats.punt.plaats ?? null) : null,
    ligging: g.ligging,
    rolstoeltoegankelijk: g.rolstoeltoegankelijk,
    telefoon: g.telefoon ?? null,
    website: g.website ?? null,
    email: g.plekEmail ?? null,
    lat: g.lat,
    lng: g.lng,
  };

  return db.$transaction(async (tx) => {
    const n = await tx.plekSuggestie.updateMany({
      where: { id, status: "NIEUW" },
      data: { status: "GOEDGEKEURD", behandeldDoor: a.id, behandeldOp: new Date(), gegevens: g as unknown as Prisma.InputJsonValue },
    });
    if (n.count !== 1) throw new AppError("CONFLICT", "Dit voorstel is al behandeld.");
    let plekSlug: string;
    if (s.plekId) {
      const voor = await tx.plek.findUniqueOrThrow({ where: { id: s.plekId }, select: { ...Object.fromEntries(Object.keys(data).map((k) => [k, true])), slug: true } as Prisma.PlekSelect });
      const plek = await tx.plek.update({ where: { id: s.plekId }, data, select: { id: true, slug: true } });
      plekSlug = plek.slug;
      await writeAudit(tx, { actorId: a.id, actie: "plek.gecorrigeerd", entiteit: "Plek", entiteitId: plek.id, voor: voor as Prisma.InputJsonValue, na: data as Prisma.InputJsonValue });
    } else {
      const basis = slugify(`${g.naam} ${wijk.naam}`) || "plek";
      const bestaat = await tx.plek.findUnique({ where: { slug: basis }, select: { id: true } });
      const slug = bestaat ? `${basis}-${id.slice(-6)}` : basis;
      const plek = await tx.plek.create({ data: { ...data, slug, status: "GEPUBLICEERD", doelgroepen: ["IEDEREEN"] }, select: { id: true, slug: true } });
      plekSlug = plek.slug;
      await writeAudit(tx, { actorId: a.id, actie: "plek.aangemaakt", entiteit: "Plek", entiteitId: plek.id, na: { ...data, slug, status: "GEPUBLICEERD", suggestieId: id } as Prisma.InputJsonValue });
    }
    await writeAudit(tx, { actorId: a.id, actie: "suggestie.goedgekeurd", entiteit: "PlekSuggestie", entiteitId: id, voor: { status: "NIEUW" }, na: { status: "GOEDGEKEURD", plekSlug } });
    // Last write of the transaction: every instance stops serving cached map data at commit.
    await vergeetKaartCache(tx);
    return { plekSlug };
  });
}
