/**
 * Issue 13 (first half): /beheer/instellingen and /beheer/gebruikers. Settings read and write with
 * audit and validation; invitations one-use and expiring; role changes, wijken and deactivation take
 * effect on the very next request (loadSessionActor); the last beheerder is protected; every admin
 * action is refused for ambtenaar, opbouwwerker, inwoner and signed-out callers (data function AND
 * server action).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { resetEnvForTests } from "../../lib/env.ts";
import { actorOf, createUser, createWijk } from "../factories.ts";
import { actAs, expectRedirect, form, fromIp } from "../support/actors.ts";
import { extractLink, startSmtpSink } from "../support/smtp-sink.ts";
import { canInWijk, type Actor } from "../../lib/auth/permissions.ts";
import { createSessie, loadSessionActor } from "../../lib/auth/sessie.ts";
import { verifyPassword } from "../../lib/auth/login.ts";
import { leesInstellingen, STANDAARD_GEMEENTE_NAAM } from "../../lib/instellingen.ts";
import { bewaarInstellingen, instellingenBeheer } from "../../lib/data/instellingen.ts";
import {
  accepteerUitnodiging,
  accepteerUitnodigingOidc,
  bekijkUitnodiging,
  gebruikerDetail,
  LAATSTE_BEHEERDER,
  listGebruikers,
  nodigMedewerkerUit,
  wijzigRol,
  wijzigWijk,
  zetActief,
} from "../../lib/data/gebruikers.ts";
import { instellingenSchema, type InstellingenInput } from "../../lib/validation/instellingen.ts";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let beheerder: Actor;
let ambtenaar: Actor;
let opbouwwerker: Actor;
let inwoner: Actor;
let wijkA: { id: string; slug: string };
let wijkB: { id: string; slug: string };

const OSS: InstellingenInput = instellingenSchema.parse({
  gemeenteNaam: "Oss",
  gemeenteCode: "gm 0828",
  telefoon: "14 0412",
  email: "info@oss.example",
  adres: "Raadhuislaan 10\n5341 GM Oss",
  privacyContact: "privacy@oss.example",
  welkomTekst: "Welkom in Oss.",
  kleinBedrag: "750",
  vierOgenBedrag: "3000",
  reactietermijnWerkdagen: "15",
  hulpvraagGeldigDagen: "21",
});

/** OSS as the form sends it. */
function ossForm(): Record<string, string> {
  return Object.fromEntries(Object.entries(OSS).map(([k, v]) => [k, v === null ? "" : typeof v === "boolean" ? (v ? "controle" : "direct") : String(v)]));
}

