"use client";
import dynamic from "next/dynamic";
import type { WijkOpKaart } from "./wijken-map";

const WijkenMap = dynamic(() => import("./wijken-map"), {
  ssr: false,
  loading: () => <p className="text-muted">De kaart wordt geladen…</p>,
});

export function WijkenMapLazy(props: { wijken: WijkOpKaart[]; tileUrl: string; attribution: string }) {
  return <WijkenMap {...props} />;
}
