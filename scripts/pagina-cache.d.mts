/** Types for scripts/pagina-cache.mjs (plain JavaScript: scripts/server.mjs runs without a TypeScript loader). */
import type { IncomingMessage, ServerResponse } from "node:http";

export const CACHE_KOP: "x-sbp-cache";
export function cacheSleutel(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | null;
export interface PaginaCache {
  verwerk(req: IncomingMessage, res: ServerResponse, verder: (req: IncomingMessage, res: ServerResponse) => void): Promise<void>;
  stand(): { items: number; bytes: number; versie: string | null };
  leeg(): void;
}
export function maakPaginaCache(opties: {
  seconden: number;
  leesVersie: () => undefined | (() => Promise<string>);
  controleMs?: number;
  log?: (melding: string, fout?: unknown) => void;
}): PaginaCache;
export function paginaCacheSeconden(waarde?: string): number;
export function paginaCacheControleMs(waarde?: string): number;
