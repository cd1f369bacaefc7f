/**
 * One process at a time on an embedded PGlite directory. PGlite has no locking of its own: two
 * processes on one directory hand out the same reference numbers and can corrupt the data files.
 *
 * The lock is a file next to the directory (`<PGLITE_DIR>.lock`) with pid, hostname, start time and a
 * random token, created atomically with open(..., 'wx'). A lock whose pid no longer runs on this host is
 * stale (e.g. after kill -9) and is taken over with a log line. The lock is released when the database is
 * disconnected and when the process exits.
 *
 * Hand-over (scripts/start.mts): the start script migrates and seeds, closes the database but keeps the
 * lock, and passes its token to the `next start` child in SBP_DB_LOCK_TOKEN. The child's server process
 * (instrumentation.ts) takes the lock over (rewrites it with its own pid) and holds it for its lifetime;
 * helper processes of that child (build workers) with the token may use the database without taking over.
 * So there is no moment in which a second `npm start` could slip in.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { korteDatumTijd } from "./format.ts";

export const LOCK_TOKEN_ENV = "SBP_DB_LOCK_TOKEN";

export interface LockInfo {
  pid: number;
  hostname: string;
  startedAt: string;
  token: string;
}

export class DbLockError extends Error {
  constructor(
    message: string,
    readonly holder: LockInfo | null,
  ) {
    super(message);
    this.name = "DbLockError";
  }
}

export function lockPathFor(dir: string): string {
  return `${path.resolve(dir)}.lock`;
}

export function readLock(lockPath: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, "utf8")) as Partial<LockInfo>;
    if (typeof parsed.pid !== "number" || typeof parsed.hostname !== "string") return null;
    return { pid: parsed.pid, hostname: parsed.hostname, startedAt: String(parsed.startedAt ?? ""), token: String(parsed.token ?? "") };
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function sinds(iso: string): string {
  return korteDatumTijd(iso);
}

export function lockMessage(dir: string, lockPath: string, holder: LockInfo): string {
  const waar = holder.hostname === hostname() ? "" : ` op computer ${holder.hostname}`;
  return [
    `De ingebouwde database in ${path.resolve(dir)} is al in gebruik door een ander proces (pid ${holder.pid}${waar}, sinds ${sinds(holder.startedAt)}).`,
    "Twee processen tegelijk op één database geven dubbele nummers en kunnen de database beschadigen. Daarom stopt dit proces.",
    `Wat u kunt doen: stop eerst het andere proces (Ctrl+C in het venster waar \`npm start\` draait, of \`kill ${holder.pid}\`),`,
    "of gebruik een andere map met PGLITE_DIR, of een PostgreSQL-server met DATABASE_URL.",
    `Weet u zeker dat dat proces niet meer draait? Verwijder dan ${lockPath}.`,
  ].join("\n");
}

interface Held {
  lockPath: string;
  token: string;
  /** true: this process owns the lock file (pid in it is ours); false: inherited from our parent */
  owner: boolean;
}

const g = globalThis as unknown as { __sbpDbLocks?: Map<string, Held>; __sbpDbLockExitHook?: boolean };
const held: Map<string, Held> = (g.__sbpDbLocks ??= new Map());

function installExitHook() {
  if (g.__sbpDbLockExitHook) return;
  g.__sbpDbLockExitHook = true;
  process.on("exit", () => {
    for (const h of held.values()) releaseHeld(h);
  });
}

function releaseHeld(h: Held) {
  if (!h.owner) return;
  const now = readLock(h.lockPath);
  // only remove the file while it is still ours (not taken over by a child or by someone else)
  if (now && now.token === h.token && now.pid === process.pid) {
    try {
      unlinkSync(h.lockPath);
    } catch {
      /* already gone */
    }
  }
}

function writeAtomic(lockPath: string, info: LockInfo) {
  const tmp = `${lockPath}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(info));
  renameSync(tmp, lockPath);
}

export interface AcquireOptions {
  /** Take a lock handed over by the parent (token in SBP_DB_LOCK_TOKEN) and hold it from now on. */
  takeOver?: boolean;
  log?: (line: string) => void;
}

/**
 * Takes the lock for a PGlite directory, or throws DbLockError with a Dutch explanation.
 * Re-entrant within one process. No-op for memory:// databases.
 */
export function acquireDbLock(dir: string, opts: AcquireOptions = {}): void {
  if (dir.startsWith("memory://")) return;
  const log = opts.log ?? ((l: string) => console.warn(l));
  const lockPath = lockPathFor(dir);
  const already = held.get(lockPath);
  if (already && (already.owner || !opts.takeOver)) return;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  installExitHook();

  for (let attempt = 0; attempt < 5; attempt++) {
    const mine: LockInfo = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString(), token: randomBytes(16).toString("hex") };
    try {
      const fd = openSync(lockPath, "wx");
      try {
        writeFileSync(fd, JSON.stringify(mine));
      } finally {
        closeSync(fd);
      }
      held.set(lockPath, { lockPath, token: mine.token, owner: true });
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }

    const current = readLock(lockPath);
    if (!current) {
      // being written right now, or garbage: give a writer a moment, then treat garbage as stale
      if (attempt < 2) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
        continue;
      }
      log(`Databaseslot ${lockPath} is onleesbaar; het wordt overgenomen.`);
      takeOverStale(lockPath, null);
      continue;
    }
    if (current.pid === process.pid && current.hostname === hostname()) {
      held.set(lockPath, { lockPath, token: current.token, owner: true });
      return;
    }
    const inherited = process.env[LOCK_TOKEN_ENV];
    if (inherited && inherited === current.token && current.hostname === hostname()) {
      if (opts.takeOver) {
        writeAtomic(lockPath, { ...current, pid: process.pid, startedAt: new Date().toISOString() });
        held.set(lockPath, { lockPath, token: current.token, owner: true });
      } else {
        held.set(lockPath, { lockPath, token: current.token, owner: false });
      }
      return;
    }
    if (current.hostname === hostname() && !pidAlive(current.pid)) {
      log(`Oud databaseslot van proces ${current.pid} (sinds ${sinds(current.startedAt)}) gevonden; dat proces draait niet meer. Het slot wordt overgenomen.`);
      takeOverStale(lockPath, current);
      continue;
    }
    throw new DbLockError(lockMessage(dir, lockPath, current), current);
  }
  throw new DbLockError(`Het databaseslot ${lockPath} kon niet worden genomen. Probeer het opnieuw.`, null);
}

/** Moves a stale lock aside. If another process took it over in the meantime, puts that lock back. */
function takeOverStale(lockPath: string, seen: LockInfo | null) {
  const aside = `${lockPath}.stale-${process.pid}`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // someone else moved it first: just retry
  }
  const moved = readLock(aside);
  if (seen && moved && moved.token !== seen.token && !existsSync(lockPath)) {
    renameSync(aside, lockPath); // that was a fresh lock of another process: give it back
    return;
  }
  try {
    unlinkSync(aside);
  } catch {
    /* ignore */
  }
}

/** Releases the lock (when this process owns it). */
export function releaseDbLock(dir: string): void {
  if (dir.startsWith("memory://")) return;
  const lockPath = lockPathFor(dir);
  const h = held.get(lockPath);
  if (!h) return;
  releaseHeld(h);
  held.delete(lockPath);
}

/** The token a child process needs to take the lock over (for SBP_DB_LOCK_TOKEN), or undefined. */
export function lockTokenFor(dir: string): string | undefined {
  return held.get(lockPathFor(dir))?.token;
}
