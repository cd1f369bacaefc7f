import { describe, expect, it } from "vitest";
import { db } from "../../lib/db.ts";
import { seedCounts, seedDemo } from "../../prisma/seed-lib.ts";
import { WIJKEN, DEMO_ACCOUNTS } from "../../prisma/demo-data.ts";

describe("seed", () => {
  it("fills the demo municipality and is idempotent", async () => {
    await seedDemo(db);
    const first = await seedCounts(db);
    expect(first.wijken).toBe(19);
    expect(first.plekken).toBeGreaterThanOrEqual(55);
    expect(first.plekken).toBeLessThanOrEqual(70);
    expect(first.activiteiten).toBeGreaterThan(10);
    expect(first.initiatieven).toBe(5);
    expect(first.users).toBe(DEMO_ACCOUNTS.length + 1);
    await seedDemo(db);
    expect(await seedCounts(db)).toEqual(first);
  });

  it("uses Heusden's 19 real wijk names and varied categories and states", async () => {
    const names = (await db.wijk.findMany({ select: { naam: true } })).map((w) => w.naam).sort();
    expect(names).toEqual(WIJKEN.map((w) => w.naam).sort());
    expect(names).toContain("Vesting Heusden");
    const cats = await db.plek.groupBy({ by: ["categorieId"], _count: true });
    expect(cats.length).toBeGreaterThanOrEqual(10);
    const states = await db.initiatief.groupBy({ by: ["status"], _count: true });
    expect(states.length).toBeGreaterThanOrEqual(4);
    // every initiative's state changes are in the audit trail
    for (const ini of await db.initiatief.findMany({ select: { id: true } })) {
      expect(await db.auditLog.count({ where: { entiteit: "Initiatief", entiteitId: ini.id } })).toBeGreaterThan(0);
    }
    // opbouwwerkers have wijken
    const ow = await db.user.findFirstOrThrow({ where: { email: "opbouwwerker.drunen@heusden.example" }, include: { wijken: true } });
    expect(ow.wijken.length).toBe(6);
  });
});
