"use client";
/** Share link: the address in a read-only field (works without JavaScript) plus copy / share buttons. */
import { useState } from "react";
import { useIsClient } from "./use-client";

export function DeelLink({ url, titel }: { url: string; titel: string }) {
  const client = useIsClient();
  const kanDelen = client && typeof navigator.share === "function";
  const kanKopieren = client && !!navigator.clipboard;
  const [melding, setMelding] = useState("");
  return (
    <div className="field">
      <label htmlFor="deel-link" className="field__label">
        Link naar deze pagina
      </label>
      <p id="deel-link-hint" className="field__hint">
        Kopieer de link en stuur hem naar iemand die u hier wilt laten komen.
      </p>
      <div className="flex flex-wrap gap-3 items-center">
        <input id="deel-link" className="input input--l" readOnly value={url} aria-describedby="deel-link-hint" onFocus={(e) => e.currentTarget.select()} />
        {kanKopieren ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => navigator.clipboard.writeText(url).then(() => setMelding("De link is gekopieerd."), () => setMelding("Kopiëren lukte niet. Selecteer de link en kopieer hem zelf."))}
          >
            Kopieer link
          </button>
        ) : null}
        {kanDelen ? (
          <button type="button" className="button button--secondary" onClick={() => navigator.share({ title: titel, url }).catch(() => {})}>
            Delen
          </button>
        ) : null}
      </div>
      <p role="status" className="field__hint">
        {melding}
      </p>
    </div>
  );
}
