"use client";
/**
 * The maps of the sociale kaart, loaded after the page (lazy-map.tsx): the /kaart map with its data
 * by viewport (kaart-met-resultaten.tsx, in the same lazy chunk as Leaflet) and the small one-point
 * map of the detail pages.
 */
import { lazy, type ComponentProps } from "react";
import { AlleenInBrowser, KaartLaadt, LazyMap } from "./lazy-map";
import type { MapPoint } from "./map";

const KaartMetResultatenNu = lazy(() => import("./kaart-met-resultaten"));

export function KaartMetResultaten(props: ComponentProps<typeof KaartMetResultatenNu>) {
  return (
    <AlleenInBrowser
      wacht={
        // The same place as the loaded map with its status line above it, so nothing shifts.
        <>
          <p className="mb-1.5 text-[0.95rem] text-muted">De resultaten voor de kaart worden geladen…</p>
          <KaartLaadt />
        </>
      }
    >
      <KaartMetResultatenNu {...props} />
    </AlleenInBrowser>
  );
}

/** A small map with one point (detail pages). */
export function KleineKaart(props: { point: MapPoint; tileUrl: string; attribution: string; label: string }) {
  return <LazyMap points={[props.point]} center={[props.point.lat, props.point.lng]} zoom={16} small tileUrl={props.tileUrl} attribution={props.attribution} label={props.label} />;
}
