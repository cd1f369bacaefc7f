/**
 * The job runner (lib/taken/runner.ts) on both databases: with two workers a scheduled job runs exactly
 * once per period; a failing job is retried with backoff and then marked failed with its error; a run
 * whose worker died is taken back; the retention, address-cache and versheid jobs are scheduled daily;
 * only beheerders see the list.
 */
import { afterAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { db, type Db } from "../../lib/db.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { periode, TakenRunner, type TaakDefinitie } from "../../lib/taken/runner.ts";
import { TAKEN } from "../../lib/taken/taken.ts";
import { lijstTaken } from "../../lib/data/taken.ts";
import { actorOf, createUser } from "../factories.ts";
import { isPostgresRun } from "../support/test-db.ts";

// On PostgreSQL the second worker has its own connection pool, like a second app instance.
// PGlite is one process by design: both workers share the one in-process database.
const tweede: Db = isPostgresRun() ? (new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) }) as unknown as Db) : db;
afterAll(async () => {
  if (tweede !== db) await tweede.$disconnect();
});

const stil = () => {};

describe("scheduled job with two workers", () => {
  it("runs exactly once per period, however often and concurrently both workers tick", async () => {
    const runs: string[] = [];
    const def = (werker: string): TaakDefinitie => ({
      naam: "telling",
      omschrijving: "test",
      planning: { elke: "dag", vanafUur: 3 },
      uitvoeren: async ({ nu }) => {
        runs.push(`${werker}@${nu.toISOString()}`);
        await new Promise((r) => setTimeout(r, 20)); // hold the job while the other worker tries
        return { werker };
      },
    });
    const a = new TakenRunner({ db, taken: [def("a")], log: stil });
    const b = new TakenRunner({ db: tweede, taken: [def("b")], log: stil });

    // 02:30 Amsterdam (winter: UTC+1): not due yet.
    const vroeg = new Date("2030-01-10T01:30:00Z");
    await Promise.all([a.tick(vroeg), b.tick(vroeg)]);
    expect(runs).toHaveLength(0);

    const dag1 = new Date("2030-01-10T09:00:00Z");
    await Promise.all([a.tick(dag1), b.tick(dag1), a.tick(dag1), b.tick(dag1)]);
    await Promise.all([a.tick(new Date("2030-01-10T20:00:00Z")), b.tick(new Date("2030-01-10T22:59:00Z"))]);
    expect(runs).toHaveLength(1);

    const dag2 = new Date("2030-01-11T08:00:00Z");
    await Promise.all([b.tick(dag2), a.tick(dag2)]);
    expect(runs).toHaveLength(2);

    const rijen = await db.taak.findMany({ where: { naam: "telling" }, orderBy: { sleutel: "asc" } });
    expect(rijen.map((r) => [r.sleutel, r.status, r.pogingen])).toEqual([
      ["telling:2030-01-10", "GELUKT", 1],
      ["telling:2030-01-11", "GELUKT", 1],
    ]);
  });

  it("many workers in parallel on one minute-period: still one run", async () => {
    let n = 0;
    const def: TaakDefinitie = { naam: "minuut", omschrijving: "test", planning: { elke: "minuten", aantal: 15 }, uitvoeren: async () => void n++ };
    const workers = [db, tweede, db, tweede].map((d) => new TakenRunner({ db: d, taken: [def], log: stil }));
    const t = new Date("2030-03-01T10:07:00Z");
    await Promise.all(workers.map((w) => w.tick(t)));
    await Promise.all(workers.map((w) => w.tick(new Date("2030-03-01T10:14:59Z"))));
    expect(n).toBe(1);
    await Promise.all(workers.map((w) => w.tick(new Date("2030-03-01T10:15:00Z"))));
    expect(n).toBe(2);
  });
});

