"use client";
/** Map of wijken: boundaries when imported, otherwise a circle at the centroid. Receives plain props, fetches nothing.
 * Colours come from the theme (the className option, given when Leaflet creates the path: stroke-brand / fill-brand
 * beat Leaflet's SVG attributes). */
import "leaflet/dist/leaflet.css";
import { CircleMarker, GeoJSON, MapContainer, Popup, TileLayer } from "react-leaflet";
import type { GeoJsonObject } from "geojson";

/**
 * Leaflet copies a GeoJSON layer's options (className too) to every shape it makes; react-leaflet's
 * types leave className out of GeoJSON's props, hence the spread. The classes give the shapes the
 * theme's main colour (CSS beats Leaflet's SVG attributes), so the map follows the huisstijl.
 */
const THEMA_VORM = { className: "stroke-brand fill-brand" } as object;

export interface WijkOpKaart {
  id: string;
  naam: string;
  slug: string;
  lat: number;
  lng: number;
  grens: unknown;
}

export default function WijkenMap({ wijken, tileUrl, attribution }: { wijken: WijkOpKaart[]; tileUrl: string; attribution: string }) {
  const lat = wijken.reduce((s, w) => s + w.lat, 0) / Math.max(1, wijken.length);
  const lng = wijken.reduce((s, w) => s + w.lng, 0) / Math.max(1, wijken.length);
  // Every wijk in view (a gemeente with imported CBS wijken may lie far from the demo's centre).
  const bounds: [[number, number], [number, number]] | undefined =
    wijken.length > 1
      ? [
          [Math.min(...wijken.map((w) => w.lat)) - 0.01, Math.min(...wijken.map((w) => w.lng)) - 0.01],
          [Math.max(...wijken.map((w) => w.lat)) + 0.01, Math.max(...wijken.map((w) => w.lng)) + 0.01],
        ]
      : undefined;
  return (
    <MapContainer
      {...(bounds ? { bounds } : { center: [lat || 51.7, lng || 5.15] as [number, number], zoom: 12 })}
      maxZoom={18}
      scrollWheelZoom={false}
      className="h-[32rem] border border-line"
    >
      <TileLayer url={tileUrl} attribution={attribution} />
      {wijken.map((w) =>
        w.grens ? (
          <GeoJSON key={w.id} data={w.grens as GeoJsonObject} {...THEMA_VORM} pathOptions={{ weight: 2, fillOpacity: 0.15 }}>
            <Popup>
              <a href={`/wijken/${w.slug}`}>{w.naam}</a>
            </Popup>
          </GeoJSON>
        ) : (
          <CircleMarker key={w.id} center={[w.lat, w.lng]} radius={9} className="stroke-brand fill-brand" pathOptions={{ weight: 2, fillOpacity: 0.6 }}>
            <Popup>
              <a href={`/wijken/${w.slug}`}>{w.naam}</a>
            </Popup>
          </CircleMarker>
        ),
      )}
    </MapContainer>
  );
}
