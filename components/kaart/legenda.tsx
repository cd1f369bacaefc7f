import { PIN_CLASS, PIN_LETTER_CLASS } from "@/components/map/pin";

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
  return (
    <span className="kaart-pin-vak" aria-hidden="true">
      {/* eslint-disable-next-line no-restricted-syntax -- the category colour is data (set per category by the beheerder) */}
      <span className={`${PIN_CLASS} size-[22px]`} style={{ background: kleur }}>
        <span className={PIN_LETTER_CLASS}>{icoon}</span>
      </span>
    </span>
  );
}
