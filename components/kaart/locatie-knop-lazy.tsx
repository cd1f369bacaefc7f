"use client";
/**
 * 'Gebruik mijn locatie' loaded after the page, like the map: the button only exists with JavaScript
 * and sits under "Meer filters", so its code (and the form class strings) need not be in /kaart's
 * first-load JS (issue 15's budget).
 */
import { lazy } from "react";
import { AlleenInBrowser } from "../map/alleen-in-browser";

const Knop = lazy(() => import("./locatie-knop").then((m) => ({ default: m.LocatieKnop })));

export function LocatieKnop({ formId }: { formId: string }) {
  return (
    <AlleenInBrowser wacht={null}>
      <Knop formId={formId} />
    </AlleenInBrowser>
  );
}
