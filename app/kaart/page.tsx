import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { ACTIVITEIT_LEGENDA, INITIATIEF_LEGENDA } from "@/lib/data/kaart/kaartdata";
import type { KaartItem } from "@/lib/data/kaart/zoeken";
import { leesKaartPagina } from "@/lib/data/kaart/pagina";
import { DOELGROEPEN, LIGGINGEN, SFEREN, SOORTEN, filtersToQuery, hasActiveFilters, parseFilters, type KaartFilters } from "@/lib/validation/kaart";
import { KaartMetResultaten } from "@/components/map/kaart-map";
import { KaartTabs } from "@/components/kaart/kaart-tabs";
import { LocatieKnop } from "@/components/kaart/locatie-knop";
import { Legenda, Pin } from "@/components/kaart/legenda";
import { afstand } from "@/lib/format";

export const metadata: Metadata = {
  title: "Sociale kaart",
  description: "Vind ontmoetingsplekken, voorzieningen, activiteiten en initiatieven van inwoners bij u in de buurt.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function KaartPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const filters = parseFilters(sp);
  // A plain HTML form also sends the empty fields: redirect to the short, shareable address.
  if (Object.values(sp).some((v) => v === "" || (Array.isArray(v) && v.includes("")))) {
    const q = filtersToQuery(filters);
    redirect(q ? `/kaart?${q}` : "/kaart");
  }
  const { resultaten, categorieen, wijken, wijk } = await leesKaartPagina(filters);
  const query = filtersToQuery(filters, { pagina: 1 });
  const e = env();
  const legenda = [...categorieen.map((c) => ({ code: c.slug, naam: c.naam, kleur: c.kleur, icoon: c.icoon })), ACTIVITEIT_LEGENDA, INITIATIEF_LEGENDA];
  const { items, totaal, pagina, paginas, herkomst, melding } = resultaten;

  const lijst = (
    <section aria-labelledby="resultaten-titel">
      <h2 id="resultaten-titel" tabIndex={-1}>
        {totaal === 0 ? "Geen resultaten" : `${totaal} ${totaal === 1 ? "resultaat" : "resultaten"}`}
        {herkomst ? <span className="kaart-sub">, dichtbij {herkomst.label} eerst</span> : null}
      </h2>
      {totaal === 0 ? (
        <div className="notice">
          <p>We vonden niets dat past bij uw zoekopdracht.</p>
          <ul className="prose">
            <li>Gebruik minder filters of een ander woord.</li>
            <li>
              Kent u een plek die hier hoort? <Link href="/kaart/voorstellen">Stel een plek voor</Link>.
            </li>
          </ul>
        </div>
      ) : (
        <ol className="kaart-lijst" start={(pagina - 1) * 20 + 1}>
          {items.map((item) => (
            <Resultaat key={`${item.soort}:${item.id}`} item={item} terug={query} />
          ))}
        </ol>
      )}
      {paginas > 1 ? <Paginering filters={filters} pagina={pagina} paginas={paginas} /> : null}
    </section>
  );

  const kaart = (
    <section aria-labelledby="kaart-titel">
      <h2 id="kaart-titel" className="sr-only">
        Kaart
      </h2>
      <a href="#resultaten-titel" className="kaart-overslaan">
        Sla de kaart over en ga naar de lijst met resultaten
      </a>
      <KaartMetResultaten
        query={query}
        tileUrl={e.MAP_TILE_URL}
        attribution={e.MAP_ATTRIBUTION}
        boundary={wijk?.grens ?? null}
        origin={herkomst ?? null}
      />
      <noscript>
        <p className="notice">De kaart werkt alleen met JavaScript. Alle resultaten staan ook in de lijst.</p>
      </noscript>
      <Legenda items={legenda} />
    </section>
  );

  return (
    <>
      <h1>Sociale kaart</h1>
      <p className="lead max-w-3xl">
        Ontmoetingsplekken, voorzieningen, activiteiten en initiatieven van inwoners in {e.GEMEENTE_NAAM}. Zoek op een woord, kies uw
        wijk of dorp, of zoek dichtbij uw postcode.
      </p>

      <Filters filters={filters} categorieen={categorieen} wijken={wijken} />

      {melding ? (
        <div className="notice notice--warning" role="alert">
          {melding}
        </div>
      ) : null}

      <p>
        Mist u een plek, of klopt er iets niet? <Link href="/kaart/voorstellen">Stel een nieuwe plek voor</Link>.
      </p>

      <KaartTabs lijst={lijst} kaart={kaart} />
    </>
  );
}

