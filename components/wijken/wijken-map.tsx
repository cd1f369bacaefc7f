"use client";
/** Map of wijken: boundaries when imported, otherwise a circle at the centroid. Receives plain props, fetches nothing. */
import "leaflet/dist/leaflet.css";
import { CircleMarker, GeoJSON, MapContainer, Popup, TileLayer } from "react-leaflet";
import type { GeoJsonObject } from "geojson";

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
      className="map-frame"
    >
      <TileLayer url={tileUrl} attribution={attribution} />
      {wijken.map((w) =>
        w.grens ? (
          <GeoJSON key={w.id} data={w.grens as GeoJsonObject} style={{ color: "#1f5f8b", weight: 2, fillOpacity: 0.15 }}>
            <Popup>
              <a href={`/wijken/${w.slug}`}>{w.naam}</a>
            </Popup>
          </GeoJSON>
        ) : (
          <CircleMarker key={w.id} center={[w.lat, w.lng]} radius={9} pathOptions={{ color: "#1f5f8b", weight: 2, fillOpacity: 0.6 }}>
            <Popup>
              <a href={`/wijken/${w.slug}`}>{w.naam}</a>
            </Popup>
          </CircleMarker>
        ),
      )}
    </MapContainer>
  );
}
