/**
 * The job runner: scheduled and queued work that runs exactly once, however many app instances run.
 *
 * Why our own runner on our own table (Taak) and not pg-boss: pg-boss 12 needs Node >= 22.12 (we run
 * Node 20), keeps its own schema outside our Prisma migrations, and does not run on the embedded PGlite
 * default. This runner is ~150 lines of plain SQL that behaves the same on PGlite (one process) and on
 * PostgreSQL (several instances), so one code path is tested on both databases.
 *
 * How "exactly once" works:
 *  - plan(): every worker inserts the row for the current period of each schedule with a unique
 *    `sleutel` ("bewaartermijnen:2026-11-30") and ON CONFLICT DO NOTHING: one row per period, however
 *    many workers try at the same moment.
 *  - claim(): a worker takes one waiting row with SELECT ... FOR UPDATE SKIP LOCKED and marks it BEZIG
 *    with a lease (vergrendeldTot) in the same statement: no two workers take the same row.
 *  - A failed run goes back to WACHT with an exponential backoff (backoff * 2^(attempt-1)); after
 *    maxPogingen it is MISLUKT with its error. Beheerders see both on /beheer/taken.
 *  - A worker that dies mid-run leaves a BEZIG row whose lease passes: the next tick puts it back
 *    (or marks it MISLUKT when it had no attempts left).
 */
import type { Db } from "../db.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { amsterdamseDag } from "../format.ts";

/** When a scheduled job is due: once per calendar day in Europe/Amsterdam (from an hour on), or every n minutes. */
export type Planning = { elke: "dag"; vanafUur?: number } | { elke: "minuten"; aantal: number };

export interface TaakContext {
  db: Db;
  nu: Date;
  taakId: string;
  poging: number;
}

export interface TaakDefinitie {
  naam: string;
  /** Dutch description for /beheer/taken. */
  omschrijving: string;
  planning?: Planning;
  maxPogingen?: number;
  uitvoeren: (ctx: TaakContext) => Promise<unknown>;
}

export interface RunnerOpties {
  db: Db;
  taken: TaakDefinitie[];
  /** Seconds before the first retry; doubles with each attempt (default 60). */
  backoffSeconden?: number;
  /** Seconds a worker may hold a running job before another worker takes it back (default 600). */
  leaseSeconden?: number;
  /** Where retries and failures are reported (default console.warn). */
  log?: (regel: string) => void;
}

/** The period key of a schedule at a moment, or null when it is not due yet (before vanafUur). */
export function periode(planning: Planning, nu: Date): string | null {
  if (planning.elke === "dag") {
    const { datum, uur } = amsterdamseDag(nu);
    return uur >= (planning.vanafUur ?? 0) ? datum : null;
  }
  const ms = planning.aantal * 60_000;
  return new Date(Math.floor(nu.getTime() / ms) * ms).toISOString();
}

type Geclaimd = { id: string; naam: string; pogingen: number; maxPogingen: number };

export class TakenRunner {
  private readonly db: Db;
  private readonly taken: Map<string, TaakDefinitie>;
  private readonly backoff: number;
  private readonly lease: number;
  private readonly log: (r: string) => void;
  private timer?: NodeJS.Timeout;
  private bezig = false;

  constructor(o: RunnerOpties) {
    this.db = o.db;
    this.taken = new Map(o.taken.map((t) => [t.naam, t]));
    this.backoff = o.backoffSeconden ?? 60;
    this.lease = o.leaseSeconden ?? 600;
    this.log = o.log ?? ((r) => console.warn(r));
  }

  /** Inserts this period's row for every scheduled job (once per period over all workers). */
  async plan(nu = new Date()): Promise<void> {
    const rijen = [...this.taken.values()].flatMap((t) => {
      const p = t.planning && periode(t.planning, nu);
      return p ? [{ naam: t.naam, sleutel: `${t.naam}:${p}`, maxPogingen: t.maxPogingen ?? 3, volgendePoging: nu }] : [];
    });
    if (rijen.length) await this.db.taak.createMany({ data: rijen, skipDuplicates: true });
  }

