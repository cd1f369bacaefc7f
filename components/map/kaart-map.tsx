"use client";
/**
 * The /kaart map, loaded after the page: its data by viewport (kaart-met-resultaten.tsx) comes in the
 * same lazy chunk as Leaflet. (The small map of the detail pages: KleineKaart in lazy-map.tsx.)
 *
 * The /kaart map loads only once its place can be seen. On a phone the list is the first tab and the
 * map's panel is hidden: a resident who only reads the list downloads no Leaflet and no map data, and
 * the map is built when the Kaart tab is chosen, in a panel that has a size. On a wide screen the map
 * is beside the list and loads at once.
 */
import { lazy, Suspense, useEffect, useRef, useState, type ComponentProps } from "react";
import { KaartLaadt, KaartStatusRegel } from "./alleen-in-browser";

const KaartMetResultatenNu = lazy(() => import("./kaart-met-resultaten"));

/** The map's place while it is hidden or its code loads: as high as the map with its status line, so nothing shifts. */
function KaartPlek() {
  return (
    <>
      <KaartStatusRegel />
      <KaartLaadt />
    </>
  );
}

export function KaartMetResultaten(props: ComponentProps<typeof KaartMetResultatenNu>) {
  const plek = useRef<HTMLDivElement>(null);
  const [zichtbaar, zetZichtbaar] = useState(false);
  useEffect(() => {
    const el = plek.current;
    if (zichtbaar || !el) return;
    // A hidden panel (display: none) has no size; showing it is a resize.
    const ro = new ResizeObserver(() => {
      if (el.offsetWidth > 0 && el.offsetHeight > 0) zetZichtbaar(true);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [zichtbaar]);

  if (!zichtbaar)
    return (
      <div ref={plek}>
        <KaartPlek />
      </div>
    );
  return (
    <Suspense fallback={<KaartPlek />}>
      <KaartMetResultatenNu {...props} />
    </Suspense>
  );
}
