"use client";
/** The map, loaded only in the browser and only on pages that show a map (Leaflet needs `window`). */
import dynamic from "next/dynamic";
import type { MapProps } from "./map";

export const LazyMap = dynamic<MapProps>(() => import("./map"), {
  ssr: false,
  loading: () => (
    <div className="flex h-[32rem] items-center justify-center border border-line bg-soft" role="status">
      De kaart wordt geladen…
    </div>
  ),
});
