/** Issue 10, findings 11 and 14: repeated choices, unbounded lists and control characters in forms. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import type { Actor } from "../../lib/auth/permissions.ts";
import { startConcept } from "../../lib/data/initiatief/concept.ts";
import { dienConceptIn } from "../../lib/data/initiatief/indienen.ts";
import { leesOverzichtPerWijk } from "../../lib/data/overzicht.ts";
import { STUURTEKEN_MELDING } from "../../lib/validation/velden.ts";
import { actorOf, createUser, createWijk, uniq } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";

let wijk: { id: string; slug: string };
let ambtenaar: Actor;
let inwoner: Actor;

beforeAll(async () => {
  resetEnvForTests();
  wijk = await createWijk(db, { naam: `Grenswijk ${uniq()}` });
  ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
  inwoner = actorOf(await createUser(db, {}));
});
afterAll(() => actAs(null));

describe("finding 11", () => {
  it("finding 11: one initiative sent with the same doel 5000 times counts once in the overzicht per wijk", async () => {
    const { bewaarConceptStapAction } = await import("../../app/initiatief/actions.ts");
    actAs(null);
    fromIp("10.11.0.1");
    const { id, sleutel } = await startConcept(null);
    // the attack as written: 5000 times the same doel; refused as a flood, and the draft keeps it once
    const state = await bewaarConceptStapAction(null, form({ stap: "doelen", sleutel, doelen: Array(5000).fill("ONTMOETING") }));
    expect(state?.ok).toBe(false);
    expect((await db.initiatief.findUniqueOrThrow({ where: { id } })).doelen).toEqual(["ONTMOETING"]);
    // a few repeats are accepted and stored once
    await expectRedirect(bewaarConceptStapAction(null, form({ stap: "doelen", sleutel, doelen: ["ONTMOETING", "ONTMOETING", "OMZIEN", "ONTMOETING"] })));
    expect((await db.initiatief.findUniqueOrThrow({ where: { id } })).doelen).toEqual(["ONTMOETING", "OMZIEN"]);

    await db.initiatief.update({
      where: { id },
      data: { titel: "Dubbeltelling", ikWil: "Een buurtontbijt.", ikKan: "Wij koken.", voorWie: "Iedereen", wijkId: wijk.id, meedoen: "Kom langs.", contactNaam: "Test", contactEmail: "dubbel@test.example" },
    });
    const r = await dienConceptIn(null, sleutel);
    expect(r.referentie).toMatch(/^INI-\d{4}-\d{4}$/);
    await db.initiatief.update({ where: { id }, data: { status: "GOEDGEKEURD", bedragToegekend: 0, besluitOp: new Date() } });
    const o = await leesOverzichtPerWijk(ambtenaar, new Date().getUTCFullYear());
    const naam = (await db.wijk.findUniqueOrThrow({ where: { id: wijk.id } })).naam;
    const rij = o.rows.find((x) => x.wijk === naam)!;
    expect(rij.doelen.ONTMOETING).toBe(1);
    expect(rij.doelen.OMZIEN).toBe(1);
  });
});

describe("finding 14", () => {
  it("finding 14: a NUL byte in a form field gives a Dutch field error, not a server error, and nothing is stored", async () => {
    const { bewaarConceptStapAction } = await import("../../app/initiatief/actions.ts");
    actAs(null);
    fromIp("10.14.0.1");
    const { id, sleutel } = await startConcept(null);
    const state = await bewaarConceptStapAction(null, form({ stap: "idee", sleutel, titel: "Buurt\u0000feest", ikWil: "Een feest voor de hele straat." }));
    expect(state?.ok).toBe(false);
    expect(state && !state.ok && state.fieldErrors.titel).toEqual([STUURTEKEN_MELDING]);
    // the draft keeps what it can store, without the NUL
    expect((await db.initiatief.findUniqueOrThrow({ where: { id } })).titel).toBe("Buurtfeest");

    const { plaatsHulpvraagAction } = await import("../../app/vrijwilligers/actions.ts");
    actAs(inwoner);
    const voor = await db.hulpvraag.count();
    const h = await plaatsHulpvraagAction(null, form({ soort: "boodschappen", titel: "Boodschappen doen", beschrijving: "Wie kan op dinsdag\u0000 boodschappen voor mij doen?", wijkId: wijk.id, naam: "Ineke" }));
    expect(h && !h.ok && h.fieldErrors.beschrijving).toEqual([STUURTEKEN_MELDING]);
    // a NUL in a hidden id field is refused as well (it used to reach the database)
    const h2 = await plaatsHulpvraagAction(null, form({ soort: "boodschappen", titel: "Boodschappen doen", beschrijving: "Wie kan op dinsdag boodschappen voor mij doen?", wijkId: `${wijk.id}\u0000`, naam: "Ineke" }));
    expect(h2 && !h2.ok && h2.fieldErrors.wijkId?.[0]).toBe("Kies uw wijk of dorp.");
    expect(await db.hulpvraag.count()).toBe(voor);
  });
});
