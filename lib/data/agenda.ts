import "server-only";
/**
 * The sociale agenda of a wijk: a working draft (SocialeAgendaConcept) that opbouwwerkers of the wijk edit,
 * and published versions (SocialeAgendaVersie) that are append-only: this module has no function that
 * updates or deletes a version. A new version is always previous max + 1, inside a transaction; the
 * unique (wijkId, versie) constraint turns two simultaneous publishes into a clear conflict message.
 */
import { randomUUID } from "node:crypto";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { requireWijkPermission } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { leesAgenda, vergelijkAgenda, type ActieStatus, type AgendaInhoud } from "../agenda.ts";
import { leesWijk } from "./wijken.ts";
import { writeAudit, type AuditActie } from "../audit.ts";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function huidigConcept(tx: Tx, wijkId: string): Promise<{ inhoud: AgendaInhoud; bestaat: boolean }> {
  const concept = await tx.socialeAgendaConcept.findUnique({ where: { wijkId }, select: { inhoud: true } });
  if (concept) return { inhoud: leesAgenda(concept.inhoud), bestaat: true };
  const laatste = await tx.socialeAgendaVersie.findFirst({ where: { wijkId }, orderBy: { versie: "desc" }, select: { inhoud: true } });
  return { inhoud: leesAgenda(laatste?.inhoud ?? null), bestaat: false };
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string; cause?: { code?: string } };
  return err?.code === "P2002" || err?.cause?.code === "23505" || /unique constraint/i.test(err?.message ?? "");
}

/** For /beheer: the draft (or the latest version when there is no draft yet) and what the editor needs. */
export async function leesAgendaBeheer(actor: Actor | null, slug: string) {
  const wijk = await leesWijk(slug);
  requireWijkPermission(actor, "agenda:edit", wijk.id);
  const [concept, laatste, indicatoren] = await Promise.all([
    db.socialeAgendaConcept.findUnique({ where: { wijkId: wijk.id }, select: { inhoud: true, updatedAt: true } }),
    db.socialeAgendaVersie.findFirst({ where: { wijkId: wijk.id }, orderBy: { versie: "desc" }, select: { versie: true, inhoud: true, createdAt: true } }),
    db.wijkCijfer.findMany({ where: { wijkId: wijk.id }, distinct: ["indicator"], orderBy: { indicator: "asc" }, select: { indicator: true } }),
  ]);
  const inhoud = leesAgenda(concept?.inhoud ?? laatste?.inhoud ?? null);
  const wijzigingen = vergelijkAgenda(laatste ? leesAgenda(laatste.inhoud) : null, inhoud);
  return {
    wijk,
    inhoud,
    conceptBijgewerkt: concept?.updatedAt ?? null,
    laatsteVersie: laatste ? { versie: laatste.versie, createdAt: laatste.createdAt } : null,
    wijzigingen,
    indicatoren: indicatoren.map((i) => i.indicator),
  };
}

/** Reads the draft, applies `fn`, stores it and writes an audit row, all in one transaction. */
async function wijzigConcept(actor: Actor | null, slug: string, actie: AuditActie, fn: (inhoud: AgendaInhoud) => { inhoud: AgendaInhoud; id: string }) {
  const wijk = await leesWijk(slug);
  const user = requireWijkPermission(actor, "agenda:edit", wijk.id);
  return db.$transaction(async (tx) => {
    const { inhoud: voor } = await huidigConcept(tx, wijk.id);
    const { inhoud: na, id } = fn(structuredClone(voor));
    await tx.socialeAgendaConcept.upsert({
      where: { wijkId: wijk.id },
      create: { wijkId: wijk.id, inhoud: na as object, bijgewerktDoor: user.id },
      update: { inhoud: na as object, bijgewerktDoor: user.id },
    });
    await writeAudit(tx, { actorId: user.id, actie, entiteit: "SocialeAgendaConcept", entiteitId: wijk.id, voor: { onderdeel: id }, na: { onderdeel: id } });
    return id;
  });
}

