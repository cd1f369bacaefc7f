/**
 * Finding 16 (load): the page cache of scripts/server.mjs (scripts/pagina-cache.mjs) is emptied on every
 * app instance when content changes, through a content version in the database (migration
 * 20261201021000_pagina_cache_versie, lib/inhoud-versie.ts). These tests prove the triggers bump it, once
 * per transaction, only at commit, and that every table either bumps it or was deliberately left out.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { leesInhoudVersie } from "@/lib/inhoud-versie";
import { createPlek, createWijk, ensureCategorieen, uniq } from "../factories";

/**
 * Tables whose changes never alter a public page. A NEW table must be added either here (with a reason)
 * or to the content version in its migration: `SELECT sbp_volg_inhoud('Tabel');`.
 */
const NIET_GEVOLGD: Record<string, string> = {
  _prisma_migrations: "migratieadministratie",
  Sessie: "sessies (alleen ingelogde pagina's, nooit uit de cache)",
  VerificationToken: "inloglinks",
  Uitnodiging: "uitnodigingen van medewerkers",
  Herstelcode: "herstelcodes van de tweede stap",
  Account: "koppeling met de identity provider",
  HulpNamens: "keukentafel: gegevens en toestemming van de inwoner (alleen medewerker en inwoner)",
  InitiatiefNamens: "keukentafel: gegevens en toestemming van de inwoner bij een initiatief (alleen medewerker en inwoner)",
  Referentieteller: "nummering van aanvragen (het initiatief zelf wordt gevolgd)",
  AuditLog: "auditlog (alleen beheer)",
  RateLimit: "rate limits",
  Taak: "takenrunner",
  WijkVolger: "volgers van een wijk (alleen via hun eigen link)",
  WijkDigest: "verstuurde digests per volger en periode",
  InitiatiefVolger: "volgers van een initiatief (alleen via hun eigen link)",
  GedeeldeCache: "cache",
  CacheGeneratie: "de versie zelf",
  LocatieserverCache: "cache van de PDOK Locatieserver",
  KaartWijziging: "wijzigingslog van /beheer/kaart (alleen beheer; de plek of activiteit zelf wordt gevolgd)",
  OrganisatieLid: "leden van aanbieders (alleen beheer en de eigen pagina van het lid)",
  KaartVoorstel: "wijzigingen van leden die wachten op controle (alleen beheer en het lid; pas bij goedkeuren verandert de plek of activiteit)",
  HulpBericht: "privéberichten tussen vrager en helper (alleen die twee, nooit op een openbare pagina)",
  KaartImport: "import in voorbereiding (alleen beheer; pas bij bevestigen veranderen plekken en activiteiten)",
};

async function tabellen(): Promise<string[]> {
  const rows = await db.$queryRaw<{ t: string }[]>`
    SELECT table_name AS t FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return rows.map((r) => r.t);
}

async function gevolgd(): Promise<Set<string>> {
  const rows = await db.$queryRaw<{ t: string }[]>`
    SELECT c.relname AS t FROM pg_trigger tr JOIN pg_class c ON c.oid = tr.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE tr.tgname = 'sbp_inhoud_versie' AND n.nspname = current_schema()`;
  const leeg = await db.$queryRaw<{ t: string }[]>`
    SELECT c.relname AS t FROM pg_trigger tr JOIN pg_class c ON c.oid = tr.tgrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE tr.tgname = 'sbp_inhoud_versie_leeg' AND n.nspname = current_schema()`;
  const metLeeg = new Set(leeg.map((r) => r.t));
  // a table counts only with both triggers (rows and TRUNCATE)
  return new Set(rows.map((r) => r.t).filter((t) => metLeeg.has(t)));
}

describe("finding 16: the content version behind the page cache", () => {
  it("finding 16: every table is tracked by the content version or explicitly listed as not tracked", async () => {
    const alle = await tabellen();
    const volg = await gevolgd();
    expect(alle.length).toBeGreaterThan(30);
    const nietGekozen = alle.filter((t) => !volg.has(t) && !(t in NIET_GEVOLGD));
    expect(nietGekozen, "Nieuwe tabel: volg hem met SELECT sbp_volg_inhoud('Tabel'); in de migratie, of zet hem in NIET_GEVOLGD").toEqual([]);
    // and nothing in the list is tracked anyway, nor a table that no longer exists
    expect(Object.keys(NIET_GEVOLGD).filter((t) => volg.has(t))).toEqual([]);
    expect(Object.keys(NIET_GEVOLGD).filter((t) => !alle.includes(t))).toEqual([]);
    for (const t of ["Plek", "Activiteit", "Categorie", "Wijk", "Initiatief", "Vacature", "Hulpvraag", "Melding", "Instellingen", "Huisstijl", "User"]) {
      expect(volg.has(t), t).toBe(true);
    }
  });

  it("finding 16: an insert, an update and a delete in a tracked table each bump the version", async () => {
    const [categorie] = await ensureCategorieen(db);
    const wijk = await createWijk(db);
    const v0 = BigInt(await leesInhoudVersie());
    const plek = await createPlek(db, { wijkId: wijk.id, categorieId: categorie.id });
    const v1 = BigInt(await leesInhoudVersie());
    expect(v1).toBeGreaterThan(v0);
    await db.plek.update({ where: { id: plek.id }, data: { naam: uniq("Nieuwe naam") } });
    const v2 = BigInt(await leesInhoudVersie());
    expect(v2).toBeGreaterThan(v1);
    await db.plek.delete({ where: { id: plek.id } });
    expect(BigInt(await leesInhoudVersie())).toBeGreaterThan(v2);
  });

  it("finding 16: a transaction with many changes bumps once, at commit; a rolled-back one not at all", async () => {
    const [categorie] = await ensureCategorieen(db);
    const wijk = await createWijk(db);
    const v0 = BigInt(await leesInhoudVersie());
    let binnen: bigint | undefined;
    await db.$transaction(async (tx) => {
      await createPlek(tx as typeof db, { wijkId: wijk.id, categorieId: categorie.id });
      await createPlek(tx as typeof db, { wijkId: wijk.id, categorieId: categorie.id });
      await tx.wijk.update({ where: { id: wijk.id }, data: { portret: "Anders" } });
      binnen = BigInt(await leesInhoudVersie(tx));
    });
    // deferred: inside the transaction the counter had not moved yet
    expect(binnen).toBe(v0);
    expect(BigInt(await leesInhoudVersie())).toBe(v0 + 1n);

    await expect(
      db.$transaction(async (tx) => {
        await tx.wijk.update({ where: { id: wijk.id }, data: { portret: "Teruggedraaid" } });
        throw new Error("terug");
      }),
    ).rejects.toThrow("terug");
    expect(BigInt(await leesInhoudVersie())).toBe(v0 + 1n);
  });

  it("finding 16: changes in tables that are not tracked leave the version alone", async () => {
    const v0 = await leesInhoudVersie();
    await db.rateLimit.create({ data: { sleutel: uniq("rl"), venster: new Date(), aantal: 1 } });
    await db.auditLog.create({ data: { actie: "test.pagina-cache", entiteit: "test", entiteitId: uniq("e") } });
    expect(await leesInhoudVersie()).toBe(v0);
  });
});
