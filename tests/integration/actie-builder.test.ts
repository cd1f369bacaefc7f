/**
 * The action builder (actie() in lib/actions.ts) through real server actions of the app: refusal before
 * any work, values kept without secrets, AppError field errors next to the field, unexpected errors
 * logged with console.error and shown as one Dutch message, named rate limits.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db.ts";
import { env } from "../../lib/env.ts";
import { actorOf, createUser, createWijk } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import type { Actor } from "../../lib/auth/permissions.ts";

const beoordeling = () => import("../../app/beheer/initiatieven/actions.ts");
const wijkActies = () => import("../../app/beheer/wijken/actions.ts");
const publiek = () => import("../../app/wijken/actions.ts");
const inloggen = () => import("../../app/inloggen/actions.ts");
const initiatief = () => import("../../app/initiatief/actions.ts");

let inwoner: Actor;
let ambtenaar: Actor;
let ow: Actor;
let wijk: { id: string; slug: string };
let initiatiefId: string;

beforeAll(async () => {
  wijk = await createWijk(db, { naam: "Bouwerwijk", slug: "bouwerwijk" });
  inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
  ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
  ow = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijk.id] }), [wijk.id]);
  const ini = await db.initiatief.create({ data: { status: "INGEDIEND", titel: "Bankje", referentie: "INI-2020-0001", contactEmail: "x@test.example", contactNaam: "X" }, select: { id: true } });
  initiatiefId = ini.id;
});

describe("actie(): access before any work", () => {
  it("refuses anonymous callers (UNAUTHENTICATED) and the wrong role (FORBIDDEN); nothing is written", async () => {
    const { voegNotitieToeAction } = await beoordeling();
    const berichten = await db.bericht.count();
    const audit = await db.auditLog.count();

    actAs(null);
    const anoniem = await voegNotitieToeAction(null, form({ initiatiefId, tekst: "Intern" }));
    expect(anoniem).toMatchObject({ ok: false, code: "UNAUTHENTICATED", message: "Log eerst in om dit te doen." });

    actAs(inwoner);
    const verkeerd = await voegNotitieToeAction(null, form({ initiatiefId, tekst: "Intern" }));
    expect(verkeerd).toMatchObject({ ok: false, code: "FORBIDDEN", message: "U heeft geen toestemming om dit te doen." });

    expect(await db.bericht.count()).toBe(berichten);
    expect(await db.auditLog.count()).toBe(audit);

    // the same action with the right role does the work (so the refusals above are the builder's)
    actAs(ambtenaar);
    expect(await expectRedirect(voegNotitieToeAction(null, form({ initiatiefId, tekst: "Intern" })))).toContain("gedaan=notitie");
    expect(await db.bericht.count()).toBe(berichten + 1);
  });

  it("refuses before validation: an anonymous caller learns nothing about the form", async () => {
    const { bewaarCijferAction } = await wijkActies();
    actAs(null);
    const state = await bewaarCijferAction(null, form({ wijk: wijk.slug, indicator: "" }));
    expect(state).toMatchObject({ ok: false, code: "UNAUTHENTICATED", fieldErrors: {} });
  });
});

describe("actie(): a failed form keeps what was typed, never a secret", () => {
  it("validation errors keep every value but wachtwoord, code and token", async () => {
    const { loginWithPasswordAction } = await inloggen();
    actAs(null);
    const login = await loginWithPasswordAction(null, form({ email: "", wachtwoord: "Geheim-123!", terug: "/mijn" }));
    expect(login?.ok).toBe(false);
    expect(login?.values).toEqual({ email: "", terug: "/mijn" });

    const { maakSignaalAction } = await publiek();
    const signaal = await maakSignaalAction(
      null,
      form({ wijk: wijk.slug, soort: "geen-soort", tekst: "Meer bankjes", wachtwoord: "a", code: "123456", token: "t0k3n-geheim", herstelcode: "x" }),
    );
    expect(signaal?.ok).toBe(false);
    expect(signaal && !signaal.ok && Object.keys(signaal.fieldErrors)).toContain("soort");
    expect(signaal?.values).toMatchObject({ wijk: wijk.slug, soort: "geen-soort", tekst: "Meer bankjes" });
    for (const geheim of ["wachtwoord", "code", "token", "herstelcode"]) expect(signaal?.values).not.toHaveProperty(geheim);
  });

  it("an AppError from the work keeps the values too, still without secrets", async () => {
    const { consumeMagicLinkAction } = await inloggen();
    actAs(null);
    const state = await consumeMagicLinkAction(null, form({ email: "niemand@test.example", token: "ongeldig-maar-lang-genoeg", terug: "/mijn" }));
    expect(state).toMatchObject({ ok: false, code: "UNAUTHENTICATED", message: expect.stringMatching(/inloglink werkt niet meer/) });
    expect(state?.values).toEqual({ email: "niemand@test.example", terug: "/mijn" });
  });
});

describe("actie(): AppError field errors", () => {
  it("land next to the field, with the summary on top", async () => {
    const { importCijfersAction } = await wijkActies();
    actAs(ow);
    const csv = "wijk;indicator;jaar;waarde;bron\nBouwerwijk;A;1800;1;X\n";
    const state = await importCijfersAction(null, form({ wijk: wijk.slug, csv }));
    expect(state).toMatchObject({ ok: false, code: "INVALID", message: "Niets geïmporteerd: er is 1 fout. Verbeter het bestand en probeer het opnieuw." });
    expect(state && !state.ok && state.fieldErrors.csv).toEqual([expect.stringMatching(/^Regel 2/)]);
    expect(state?.values?.csv).toBe(csv);
  });
});

describe("actie(): unexpected errors", () => {
  it("are logged with console.error and shown as one general Dutch message; nothing is written", async () => {
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION sbp_test_stuk() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'test: stuk'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER sbp_test_stuk BEFORE INSERT ON "Signaal" FOR EACH ROW EXECUTE FUNCTION sbp_test_stuk()`);
    const fout = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { maakSignaalAction } = await publiek();
      actAs(null);
      fromIp("10.9.0.1");
      const state = await maakSignaalAction(null, form({ wijk: wijk.slug, soort: "IDEE", tekst: "Een moestuin bij de school." }));
      expect(state).toMatchObject({ ok: false, message: "Er ging iets mis aan onze kant. Probeer het later opnieuw." });
      expect(state && !state.ok && state.code).toBeUndefined();
      expect(state?.values).toMatchObject({ tekst: "Een moestuin bij de school." });
      expect(fout).toHaveBeenCalledTimes(1);
      expect(fout.mock.calls[0][0]).toBe("Onverwachte fout in formulier:");
      expect(String(fout.mock.calls[0][1])).toMatch(/test: stuk/);
      expect(await db.signaal.count()).toBe(0);
    } finally {
      fout.mockClear(); // expected and asserted above
      fout.mockRestore();
      fromIp("127.0.0.1");
      await db.$executeRawUnsafe(`DROP TRIGGER sbp_test_stuk ON "Signaal"`);
      await db.$executeRawUnsafe(`DROP FUNCTION sbp_test_stuk()`);
    }
  });
});

describe("actie(): named rate limits", () => {
  it("refuse hit n+1 (RATE_LIMITED) before the work is done", async () => {
    const { startConceptAction } = await initiatief();
    actAs(null);
    fromIp("10.9.0.2");
    try {
      const n = env().RATE_LIMIT_MAX * 6; // the named limit concept-ip:<address>
      const voor = await db.initiatief.count({ where: { status: "CONCEPT" } });
      for (let i = 0; i < n; i++) expect(await expectRedirect(startConceptAction(null, form({})))).toBe("/initiatief/nieuw/idee");
      const geweigerd = await startConceptAction(null, form({}));
      expect(geweigerd).toMatchObject({ ok: false, code: "RATE_LIMITED" });
      expect(await db.initiatief.count({ where: { status: "CONCEPT" } })).toBe(voor + n);
      expect(await db.rateLimit.findFirst({ where: { sleutel: "concept-ip:10.9.0.2" } })).toMatchObject({ aantal: n + 1 });
      // another address has its own count
      fromIp("10.9.0.3");
      expect(await expectRedirect(startConceptAction(null, form({})))).toBe("/initiatief/nieuw/idee");
    } finally {
      fromIp("127.0.0.1");
    }
  });
});
