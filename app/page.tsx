import Link from "next/link";
import { zoekWijken, telPortaal } from "@/lib/data/wijken";
import { instellingen } from "@/lib/instellingen";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/classes";

export default async function HomePage() {
  const [wijken, counts, inst] = await Promise.all([zoekWijken(), telPortaal(), instellingen()]);
  return (
    <>
      <h1>Samen leven in {inst.gemeenteNaam}</h1>
      {inst.welkomTekst ? (
        <p className="text-xl max-w-3xl whitespace-pre-line" data-testid="welkomtekst">
          {inst.welkomTekst}
        </p>
      ) : (
        <p className="text-xl max-w-3xl">
          Hier vindt u wat er in uw wijk of dorp te doen is: plekken om elkaar te ontmoeten, activiteiten, initiatieven van
          inwoners en vrijwilligerswerk. Heeft u zelf een idee? Dan helpen we u op weg.
        </p>
      )}

      <Card as="form" action="/kaart" method="get" role="search" aria-label="Zoeken op de sociale kaart" className="max-w-[44rem]">
        <label htmlFor="home-zoek" className="mb-1 block font-bold">
          Wat zoekt u?
        </label>
        <p id="home-zoek-hint" className="mb-1.5 text-muted">
          Bijvoorbeeld: speeltuin, koffie, bibliotheek of ouderen
        </p>
        <input id="home-zoek" name="q" type="search" className="mb-4 block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-80" aria-describedby="home-zoek-hint" />
        <label htmlFor="home-postcode" className="mb-1 block font-bold">
          Uw postcode of woonplaats (niet verplicht)
        </label>
        <p id="home-postcode-hint" className="mb-1.5 text-muted">
          Dan ziet u wat dichtbij is eerst. Bijvoorbeeld 1234 AB of {inst.gemeenteNaam}.
        </p>
        <div className="flex flex-wrap gap-3">
          <input id="home-postcode" name="postcode" maxLength={60} className="block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-48" aria-describedby="home-postcode-hint" />
          <button type="submit" className={buttonClass("primary")}>
            Zoeken
          </button>
        </div>
      </Card>

      <h2>Wat wilt u doen?</h2>
      <ul className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0">
        <Card as="li">
          <h3 className="mt-0">
            <Link href="/kaart">Zoek iets in de buurt</Link>
          </h3>
          <p>
            {counts.plekken} ontmoetingsplekken en voorzieningen en {counts.activiteiten} activiteiten op de sociale kaart.
          </p>
        </Card>
        <Card as="li">
          <h3 className="mt-0">
            <Link href="/initiatief">Start een initiatief</Link>
          </h3>
          <p>Heeft u een idee voor uw buurt? Vraag om geld, ruimte, materiaal of hulp. Eenvoudig en snel.</p>
        </Card>
        <Card as="li">
          <h3 className="mt-0">
            <Link href="/vrijwilligers">Help mee of vraag hulp</Link>
          </h3>
          <p>Word vrijwilliger, reageer op een vacature of vraag een buur om een kleine klus.</p>
        </Card>
        <Card as="li">
          <h3 className="mt-0">
            <Link href="/wijken">Bekijk uw wijk</Link>
          </h3>
          <p>De sociale agenda, cijfers en verhalen van {counts.wijken} wijken en dorpen. Geef zelf een idee of zorg door.</p>
        </Card>
      </ul>

      <h2>Wijken en dorpen</h2>
      <ul className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(12rem,1fr))] gap-4 p-0">
        {wijken.map((w) => (
          <li key={w.id}>
            <Link href={`/wijken/${w.slug}`}>{w.naam}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
