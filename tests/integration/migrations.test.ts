import { describe, expect, it } from "vitest";
import { applyMigrations, diffDatabaseToSchema, listMigrationDirs } from "../../lib/migrations/engine.ts";
import { adapterFactory, db } from "../../lib/db.ts";
import { createUser, createWijk, ensureCategorieen, createPlek } from "../factories.ts";

describe("migrations", () => {
  it("are applied once: a second run applies nothing and records each in _prisma_migrations", async () => {
    // setup.ts applied them already; this is the second run
    const again = await applyMigrations(adapterFactory());
    expect(again).toEqual([]);
    const rows = await db.$queryRaw<{ migration_name: string; finished_at: Date | null; checksum: string }[]>`
      SELECT migration_name, finished_at, checksum FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((r) => r.migration_name)).toEqual(listMigrationDirs());
    for (const r of rows) {
      expect(r.finished_at).not.toBeNull();
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  // Drift is a property of the migration files versus schema.prisma, not of the server. The engine
  // introspects through a driver adapter, and @prisma/adapter-pg 7.10 cannot read PostgreSQL's
  // internal "char" columns during introspection, so the check always runs on a fresh PGlite.
  async function freshMigratedPglite() {
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    const pglite = new PGlite();
    const factory = new PrismaPGlite(pglite);
    await applyMigrations(factory);
    return { factory, close: () => pglite.close() };
  }

  it("match schema.prisma: no drift between the migrations and the schema", async () => {
    const { factory, close } = await freshMigratedPglite();
    expect(await diffDatabaseToSchema(factory)).toBe("");
    await close();
  });

  it("a schema change is detected as drift (the drift check can fail)", async () => {
    const { readSchema } = await import("../../lib/migrations/engine.ts");
    const { factory, close } = await freshMigratedPglite();
    const changed = readSchema().replace("model Melding {", "model Melding {\n  extraVeld String?");
    const sql = await diffDatabaseToSchema(factory, changed);
    expect(sql).toMatch(/ALTER TABLE "Melding" ADD COLUMN\s+"extraVeld" TEXT/);
    await close();
  });

  it("the Dutch full-text index exists and stems words", async () => {
    const rows = await db.$queryRaw<{ v: string }[]>`SELECT to_tsvector('dutch', 'speeltuinen')::text AS v`;
    expect(rows[0].v).toContain("speeltuin");
    const idx = await db.$queryRaw<{ indexname: string }[]>`SELECT indexname FROM pg_indexes WHERE indexname = 'Plek_zoek_idx'`;
    expect(idx).toHaveLength(1);
  });
});

describe("every model round-trips through the client", () => {
  it("creates and reads each model", async () => {
    const wijk = await createWijk(db, { naam: "Rondje Wijk" });
    const [cat] = await ensureCategorieen(db);
    const user = await createUser(db, { rol: "OPBOUWWERKER", wijkIds: [wijk.id] });
    const plek = await createPlek(db, { wijkId: wijk.id, categorieId: cat.id, naam: "Rondje Buurthuis", openingstijden: [{ dag: 1, van: "09:00", tot: "12:00" }] });
    const org = await db.organisatie.create({ data: { naam: "Org", slug: "org-rt", wijkId: wijk.id } });
    const act = await db.activiteit.create({ data: { titel: "Koffie", slug: "koffie-rt", wijkId: wijk.id, plekId: plek.id, organisatieId: org.id, doelgroepen: ["OUDEREN"] } });
    await db.account.create({ data: { userId: user.id, type: "oauth", provider: "oidc", providerAccountId: "sub-1" } });
    await db.verificationToken.create({ data: { identifier: user.email, token: "tok-rt", expires: new Date(Date.now() + 1000) } });
    const ini = await db.initiatief.create({ data: { titel: "Idee", wijkId: wijk.id, indienerId: user.id, doelen: ["ONTMOETING", "OMZIEN"], begroting: [{ post: "Koffie", bedrag: 20 }] } });
    await db.bericht.create({ data: { initiatiefId: ini.id, auteurId: user.id, tekst: "Vraag" } });
    await db.beoordeling.create({ data: { initiatiefId: ini.id, checklist: { doel1: { ja: true } } } });
    await db.goedkeuring.create({ data: { initiatiefId: ini.id, userId: user.id, bedrag: 10 } });
    await db.verantwoording.create({ data: { initiatiefId: ini.id, bereikt: "Veel" } });
    await db.auditLog.create({ data: { actorId: user.id, actie: "test", entiteit: "Initiatief", entiteitId: ini.id, voor: { status: "CONCEPT" }, na: { status: "INGEDIEND" } } });
    await db.referentieteller.create({ data: { soort: "RT", jaar: 2026, laatste: 1 } });
    await db.wijkCijfer.create({ data: { wijkId: wijk.id, indicator: "X", jaar: 2024, waarde: 7.4, bron: "Monitor" } });
    await db.socialeAgendaConcept.create({ data: { wijkId: wijk.id, inhoud: { themas: [] } } });
    await db.socialeAgendaVersie.create({ data: { wijkId: wijk.id, versie: 1, inhoud: { themas: [] }, auteurId: user.id } });
    await db.signaal.create({ data: { wijkId: wijk.id, soort: "IDEE", tekst: "Bankje" } });
    await db.verhaal.create({ data: { wijkId: wijk.id, titel: "T", tekst: "V", auteurNaam: "A" } });
    await db.plekSuggestie.create({ data: { wijkId: wijk.id, gegevens: { naam: "Nieuw" } } });
    const vw = await db.vrijwilliger.create({ data: { userId: user.id, interesses: ["tuin"], wijkId: wijk.id } });
    const vac = await db.vacature.create({ data: { titel: "Gastvrouw", slug: "gast-rt", beschrijving: "B", wijkId: wijk.id, soortWerk: "gastvrij", tijdsbesteding: "2 uur", contactNaam: "C", contactEmail: "c@x.example" } });
    await db.vacatureReactie.create({ data: { vacatureId: vac.id, userId: user.id, bericht: "Ik help" } });
    const hv = await db.hulpvraag.create({ data: { soort: "boodschappen", titel: "Hulp", beschrijving: "B", wijkId: wijk.id, aanvragerId: user.id, verlooptOp: new Date() } });
    await db.hulpAanbod.create({ data: { hulpvraagId: hv.id, helperId: user.id, bericht: "Ik" } });
    await db.melding.create({ data: { entiteit: "Vacature", entiteitId: vac.id, reden: "spam" } });
    await db.rateLimit.create({ data: { sleutel: "k", venster: new Date(), aantal: 1 } });

    const back = await db.wijk.findUniqueOrThrow({
      where: { id: wijk.id },
      include: { plekken: true, activiteiten: true, initiatieven: { include: { berichten: true, beoordeling: true, goedkeuringen: true, verantwoording: true } }, opbouwwerkers: true, cijfers: true, agendaConcept: true, agendaVersies: true, signalen: true, verhalen: true, suggesties: true, vacatures: { include: { reacties: true } }, hulpvragen: { include: { aanbiedingen: true } }, vrijwilligers: true, organisaties: true },
    });
    expect(back.plekken[0].openingstijden).toEqual([{ dag: 1, van: "09:00", tot: "12:00" }]);
    expect(back.activiteiten[0].id).toBe(act.id);
    expect(back.initiatieven[0].doelen).toEqual(["ONTMOETING", "OMZIEN"]);
    expect(back.initiatieven[0].begroting).toEqual([{ post: "Koffie", bedrag: 20 }]);
    expect(back.initiatieven[0].berichten).toHaveLength(1);
    expect(back.initiatieven[0].beoordeling?.checklist).toEqual({ doel1: { ja: true } });
    expect(back.initiatieven[0].goedkeuringen).toHaveLength(1);
    expect(back.initiatieven[0].verantwoording?.bereikt).toBe("Veel");
    expect(back.opbouwwerkers[0].userId).toBe(user.id);
    expect(back.cijfers[0].waarde).toBeCloseTo(7.4);
    expect(back.agendaVersies).toHaveLength(1);
    expect(back.vacatures[0].reacties).toHaveLength(1);
    expect(back.hulpvragen[0].aanbiedingen).toHaveLength(1);
    expect(back.vrijwilligers[0].id).toBe(vw.id);
    expect(back.organisaties[0].id).toBe(org.id);
    expect(await db.melding.count()).toBe(1);
    expect(await db.account.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.verificationToken.count()).toBe(1);
    expect(await db.auditLog.count({ where: { entiteitId: ini.id } })).toBe(1);
    expect(await db.rateLimit.count()).toBe(1);
    expect((await db.referentieteller.findFirstOrThrow({ where: { soort: "RT" } })).laatste).toBe(1);
  });

  it("omits password hashes by default", async () => {
    const u = await createUser(db, { rol: "AMBTENAAR", password: "geheim-wachtwoord" });
    const read = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(read).not.toHaveProperty("passwordHash");
    const explicit = await db.user.findUniqueOrThrow({ where: { id: u.id }, select: { passwordHash: true } });
    expect(explicit.passwordHash).toMatch(/^\$2[aby]\$/);
  });
});
