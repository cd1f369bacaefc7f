/**
 * Aanbieders (issue 14): beheerders add and remove members of an organisation (audited); a member edits
 * the plekken and activiteiten of their own organisation and nothing else, checked in the data layer
 * and through the server actions. Every refusal (role, other organisation, no organisation, signed out)
 * is called directly.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bewaarActiviteit, bewaarPlek, kaartBeheerKeuzes, kaartWijzigingen, leesActiviteitBeheer, leesPlekBeheer, maakKaartWijzigingOngedaan, recenteKaartWijzigingen, zetKaartArchief, zoekKaartBeheer } from "@/lib/data/kaart/beheer";
import { leesOrganisatie, lijstOrganisaties, mijnOrganisaties, organisatieIdsVan, verwijderLid, voegLidToe } from "@/lib/data/organisaties";
import { activiteitSchema, plekSchema, type ActiviteitInvoer, type PlekInvoer } from "@/lib/validation/kaartbeheer";
import { verwijderLidAction, voegLidToeAction } from "@/app/beheer/organisaties/actions";
import { maakWijzigingOngedaanAction } from "@/app/beheer/kaart/actions";
import { eigenarenVan, pasAanPad } from "@/lib/versheid/herinnering";
import { bewaarActiviteitAlsLidAction, bewaarPlekAlsLidAction } from "@/app/mijn/organisatie/actions";
import { actAs, expectRedirect, form } from "../support/actors";
import { actorOf, createUser, createWijk, ensureCategorieen, uniq } from "../factories";
import type { Actor } from "@/lib/auth/permissions";

let wijk: { id: string };
let andereWijk: { id: string };
let categorieId: string;
let bieb: { id: string };
let sportclub: { id: string };
let beheerder: Actor;
let opbouw: Actor;
let ambtenaar: Actor;
let lid: Actor;
let lidEmail: string;
let buitenstaander: Actor;

function plekForm(over: Record<string, string | string[]> = {}) {
  return {
    naam: `Bibliotheekplek ${uniq("p")}`,
    beschrijving: "Boeken lenen, koffie drinken en hulp bij de computer.",
    categorieId,
    ligging: "BINNEN",
    wijkId: wijk.id,
    doelgroepen: ["IEDEREEN"],
    sfeer: "GEMEENSCHAPPELIJK",
    adres: "Raadhuisplein 1",
    postcode: "5151 ab",
    plaats: "Drunen",
    lat: "51,6871",
    lng: "5,1322",
    ...over,
  };
}
const plekInvoer = (over: Record<string, string | string[]> = {}): PlekInvoer => plekSchema.parse(plekForm(over));
function activiteitInvoer(over: Record<string, string | string[]> = {}): ActiviteitInvoer {
  return activiteitSchema.parse({
    titel: `Voorleesuur ${uniq("v")}`,
    beschrijving: "Elke week voorlezen voor kinderen en hun ouders.",
    wijkId: wijk.id,
    doelgroepen: ["IEDEREEN"],
    sfeer: "GEMEENSCHAPPELIJK",
    wanneer: "eenmalig",
    datum: "03-03-2027",
    startTijd: "10:00",
    eindTijd: "11:00",
    ...over,
  });
}

beforeAll(async () => {
  categorieId = (await ensureCategorieen(db))[0].id;
  wijk = await createWijk(db, { naam: `Aanbiederwijk ${uniq("w")}` });
  andereWijk = await createWijk(db, { naam: `Anderewijk ${uniq("w")}` });
  bieb = await db.organisatie.create({ data: { naam: `Bibliotheek ${uniq("o")}`, slug: uniq("bieb") } });
  sportclub = await db.organisatie.create({ data: { naam: `Sportclub ${uniq("o")}`, slug: uniq("sport") } });
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
  opbouw = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijk.id] }), [wijk.id]);
  ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
  lidEmail = `${uniq("lid")}@voorbeeld.nl`;
  lid = actorOf(await createUser(db, { rol: "INWONER", email: lidEmail }));
  buitenstaander = actorOf(await createUser(db, { rol: "INWONER" }));
  await voegLidToe(beheerder, bieb.id, lidEmail.toUpperCase());
});

describe("members of an organisation (beheerder)", () => {
  it("a beheerder adds and removes a member by e-mail, audited; nobody else may", async () => {
    const u = await createUser(db, { rol: "INWONER" });
    for (const [wie, code] of [[opbouw, "FORBIDDEN"], [ambtenaar, "FORBIDDEN"], [lid, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(voegLidToe(wie, sportclub.id, u.email)).rejects.toMatchObject({ code });
      await expect(verwijderLid(wie, bieb.id, lid.id)).rejects.toMatchObject({ code });
      await expect(lijstOrganisaties(wie)).rejects.toMatchObject({ code });
      await expect(leesOrganisatie(wie, bieb.id)).rejects.toMatchObject({ code });
    }
    expect(await organisatieIdsVan(db, u.id)).toEqual([]);
    await voegLidToe(beheerder, sportclub.id, u.email);
    expect(await organisatieIdsVan(db, u.id)).toEqual([sportclub.id]);
    expect((await leesOrganisatie(beheerder, sportclub.id)).leden.map((l) => l.email)).toEqual([u.email]);
    expect((await lijstOrganisaties(beheerder)).find((o) => o.id === sportclub.id)?.leden).toBe(1);
    // twice, unknown account, unknown organisation
    await expect(voegLidToe(beheerder, sportclub.id, u.email)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { email: [expect.stringContaining("al lid")] } });
    await expect(voegLidToe(beheerder, sportclub.id, "niemand@voorbeeld.nl")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { email: [expect.stringContaining("geen account")] } });
    await expect(voegLidToe(beheerder, "bestaatniet", u.email)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await verwijderLid(beheerder, sportclub.id, u.id);
    expect(await organisatieIdsVan(db, u.id)).toEqual([]);
    await expect(verwijderLid(beheerder, sportclub.id, u.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await db.auditLog.findMany({ where: { entiteitId: sportclub.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.actie, a.actorId])).toEqual([
      ["organisatie.lid_toegevoegd", beheerder.id],
      ["organisatie.lid_verwijderd", beheerder.id],
    ]);
  });

  it("the actions refuse non-beheerders and keep the typed e-mail on an error", async () => {
    const u = await createUser(db, { rol: "INWONER" });
    actAs(opbouw);
    expect(await voegLidToeAction(null, form({ organisatieId: sportclub.id, email: u.email }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    expect(await verwijderLidAction(null, form({ organisatieId: bieb.id, userId: lid.id }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    actAs(beheerder);
    expect(await voegLidToeAction(null, form({ organisatieId: sportclub.id, email: "geen-adres" }))).toMatchObject({ ok: false, values: { email: "geen-adres" }, fieldErrors: { email: [expect.any(String)] } });
    expect(await expectRedirect(voegLidToeAction(null, form({ organisatieId: sportclub.id, email: u.email })))).toBe(`/beheer/organisaties/${sportclub.id}?klaar=toegevoegd`);
    expect(await expectRedirect(verwijderLidAction(null, form({ organisatieId: sportclub.id, userId: u.id })))).toBe(`/beheer/organisaties/${sportclub.id}?klaar=verwijderd`);
    expect(await organisatieIdsVan(db, u.id)).toEqual([]);
    actAs(null);
  });
});

describe("a member edits their own organisation's plekken and activiteiten, and nothing else", () => {
  it("plek: own organisation yes; other organisation, no organisation, create, archive and moving it out: refused", async () => {
    const eigen = await bewaarPlek(beheerder, plekInvoer({ organisatieId: bieb.id }));
    const vreemd = await bewaarPlek(beheerder, plekInvoer({ organisatieId: sportclub.id }));
    const zonder = await bewaarPlek(beheerder, plekInvoer());
    const invoer = plekInvoer({ organisatieId: bieb.id });

    expect((await leesPlekBeheer(lid, eigen.id)).id).toBe(eigen.id);
    await bewaarPlek(lid, { ...invoer, id: eigen.id, naam: "Bibliotheek Drunen (nieuw)", wijkId: andereWijk.id });
    const na = await db.plek.findUniqueOrThrow({ where: { id: eigen.id } });
    expect([na.naam, na.wijkId, na.organisatieId]).toEqual(["Bibliotheek Drunen (nieuw)", andereWijk.id, bieb.id]);
    const w = await db.kaartWijziging.findFirstOrThrow({ where: { entiteitId: eigen.id, actie: "gewijzigd" } });
    expect(w.actorId).toBe(lid.id);
    expect(await db.auditLog.count({ where: { entiteitId: eigen.id, actie: "plek.gewijzigd", actorId: lid.id } })).toBe(1);

    for (const id of [vreemd.id, zonder.id]) {
      await expect(leesPlekBeheer(lid, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(bewaarPlek(lid, { ...invoer, id, organisatieId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(bewaarPlek(lid, { ...invoer, id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    // no create, archive, history or staff list
    await expect(bewaarPlek(lid, invoer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zetKaartArchief(lid, "plek", eigen.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(kaartWijzigingen(lid, "plek", eigen.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zoekKaartBeheer(lid)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // cannot hand it to another organisation or take it out of theirs
    await expect(bewaarPlek(lid, { ...invoer, id: eigen.id, organisatieId: sportclub.id })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { organisatieId: [expect.any(String)] } });
    await expect(bewaarPlek(lid, { ...invoer, id: eigen.id, organisatieId: null })).rejects.toMatchObject({ code: "INVALID" });
    expect((await db.plek.findUniqueOrThrow({ where: { id: vreemd.id } })).naam).not.toBe(invoer.naam);
    expect((await db.plek.findUniqueOrThrow({ where: { id: eigen.id } })).organisatieId).toBe(bieb.id);

    // a resident without membership, an ambtenaar and anonymous: refused everywhere
    for (const [wie, code] of [[buitenstaander, "FORBIDDEN"], [ambtenaar, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(leesPlekBeheer(wie, eigen.id)).rejects.toMatchObject({ code });
      await expect(bewaarPlek(wie, { ...invoer, id: eigen.id })).rejects.toMatchObject({ code });
      await expect(kaartBeheerKeuzes(wie)).rejects.toMatchObject({ code });
      if (wie) expect(await mijnOrganisaties(wie)).toEqual([]);
    }
    await expect(mijnOrganisaties(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    // the member's choices: only their own organisation
    expect((await kaartBeheerKeuzes(lid)).organisaties.map((o) => o.id)).toEqual([bieb.id]);
    const mijn = await mijnOrganisaties(lid);
    expect(mijn.map((o) => o.id)).toEqual([bieb.id]);
    expect(mijn[0].plekken.map((p) => p.id)).toContain(eigen.id);
    expect(mijn[0].plekken.map((p) => p.id)).not.toContain(vreemd.id);

    // staff rules are unchanged: the opbouwwerker no longer reaches it in the other wijk, the beheerder does
    await expect(leesPlekBeheer(opbouw, eigen.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await leesPlekBeheer(beheerder, eigen.id)).wijkId).toBe(andereWijk.id);

    // after the membership ends, nothing
    const ex = actorOf(await createUser(db, { rol: "INWONER" }));
    await voegLidToe(beheerder, bieb.id, ex.email);
    expect((await leesPlekBeheer(ex, eigen.id)).id).toBe(eigen.id);
    await verwijderLid(beheerder, bieb.id, ex.id);
    await expect(leesPlekBeheer(ex, eigen.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("activiteit: the same rules", async () => {
    const eigen = await bewaarActiviteit(beheerder, activiteitInvoer({ organisatieId: bieb.id }));
    const vreemd = await bewaarActiviteit(beheerder, activiteitInvoer({ organisatieId: sportclub.id }));
    const zonder = await bewaarActiviteit(beheerder, activiteitInvoer());
    const invoer = activiteitInvoer({ organisatieId: bieb.id });
    expect((await leesActiviteitBeheer(lid, eigen.id)).id).toBe(eigen.id);
    await bewaarActiviteit(lid, { ...invoer, id: eigen.id, titel: "Voorleesuur (nieuw)" });
    expect((await db.activiteit.findUniqueOrThrow({ where: { id: eigen.id } })).titel).toBe("Voorleesuur (nieuw)");
    for (const id of [vreemd.id, zonder.id]) {
      await expect(leesActiviteitBeheer(lid, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(bewaarActiviteit(lid, { ...invoer, id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(bewaarActiviteit(lid, invoer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(zetKaartArchief(lid, "activiteit", eigen.id, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(bewaarActiviteit(lid, { ...invoer, id: eigen.id, organisatieId: sportclub.id })).rejects.toMatchObject({ code: "INVALID" });
    for (const [wie, code] of [[buitenstaander, "FORBIDDEN"], [ambtenaar, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(leesActiviteitBeheer(wie, eigen.id)).rejects.toMatchObject({ code });
      await expect(bewaarActiviteit(wie, { ...invoer, id: eigen.id })).rejects.toMatchObject({ code });
    }
  });

  it("the member's server actions: own item saved and redirected; other organisation and signed out refused, input kept", async () => {
    const eigen = await bewaarPlek(beheerder, plekInvoer({ organisatieId: bieb.id }));
    const vreemd = await bewaarPlek(beheerder, plekInvoer({ organisatieId: sportclub.id }));
    actAs(lid);
    const values = plekForm({ organisatieId: bieb.id, naam: "Bieb door lid" });
    expect(await expectRedirect(bewaarPlekAlsLidAction(null, form({ ...values, id: eigen.id })))).toBe(`/mijn/organisatie/plek/${eigen.id}?opgeslagen=1`);
    expect((await db.plek.findUniqueOrThrow({ where: { id: eigen.id } })).naam).toBe("Bieb door lid");
    const r = await bewaarPlekAlsLidAction(null, form({ ...values, id: vreemd.id, naam: "Overgenomen" }));
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN", values: { naam: "Overgenomen" } });
    expect((await db.plek.findUniqueOrThrow({ where: { id: vreemd.id } })).naam).not.toBe("Overgenomen");
    expect(await bewaarActiviteitAlsLidAction(null, form({ titel: "Nieuw" }))).toMatchObject({ ok: false });
    actAs(buitenstaander);
    expect(await bewaarPlekAlsLidAction(null, form({ ...values, id: eigen.id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(null);
    expect(await bewaarPlekAlsLidAction(null, form({ ...values, id: eigen.id }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("recent changes with a diff, and undo", () => {
  it("staff see a member's change with its diff (opbouwwerker only in their wijken) and undo it; refused when changed since", async () => {
    const andereOpbouw = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [andereWijk.id] }), [andereWijk.id]);
    const invoer = plekInvoer({ organisatieId: bieb.id, naam: `Bieb Vlijmen ${uniq("n")}` });
    const p = await bewaarPlek(beheerder, invoer);
    await bewaarPlek(lid, { ...invoer, id: p.id, naam: `${invoer.naam} (lid)`, telefoon: "0416 111 222" });

    const lijst = await recenteKaartWijzigingen(opbouw);
    const rij = lijst.find((r) => r.itemId === p.id && r.actie === "gewijzigd");
    expect(rij).toMatchObject({ soort: "plek", ongedaanTeMaken: true });
    expect(rij!.verschillen).toEqual([
      { veld: "naam", label: "Naam van de plek", voor: invoer.naam, na: `${invoer.naam} (lid)` },
      { veld: "telefoon", label: "Telefoon", voor: "(leeg)", na: "0416 111 222" },
    ]);
    expect((await recenteKaartWijzigingen(beheerder, 500)).some((r) => r.id === rij!.id)).toBe(true);
    expect((await recenteKaartWijzigingen(andereOpbouw, 500)).some((r) => r.itemId === p.id)).toBe(false);
    for (const [wie, code] of [[lid, "FORBIDDEN"], [ambtenaar, "FORBIDDEN"], [buitenstaander, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      await expect(recenteKaartWijzigingen(wie)).rejects.toMatchObject({ code });
      await expect(maakKaartWijzigingOngedaan(wie, rij!.id)).rejects.toMatchObject({ code });
    }
    await expect(maakKaartWijzigingOngedaan(andereOpbouw, rij!.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(maakKaartWijzigingOngedaan(opbouw, "bestaatniet")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const aangemaakt = await db.kaartWijziging.findFirstOrThrow({ where: { entiteitId: p.id, actie: "aangemaakt" } });
    await expect(maakKaartWijzigingOngedaan(opbouw, aangemaakt.id)).rejects.toMatchObject({ code: "INVALID" });

    await maakKaartWijzigingOngedaan(opbouw, rij!.id);
    const terug = await db.plek.findUniqueOrThrow({ where: { id: p.id } });
    expect([terug.naam, terug.telefoon, terug.organisatieId]).toEqual([invoer.naam, null, bieb.id]);
    const laatste = await db.kaartWijziging.findFirstOrThrow({ where: { entiteitId: p.id }, orderBy: { createdAt: "desc" } });
    expect([laatste.actie, laatste.actorId]).toEqual(["ongedaan_gemaakt", opbouw.id]);
    expect(await db.auditLog.count({ where: { entiteitId: p.id, actie: "plek.ongedaan_gemaakt" } })).toBe(1);
    // the original change can no longer be undone: something changed since
    await expect(maakKaartWijzigingOngedaan(opbouw, rij!.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("daarna nog iets gewijzigd") });
    // the undo itself can be undone (redo)
    await maakKaartWijzigingOngedaan(beheerder, laatste.id);
    expect((await db.plek.findUniqueOrThrow({ where: { id: p.id } })).naam).toBe(`${invoer.naam} (lid)`);
    // a change made outside the log (e.g. an import) also blocks the undo
    const redo = await db.kaartWijziging.findFirstOrThrow({ where: { entiteitId: p.id }, orderBy: { createdAt: "desc" } });
    await db.plek.update({ where: { id: p.id }, data: { naam: "Buiten het log" } });
    await expect(maakKaartWijzigingOngedaan(beheerder, redo.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("undo of an activity change restores its date; the action refuses a member and redirects staff", async () => {
    const invoer = activiteitInvoer({ organisatieId: bieb.id });
    const x = await bewaarActiviteit(beheerder, invoer);
    await bewaarActiviteit(lid, { ...activiteitInvoer({ organisatieId: bieb.id, datum: "10-03-2027" }), id: x.id, titel: invoer.titel });
    const w = await db.kaartWijziging.findFirstOrThrow({ where: { entiteitId: x.id, actie: "gewijzigd" } });
    actAs(lid);
    expect(await maakWijzigingOngedaanAction(null, form({ id: w.id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    actAs(opbouw);
    expect(await expectRedirect(maakWijzigingOngedaanAction(null, form({ id: w.id })))).toBe("/beheer/kaart/wijzigingen?ongedaan=1");
    expect((await db.activiteit.findUniqueOrThrow({ where: { id: x.id } })).start?.toISOString()).toBe((await db.kaartWijziging.findUniqueOrThrow({ where: { id: w.id } })).voor && (w.voor as { start: string }).start);
    expect(await maakWijzigingOngedaanAction(null, form({ id: w.id }))).toMatchObject({ ok: false, code: "CONFLICT" });
    actAs(null);
  });
});

describe("freshness reminders go to the organisation's members", () => {
  it("members of the item's organisation when it has any, else the opbouwwerkers of its wijk", async () => {
    const club = await db.organisatie.create({ data: { naam: `Zonder leden ${uniq("o")}`, slug: uniq("leeg") } });
    const uit = await createUser(db, { rol: "INWONER" });
    await voegLidToe(beheerder, bieb.id, uit.email);
    await db.user.update({ where: { id: uit.id }, data: { actief: false } });
    const items = [
      { wijkId: wijk.id, organisatieId: bieb.id },
      { wijkId: wijk.id, organisatieId: club.id },
      { wijkId: wijk.id, organisatieId: null },
    ];
    const eigenaar = await eigenarenVan(db, items);
    expect(eigenaar(items[0]).map((e) => e.email)).toEqual([lidEmail]);
    expect(eigenaar(items[1]).map((e) => e.email)).toEqual([opbouw.email]);
    expect(eigenaar(items[2]).map((e) => e.email)).toEqual([opbouw.email]);
    // the member's "pas het aan" link goes to their own page, staff's to /beheer/kaart
    expect(eigenaar(items[0]).map((e) => pasAanPad({ soort: "plek", id: "p1", slug: "s" }, e.lid))).toEqual(["/mijn/organisatie/plek/p1"]);
    expect(eigenaar(items[2]).map((e) => pasAanPad({ soort: "plek", id: "p1", slug: "s" }, e.lid))).toEqual(["/beheer/kaart/plek/p1"]);
  });
});
