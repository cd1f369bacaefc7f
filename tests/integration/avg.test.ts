/**
 * AVG (GDPR): a resident downloads all their data and deletes their account. Real database; the
 * server actions and the download route are called directly as the browser would, with actAs(actor).
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db.ts";
import { loadActor } from "../../lib/auth/actor.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { leesPubliekInitiatief } from "../../lib/data/initiatief/publiek.ts";
import { leesMijnGegevens } from "../../lib/data/mijn-gegevens.ts";
import { actorOf, createUser, createWijk, uniq } from "../factories.ts";
import { actAs, expectRedirect, form } from "../support/actors.ts";
import { verwijderMijnAccountAction } from "../../app/mijn/gegevens/actions.ts";
import { GET as download } from "../../app/mijn/gegevens/download/route.ts";

interface Bewoner {
  actor: Actor;
  ids: Record<string, string>;
  referentie: string;
}

let wijkId: string;

/** A resident with something in every place that holds personal data. */
async function maakBewoner(naam: string): Promise<Bewoner> {
  wijkId ??= (await createWijk(db)).id;
  const u = await createUser(db, { naam });
  await db.user.update({ where: { id: u.id }, data: { telefoon: "0612345678" } });
  const actor = actorOf(u);
  const email = u.email;
  const ids: Record<string, string> = {};
  const referentie = `INI-2026-${uniq("r")}`;
  ids.concept = (await db.initiatief.create({ data: { indienerId: u.id, titel: `Concept van ${naam}`, contactNaam: naam, contactEmail: email } })).id;
  ids.ingediend = (
    await db.initiatief.create({ data: { indienerId: u.id, status: "INGEDIEND", referentie: `${referentie}-b`, titel: `Lopend van ${naam}`, contactNaam: naam, contactEmail: email, contactTelefoon: "0612345678", wijkId } })
  ).id;
  ids.openbaar = (
    await db.initiatief.create({
      data: { indienerId: u.id, status: "GOEDGEKEURD", referentie, openbaar: true, titel: `Buurtmoestuin van ${naam}`, ikWil: "Samen tuinieren", contactNaam: naam, contactEmail: email, wijkId, besluitOp: new Date() },
    })
  ).id;
  await db.bericht.create({ data: { initiatiefId: ids.openbaar, auteurId: u.id, tekst: `Bericht van ${naam}` } });
  await db.bericht.create({ data: { initiatiefId: ids.openbaar, vanGemeente: true, intern: true, tekst: "Geheime notitie van de ambtenaar" } });
  await db.vrijwilliger.create({ data: { userId: u.id, interesses: ["tuin"], aanbod: `Aanbod van ${naam}` } });
  ids.hulpvraag = (await db.hulpvraag.create({ data: { soort: "boodschap", titel: `Hulpvraag van ${naam}`, beschrijving: "graag", wijkId, aanvragerId: u.id, verlooptOp: new Date(Date.now() + 86_400_000) } })).id;
  ids.verhaal = (await db.verhaal.create({ data: { wijkId, titel: `Verhaal van ${naam}`, tekst: "mooi", auteurNaam: naam, email, status: "GEPUBLICEERD", toestemming: true } })).id;
  ids.signaal = (await db.signaal.create({ data: { wijkId, soort: "IDEE", tekst: `Signaal van ${naam}`, email } })).id;
  ids.suggestie = (await db.plekSuggestie.create({ data: { wijkId, gegevens: { naam: `Plek van ${naam}` }, email } })).id;
  ids.vacature = (
    await db.vacature.create({ data: { titel: `Vacature van ${naam}`, slug: uniq("v"), beschrijving: "help", wijkId, soortWerk: "tuin", tijdsbesteding: "1 uur", contactNaam: naam, contactEmail: email, geplaatstDoor: u.id } })
  ).id;
  await db.verificationToken.create({ data: { identifier: email, token: uniq("t"), expires: new Date(Date.now() + 600_000) } });
  return { actor, ids, referentie };
}

async function koppel(a: Bewoner, b: Bewoner) {
  // a offers help on b's hulpvraag and responds to b's vacature
  await db.hulpAanbod.create({ data: { hulpvraagId: b.ids.hulpvraag, helperId: a.actor.id, bericht: `Aanbod van ${a.actor.naam}` } });
  await db.vacatureReactie.create({ data: { vacatureId: b.ids.vacature, userId: a.actor.id, bericht: `Reactie van ${a.actor.naam}` } });
}

let anna: Bewoner;
let bert: Bewoner;

beforeEach(async () => {
  anna = await maakBewoner(`Anna ${uniq("a")}`);
  bert = await maakBewoner(`Bert ${uniq("b")}`);
  await koppel(anna, bert);
  await koppel(bert, anna);
  actAs(null);
});

