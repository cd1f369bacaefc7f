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
 * Per process there is only a replica, never trusted on its own: a local copy of an entry is served
 * only after one small query (shared by all reads of one event-loop turn) confirms that the group's
 * generation in the database is still the one the copy was stored under (and before the entry's expiry). So large values (the map's 800 kB JSON)
 * are not read from the database on every request, and an invalidation by any instance still counts
 * at once. Plus the computations in flight right now (200 simultaneous misses run the query once).
 * A local copy that expired by time alone (same generation, less than one TTL ago) is served while
 * one request recomputes it: an invalidation is never served stale, a TTL expiry for one computation.
 */
import type { Db } from "../db.ts";

type CacheDb = Pick<Db, "$queryRaw" | "$executeRaw">;

export interface GedeeldeCache {
  /** The cached string for `sleutel` in `groep`, or `maak()`'s result (then stored for ttlSeconden). */
  haal(groep: string, sleutel: string, ttlSeconden: number, maak: () => Promise<string>): Promise<string>;
  /** Invalidate every entry of `groep` on every instance; pass the transaction of the change. */
  vergeet(groep: string, tx?: CacheDb): Promise<void>;
}

const MAX_LOKAAL_TEKENS = 64 * 1024 * 1024;

export function maakGedeeldeCache(client: () => CacheDb): GedeeldeCache {
  const bezig = new Map<string, Promise<string>>();
  const lokaal = new Map<string, { generatie: bigint; tot: number; waarde: string }>();
  let lokaalTekens = 0;
  function bewaarLokaal(sleutel: string, generatie: bigint, tot: number, waarde: string) {
    const oud = lokaal.get(sleutel);
    if (oud) lokaalTekens -= oud.waarde.length;
    lokaal.delete(sleutel);
    // oldest first out while over the size bound
    for (const [k, v] of lokaal) {
      if (lokaalTekens + waarde.length <= MAX_LOKAAL_TEKENS) break;
      lokaal.delete(k);
      lokaalTekens -= v.waarde.length;
    }
    if (waarde.length > MAX_LOKAAL_TEKENS) return;
    lokaal.set(sleutel, { generatie, tot, waarde });
    lokaalTekens += waarde.length;
  }

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

  // The generation checks of local copies asked for in one turn of the event loop share one query: a page
  // reads several entries at once (/kaart: results, categories, wijken), and under load so do the requests
  // of that turn. The query is sent after every caller of the turn has asked (setImmediate), so it still
  // reads the generation after each of those requests began: an invalidation committed before a request
  // is seen by it, as with a query of its own.
  let ronde: Promise<Map<string, bigint>> | null = null;
  function leesGeneraties(): Promise<Map<string, bigint>> {
    if (!ronde) {
      ronde = new Promise<Map<string, bigint>>((resolve, reject) => {
        setImmediate(() => {
          ronde = null;
          // A handful of rows (one per group), so all of them: no list of groups to pass.
          client()
            .$queryRaw<{ groep: string; generatie: bigint }[]>`SELECT "groep", "generatie" FROM "CacheGeneratie"`
            .then((rows) => resolve(new Map(rows.map((r) => [r.groep, BigInt(r.generatie)]))), reject);
        });
      });
    }
    return ronde;
  }

  return {
    async haal(groep, sleutel, ttlSeconden, maak) {
      if (ttlSeconden <= 0) return maak();
      const volledig = `${groep}:${sleutel}`;
      const kopie = lokaal.get(volledig);
      const nu = Date.now();
      const kopieBruikbaar = kopie && kopie.tot > nu;
      // Expired by time only, less than one TTL ago: may be served once more while one request
      // refreshes it (below), if the generation shows no invalidation since.
      const kopieVerlopen = kopie && !kopieBruikbaar && nu - kopie.tot < ttlSeconden * 1000;
      // The usual case: a local copy, confirmed by the shared generation check of this turn.
      if (kopieBruikbaar && ((await leesGeneraties()).get(groep) ?? 0n) === kopie.generatie) return kopie.waarde;
      // One query: the current generation, and the stored entry unless the local copy may do.
      const rows = await client().$queryRaw<{ generatie: bigint; waarde: string | null; tot: Date | null }[]>`
        SELECT g."generatie", c."waarde", c."verlooptOp" AS "tot"
        FROM (SELECT COALESCE((SELECT "generatie" FROM "CacheGeneratie" WHERE "groep" = ${groep}), 0)::bigint AS "generatie") g
        LEFT JOIN "GedeeldeCache" c ON c."sleutel" = ${volledig} AND c."generatie" = g."generatie" AND c."verlooptOp" > (now() AT TIME ZONE 'UTC')
          AND NOT (${kopieBruikbaar ? kopie.generatie : -1n}::bigint = g."generatie")`;
      const generatie = BigInt(rows[0]?.generatie ?? 0);
      if (kopieBruikbaar && kopie.generatie === generatie) return kopie.waarde;
      // While this query ran, a computation in this process may have finished and stored a local copy
      // (its flight is then gone): under the generation just confirmed, that copy is as good as the first.
      const nieuweKopie = lokaal.get(volledig);
      if (nieuweKopie && nieuweKopie !== kopie && nieuweKopie.generatie === generatie && nieuweKopie.tot > Date.now()) return nieuweKopie.waarde;
      const gevonden = rows[0]?.waarde;
      if (gevonden != null) {
        bewaarLokaal(volledig, generatie, new Date(rows[0].tot!).getTime(), gevonden);
        return gevonden;
      }
      const vlucht = `${volledig}#${generatie}`;
      let p = bezig.get(vlucht);
      if (!p) {
        p = (async () => {
          const waarde = await maak();
          await opslaan(groep, volledig, generatie, waarde, ttlSeconden);
          bewaarLokaal(volledig, generatie, Date.now() + ttlSeconden * 1000, waarde);
          return waarde;
        })().finally(() => bezig.delete(vlucht));
        bezig.set(vlucht, p);
      }
      // Stale while revalidate, for the TTL only: nothing changed since (same generation), so the
      // expired copy is still what every instance would serve. Under load this keeps all requests
      // from waiting at once for the one that recomputes (they would then all render at once).
      if (kopieVerlopen && kopie.generatie === generatie) {
        p.catch((e: unknown) => console.error("Gedeelde cache: vernieuwen mislukte", e));
        return kopie.waarde;
      }
      return p;
    },
    async vergeet(groep, tx) {
      await (tx ?? client()).$executeRaw`
        INSERT INTO "CacheGeneratie" ("groep", "generatie") VALUES (${groep}, 1)
        ON CONFLICT ("groep") DO UPDATE SET "generatie" = "CacheGeneratie"."generatie" + 1`;
    },
  };
}
