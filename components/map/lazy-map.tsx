"use client";
/**
 * The map, loaded only in the browser and only on pages that show a map (Leaflet needs `window`).
 * React.lazy behind a client check rather than next/dynamic: same lazy chunk, without next/dynamic's
 * loader code (about 1.5 kB gzip) in the first-load JS.
 */
import { lazy } from "react";
import { AlleenInBrowser, KaartLaadt } from "./alleen-in-browser";
import type { MapPoint, MapProps } from "./map";

const KaartMap = lazy(() => import("./map"));

export function LazyMap(props: MapProps) {
  return (
    <AlleenInBrowser wacht={<KaartLaadt />}>
      <KaartMap {...props} />
    </AlleenInBrowser>
  );
}

/** A small map with one point (detail pages). */
export function KleineKaart(props: { point: MapPoint; tileUrl: string; attribution: string; label: string }) {
  return <LazyMap points={[props.point]} center={[props.point.lat, props.point.lng]} zoom={16} small tileUrl={props.tileUrl} attribution={props.attribution} label={props.label} />;
}
