"use client";
/**
 * The /kaart map: fetches the filtered points from /api/kaart (same query string as the page) and
 * hands plain props to the lazily loaded Leaflet map.
 */
import { useEffect, useMemo, useState } from "react";
import { LazyMap } from "./lazy-map";
import type { MapPoint } from "./map";

interface KaartData {
  totaal: number;
  afgekapt: boolean;
  legenda: { code: string; naam: string; kleur: string; icoon: string; pad: string }[];
  punten: [number, number, number, string, string][];
}

export function KaartMetResultaten(props: {
  query: string;
  tileUrl: string;
  attribution: string;
  boundary?: unknown;
  origin?: { lat: number; lng: number; label: string } | null;
}) {
  const [data, setData] = useState<KaartData | null>(null);
  const [fout, setFout] = useState(false);
  useEffect(() => {
    const ctrl = new AbortController();
    fetch(`/api/kaart${props.query ? `?${props.query}` : ""}`, { signal: ctrl.signal })
      .then((r) => (r.ok ? (r.json() as Promise<KaartData>) : Promise.reject(new Error(String(r.status)))))
      .then((d) => {
        setData(d);
        setFout(false);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== "AbortError") setFout(true);
      });
    return () => ctrl.abort();
  }, [props.query]);

  const terug = props.query ? `?terug=${encodeURIComponent(props.query)}` : "";
  const points = useMemo<MapPoint[]>(
    () =>
      (data?.punten ?? []).map(([lat, lng, li, naam, slug]) => {
        const l = data!.legenda[li];
        return { id: `${l.code}:${slug}`, lat, lng, label: naam, categorie: l.naam, kleur: l.kleur, icoon: l.icoon, href: `${l.pad}${slug}${terug}` };
      }),
    [data, terug],
  );

  return (
    <>
      <p className="mb-1.5 text-[0.95rem] text-muted" role="status">
        {fout
          ? "De kaart kon de resultaten niet laden. De lijst werkt wel."
          : data
            ? `${data.totaal} ${data.totaal === 1 ? "resultaat" : "resultaten"} op de kaart${data.afgekapt ? " (de eerste; gebruik filters om te verfijnen)" : ""}.`
            : "De resultaten voor de kaart worden geladen…"}
      </p>
      <LazyMap points={points} tileUrl={props.tileUrl} attribution={props.attribution} label="Kaart met de resultaten" fit boundary={props.boundary} origin={props.origin} />
    </>
  );
}

/** A small map with one point (detail pages). */
export function KleineKaart(props: { point: MapPoint; tileUrl: string; attribution: string; label: string }) {
  return <LazyMap points={[props.point]} center={[props.point.lat, props.point.lng]} zoom={16} small tileUrl={props.tileUrl} attribution={props.attribution} label={props.label} />;
}
