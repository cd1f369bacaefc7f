"use client";
/**
 * The map, loaded only in the browser and only on pages that show a map (Leaflet needs `window`).
 * React.lazy behind a client check rather than next/dynamic: same lazy chunk, without next/dynamic's
 * loader code (about 1.5 kB gzip) in the first-load JS of /kaart.
 */
import { lazy, Suspense, type ReactNode } from "react";
import { useIsClient } from "../kaart/use-client";
import type { MapProps } from "./map";

const KaartMap = lazy(() => import("./map"));

/** Renders `children` (a lazily imported component) only in the browser, with `wacht` until its code is there. */
export function AlleenInBrowser({ wacht, children }: { wacht: ReactNode; children: ReactNode }) {
  const inBrowser = useIsClient();
  return inBrowser ? <Suspense fallback={wacht}>{children}</Suspense> : wacht;
}

/** The map's place while its code loads (or without JavaScript, where a noscript note follows). */
export function KaartLaadt() {
  return (
    <div className="flex h-[32rem] items-center justify-center border border-line bg-soft" role="status">
      De kaart wordt geladen…
    </div>
  );
}

export function LazyMap(props: MapProps) {
  return (
    <AlleenInBrowser wacht={<KaartLaadt />}>
      <KaartMap {...props} />
    </AlleenInBrowser>
  );
}