  /** Running jobs whose worker let the lease pass: back to waiting, or failed when no attempts are left. */
  async herstel(nu = new Date()): Promise<number> {
    return this.db.$executeRaw`
      UPDATE "Taak" SET
        "status" = CAST(CASE WHEN "pogingen" >= "maxPogingen" THEN 'MISLUKT' ELSE 'WACHT' END AS "TaakStatus"),
        "klaarOp" = CASE WHEN "pogingen" >= "maxPogingen" THEN CAST(${nu} AS timestamp(3)) ELSE NULL END,
        "fout" = 'De uitvoering is onderbroken (de app stopte of liep vast).',
        "vergrendeldTot" = NULL, "volgendePoging" = ${nu}
      WHERE "status" = 'BEZIG' AND "vergrendeldTot" < ${nu}`;
  }

  /** Takes one due job for this worker (FOR UPDATE SKIP LOCKED), or null. */
  async claim(nu = new Date()): Promise<Geclaimd | null> {
    const namen = [...this.taken.keys()];
    if (!namen.length) return null;
    const tot = new Date(nu.getTime() + this.lease * 1000);
    const rows = await this.db.$queryRaw<Geclaimd[]>`
      UPDATE "Taak" SET "status" = 'BEZIG', "pogingen" = "pogingen" + 1, "gestartOp" = ${nu}, "vergrendeldTot" = ${tot}
      WHERE "id" = (
        SELECT "id" FROM "Taak"
        WHERE "status" = 'WACHT' AND "volgendePoging" <= ${nu} AND "naam" IN (${Prisma.join(namen)})
        ORDER BY "volgendePoging", "createdAt"
        LIMIT 1
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id", "naam", "pogingen", "maxPogingen"`;
    return rows[0] ?? null;
  }

  /** Runs one claimed job and records the outcome (done, retry with backoff, or failed). */
  async voerUit(t: Geclaimd, nu = new Date()): Promise<void> {
    const def = this.taken.get(t.naam)!;
    try {
      const resultaat = await def.uitvoeren({ db: this.db, nu, taakId: t.id, poging: t.pogingen });
      await this.db.taak.updateMany({
        where: { id: t.id, status: "BEZIG" },
        data: { status: "GELUKT", klaarOp: new Date(), vergrendeldTot: null, fout: null, resultaat: (resultaat ?? undefined) as Prisma.InputJsonValue | undefined },
      });
    } catch (err) {
      const fout = (err instanceof Error ? err.message : String(err)).slice(0, 2000) || "Onbekende fout";
      const opnieuw = t.pogingen < t.maxPogingen;
      await this.db.taak.updateMany({
        where: { id: t.id, status: "BEZIG" },
        data: opnieuw
          ? { status: "WACHT", fout, vergrendeldTot: null, volgendePoging: new Date(nu.getTime() + this.backoff * 1000 * 2 ** (t.pogingen - 1)) }
          : { status: "MISLUKT", fout, vergrendeldTot: null, klaarOp: new Date() },
      });
      this.log(`Taak ${t.naam} (${t.id}) poging ${t.pogingen}/${t.maxPogingen} mislukt${opnieuw ? ", volgt opnieuw" : ""}: ${fout}`);
    }
  }

  /** One round: plan, recover, then run every due job. Returns how many runs this worker did. */
  async tick(nu = new Date()): Promise<number> {
    await this.plan(nu);
    await this.herstel(nu);
    let n = 0;
    for (let t = await this.claim(nu); t; t = await this.claim(nu)) {
      await this.voerUit(t, nu);
      n++;
    }
    return n;
  }

  /** Ticks every `seconden` in the background (the timer does not keep the process alive). */
  start(seconden: number, eersteNa = 5): void {
    const ronde = async () => {
      if (this.bezig) return;
      this.bezig = true;
      try {
        await this.tick();
      } catch (err) {
        this.log(`Takenrunner: ronde mislukt: ${(err as Error).message}`);
      } finally {
        this.bezig = false;
      }
    };
    setTimeout(ronde, eersteNa * 1000).unref();
    this.timer = setInterval(ronde, seconden * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** Queues a one-off job (e.g. a reminder mail) for the runner; `sleutel` makes it idempotent. */
export async function zetInWachtrij(db: Db, naam: string, sleutel: string, opties: { na?: Date; maxPogingen?: number } = {}) {
  await db.taak.createMany({
    data: [{ naam, sleutel: `${naam}:${sleutel}`, volgendePoging: opties.na ?? new Date(), maxPogingen: opties.maxPogingen ?? 3 }],
    skipDuplicates: true,
  });
}
