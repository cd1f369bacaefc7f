"use client";
import { buttonClass, formDescriptionClass, formFieldClass, formLabelClass, inputClass } from "@/components/ui/classes";
/** Share link: the address in a read-only field (works without JavaScript) plus copy / share buttons. */
import { useState } from "react";
import { useIsClient } from "./use-client";

export function DeelLink({ url, titel }: { url: string; titel: string }) {
  const client = useIsClient();
  const kanDelen = client && typeof navigator.share === "function";
  const kanKopieren = client && !!navigator.clipboard;
  const [melding, setMelding] = useState("");
  return (
    <div className={formFieldClass()}>
      <label htmlFor="deel-link" className={formLabelClass}>
        Link naar deze pagina
      </label>
      <p id="deel-link-hint" className={formDescriptionClass}>
        Kopieer de link en stuur hem naar iemand die u hier wilt laten komen.
      </p>
      <div className="flex flex-wrap gap-3 items-center">
        <input id="deel-link" className={inputClass("l")} readOnly value={url} aria-describedby="deel-link-hint" onFocus={(e) => e.currentTarget.select()} />
        {kanKopieren ? (
          <button
            type="button"
            className={buttonClass("secondary")}
            onClick={() => navigator.clipboard.writeText(url).then(() => setMelding("De link is gekopieerd."), () => setMelding("Kopiëren lukte niet. Selecteer de link en kopieer hem zelf."))}
          >
            Kopieer link
          </button>
        ) : null}
        {kanDelen ? (
          <button type="button" className={buttonClass("secondary")} onClick={() => navigator.share({ title: titel, url }).catch(() => {})}>
            Delen
          </button>
        ) : null}
      </div>
      <p role="status" className={formDescriptionClass}>
        {melding}
      </p>
    </div>
  );
}
