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
      className="cursor-pointer rounded-t-md border-2 border-b-0 border-brand bg-white px-5 py-2 font-bold text-brand aria-selected:bg-brand aria-selected:text-on-brand"
      onClick={() => setActief(id)}
      onKeyDown={onKey}
    >
      {label}
    </button>
  );
  return (
    <div className={`grid grid-cols-[minmax(0,1fr)] gap-6 min-[60rem]:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] min-[60rem]:items-start ${klaar ? "max-[60rem]:flex max-[60rem]:flex-col" : ""}`} data-actief={actief}>
      {klaar ? (
        <div role="tablist" aria-label="Weergave" className="flex gap-2 border-b-2 border-brand min-[60rem]:hidden">
          {tab("lijst", "Lijst")}
          {tab("kaart", "Kaart")}
        </div>
      ) : null}
      <div id="paneel-kaart" className={`min-[60rem]:sticky min-[60rem]:top-2 ${klaar && actief === "lijst" ? "max-[60rem]:hidden" : ""}`} {...(klaar ? { role: "tabpanel", "aria-labelledby": "tab-kaart" } : {})}>
        {kaart}
      </div>
      <div id="paneel-lijst" className={klaar && actief === "kaart" ? "max-[60rem]:hidden" : undefined} {...(klaar ? { role: "tabpanel", "aria-labelledby": "tab-lijst" } : {})}>
        {lijst}
      </div>
    </div>
  );
}