describe("failures", () => {
  it("a failing job is retried after a growing backoff, then marked failed with its error", async () => {
    let pogingen = 0;
    const def: TaakDefinitie = {
      naam: "faalt",
      omschrijving: "test",
      planning: { elke: "dag" },
      maxPogingen: 3,
      uitvoeren: async () => {
        pogingen++;
        throw new Error(`kapot ${pogingen}`);
      },
    };
    const a = new TakenRunner({ db, taken: [def], backoffSeconden: 60, log: stil });
    const b = new TakenRunner({ db: tweede, taken: [def], backoffSeconden: 60, log: stil });
    const t0 = new Date("2030-02-01T12:00:00Z");
    await Promise.all([a.tick(t0), b.tick(t0)]);
    expect(pogingen).toBe(1);
    let rij = await db.taak.findUniqueOrThrow({ where: { sleutel: "faalt:2030-02-01" } });
    expect(rij).toMatchObject({ status: "WACHT", pogingen: 1, fout: "kapot 1" });
    expect(rij.volgendePoging.getTime() - t0.getTime()).toBe(60_000);

    // Before the backoff has passed nothing happens.
    await Promise.all([a.tick(new Date(t0.getTime() + 59_000)), b.tick(new Date(t0.getTime() + 59_000))]);
    expect(pogingen).toBe(1);

    const t1 = new Date(t0.getTime() + 60_000);
    await Promise.all([b.tick(t1), a.tick(t1)]);
    expect(pogingen).toBe(2);
    rij = await db.taak.findUniqueOrThrow({ where: { sleutel: "faalt:2030-02-01" } });
    expect(rij).toMatchObject({ status: "WACHT", pogingen: 2, fout: "kapot 2" });
    expect(rij.volgendePoging.getTime() - t1.getTime()).toBe(120_000); // doubled

    const t2 = new Date(t1.getTime() + 120_000);
    await Promise.all([a.tick(t2), b.tick(t2)]);
    rij = await db.taak.findUniqueOrThrow({ where: { sleutel: "faalt:2030-02-01" } });
    expect(rij).toMatchObject({ status: "MISLUKT", pogingen: 3, fout: "kapot 3" });
    expect(rij.klaarOp).not.toBeNull();

    // Failed stays failed: no further attempts in this period.
    await a.tick(new Date(t2.getTime() + 3600_000));
    expect(pogingen).toBe(3);
  });

  it("a run whose worker died is taken back after its lease", async () => {
    const def: TaakDefinitie = { naam: "wees", omschrijving: "test", planning: { elke: "dag" }, uitvoeren: async () => "ok" };
    const a = new TakenRunner({ db, taken: [def], leaseSeconden: 60, log: stil });
    const t0 = new Date("2030-04-01T12:00:00Z");
    await a.plan(t0);
    const geclaimd = await a.claim(t0); // ... and the worker dies before it finishes
    expect(geclaimd).not.toBeNull();
    const b = new TakenRunner({ db: tweede, taken: [def], leaseSeconden: 60, log: stil });
    expect(await b.tick(new Date(t0.getTime() + 30_000))).toBe(0); // lease still running
    expect(await b.tick(new Date(t0.getTime() + 61_000))).toBe(1);
    const rij = await db.taak.findUniqueOrThrow({ where: { sleutel: "wees:2030-04-01" } });
    expect(rij).toMatchObject({ status: "GELUKT", pogingen: 2, resultaat: "ok" });
  });
});

describe("the app's jobs", () => {
  it("retention runs daily through the runner and records its result", async () => {
    const def = TAKEN.find((t) => t.naam === "bewaartermijnen")!;
    expect(def.planning).toEqual({ elke: "dag", vanafUur: 3 });
    expect(periode(def.planning!, new Date("2030-06-15T00:30:00Z"))).toBeNull(); // 02:30 summer time
    const r = new TakenRunner({ db, taken: TAKEN, log: stil });
    const nu = new Date("2030-06-15T10:00:00Z");
    expect(await r.tick(nu)).toBe(5); // bewaartermijnen, adrescache, versheid, wijkdigest and burenhulp-gelukt
    expect(await r.tick(nu)).toBe(0);
    const rij = await db.taak.findUniqueOrThrow({ where: { sleutel: "bewaartermijnen:2030-06-15" } });
    expect(rij.status).toBe("GELUKT");
    expect(rij.resultaat).toMatchObject({ conceptInitiatief: 0, tellers: expect.any(Number) });
    expect(await db.taak.findUniqueOrThrow({ where: { sleutel: "adrescache:2030-06-15" } })).toMatchObject({ status: "GELUKT", resultaat: { verwijderd: 0 } });
    // The versheid reminder (issue 14) runs daily from 9:00; tests/integration/versheid.test.ts tests what it sends.
    expect(TAKEN.find((t) => t.naam === "versheid")!.planning).toEqual({ elke: "dag", vanafUur: 9 });
    expect(await db.taak.findUniqueOrThrow({ where: { sleutel: "versheid:2030-06-15" } })).toMatchObject({ status: "GELUKT", resultaat: { items: 0, mails: 0, zonderEigenaar: 0 } });
    // Volg je wijk (issue 16) runs daily from 7:00; tests/integration/volgen.test.ts tests what it sends.
    expect(TAKEN.find((t) => t.naam === "wijkdigest")!.planning).toEqual({ elke: "dag", vanafUur: 7 });
    expect(await db.taak.findUniqueOrThrow({ where: { sleutel: "wijkdigest:2030-06-15" } })).toMatchObject({ status: "GELUKT" });
    // "Is het gelukt?" (issue 16) runs daily from 10:00; tests/integration/berichten.test.ts tests what it sends.
    expect(TAKEN.find((t) => t.naam === "burenhulp-gelukt")!.planning).toEqual({ elke: "dag", vanafUur: 10 });
    expect(await db.taak.findUniqueOrThrow({ where: { sleutel: "burenhulp-gelukt:2030-06-15" } })).toMatchObject({ status: "GELUKT", resultaat: { mails: 0, mislukt: 0 } });
  });
});

describe("/beheer/taken data", () => {
  it("lists recent runs with status and error for beheerders only", async () => {
    const beheerder = actorOf(await createUser(db, { rol: "BEHEERDER" }));
    const lijst = await lijstTaken(beheerder);
    const faalt = lijst.find((t) => t.sleutel === "faalt:2030-02-01");
    expect(faalt).toMatchObject({ status: "MISLUKT", fout: "kapot 3", pogingen: 3 });
    expect(lijst.find((t) => t.naam === "bewaartermijnen")?.omschrijving).toMatch(/bewaartermijn/);
    for (const rol of ["OPBOUWWERKER", "AMBTENAAR", "INWONER"] as const) {
      const a = actorOf(await createUser(db, { rol }));
      await expect(lijstTaken(a)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(lijstTaken(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
