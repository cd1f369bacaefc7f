"use client";
/** Client-only parts loaded after the page (maps, the location button): the wrapper and the map's placeholder. */
import { Suspense, type ReactNode } from "react";
import { useIsClient } from "../kaart/use-client";

/** Renders `children` (a lazily imported component) only in the browser, with `wacht` until its code is there. */
export function AlleenInBrowser({ wacht, children }: { wacht: ReactNode; children: ReactNode }) {
  const inBrowser = useIsClient();
  return inBrowser ? <Suspense fallback={wacht}>{children}</Suspense> : wacht;
}

/**
 * The status line above the /kaart map. The placeholder shows the same line (without `live`) while the
 * map is hidden or loading, so the box does not move when the map arrives.
 */
export function KaartStatusRegel({ children = "De resultaten voor de kaart worden geladen…", live = false }: { children?: ReactNode; live?: boolean }) {
  return (
    <p className="mb-1.5 text-[0.95rem] text-muted" role={live ? "status" : undefined}>
      {children}
    </p>
  );
}

/** The map's place while its code loads (or without JavaScript, where a noscript note follows). */
export function KaartLaadt() {
  return (
    <div className="flex h-[32rem] items-center justify-center border border-line bg-soft" role="status">
      De kaart wordt geladen…
    </div>
  );
}