describe("AVG: my data", () => {
  it("the JSON download holds all of the resident's data and nothing of another resident", async () => {
    actAs(anna.actor);
    const res = await download();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="mijn-gegevens-/);
    const text = await res.text();
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({ email: anna.actor.email, naam: anna.actor.naam, telefoon: "0612345678", rol: "INWONER" });
    expect(data.initiatieven.map((i: { titel: string }) => i.titel).sort()).toEqual([`Buurtmoestuin van ${anna.actor.naam}`, `Concept van ${anna.actor.naam}`, `Lopend van ${anna.actor.naam}`].sort());
    expect(data.vrijwilligersprofiel.aanbod).toBe(`Aanbod van ${anna.actor.naam}`);
    expect(data.hulpvragen[0].titel).toBe(`Hulpvraag van ${anna.actor.naam}`);
    expect(data.hulpAanbod[0].bericht).toBe(`Aanbod van ${anna.actor.naam}`);
    expect(data.vacatureReacties[0].bericht).toBe(`Reactie van ${anna.actor.naam}`);
    expect(data.geplaatsteVacatures[0].titel).toBe(`Vacature van ${anna.actor.naam}`);
    expect(data.signalen[0].tekst).toBe(`Signaal van ${anna.actor.naam}`);
    expect(data.verhalen[0].titel).toBe(`Verhaal van ${anna.actor.naam}`);
    expect(data.plekVoorstellen[0].gegevens).toEqual({ naam: `Plek van ${anna.actor.naam}` });
    expect(text).toContain(`Bericht van ${anna.actor.naam}`);
    // no internal notes, no secrets, nothing of Bert except the titles of what Anna reacted to
    expect(text).not.toContain("Geheime notitie van de ambtenaar");
    expect(text).not.toContain("conceptSleutel");
    expect(text).not.toContain(bert.actor.email);
    expect(text).not.toContain(`Reactie van ${bert.actor.naam}`);
  });

  it("attack: the download cannot be pointed at another resident, and needs a sign-in", async () => {
    actAs(anna.actor);
    // the route takes no id at all: whatever is in the URL, it is Anna's own data
    const res = await (download as unknown as (req: Request) => Promise<Response>)(new Request(`http://localhost/mijn/gegevens/download?userId=${bert.actor.id}&id=${bert.actor.id}`));
    const data = await res.json();
    expect(data.account.email).toBe(anna.actor.email);
    expect(JSON.stringify(data)).not.toContain(bert.actor.email);

    actAs(null);
    expect((await download()).status).toBe(401);
    await expect(leesMijnGegevens(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("AVG: deleting my account", () => {
  it("needs the confirmation tick; without it nothing is deleted", async () => {
    actAs(anna.actor);
    const state = await verwijderMijnAccountAction(null, form({}));
    expect(state?.ok).toBe(false);
    expect(state && !state.ok && state.fieldErrors.bevestig?.[0]).toMatch(/niet terug te draaien/);
    expect(await db.user.count({ where: { id: anna.actor.id } })).toBe(1);
  });

  it("removes personal data, keeps public contributions anonymised, writes an audit row without personal data, and ends the session", async () => {
    actAs(anna.actor);
    expect(await expectRedirect(verwijderMijnAccountAction(null, form({ bevestig: true })))).toBe("/account-verwijderd");
    const a = anna.actor;

    expect(await db.user.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await loadActor(a.id)).toBeNull(); // the session no longer finds a user
    expect(await db.vrijwilliger.count({ where: { userId: a.id } })).toBe(0);
    expect(await db.hulpvraag.count({ where: { id: anna.ids.hulpvraag } })).toBe(0);
    expect(await db.hulpAanbod.count({ where: { helperId: a.id } })).toBe(0);
    expect(await db.vacatureReactie.count({ where: { userId: a.id } })).toBe(0);
    expect(await db.verificationToken.count({ where: { identifier: a.email } })).toBe(0);
    expect(await db.initiatief.count({ where: { id: anna.ids.concept } })).toBe(0);

    const lopend = await db.initiatief.findUniqueOrThrow({ where: { id: anna.ids.ingediend } });
    expect(lopend).toMatchObject({ status: "INGETROKKEN", indienerId: null, contactNaam: "", contactEmail: "", contactTelefoon: "" });

    const openbaar = await db.initiatief.findUniqueOrThrow({ where: { id: anna.ids.openbaar }, include: { berichten: true } });
    expect(openbaar).toMatchObject({ status: "GOEDGEKEURD", indienerId: null, contactNaam: "", contactEmail: "" });
    expect(openbaar.berichten.find((b) => b.tekst === `Bericht van ${a.naam}`)?.auteurId).toBeNull();
    const publiek = await leesPubliekInitiatief(anna.referentie);
    expect(publiek?.titel).toBe(`Buurtmoestuin van ${a.naam}`);

    expect(await db.verhaal.findUniqueOrThrow({ where: { id: anna.ids.verhaal } })).toMatchObject({ auteurNaam: "Anoniem", email: null, status: "GEPUBLICEERD" });
    expect((await db.signaal.findUniqueOrThrow({ where: { id: anna.ids.signaal } })).email).toBeNull();
    expect((await db.plekSuggestie.findUniqueOrThrow({ where: { id: anna.ids.suggestie } })).email).toBeNull();
    expect(await db.vacature.findUniqueOrThrow({ where: { id: anna.ids.vacature } })).toMatchObject({ status: "GEARCHIVEERD", contactNaam: "", contactEmail: "", geplaatstDoor: null });

    const audit = await db.auditLog.findFirstOrThrow({ where: { actie: "account.verwijderd", entiteitId: a.id } });
    expect(audit.actorId).toBeNull();
    const auditText = JSON.stringify(audit);
    expect(auditText).not.toContain(a.email);
    expect(auditText).not.toContain(a.naam!);
    expect(auditText).not.toContain("0612345678");
    expect(audit.na).toMatchObject({ concepten: 1, ingetrokken: 1, hulpvragen: 1, vrijwilligersprofiel: 1 });

    // and nothing of Anna is left anywhere under her name or address
    for (const [tabel, rows] of Object.entries({
      initiatief: await db.initiatief.findMany(),
      verhaal: await db.verhaal.findMany(),
      signaal: await db.signaal.findMany(),
      plekSuggestie: await db.plekSuggestie.findMany(),
      vacature: await db.vacature.findMany(),
      auditLog: await db.auditLog.findMany(),
    })) {
      expect(JSON.stringify(rows), tabel).not.toContain(a.email);
    }
  });

  it("attack: a resident posting another resident's id deletes only their own account", async () => {
    actAs(anna.actor);
    await expectRedirect(verwijderMijnAccountAction(null, form({ bevestig: true, userId: bert.actor.id, id: bert.actor.id, email: bert.actor.email })));
    expect(await db.user.count({ where: { id: anna.actor.id } })).toBe(0);
    // Bert is untouched
    expect(await db.user.findUnique({ where: { id: bert.actor.id }, select: { naam: true, telefoon: true } })).toEqual({ naam: bert.actor.naam, telefoon: "0612345678" });
    expect(await db.initiatief.count({ where: { indienerId: bert.actor.id } })).toBe(3);
    expect((await db.verhaal.findUniqueOrThrow({ where: { id: bert.ids.verhaal } })).email).toBe(bert.actor.email);
    expect(await db.vrijwilliger.count({ where: { userId: bert.actor.id } })).toBe(1);
  });

  it("attack: without a sign-in nothing is deleted", async () => {
    actAs(null);
    const state = await verwijderMijnAccountAction(null, form({ bevestig: true, userId: anna.actor.id }));
    expect(state?.ok).toBe(false);
    expect(await db.user.count({ where: { id: anna.actor.id } })).toBe(1);
  });

  it("attack: a staff member cannot delete their own account this way", async () => {
    for (const rol of ["BEHEERDER", "AMBTENAAR", "OPBOUWWERKER"] as const) {
      const staff = actorOf(await createUser(db, { rol }));
      actAs(staff);
      const state = await verwijderMijnAccountAction(null, form({ bevestig: true }));
      expect(state?.ok).toBe(false);
      expect(state && !state.ok && state.message).toMatch(/Vraag dit aan een beheerder/);
      expect(await db.user.count({ where: { id: staff.id } })).toBe(1);
    }
  });

  it("all or nothing: when one step fails, nothing is deleted", async () => {
    // make the last step (the audit row) fail inside the database
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION sbp_test_weiger() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'test: weiger audit'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER sbp_test_weiger BEFORE INSERT ON "AuditLog" FOR EACH ROW WHEN (NEW."actie" = 'account.verwijderd') EXECUTE FUNCTION sbp_test_weiger()`);
    try {
      actAs(anna.actor);
      // The action builder logs the unexpected error with console.error: expected here, and asserted.
      const fout = vi.spyOn(console, "error").mockImplementation(() => {});
      let state;
      try {
        state = await verwijderMijnAccountAction(null, form({ bevestig: true }));
        expect(fout).toHaveBeenCalledWith("Onverwachte fout in formulier:", expect.anything());
      } finally {
        fout.mockClear();
      }
      expect(state?.ok).toBe(false);
      expect(await db.user.count({ where: { id: anna.actor.id } })).toBe(1);
      expect(await db.initiatief.count({ where: { id: anna.ids.concept } })).toBe(1);
      expect((await db.initiatief.findUniqueOrThrow({ where: { id: anna.ids.ingediend } })).status).toBe("INGEDIEND");
      expect((await db.verhaal.findUniqueOrThrow({ where: { id: anna.ids.verhaal } })).auteurNaam).toBe(anna.actor.naam);
      expect(await db.vrijwilliger.count({ where: { userId: anna.actor.id } })).toBe(1);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER sbp_test_weiger ON "AuditLog"`);
      await db.$executeRawUnsafe(`DROP FUNCTION sbp_test_weiger()`);
    }
  });
});
