/** Types for scripts/toelating.mjs (plain JavaScript: scripts/server.mjs runs without a TypeScript loader). */
import type { IncomingMessage, ServerResponse } from "node:http";

export function getalUitOmgeving(naam: string, standaard: number, min: number, max: number, waarde?: string): number;
export interface Toelating {
  laatDoor(req: IncomingMessage, res: ServerResponse, verder: () => void): void;
  stand(): { actief: number; wachtend: number };
}
export function maakToelating(opties: { max: number; wachtrij: number; retryAfterSeconden?: number }): Toelating;
