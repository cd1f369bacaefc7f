/** Legend for the map markers: colour, letter and name (the letter and the name carry the meaning, not the colour). */
export function Legenda({ items }: { items: { code: string; naam: string; kleur: string; icoon: string }[] }) {
  return (
    <details className="legenda" open>
      <summary>Legenda: wat betekenen de tekens op de kaart?</summary>
      <ul>
        {items.map((i) => (
          <li key={i.code}>
            <Pin kleur={i.kleur} icoon={i.icoon} /> {i.naam}
          </li>
        ))}
        <li>
          <span className="legenda__cluster" aria-hidden="true">
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
    <span className="legenda__pin" aria-hidden="true">
      <span className="marker-pin" style={{ background: kleur, width: 22, height: 22 }}>
        <span>{icoon}</span>
      </span>
    </span>
  );
}
