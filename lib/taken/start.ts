/**
 * Starts the job runner in this server process (instrumentation.ts). One runner per process, kept on
 * globalThis; with several app instances each runs one, and the table still runs every job once.
 */
import { db } from "../db.ts";
import { env } from "../env.ts";
import { TakenRunner } from "./runner.ts";
import { TAKEN } from "./taken.ts";

const g = globalThis as unknown as { __sbpTaken?: TakenRunner };

export function startTakenRunner(): TakenRunner | null {
  const e = env();
  if (e.TAKEN_RUNNER === "uit") return null;
  if (!g.__sbpTaken) {
    g.__sbpTaken = new TakenRunner({ db, taken: TAKEN });
    g.__sbpTaken.start(e.TAKEN_INTERVAL_SECONDEN);
  }
  return g.__sbpTaken;
}
