"use client";
/**
 * The Leaflet map (client only; load it through lazy-map.tsx). Receives plain points and fetches
 * nothing. Markers are our own divIcons (colour + letter per category), clustered with supercluster
 * so thousands of places stay smooth; with many points in view the server sends clusters instead
 * (`clusters`, /api/kaart by viewport) and the map reports its view through `onView`. Markers are keyboard-focusable and have a text name; the list
 * next to the map is the full accessible alternative.
 */
import "leaflet/dist/leaflet.css";
import { useEffect, useMemo, useRef, useState } from "react";
import L from "leaflet";
import { CircleMarker, GeoJSON, MapContainer, Marker, Popup, TileLayer, Tooltip, useMap, useMapEvents } from "react-leaflet";
import Supercluster from "supercluster";
import type { GeoJsonObject } from "geojson";

/**
 * Leaflet copies a GeoJSON layer's options (className too) to every shape it makes; react-leaflet's
 * types leave className out of GeoJSON's props, hence the spread. The classes give the shapes the
 * theme's main colour (CSS beats Leaflet's SVG attributes), so the map follows the huisstijl.
 */
const THEMA_VORM = { className: "stroke-brand fill-brand" } as object;
import { PIN_CLASS, PIN_LETTER_CLASS } from "./pin";

export interface MapPoint {
  id: string;
  lat: number;
  lng: number;
  label: string;
  categorie: string;
  kleur: string;
  icoon: string;
  href: string;
}

/** A cluster made by the server: the centre of its points, their number and their bounds. */
export interface MapCluster {
  lat: number;
  lng: number;
  aantal: number;
  bounds: [[number, number], [number, number]];
}

/** What the map has in view. */
export interface MapView {
  west: number;
  south: number;
  east: number;
  north: number;
  zoom: number;
}

export interface MapProps {
  points: MapPoint[];
  /** Clusters from the server (drawn as they are; a click zooms in). */
  clusters?: MapCluster[];
  /** With `fit`: fit this box (the extent of all results) instead of the points, only when it changes. */
  fitBounds?: [[number, number], [number, number]] | null;
  /** Called with the view after every move (and after the box could be measured). */
  onView?: (v: MapView) => void;
  tileUrl: string;
  attribution: string;
  /** Accessible name of the map region. */
  label: string;
  center?: [number, number];
  zoom?: number;
  /** Fit the view to the points (after they change). */
  fit?: boolean;
  boundary?: unknown;
  origin?: { lat: number; lng: number; label: string } | null;
  small?: boolean;
}

/** Without a centre and without points: the middle of the Netherlands, zoomed out. */
const NEDERLAND: [number, number] = [52.13, 5.29];

function escapeHtml(s: string) {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Leaflet wraps a divIcon in its own element: no default white box. */
const MARKER_OWN = "border-0 bg-transparent";
/** A cluster of markers in the theme's main colour (follows the huisstijl). */
const CLUSTER_CLASS = "flex items-center justify-center rounded-full border-[3px] border-white bg-brand font-bold text-on-brand shadow-[0_0_0_2px_var(--color-brand)]";

const pinCache = new Map<string, L.DivIcon>();
function pinIcon(kleur: string, icoon: string): L.DivIcon {
  const key = `${kleur}|${icoon}`;
  let icon = pinCache.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: MARKER_OWN,
      // The category colour is data (set per category), so it stays an inline value in the icon's HTML.
      html: `<div class="${PIN_CLASS}" style="background:${escapeHtml(kleur)};width:28px;height:28px"><span class="${PIN_LETTER_CLASS}">${escapeHtml(icoon)}</span></div>`,
      iconSize: [28, 28],
      iconAnchor: [14, 30],
      popupAnchor: [0, -28],
    });
    pinCache.set(key, icon);
  }
  return icon;
}