function zoekThema(inhoud: AgendaInhoud, themaId: string) {
  const thema = inhoud.themas.find((t) => t.id === themaId);
  if (!thema) throw new AppError("NOT_FOUND", "Dit thema staat niet (meer) in de agenda. Laad de pagina opnieuw.");
  return thema;
}

export interface ThemaInput {
  themaId?: string;
  titel: string;
  beschrijving: string;
  perspectiefInwoners: string;
  perspectiefProfessionals: string;
  cijfers: string[];
}

/** Adds a theme to the draft (no themaId) or changes one. Returns the theme's id. */
export async function bewaarThema(actor: Actor | null, slug: string, input: ThemaInput): Promise<string> {
  return wijzigConcept(actor, slug, input.themaId ? "agenda.thema_gewijzigd" : "agenda.thema_toegevoegd", (inhoud) => {
    const velden = {
      titel: input.titel,
      beschrijving: input.beschrijving,
      perspectiefInwoners: input.perspectiefInwoners,
      perspectiefProfessionals: input.perspectiefProfessionals,
      cijfers: [...new Set(input.cijfers)],
    };
    if (input.themaId) {
      Object.assign(zoekThema(inhoud, input.themaId), velden);
      return { inhoud, id: input.themaId };
    }
    const id = randomUUID();
    inhoud.themas.push({ id, ...velden, acties: [] });
    return { inhoud, id };
  });
}

export async function verwijderThema(actor: Actor | null, slug: string, themaId: string) {
  return wijzigConcept(actor, slug, "agenda.thema_verwijderd", (inhoud) => {
    zoekThema(inhoud, themaId);
    return { inhoud: { ...inhoud, themas: inhoud.themas.filter((t) => t.id !== themaId) }, id: themaId };
  });
}

export interface ActieInput {
  themaId: string;
  actieId?: string;
  wat: string;
  wie: string;
  status: ActieStatus;
  wanneer: string;
}

export async function bewaarActie(actor: Actor | null, slug: string, input: ActieInput): Promise<string> {
  return wijzigConcept(actor, slug, input.actieId ? "agenda.actie_gewijzigd" : "agenda.actie_toegevoegd", (inhoud) => {
    const thema = zoekThema(inhoud, input.themaId);
    const velden = { wat: input.wat, wie: input.wie, status: input.status, wanneer: input.wanneer };
    if (input.actieId) {
      const actie = thema.acties.find((a) => a.id === input.actieId);
      if (!actie) throw new AppError("NOT_FOUND", "Deze actie staat niet (meer) in de agenda. Laad de pagina opnieuw.");
      Object.assign(actie, velden);
      return { inhoud, id: input.actieId };
    }
    const id = randomUUID();
    thema.acties.push({ id, ...velden });
    return { inhoud, id };
  });
}

export async function verwijderActie(actor: Actor | null, slug: string, themaId: string, actieId: string) {
  return wijzigConcept(actor, slug, "agenda.actie_verwijderd", (inhoud) => {
    const thema = zoekThema(inhoud, themaId);
    if (!thema.acties.some((a) => a.id === actieId)) throw new AppError("NOT_FOUND", "Deze actie staat niet (meer) in de agenda. Laad de pagina opnieuw.");
    thema.acties = thema.acties.filter((a) => a.id !== actieId);
    return { inhoud, id: actieId };
  });
}

