/**
 * A cache shared by every app instance, stored in PostgreSQL itself (table GedeeldeCache), for
 * public query results only (never HTML, never personal data).
 *
 * Correct with several `next start` processes on one database:
 * - an entry is valid only while its `generatie` equals the group's current CacheGeneratie and its
 *   `verlooptOp` (the TTL) has not passed;
 * - a content change calls `vergeet(groep, tx)` in its own transaction: that bumps the generation,
 *   so after the commit no instance serves the old entries any more;
 * - a reader reads the generation before it computes and stores the result under that generation:
 *   a result computed while a change commits is stored under the old generation and never served.
 * The only per-process state is the set of computations in flight right now (so 200 simultaneous
 * misses run the query once per instance); it holds nothing after they finish.
 */
import type { Db } from "../db.ts";

type CacheDb = Pick<Db, "$queryRaw" | "$executeRaw">;

export interface GedeeldeCache {
  /** The cached string for `sleutel` in `groep`, or `maak()`'s result (then stored for ttlSeconden). */
  haal(groep: string, sleutel: string, ttlSeconden: number, maak: () => Promise<string>): Promise<string>;
  /** Invalidate every entry of `groep` on every instance; pass the transaction of the change. */
  vergeet(groep: string, tx?: CacheDb): Promise<void>;
}

export function maakGedeeldeCache(client: () => CacheDb): GedeeldeCache {
  const bezig = new Map<string, Promise<string>>();

  async function opslaan(groep: string, sleutel: string, generatie: bigint, waarde: string, ttl: number) {
    const c = client();
    await c.$executeRaw`
      INSERT INTO "GedeeldeCache" ("sleutel", "groep", "generatie", "waarde", "verlooptOp")
      VALUES (${sleutel}, ${groep}, ${generatie}, ${waarde}, (now() AT TIME ZONE 'UTC') + make_interval(secs => ${ttl}))
      ON CONFLICT ("sleutel") DO UPDATE SET "groep" = EXCLUDED."groep", "generatie" = EXCLUDED."generatie", "waarde" = EXCLUDED."waarde", "verlooptOp" = EXCLUDED."verlooptOp"
      WHERE "GedeeldeCache"."generatie" <= EXCLUDED."generatie"`;
    // Keep the table small (every distinct search is a key): now and then drop expired entries.
    if (Math.random() < 0.05) await c.$executeRaw`DELETE FROM "GedeeldeCache" WHERE "verlooptOp" < (now() AT TIME ZONE 'UTC')`;
  }

  return {
    async haal(groep, sleutel, ttlSeconden, maak) {
      if (ttlSeconden <= 0) return maak();
      const volledig = `${groep}:${sleutel}`;
      const rows = await client().$queryRaw<{ generatie: bigint; waarde: string | null }[]>`
        SELECT g."generatie", c."waarde"
        FROM (SELECT COALESCE((SELECT "generatie" FROM "CacheGeneratie" WHERE "groep" = ${groep}), 0)::bigint AS "generatie") g
        LEFT JOIN "GedeeldeCache" c ON c."sleutel" = ${volledig} AND c."generatie" = g."generatie" AND c."verlooptOp" > (now() AT TIME ZONE 'UTC')`;
      const generatie = BigInt(rows[0]?.generatie ?? 0);
      if (rows[0]?.waarde != null) return rows[0].waarde;
      const vlucht = `${volledig}#${generatie}`;
      const lopend = bezig.get(vlucht);
      if (lopend) return lopend;
      const p = (async () => {
        const waarde = await maak();
        await opslaan(groep, volledig, generatie, waarde, ttlSeconden);
        return waarde;
      })().finally(() => bezig.delete(vlucht));
      bezig.set(vlucht, p);
      return p;
    },
    async vergeet(groep, tx) {
      await (tx ?? client()).$executeRaw`
        INSERT INTO "CacheGeneratie" ("groep", "generatie") VALUES (${groep}, 1)
        ON CONFLICT ("groep") DO UPDATE SET "generatie" = "CacheGeneratie"."generatie" + 1`;
    },
  };
}
