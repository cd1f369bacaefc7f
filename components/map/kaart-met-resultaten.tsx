"use client";
/**
 * The /kaart map: fetches the filtered map data from /api/kaart (same query string as the page) for
 * what is in view (bbox + zoom, on load and after every move, debounced; a newer request aborts the
 * older one) and hands plain props to the lazily loaded Leaflet map. The first answer, without a
 * bbox, gives the extent of all results (the map fits it) and an overview; with many points in view
 * the server sends clusters. The list beside the map stays the complete, accessible alternative.
 * Loaded lazily with Leaflet (one chunk, after the page; kaart-map.tsx), so none of it is in /kaart's
 * first-load JS.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import KaartMap, { type MapCluster, type MapPoint, type MapView } from "./map";
import { KaartStatusRegel } from "./alleen-in-browser";

interface KaartData {
  totaal: number;
  omvang: [number, number, number, number] | null;
  zoom: number;
  inBeeld: number;
  legenda: { code: string; naam: string; kleur: string; icoon: string; pad: string }[];
  punten: [number, number, number, string, string][];
  clusters: [number, number, number, number, number, number, number][];
}

/** Wait this long after the map stops moving before asking for its data. */
const WACHT_MS = 200;
const rond = (x: number) => Math.round(x * 1e6) / 1e6;

/** The map's view as the endpoint's bbox and zoom (clamped to what the endpoint accepts). */
export function vensterQuery(v: MapView): string {
  const west = rond(Math.max(-180, v.west));
  const east = rond(Math.min(180, v.east));
  const south = rond(Math.max(-85.06, v.south));
  const north = rond(Math.min(85.06, v.north));
  return `bbox=${west},${south},${east},${north}&zoom=${Math.max(0, Math.min(20, Math.round(v.zoom)))}`;
}

export default function KaartMetResultaten(props: {
  query: string;
  tileUrl: string;
  attribution: string;
  boundary?: unknown;
  origin?: { lat: number; lng: number; label: string } | null;
}) {
  const [data, setData] = useState<KaartData | null>(null);
  const [omvang, setOmvang] = useState<[[number, number], [number, number]] | null>(null);
  const [fout, setFout] = useState(false);
  const lopend = useRef<AbortController | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const laad = useCallback(
    (venster: string | null) => {
      lopend.current?.abort();
      const ctrl = new AbortController();
      lopend.current = ctrl;
      const q = [props.query, venster].filter(Boolean).join("&");
      fetch(`/api/kaart${q ? `?${q}` : ""}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? (r.json() as Promise<KaartData>) : Promise.reject(new Error(String(r.status)))))
        .then((d) => {
          setData(d);
          setFout(false);
          // The extent of all results, once per filter set: the map fits it (a new object only when it changes).
          const o = d.omvang;
          setOmvang((oud) => {
            if (!o) return null;
            if (oud && oud[0][0] === o[0] && oud[0][1] === o[1] && oud[1][0] === o[2] && oud[1][1] === o[3]) return oud;
            return [
              [o[0], o[1]],
              [o[2], o[3]],
            ];
          });
        })
        .catch((e: unknown) => {
          if ((e as Error).name !== "AbortError") setFout(true);
        });
    },
    [props.query],
  );

  // A new filter set: the overview (and its extent) first.
  useEffect(() => {
    laad(null);
    return () => {
      lopend.current?.abort();
      if (timer.current) clearTimeout(timer.current);
    };
  }, [laad]);

  const opView = useCallback(
    (v: MapView) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => laad(vensterQuery(v)), WACHT_MS);
    },
    [laad],
  );

  const terug = props.query ? `?terug=${encodeURIComponent(props.query)}` : "";
  const points = useMemo<MapPoint[]>(
    () =>
      (data?.punten ?? []).map(([lat, lng, li, naam, slug]) => {
        const l = data!.legenda[li];
        return { id: `${l.code}:${slug}`, lat, lng, label: naam, categorie: l.naam, kleur: l.kleur, icoon: l.icoon, href: `${l.pad}${slug}${terug}` };
      }),
    [data, terug],
  );
  const clusters = useMemo<MapCluster[]>(
    () => (data?.clusters ?? []).map(([lat, lng, aantal, s, w, n, e]) => ({ lat, lng, aantal, bounds: [[s, w], [n, e]] })),
    [data],
  );

  return (
    <>
      <KaartStatusRegel live>
        {fout
          ? "De kaart kon de resultaten niet laden. De lijst werkt wel."
          : data
            ? `${data.totaal} ${data.totaal === 1 ? "resultaat" : "resultaten"} op de kaart.`
            : undefined}
      </KaartStatusRegel>
      <KaartMap
        points={points}
        clusters={clusters}
        tileUrl={props.tileUrl}
        attribution={props.attribution}
        label="Kaart met de resultaten"
        fit
        fitBounds={omvang}
        onView={opView}
        boundary={props.boundary}
        origin={props.origin}
      />
    </>
  );
}