/** Publishes the draft as the next version (append-only). Returns the new version number. */
export async function publiceerAgenda(actor: Actor | null, slug: string, toelichting: string): Promise<number> {
  const wijk = await leesWijk(slug);
  const user = requireWijkPermission(actor, "agenda:edit", wijk.id);
  try {
    return await db.$transaction(async (tx) => {
      const { inhoud } = await huidigConcept(tx, wijk.id);
      if (!inhoud.themas.length) throw new AppError("INVALID", "Voeg eerst minstens één thema toe voordat u de agenda publiceert.");
      const vorige = await tx.socialeAgendaVersie.findFirst({ where: { wijkId: wijk.id }, orderBy: { versie: "desc" }, select: { versie: true, inhoud: true } });
      if (vorige && !vergelijkAgenda(leesAgenda(vorige.inhoud), inhoud).length) {
        throw new AppError("INVALID", `Er is niets veranderd sinds versie ${vorige.versie}. Pas eerst het concept aan.`);
      }
      const versie = (vorige?.versie ?? 0) + 1;
      const created = await tx.socialeAgendaVersie.create({
        data: { wijkId: wijk.id, versie, inhoud: inhoud as object, toelichting, auteurId: user.id },
        select: { id: true },
      });
      await writeAudit(tx, { actorId: user.id, actie: "agenda.gepubliceerd", entiteit: "SocialeAgendaVersie", entiteitId: created.id, voor: { versie: vorige?.versie ?? null }, na: { versie, toelichting } });
      return versie;
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new AppError("CONFLICT", "Iemand anders publiceerde net een nieuwe versie van deze agenda. Bekijk de nieuwste versie en probeer het opnieuw.");
    }
    throw e;
  }
}

/** Public: all published versions of a wijk's agenda, newest first. */
export async function zoekAgendaVersies(slug: string) {
  const wijk = await leesWijk(slug);
  const versies = await db.socialeAgendaVersie.findMany({
    where: { wijkId: wijk.id },
    orderBy: { versie: "desc" },
    select: { versie: true, toelichting: true, createdAt: true, auteur: { select: { naam: true } } },
  });
  return { wijk, versies: versies.map((v) => ({ versie: v.versie, toelichting: v.toelichting, createdAt: v.createdAt, auteurNaam: v.auteur?.naam ?? null })) };
}

/** Public: one published version, with what changed compared with the version before it. */
export async function leesAgendaVersie(slug: string, versie: number) {
  const wijk = await leesWijk(slug);
  const [v, vorige, nieuwste] = await Promise.all([
    db.socialeAgendaVersie.findUnique({
      where: { wijkId_versie: { wijkId: wijk.id, versie } },
      select: { versie: true, inhoud: true, toelichting: true, createdAt: true, auteur: { select: { naam: true } } },
    }),
    db.socialeAgendaVersie.findFirst({ where: { wijkId: wijk.id, versie: { lt: versie } }, orderBy: { versie: "desc" }, select: { versie: true, inhoud: true } }),
    db.socialeAgendaVersie.aggregate({ where: { wijkId: wijk.id }, _max: { versie: true } }),
  ]);
  if (!v) throw new AppError("NOT_FOUND", "Deze versie van de agenda bestaat niet.");
  const inhoud = leesAgenda(v.inhoud);
  return {
    wijk,
    versie: v.versie,
    inhoud,
    toelichting: v.toelichting,
    createdAt: v.createdAt,
    auteurNaam: v.auteur?.naam ?? null,
    vorigeVersie: vorige?.versie ?? null,
    nieuwsteVersie: nieuwste._max.versie ?? v.versie,
    wijzigingen: vergelijkAgenda(vorige ? leesAgenda(vorige.inhoud) : null, inhoud),
  };
}

/** Themes and actions of the draft and the latest version, to link a signal to (id -> label). */
export async function leesAgendaKoppelingen(wijkId: string) {
  const [concept, laatste] = await Promise.all([
    db.socialeAgendaConcept.findUnique({ where: { wijkId }, select: { inhoud: true } }),
    db.socialeAgendaVersie.findFirst({ where: { wijkId }, orderBy: { versie: "desc" }, select: { inhoud: true } }),
  ]);
  const opties = new Map<string, string>();
  for (const bron of [laatste?.inhoud, concept?.inhoud]) {
    for (const t of leesAgenda(bron ?? null).themas) {
      opties.set(t.id, `Thema: ${t.titel}`);
      for (const a of t.acties) opties.set(a.id, `Actie: ${a.wat} (thema ${t.titel})`);
    }
  }
  return opties;
}
