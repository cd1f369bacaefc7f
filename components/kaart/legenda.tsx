import type { CSSProperties } from "react";

/** Legend for the map markers: colour, letter and name (the letter and the name carry the meaning, not the colour). */
export function Legenda({ items }: { items: { code: string; naam: string; kleur: string; icoon: string }[] }) {
  return (
    <details className="my-3 rounded-lg border border-line px-3 py-2" open>
      <summary className="cursor-pointer font-bold">Legenda: wat betekenen de tekens op de kaart?</summary>
      <ul className="m-0 mt-2 grid list-none grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-1.5 p-0">
        {items.map((i) => (
          <li key={i.code}>
            <Pin kleur={i.kleur} icoon={i.icoon} /> {i.naam}
          </li>
        ))}
        <li>
          <span className="inline-flex size-[26px] items-center justify-center rounded-full bg-brand align-middle text-xs font-bold text-on-brand" aria-hidden="true">
            12
          </span>{" "}
          Groep van plekken dicht bij elkaar: kies de groep om in te zoomen
        </li>
      </ul>
    </details>
  );
}

export function Pin({ kleur, icoon }: { kleur: string; icoon: string }) {
  // One element (.pin in app/globals.css): the list repeats it 20 times, in the HTML and in the RSC data.
  return (
    // The colour is data (set per category by the beheerder), so it is a custom property, not a class.
    <span className="pin" aria-hidden="true" style={{ "--pin": kleur } as CSSProperties}>
      {icoon}
    </span>
  );
}