function Resultaat({ item, terug }: { item: KaartItem; terug: string }) {
  const pin =
    item.soort === "plek" && item.categorie
      ? item.categorie
      : item.soort === "activiteit"
        ? { kleur: ACTIVITEIT_LEGENDA.kleur, icoon: ACTIVITEIT_LEGENDA.icoon }
        : { kleur: INITIATIEF_LEGENDA.kleur, icoon: INITIATIEF_LEGENDA.icoon };
  const feiten = [
    item.soort === "plek" ? item.soortNaam : null,
    item.wanneer,
    item.ligging === "BINNEN" ? "Binnen" : item.ligging === "BUITEN" ? "Buiten" : null,
    item.rolstoeltoegankelijk === true ? "Rolstoeltoegankelijk" : null,
    item.nuOpen === true ? "Nu open" : item.nuOpen === false ? "Nu gesloten" : null,
  ].filter(Boolean);
  return (
    <li className="kaart-item">
      <Pin kleur={pin.kleur} icoon={pin.icoon} />
      <div>
        <h3 className="kaart-item__titel">
          <Link href={terug ? `${item.href}?terug=${encodeURIComponent(terug)}` : item.href}>{item.naam}</Link>
        </h3>
        <p className="kaart-item__meta">
          {item.soort === "plek" ? item.categorie?.naam : item.soortNaam}
          {item.wijk ? <> · {item.wijk}</> : null}
          {item.afstandKm !== null ? <> · {afstand(item.afstandKm)}</> : null}
        </p>
        {item.adres ? <p className="kaart-item__adres">{item.adres}</p> : null}
        <p className="kaart-item__tekst">{item.samenvatting}</p>
        {feiten.length ? (
          <ul className="kaart-item__feiten">
            {feiten.map((f) => (
              <li key={f} className="tag">
                {f}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

function Paginering({ filters, pagina, paginas }: { filters: KaartFilters; pagina: number; paginas: number }) {
  const link = (p: number) => {
    const q = filtersToQuery(filters, { pagina: p });
    return q ? `/kaart?${q}` : "/kaart";
  };
  return (
    <nav className="pagination" aria-label="Paginering">
      {pagina > 1 ? (
        <Link href={link(pagina - 1)} rel="prev">
          Vorige pagina
        </Link>
      ) : null}
      <span aria-current="page">
        Pagina {pagina} van {paginas}
      </span>
      {pagina < paginas ? (
        <Link href={link(pagina + 1)} rel="next">
          Volgende pagina
        </Link>
      ) : null}
    </nav>
  );
}

function Select(props: { id: string; name: string; label: string; value?: string; options: readonly { value: string; label: string }[]; leeg: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id} className="field__label">
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className="input kaart-filters__input">
        <option value="">{props.leeg}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Filters({ filters, categorieen, wijken }: { filters: KaartFilters; categorieen: { slug: string; naam: string; groep: string | null; soort: string }[]; wijken: { slug: string; naam: string; soort: string }[] }) {
  return (
    <form id="kaart-filters" action="/kaart" method="get" role="search" aria-labelledby="filters-titel" className="card kaart-filters">
      <h2 id="filters-titel" className="kaart-filters__titel">
        Zoeken en filteren
      </h2>
      <div className="field">
        <label htmlFor="kaart-q" className="field__label">
          Zoekwoord
        </label>
        <p id="kaart-q-hint" className="field__hint">
          Bijvoorbeeld: speeltuin, koffie, taalcafé
        </p>
        <input id="kaart-q" name="q" type="search" defaultValue={filters.q ?? ""} className="input input--m" aria-describedby="kaart-q-hint" />
      </div>
      <div className="kaart-filters__grid">
        <Select id="kaart-wijk" name="wijk" label="Wijk of dorp" value={filters.wijk} leeg="Alle wijken en dorpen" options={wijken.map((w) => ({ value: w.slug, label: w.naam }))} />
        <Select
          id="kaart-categorie"
          name="categorie"
          label="Soort plek"
          value={filters.categorie}
          leeg="Alle soorten plekken"
          options={categorieen.map((c) => ({ value: c.slug, label: c.groep ? `${c.naam} (${c.groep === "openbaar" ? "buiten, openbaar" : "publiek"})` : c.naam }))}
        />
        <Select id="kaart-soort" name="soort" label="Wat zoekt u?" value={filters.soort} leeg="Alles" options={SOORTEN} />
        <Select id="kaart-doelgroep" name="doelgroep" label="Voor wie" value={filters.doelgroep} leeg="Maakt niet uit" options={DOELGROEPEN} />
        <Select id="kaart-sfeer" name="sfeer" label="Sfeer" value={filters.sfeer} leeg="Alle sferen" options={SFEREN} />
        <Select id="kaart-ligging" name="ligging" label="Binnen of buiten" value={filters.ligging} leeg="Maakt niet uit" options={LIGGINGEN} />
      </div>
      <fieldset className="field">
        <legend className="field__label">Toegankelijkheid en tijd</legend>
        <div className="choices">
          <div className="choice">
            <input type="checkbox" id="kaart-rolstoel" name="rolstoel" value="1" defaultChecked={!!filters.rolstoel} />
            <label htmlFor="kaart-rolstoel">Toegankelijk met een rolstoel</label>
          </div>
          <div className="choice">
            <input type="checkbox" id="kaart-open" name="open" value="1" defaultChecked={!!filters.open} aria-describedby="kaart-open-hint" />
            <label htmlFor="kaart-open">Nu open</label>
            <p id="kaart-open-hint" className="choice__hint">
              Alleen plekken waarvan we de openingstijden kennen.
            </p>
          </div>
        </div>
      </fieldset>
      <fieldset className="field">
        <legend className="field__label">Dichtbij</legend>
        <div className="field">
          <label htmlFor="kaart-postcode" className="field__label">
            Uw postcode
          </label>
          <p id="kaart-postcode-hint" className="field__hint">
            Dan ziet u wat het dichtst bij is eerst. Bijvoorbeeld 5151 AB.
          </p>
          <input id="kaart-postcode" name="postcode" defaultValue={filters.postcode ?? ""} className="input input--s" autoComplete="postal-code" aria-describedby="kaart-postcode-hint" />
        </div>
        {filters.lat !== undefined && filters.lng !== undefined ? (
          <div className="choice">
            <input type="checkbox" id="kaart-locatie" name="lat" value={String(filters.lat)} defaultChecked />
            <label htmlFor="kaart-locatie">Sorteer op afstand vanaf uw locatie</label>
            <input type="hidden" name="lng" value={String(filters.lng)} />
          </div>
        ) : null}
        <LocatieKnop formId="kaart-filters" />
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button--primary">
          Zoeken
        </button>
        {hasActiveFilters(filters) ? <Link href="/kaart">Alle filters wissen</Link> : null}
      </div>
    </form>
  );
}
