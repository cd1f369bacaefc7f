"use client";
import { lazy } from "react";
import { AlleenInBrowser } from "../map/alleen-in-browser";
import type { WijkOpKaart } from "./wijken-map";

const WijkenMap = lazy(() => import("./wijken-map"));

export function WijkenMapLazy(props: { wijken: WijkOpKaart[]; tileUrl: string; attribution: string }) {
  return (
    <AlleenInBrowser wacht={<p className="text-muted">De kaart wordt geladen…</p>}>
      <WijkenMap {...props} />
    </AlleenInBrowser>
  );
}