beforeAll(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  resetEnvForTests();
  wijkA = await createWijk(db, { naam: "Wijk A" });
  wijkB = await createWijk(db, { naam: "Wijk B" });
  beheerder = actorOf(await createUser(db, { rol: "BEHEERDER", naam: "Bea Beheer" }));
  ambtenaar = actorOf(await createUser(db, { rol: "AMBTENAAR" }));
  opbouwwerker = actorOf(await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijkA.id] }), [wijkA.id]);
  inwoner = actorOf(await createUser(db, { rol: "INWONER" }));
});
afterAll(async () => {
  await sink.close();
});
beforeEach(() => {
  actAs(null);
  fromIp(`10.13.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
});

async function actions() {
  const g = await import("../../app/beheer/gebruikers/actions.ts");
  const i = await import("../../app/beheer/instellingen/actions.ts");
  const u = await import("../../app/inloggen/uitnodiging/actions.ts");
  return { ...g, ...i, ...u };
}

describe("instellingen", () => {
  it("a fresh database has the defaults: no name set, amounts and terms from env or built in", async () => {
    const i = await leesInstellingen();
    expect(i.naamIngesteld).toBe(false);
    expect(i.gemeenteNaam).toBe(STANDAARD_GEMEENTE_NAAM);
    expect(i).toMatchObject({ kleinBedrag: 500, vierOgenBedrag: 2500, reactietermijnWerkdagen: 10, hulpvraagGeldigDagen: 30, telefoon: null });
  });

  it("a beheerder saves them; the audit row holds who and only what changed, before and after", async () => {
    const r = await bewaarInstellingen(beheerder, OSS);
    expect(r.gewijzigd).toContain("gemeenteNaam");
    expect(await leesInstellingen()).toMatchObject({ gemeenteNaam: "Oss", naamIngesteld: true, gemeenteCode: "GM0828", kleinBedrag: 750, vierOgenBedrag: 3000 });
    await bewaarInstellingen(beheerder, { ...OSS, telefoon: "0412 123 456" });
    const rows = await db.auditLog.findMany({ where: { actie: "instellingen.gewijzigd" }, orderBy: { createdAt: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ actorId: beheerder.id, entiteit: "Instellingen" });
    expect(rows[0].voor).toMatchObject({ gemeenteNaam: null, kleinBedrag: 500 });
    expect(rows[0].na).toMatchObject({ gemeenteNaam: "Oss", kleinBedrag: 750 });
    expect(rows[1].voor).toEqual({ telefoon: "14 0412" });
    expect(rows[1].na).toEqual({ telefoon: "0412 123 456" });
    // saving the same values again writes no row
    await bewaarInstellingen(beheerder, { ...OSS, telefoon: "0412 123 456" });
    expect(await db.auditLog.count({ where: { actie: "instellingen.gewijzigd" } })).toBe(2);
  });

  it("reads come from the database on every call (another instance's change counts at once)", async () => {
    await db.$executeRaw`UPDATE "Instellingen" SET "gemeenteNaam" = 'Oss (andere instantie)'`;
    expect((await leesInstellingen()).gemeenteNaam).toBe("Oss (andere instantie)");
    await bewaarInstellingen(beheerder, OSS);
  });

  it("the action validates: GM code, e-mail, numbers, four-eyes amount not below the small amount; every error at once", async () => {
    const { bewaarInstellingenAction } = await actions();
    actAs(beheerder);
    const state = await bewaarInstellingenAction(
      null,
      form({ gemeenteNaam: "Oss", gemeenteCode: "0828", email: "geen-adres", kleinBedrag: "5000", vierOgenBedrag: "100", reactietermijnWerkdagen: "tien", hulpvraagGeldigDagen: "0" }),
    );
    expect(state?.ok).toBe(false);
    const fouten = state && !state.ok ? state.fieldErrors : {};
    expect(Object.keys(fouten).sort()).toEqual(["email", "gemeenteCode", "hulpvraagGeldigDagen", "reactietermijnWerkdagen", "vierOgenBedrag"]);
    expect(fouten.gemeenteCode?.[0]).toMatch(/GM0828/);
    expect((await leesInstellingen()).kleinBedrag).toBe(750);
    const ok = await expectRedirect(
      bewaarInstellingenAction(null, form({ ...ossForm(), gemeenteCode: "GM0828", hulpvraagGeldigDagen: "14" })),
    );
    expect(ok).toBe("/beheer/instellingen?bewaard=1");
    expect((await leesInstellingen()).hulpvraagGeldigDagen).toBe(14);
  });
});

describe("invitations", () => {
  it("a beheerder invites by e-mail; the link works once, sets the password, and the account can sign in", async () => {
    const { id, verstuurd } = await nodigMedewerkerUit(beheerder, { email: "Nieuw.Opbouw@Test.example", naam: "Nina Nieuw", rol: "OPBOUWWERKER" });
    expect(verstuurd).toBe(true);
    const mail = await sink.waitFor((m) => m.to.includes("nieuw.opbouw@test.example"));
    expect(mail.subject).toMatch(/Uitnodiging voor de Sociale Basis Oss/);
    expect(mail.text).toMatch(/7 dagen/);
    const url = new URL(extractLink(mail.text, "/inloggen/uitnodiging"));
    const token = url.searchParams.get("token")!;
    expect(await bekijkUitnodiging(token)).toMatchObject({ email: "nieuw.opbouw@test.example", rol: "OPBOUWWERKER" });
    // invited, not yet able to sign in
    expect(await verifyPassword("nieuw.opbouw@test.example", "een lang wachtwoord 123")).toBeNull();

    const user = await accepteerUitnodiging({ token, wachtwoord: "een lang wachtwoord 123", naam: "Nina" });
    expect(user).toMatchObject({ id, rol: "OPBOUWWERKER", naam: "Nina" });
    expect(await verifyPassword("nieuw.opbouw@test.example", "een lang wachtwoord 123")).toMatchObject({ id });
    // one use only
    expect(await bekijkUitnodiging(token)).toBeNull();
    await expect(accepteerUitnodiging({ token, wachtwoord: "nog een ander wachtwoord" })).rejects.toMatchObject({ code: "INVALID" });
    expect(await verifyPassword("nieuw.opbouw@test.example", "nog een ander wachtwoord")).toBeNull();
    const audit = await db.auditLog.findMany({ where: { entiteit: "User", entiteitId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.actie)).toEqual(["gebruiker.uitgenodigd", "gebruiker.uitnodiging_geaccepteerd"]);
    expect(audit[0]).toMatchObject({ actorId: beheerder.id, na: expect.objectContaining({ rol: "OPBOUWWERKER" }) });
    // an account in use cannot be invited again
    await expect(nodigMedewerkerUit(beheerder, { email: "nieuw.opbouw@test.example", rol: "AMBTENAAR" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { email: expect.any(Array) } });
  });

  it("an expired link (after 7 days) and a replaced link no longer work", async () => {
    await nodigMedewerkerUit(beheerder, { email: "verlopen@test.example", rol: "AMBTENAAR" });
    const eerste = new URL(extractLink((await sink.waitFor((m) => m.to.includes("verlopen@test.example"))).text, "/inloggen/uitnodiging")).searchParams.get("token")!;
    const rij = await db.uitnodiging.findFirstOrThrow({ where: { user: { email: "verlopen@test.example" } } });
    expect(rij.verlooptOp.getTime() - rij.createdAt.getTime()).toBeGreaterThan(6.9 * 86_400_000);
    expect(rij.verlooptOp.getTime() - rij.createdAt.getTime()).toBeLessThan(7.1 * 86_400_000);
    expect(rij.tokenHash).not.toContain(eerste); // only the hash is stored
    await db.uitnodiging.update({ where: { id: rij.id }, data: { verlooptOp: new Date(Date.now() - 1000) } });
    expect(await bekijkUitnodiging(eerste)).toBeNull();
    await expect(accepteerUitnodiging({ token: eerste, wachtwoord: "een lang wachtwoord 123" })).rejects.toMatchObject({ code: "INVALID" });

    // invite again (no password yet): a new link; an older open link stops working
    sink.messages.length = 0;
    await nodigMedewerkerUit(beheerder, { email: "verlopen@test.example", rol: "AMBTENAAR" });
    const tweede = new URL(extractLink((await sink.waitFor((m) => m.to.includes("verlopen@test.example"))).text, "/inloggen/uitnodiging")).searchParams.get("token")!;
    sink.messages.length = 0;
    await nodigMedewerkerUit(beheerder, { email: "verlopen@test.example", rol: "AMBTENAAR" });
    const derde = new URL(extractLink((await sink.waitFor((m) => m.to.includes("verlopen@test.example"))).text, "/inloggen/uitnodiging")).searchParams.get("token")!;
    expect(await bekijkUitnodiging(tweede)).toBeNull();
    expect(await bekijkUitnodiging(derde)).not.toBeNull();
  });

  it("the accept action keeps no password in the form state and refuses a used link", async () => {
    const { accepteerUitnodigingAction } = await actions();
    await nodigMedewerkerUit(beheerder, { email: "actie@test.example", rol: "OPBOUWWERKER" });
    const token = new URL(extractLink((await sink.waitFor((m) => m.to.includes("actie@test.example"))).text, "/inloggen/uitnodiging")).searchParams.get("token")!;
    const kort = await accepteerUitnodigingAction(null, form({ token, wachtwoord: "kort", herhaal: "anders" }));
    expect(kort?.ok).toBe(false);
    expect(kort?.values).not.toHaveProperty("wachtwoord");
    expect(kort?.values).not.toHaveProperty("herhaal");
    expect(kort && !kort.ok && Object.keys(kort.fieldErrors).sort()).toEqual(["herhaal", "wachtwoord"]);
    // an opbouwwerker needs no second step: straight to /beheer with a session
    expect(await expectRedirect(accepteerUitnodigingAction(null, form({ token, wachtwoord: "een lang wachtwoord 123", herhaal: "een lang wachtwoord 123" })))).toBe("/beheer");
    const nogmaals = await accepteerUitnodigingAction(null, form({ token, wachtwoord: "een lang wachtwoord 456", herhaal: "een lang wachtwoord 456" }));
    expect(nogmaals?.ok).toBe(false);
    expect(nogmaals?.message).toMatch(/al gebruikt of verlopen/);
  });
});

describe("invitations with STAFF_LOGIN=oidc", () => {
  it("the link is used once and sets no password; a deactivated account's link does not work", async () => {
    await nodigMedewerkerUit(beheerder, { email: "oidc@test.example", rol: "AMBTENAAR" });
    const token = new URL(extractLink((await sink.waitFor((m) => m.to.includes("oidc@test.example"))).text, "/inloggen/uitnodiging")).searchParams.get("token")!;
    expect(await accepteerUitnodigingOidc(token)).toEqual({ email: "oidc@test.example" });
    await expect(accepteerUitnodigingOidc(token)).rejects.toMatchObject({ code: "INVALID" });
    const u = await db.user.findUniqueOrThrow({ where: { email: "oidc@test.example" }, select: { id: true, passwordHash: true } });
    expect(u.passwordHash).toBeNull();

    sink.messages.length = 0;
    await nodigMedewerkerUit(beheerder, { email: "oidc2@test.example", rol: "AMBTENAAR" });
    const token2 = new URL(extractLink((await sink.waitFor((m) => m.to.includes("oidc2@test.example"))).text, "/inloggen/uitnodiging")).searchParams.get("token")!;
    const u2 = await db.user.findUniqueOrThrow({ where: { email: "oidc2@test.example" }, select: { id: true } });
    await zetActief(beheerder, u2.id, false);
    expect(await bekijkUitnodiging(token2)).toBeNull();
    await expect(accepteerUitnodiging({ token: token2, wachtwoord: "een lang wachtwoord 123" })).rejects.toMatchObject({ code: "INVALID" });
  });
});

describe("role, wijken and activity take effect on the next request", () => {
  it("a demoted account's session no longer carries the old role; a new session has the new role", async () => {
    const u = await createUser(db, { rol: "AMBTENAAR", password: "een lang wachtwoord 123" });
    const s = await createSessie(u);
    expect(await loadSessionActor(s.id)).toMatchObject({ rol: "AMBTENAAR" });
    await wijzigRol(beheerder, u.id, "INWONER");
    expect(await loadSessionActor(s.id)).toBeNull();
    const nieuw = await createSessie({ id: u.id, rol: "INWONER" });
    expect(await loadSessionActor(nieuw.id)).toMatchObject({ rol: "INWONER", wijkIds: [] });
    const audit = await db.auditLog.findFirstOrThrow({ where: { actie: "gebruiker.rol_gewijzigd", entiteitId: u.id } });
    expect(audit).toMatchObject({ actorId: beheerder.id, voor: { rol: "AMBTENAAR" }, na: { rol: "INWONER" } });
  });

  it("even without revocation the session reads the role and wijken from the database on every request", async () => {
    const u = await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijkA.id] });
    const s = await createSessie(u);
    await db.user.update({ where: { id: u.id }, data: { rol: "INWONER" } });
    expect(await loadSessionActor(s.id)).toMatchObject({ rol: "INWONER", wijkIds: [] });
  });

  it("wijken: an added wijk may be edited on the next request, a removed one not any more", async () => {
    const u = await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijkA.id] });
    const s = await createSessie(u);
    expect(canInWijk(await loadSessionActor(s.id), "agenda:edit", wijkB.id)).toBe(false);
    await wijzigWijk(beheerder, u.id, wijkB.id, true);
    expect(canInWijk(await loadSessionActor(s.id), "agenda:edit", wijkB.id)).toBe(true);
    await wijzigWijk(beheerder, u.id, wijkA.id, false);
    const na = await loadSessionActor(s.id);
    expect(canInWijk(na, "agenda:edit", wijkA.id)).toBe(false);
    expect(na?.wijkIds).toEqual([wijkB.id]);
    const audit = await db.auditLog.findMany({ where: { entiteitId: u.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.actie, a.voor, a.na])).toEqual([
      ["gebruiker.wijk_toegevoegd", { wijkIds: [wijkA.id] }, { wijkIds: [wijkA.id, wijkB.id], wijk: "Wijk B" }],
      ["gebruiker.wijk_verwijderd", { wijkIds: [wijkA.id, wijkB.id] }, { wijkIds: [wijkB.id], wijk: "Wijk A" }],
    ]);
    // only an opbouwwerker works in a wijk
    await expect(wijzigWijk(beheerder, ambtenaar.id, wijkA.id, true)).rejects.toMatchObject({ code: "INVALID" });
  });

  it("a deactivated account is refused on its next request, cannot sign in, and can be reactivated", async () => {
    const u = await createUser(db, { rol: "OPBOUWWERKER", password: "een lang wachtwoord 123" });
    const s = await createSessie(u);
    expect(await loadSessionActor(s.id)).not.toBeNull();
    await zetActief(beheerder, u.id, false);
    expect(await loadSessionActor(s.id)).toBeNull();
    expect(await verifyPassword(u.email, "een lang wachtwoord 123")).toBeNull();
    // even a session the revocation missed (created afterwards) does not work
    const later = await createSessie(u);
    expect(await loadSessionActor(later.id)).toBeNull();
    await zetActief(beheerder, u.id, true);
    expect(await verifyPassword(u.email, "een lang wachtwoord 123")).toMatchObject({ id: u.id });
    const audit = await db.auditLog.findMany({ where: { entiteitId: u.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.actie, a.actorId, a.voor, a.na])).toEqual([
      ["gebruiker.gedeactiveerd", beheerder.id, { actief: true }, { actief: false }],
      ["gebruiker.geactiveerd", beheerder.id, { actief: false }, { actief: true }],
    ]);
  });
});

describe("the last active beheerder", () => {
  it("cannot be demoted or deactivated; with a second beheerder one of them can", async () => {
    // only `beheerder` is an active beheerder at this point
    expect(await db.user.count({ where: { rol: "BEHEERDER", actief: true } })).toBe(1);
    await expect(wijzigRol(beheerder, beheerder.id, "AMBTENAAR")).rejects.toMatchObject({ code: "CONFLICT", message: LAATSTE_BEHEERDER });
    await expect(zetActief(beheerder, beheerder.id, false)).rejects.toMatchObject({ code: "CONFLICT" });
    const { wijzigRolAction, deactiveerGebruikerAction } = await actions();
    actAs(beheerder);
    const state = await deactiveerGebruikerAction(null, form({ id: beheerder.id }));
    expect(state?.ok).toBe(false);
    expect(state?.message).toBe(LAATSTE_BEHEERDER);
    expect((await db.user.findUniqueOrThrow({ where: { id: beheerder.id } })).actief).toBe(true);

    const tweede = await createUser(db, { rol: "BEHEERDER" });
    await wijzigRol(beheerder, tweede.id, "AMBTENAAR");
    await expect(zetActief(beheerder, beheerder.id, false)).rejects.toMatchObject({ code: "CONFLICT" });
    await wijzigRol(beheerder, tweede.id, "BEHEERDER");
    expect(await expectRedirect(wijzigRolAction(null, form({ id: tweede.id, rol: "OPBOUWWERKER" })))).toBe(`/beheer/gebruikers/${tweede.id}?klaar=rol`);
    // an inactive beheerder does not count
    const slapend = await createUser(db, { rol: "BEHEERDER" });
    await db.user.update({ where: { id: slapend.id }, data: { actief: false } });
    await expect(wijzigRol(beheerder, beheerder.id, "OPBOUWWERKER")).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("every admin action is refused for other roles, called directly", () => {
  const anderen = () => [
    ["ambtenaar", ambtenaar],
    ["opbouwwerker", opbouwwerker],
    ["inwoner", inwoner],
    ["uitgelogd", null],
  ] as const;

  it("data functions", async () => {
    for (const [naam, a] of anderen()) {
      const code = a ? "FORBIDDEN" : "UNAUTHENTICATED";
      const pogingen: [string, () => Promise<unknown>][] = [
        ["instellingenBeheer", () => instellingenBeheer(a)],
        ["bewaarInstellingen", () => bewaarInstellingen(a, { ...OSS, gemeenteNaam: "Gekaapt" })],
        ["listGebruikers", () => listGebruikers(a)],
        ["gebruikerDetail", () => gebruikerDetail(a, inwoner.id)],
        ["nodigMedewerkerUit", () => nodigMedewerkerUit(a, { email: `kaper-${naam}@test.example`, rol: "BEHEERDER" })],
        ["wijzigRol", () => wijzigRol(a, inwoner.id, "BEHEERDER")],
        ["zetActief", () => zetActief(a, beheerder.id, false)],
        ["wijzigWijk", () => wijzigWijk(a, opbouwwerker.id, wijkB.id, true)],
      ];
      for (const [fn, poging] of pogingen) {
        await expect(poging(), `${fn} als ${naam}`).rejects.toMatchObject({ code });
      }
    }
    expect((await leesInstellingen()).gemeenteNaam).not.toBe("Gekaapt");
    expect(await db.user.count({ where: { email: { startsWith: "kaper-" } } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: inwoner.id } })).rol).toBe("INWONER");
  });

  it("server actions", async () => {
    const a = await actions();
    const pogingen: [string, () => Promise<unknown>][] = [
      ["bewaarInstellingenAction", () => a.bewaarInstellingenAction(null, form({ ...ossForm(), gemeenteNaam: "Gekaapt" }))],
      ["nodigMedewerkerUitAction", () => a.nodigMedewerkerUitAction(null, form({ email: "kaper@test.example", rol: "BEHEERDER" }))],
      ["wijzigRolAction", () => a.wijzigRolAction(null, form({ id: inwoner.id, rol: "BEHEERDER" }))],
      ["deactiveerGebruikerAction", () => a.deactiveerGebruikerAction(null, form({ id: beheerder.id }))],
      ["activeerGebruikerAction", () => a.activeerGebruikerAction(null, form({ id: beheerder.id }))],
      ["koppelWijkAction", () => a.koppelWijkAction(null, form({ id: opbouwwerker.id, wijkId: wijkB.id }))],
      ["ontkoppelWijkAction", () => a.ontkoppelWijkAction(null, form({ id: opbouwwerker.id, wijkId: wijkA.id }))],
    ];
    for (const [naam, actor] of anderen()) {
      actAs(actor);
      for (const [fn, poging] of pogingen) {
        const state = (await poging()) as { ok: boolean; message?: string } | null;
        expect(state?.ok, `${fn} als ${naam}`).toBe(false);
        expect(state?.message, `${fn} als ${naam}`).toMatch(actor ? /geen toestemming/ : /Log eerst in/);
      }
    }
    expect((await leesInstellingen()).gemeenteNaam).not.toBe("Gekaapt");
    expect(await db.user.count({ where: { email: "kaper@test.example" } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: inwoner.id } })).rol).toBe("INWONER");
    expect(await db.opbouwwerkerWijk.count({ where: { userId: opbouwwerker.id } })).toBe(1);
  });
});

describe("the list", () => {
  it("searches name and e-mail and filters by role; staff only by default", async () => {
    const lijst = await listGebruikers(beheerder);
    expect(lijst.gebruikers.every((g) => g.rol !== "INWONER")).toBe(true);
    expect((await listGebruikers(beheerder, { zoek: "NIEUW.opbouw" })).gebruikers.map((g) => g.email)).toEqual(["nieuw.opbouw@test.example"]);
    expect((await listGebruikers(beheerder, { zoek: "Bea" })).gebruikers.map((g) => g.id)).toEqual([beheerder.id]);
    const inwoners = await listGebruikers(beheerder, { rol: "INWONER" });
    expect(inwoners.gebruikers.length).toBeGreaterThan(0);
    expect(inwoners.gebruikers.every((g) => g.rol === "INWONER")).toBe(true);
    const detail = await gebruikerDetail(beheerder, opbouwwerker.id);
    expect(detail.gebruiker.wijken.map((w) => w.id)).toEqual([wijkA.id]);
    expect(detail.andereWijken.map((w) => w.id)).toContain(wijkB.id);
  });
});
