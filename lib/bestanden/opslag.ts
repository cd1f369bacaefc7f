/**
 * Where uploaded files live: outside the database, behind one small interface so another store
 * (S3-compatible object storage) can be added later. Only the disk store exists now (UPLOAD_DIR);
 * several app instances then need one shared directory (a network volume).
 */
import "server-only";
import { mkdir, readFile, rm, writeFile, rename } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env } from "../env.ts";

export interface BestandOpslag {
  /** Stores the bytes under `naam` (a safe name made by nieuweBestandsnaam). */
  bewaar(naam: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when there is no such file. */
  lees(naam: string): Promise<Uint8Array | null>;
  /** Removes the file; no error when it is already gone. */
  verwijder(naam: string): Promise<void>;
}

/** Random names only (128 bits, hex) with a fixed extension: nothing a user typed ends up in a path. */
const NAAM = /^[0-9a-f]{32}\.(jpg|png|webp)$/;

export function isBestandsnaam(naam: string): boolean {
  return NAAM.test(naam);
}

export function nieuweBestandsnaam(extensie: "jpg" | "png" | "webp"): string {
  return `${randomBytes(16).toString("hex")}.${extensie}`;
}

export class SchijfOpslag implements BestandOpslag {
  constructor(private readonly map: string) {}

  private pad(naam: string): string {
    if (!isBestandsnaam(naam)) throw new Error(`Ongeldige bestandsnaam: ${naam}`);
    return path.join(path.resolve(this.map), naam);
  }

  async bewaar(naam: string, bytes: Uint8Array): Promise<void> {
    const doel = this.pad(naam);
    await mkdir(path.dirname(doel), { recursive: true });
    // Write to a temporary name and rename: a reader never sees half a file.
    const tijdelijk = `${doel}.${randomBytes(4).toString("hex")}.tmp`;
    await writeFile(tijdelijk, bytes, { flag: "wx" });
    await rename(tijdelijk, doel);
  }

  async lees(naam: string): Promise<Uint8Array | null> {
    if (!isBestandsnaam(naam)) return null;
    try {
      return new Uint8Array(await readFile(this.pad(naam)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }

  async verwijder(naam: string): Promise<void> {
    if (!isBestandsnaam(naam)) return;
    await rm(this.pad(naam), { force: true });
  }
}

/** The configured store (read per call, so tests can point UPLOAD_DIR elsewhere). */
export function bestandOpslag(): BestandOpslag {
  return new SchijfOpslag(env().UPLOAD_DIR);
}
