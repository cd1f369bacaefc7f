import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { writeAudit } from "../../lib/audit.ts";
import { createUser } from "../factories.ts";

let userId: string;
beforeAll(async () => {
  userId = (await createUser(db, { rol: "AMBTENAAR" })).id;
});

describe("writeAudit", () => {
  it("writes one row with every field, on the plain client", async () => {
    const { id } = await writeAudit(db, { actorId: userId, actie: "vacature.geplaatst", entiteit: "Vacature", entiteitId: "v-plain", voor: { status: "X" }, na: { status: "Y", aantal: 2 } });
    expect(await db.auditLog.findUniqueOrThrow({ where: { id } })).toMatchObject({
      actorId: userId,
      actie: "vacature.geplaatst",
      entiteit: "Vacature",
      entiteitId: "v-plain",
      voor: { status: "X" },
      na: { status: "Y", aantal: 2 },
    });
  });

  it("writes inside an interactive transaction: commit keeps the row, rollback leaves none", async () => {
    await db.$transaction(async (tx) => {
      await writeAudit(tx, { actorId: userId, actie: "hulpvraag.gesloten", entiteit: "Hulpvraag", entiteitId: "h-commit" });
    });
    expect(await db.auditLog.count({ where: { entiteitId: "h-commit" } })).toBe(1);

    await expect(
      db.$transaction(async (tx) => {
        await writeAudit(tx, { actorId: userId, actie: "hulpvraag.gesloten", entiteit: "Hulpvraag", entiteitId: "h-rollback" });
        // the row is visible inside the transaction...
        expect(await tx.auditLog.count({ where: { entiteitId: "h-rollback" } })).toBe(1);
        throw new Error("afgebroken");
      }),
    ).rejects.toThrow("afgebroken");
    // ...and gone after the rollback
    expect(await db.auditLog.count({ where: { entiteitId: "h-rollback" } })).toBe(0);
  });

  it("fits a batch transaction, which also rolls back as a whole", async () => {
    await db.$transaction([
      writeAudit(db, { actorId: null, actie: "melding.afgehandeld", entiteit: "Melding", entiteitId: "m-batch" }),
      writeAudit(db, { actorId: null, actie: "melding.verborgen", entiteit: "Melding", entiteitId: "m-batch" }),
    ]);
    expect(await db.auditLog.count({ where: { entiteitId: "m-batch" } })).toBe(2);

    await expect(
      db.$transaction([
        writeAudit(db, { actorId: null, actie: "melding.afgehandeld", entiteit: "Melding", entiteitId: "m-batch-fout" }),
        db.user.create({ data: { id: userId, email: "dubbel@test.example" } }), // duplicate id: fails
      ]),
    ).rejects.toThrow();
    expect(await db.auditLog.count({ where: { entiteitId: "m-batch-fout" } })).toBe(0);
  });
});

describe("the audit_acties data migration", () => {
  it("renames old rows per entity to the one grammar and leaves unknown rows alone", async () => {
    const oud = [
      { entiteit: "Initiatief", actie: "indienen" },
      { entiteit: "Initiatief", actie: "in_behandeling" },
      { entiteit: "Initiatief", actie: "verwijderen" },
      { entiteit: "Hulpvraag", actie: "verbergen" },
      { entiteit: "Hulpvraag", actie: "verborgen_na_meldingen" },
      { entiteit: "Vacature", actie: "verborgen_na_meldingen" },
      { entiteit: "Vacature", actie: "status" },
      { entiteit: "User", actie: "account_verwijderd" },
      { entiteit: "User", actie: "tweestaps.nieuwe-herstelcodes" },
      { entiteit: "Melding", actie: "verbergen" }, // not an old pair: stays
      { entiteit: "Initiatief", actie: "iets_onbekends" }, // unknown: stays
    ];
    const ids: string[] = [];
    for (const r of oud) ids.push((await db.auditLog.create({ data: { ...r, actorId: null, entiteitId: "migratie" } })).id);

    const dir = path.resolve("prisma/migrations");
    const map = readdirSync(dir).find((d) => d.endsWith("_audit_acties"))!;
    await db.$executeRawUnsafe(readFileSync(path.join(dir, map, "migration.sql"), "utf8"));

    const na = await db.auditLog.findMany({ where: { id: { in: ids } }, select: { id: true, actie: true } });
    const actieVan = (i: number) => na.find((r) => r.id === ids[i])!.actie;
    expect(ids.map((_, i) => actieVan(i))).toEqual([
      "initiatief.ingediend",
      "initiatief.in_behandeling_genomen",
      "initiatief.verwijderd",
      "hulpvraag.verborgen",
      "hulpvraag.verborgen_na_meldingen",
      "vacature.verborgen_na_meldingen",
      "vacature.status_gewijzigd",
      "account.verwijderd",
      "tweestaps.herstelcodes_vernieuwd",
      "verbergen",
      "iets_onbekends",
    ]);
  });
});
