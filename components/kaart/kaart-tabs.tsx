"use client";
/**
 * On small screens the list and the map are two tabs (list first). Without JavaScript, and on wide
 * screens, both are shown (map beside the list). Tabs follow the WAI-ARIA tabs pattern.
 */
import { useRef, useState, type ReactNode } from "react";
import { useIsClient } from "./use-client";

export function KaartTabs({ lijst, kaart }: { lijst: ReactNode; kaart: ReactNode }) {
  const [actief, setActief] = useState<"lijst" | "kaart">("lijst");
  const klaar = useIsClient();
  const refs = { lijst: useRef<HTMLButtonElement>(null), kaart: useRef<HTMLButtonElement>(null) };

  function onKey(e: React.KeyboardEvent) {
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      const next = actief === "lijst" ? "kaart" : "lijst";
      setActief(next);
      refs[next].current?.focus();
    }
  }
  const tab = (id: "lijst" | "kaart", label: string) => (
    <button
      ref={refs[id]}
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={actief === id}
      aria-controls={`paneel-${id}`}
      tabIndex={actief === id ? 0 : -1}
      className="kaart-tabs__tab"
      onClick={() => setActief(id)}
      onKeyDown={onKey}
    >
      {label}
    </button>
  );
  return (
    <div className={`kaart-layout ${klaar ? "kaart-layout--tabs" : ""}`} data-actief={actief}>
      {klaar ? (
        <div role="tablist" aria-label="Weergave" className="kaart-tabs">
          {tab("lijst", "Lijst")}
          {tab("kaart", "Kaart")}
        </div>
      ) : null}
      <div id="paneel-kaart" className="kaart-paneel kaart-paneel--kaart" {...(klaar ? { role: "tabpanel", "aria-labelledby": "tab-kaart" } : {})}>
        {kaart}
      </div>
      <div id="paneel-lijst" className="kaart-paneel kaart-paneel--lijst" {...(klaar ? { role: "tabpanel", "aria-labelledby": "tab-lijst" } : {})}>
        {lijst}
      </div>
    </div>
  );
}
