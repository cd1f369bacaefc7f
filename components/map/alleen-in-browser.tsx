"use client";
/** Client-only parts loaded after the page (maps, the location button): the wrapper and the map's placeholder. */
import { Suspense, type ReactNode } from "react";
import { useIsClient } from "../kaart/use-client";

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
