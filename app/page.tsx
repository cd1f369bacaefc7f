import Link from "next/link";
import { listWijken, portalCounts } from "@/lib/data/wijken";
import { instellingen } from "@/lib/instellingen";

export default async function HomePage() {
  const [wijken, counts, inst] = await Promise.all([listWijken(), portalCounts(), instellingen()]);
  return (
    <>
      <h1>Samen leven in {inst.gemeenteNaam}</h1>
      {inst.welkomTekst ? (
        <p className="lead max-w-3xl whitespace-pre-line" data-testid="welkomtekst">
          {inst.welkomTekst}
        </p>
      ) : (
        <p className="lead max-w-3xl">
          Hier vindt u wat er in uw wijk of dorp te doen is: plekken om elkaar te ontmoeten, activiteiten, initiatieven van
          inwoners en vrijwilligerswerk. Heeft u zelf een idee? Dan helpen we u op weg.
        </p>
      )}

      <form action="/kaart" method="get" role="search" aria-label="Zoeken op de sociale kaart" className="card" style={{ maxWidth: "44rem" }}>
        <label htmlFor="home-zoek" className="field__label">
          Wat zoekt u?
        </label>
        <p id="home-zoek-hint" className="field__hint">
          Bijvoorbeeld: speeltuin, koffie, bibliotheek of ouderen
        </p>
        <div className="flex flex-wrap gap-3">
          <input id="home-zoek" name="q" type="search" className="input input--m" aria-describedby="home-zoek-hint" />
          <button type="submit" className="button button--primary">
            Zoeken
          </button>
        </div>
      </form>

      <h2>Wat wilt u doen?</h2>
      <ul className="card-grid" style={{ listStyle: "none", padding: 0 }}>
        <li className="card">
          <h3 style={{ marginTop: 0 }}>
            <Link href="/kaart">Zoek iets in de buurt</Link>
          </h3>
          <p>
            {counts.plekken} ontmoetingsplekken en voorzieningen en {counts.activiteiten} activiteiten op de sociale kaart.
          </p>
        </li>
        <li className="card">
          <h3 style={{ marginTop: 0 }}>
            <Link href="/initiatief">Start een initiatief</Link>
          </h3>
          <p>Heeft u een idee voor uw buurt? Vraag om geld, ruimte, materiaal of hulp. Eenvoudig en snel.</p>
        </li>
        <li className="card">
          <h3 style={{ marginTop: 0 }}>
            <Link href="/vrijwilligers">Help mee of vraag hulp</Link>
          </h3>
          <p>Word vrijwilliger, reageer op een vacature of vraag een buur om een kleine klus.</p>
        </li>
        <li className="card">
          <h3 style={{ marginTop: 0 }}>
            <Link href="/wijken">Bekijk uw wijk</Link>
          </h3>
          <p>De sociale agenda, cijfers en verhalen van {counts.wijken} wijken en dorpen. Geef zelf een idee of zorg door.</p>
        </li>
      </ul>

      <h2>Wijken en dorpen</h2>
      <ul className="card-grid" style={{ listStyle: "none", padding: 0, gridTemplateColumns: "repeat(auto-fill, minmax(12rem, 1fr))" }}>
        {wijken.map((w) => (
          <li key={w.id}>
            <Link href={`/wijken/${w.slug}`}>{w.naam}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