function clusterIcon(count: number): L.DivIcon {
  const size = count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 52;
  return L.divIcon({
    className: MARKER_OWN,
    // The size depends on the count; the colour is the theme's main colour (bg-brand).
    html: `<div class="${CLUSTER_CLASS}" style="width:${size}px;height:${size}px">${count}</div>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

function Clusters({ points }: { points: MapPoint[] }) {
  const map = useMap();
  const index = useMemo(() => {
    const sc = new Supercluster<{ i: number }>({ radius: 56, maxZoom: 17 });
    sc.load(points.map((p, i) => ({ type: "Feature" as const, properties: { i }, geometry: { type: "Point" as const, coordinates: [p.lng, p.lat] } })));
    return sc;
  }, [points]);
  const [view, setView] = useState(() => ({ b: map.getBounds(), z: map.getZoom() }));
  // "resize": a map that was hidden (size 0) has empty bounds until it is measured again.
  const opnieuw = () => setView({ b: map.getBounds(), z: map.getZoom() });
  useMapEvents({ moveend: opnieuw, zoomend: opnieuw, resize: opnieuw });
  const clusters = index.getClusters([view.b.getWest(), view.b.getSouth(), view.b.getEast(), view.b.getNorth()], Math.round(view.z));
  return (
    <>
      {clusters.map((c) => {
        const [lng, lat] = c.geometry.coordinates;
        const props = c.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; i?: number };
        if (props.cluster) {
          const n = props.point_count ?? 0;
          return (
            <Marker
              key={`c${props.cluster_id}`}
              position={[lat, lng]}
              icon={clusterIcon(n)}
              title={clusterTitel(n)}
              alt={`${n} resultaten hier`}
              eventHandlers={{ click: () => map.setView([lat, lng], Math.min(index.getClusterExpansionZoom(props.cluster_id!), 18)) }}
            />
          );
        }
        const p = points[props.i!];
        return (
          <Marker key={p.id} position={[p.lat, p.lng]} icon={pinIcon(p.kleur, p.icoon)} title={`${p.label} (${p.categorie})`} alt={p.label}>
            <Popup>
              <a href={p.href}>{p.label}</a>
              <br />
              {p.categorie}
            </Popup>
          </Marker>
        );
      })}
    </>
  );
}

const clusterTitel = (n: number) => `${n} resultaten hier. Kies om in te zoomen.`;

/** The server's clusters inside the current view (the answer covers a slightly larger box). */
function ServerClusters({ clusters }: { clusters: MapCluster[] }) {
  const map = useMap();
  const [view, setView] = useState(() => map.getBounds());
  useEffect(() => {
    const opnieuw = () => setView(map.getBounds());
    map.on("moveend zoomend resize", opnieuw);
    return () => {
      map.off("moveend zoomend resize", opnieuw);
    };
  }, [map]);
  return (
    <>
      {clusters
        .filter((c) => view.contains([c.lat, c.lng]))
        .map((c) => (
          <Marker
            key={`s${c.lat},${c.lng},${c.aantal}`}
            position={[c.lat, c.lng]}
            icon={clusterIcon(c.aantal)}
            title={clusterTitel(c.aantal)}
            alt={`${c.aantal} resultaten hier`}
            eventHandlers={{
              click: () => {
                const b = L.latLngBounds(c.bounds);
                const zoom = Math.min(18, Math.max(map.getBoundsZoom(b, false, L.point(48, 48)), map.getZoom() + 1));
                map.setView(b.getCenter(), zoom, { animate: false });
              },
            }}
          />
        ))}
    </>
  );
}

/** Reports the view after every move, once the map has a size (a hidden tab panel has none). */
function MeldView({ onView }: { onView?: (v: MapView) => void }) {
  const map = useMap();
  // Registered once: handlers re-registered on every render would miss the moveend of a fit made by
  // another component's effect in the same commit (React removes old effects before adding new ones).
  const terug = useRef(onView);
  useEffect(() => {
    terug.current = onView;
  }, [onView]);
  useEffect(() => {
    const meld = () => {
      if (!terug.current || !heeftMaat(map)) return;
      const b = map.getBounds();
      terug.current({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth(), zoom: map.getZoom() });
    };
    map.on("moveend resize", meld);
    return () => {
      map.off("moveend resize", meld);
    };
  }, [map]);
  return null;
}

/** The view around the points (and the origin); the padding keeps whole pins (drawn above their point) inside the box. */
function fitView(map: L.Map, doel: MapPoint[] | [[number, number], [number, number]], origin?: MapProps["origin"]) {
  const latlngs: [number, number][] = doel.map((p) => (Array.isArray(p) ? p : [p.lat, p.lng]));
  // A box of one place (both corners the same) is that one place.
  if (latlngs.length === 2 && latlngs[0][0] === latlngs[1][0] && latlngs[0][1] === latlngs[1][1]) latlngs.pop();
  if (origin) latlngs.push([origin.lat, origin.lng]);
  // No animation: a page left during a zoom animation makes Leaflet read a removed pane (_leaflet_pos).
  if (latlngs.length === 1) map.setView(latlngs[0], 16, { animate: false });
  else if (latlngs.length > 1) map.fitBounds(L.latLngBounds(latlngs), { paddingTopLeft: [24, 48], paddingBottomRight: [24, 16], maxZoom: 16, animate: false });
}

/** Leaflet cannot fit a view in a box it cannot measure (a hidden tab panel has size 0). */
function heeftMaat(map: L.Map) {
  const { x, y } = map.getSize();
  return x > 0 && y > 0;
}

/**
 * Leaflet measures its container once. Re-measure when the container changes size (a tab panel that
 * was hidden is shown, the window is resized) and, with `fit`, fit the view to the points when they
 * change, or as soon as the box can be measured when they arrived while the map was hidden.
 */
function SizeAndFit({ fit, doel, origin }: { fit?: boolean; doel: MapPoint[] | [[number, number], [number, number]]; origin?: MapProps["origin"] }) {
  const map = useMap();
  // The newest target and origin, still to be fitted when the box could not be measured yet.
  const teFitten = useRef<{ doel: MapPoint[] | [[number, number], [number, number]]; origin?: MapProps["origin"] } | null>(null);
  useEffect(() => {
    if (!fit) return;
    map.invalidateSize({ pan: false, animate: false });
    if (heeftMaat(map)) {
      fitView(map, doel, origin);
      teFitten.current = null;
    } else teFitten.current = { doel, origin };
  }, [map, fit, doel, origin]);
  useEffect(() => {
    const el = map.getContainer();
    const ro = new ResizeObserver(() => {
      map.invalidateSize({ pan: false, animate: false });
      const wacht = teFitten.current;
      if (wacht && heeftMaat(map)) {
        teFitten.current = null;
        fitView(map, wacht.doel, wacht.origin);
      }
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [map]);
  return null;
}

/** Nothing to fit yet (one constant: a new array every render would refit every render). */
const GEEN_DOEL: MapPoint[] = [];

export default function KaartMap(props: MapProps) {
  const center = props.center ?? NEDERLAND;
  return (
    <div role="region" aria-label={props.label}>
    <MapContainer
      center={center}
      zoom={props.zoom ?? (props.center ? 12 : 8)}
      minZoom={8}
      maxZoom={18}
      scrollWheelZoom={false}
      className={`border border-line ${props.small ? "h-64" : "h-[32rem]"}`}
    >
      <TileLayer url={props.tileUrl} attribution={props.attribution} maxZoom={18} />
      {props.boundary ? <GeoJSON data={props.boundary as GeoJsonObject} {...THEMA_VORM} pathOptions={{ weight: 3, fillOpacity: 0.05 }} /> : null}
      {props.origin ? (
        <CircleMarker center={[props.origin.lat, props.origin.lng]} radius={9} className="stroke-accent fill-white" pathOptions={{ weight: 3, fillOpacity: 1 }}>
          <Tooltip>Afstand gemeten vanaf {props.origin.label}</Tooltip>
        </CircleMarker>
      ) : null}
      <Clusters points={props.points} />
      {props.clusters?.length ? <ServerClusters clusters={props.clusters} /> : null}
      {/* Before SizeAndFit: it must listen before the first fit moves the map. */}
      <MeldView onView={props.onView} />
      <SizeAndFit fit={props.fit} doel={props.fitBounds !== undefined ? (props.fitBounds ?? GEEN_DOEL) : props.points} origin={props.origin} />
    </MapContainer>
    </div>
  );
}
