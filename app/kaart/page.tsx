import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { instellingen } from "@/lib/instellingen";
import { ACTIVITEIT_LEGENDA, INITIATIEF_LEGENDA } from "@/lib/data/kaart/kaartdata";
import type { KaartItem } from "@/lib/data/kaart/zoeken";
import { leesKaartPagina } from "@/lib/data/kaart/pagina";
import { DOELGROEPEN, LIGGINGEN, SFEER_VRAAG_BEWONER, SFEREN_BEWONER, SOORTEN, filtersToQuery, hasActiveFilters, parseFilters, type KaartFilters } from "@/lib/validation/kaart";
import { KaartMetResultaten } from "@/components/map/kaart-map";
import { KaartTabs } from "@/components/kaart/kaart-tabs";
import { LocatieKnop } from "@/components/kaart/locatie-knop-lazy";
import { Legenda, Pin } from "@/components/kaart/legenda";
import { afstand } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Pagination } from "@/components/ui/pagination";
import { Card } from "@/components/ui/card";
import { buttonClass, inputClass } from "@/components/ui/classes";
import { VEROUDERD_LABEL } from "@/lib/versheid/periode";

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
  const e = await instellingen();
  const legenda = [...categorieen.map((c) => ({ code: c.slug, naam: c.naam, kleur: c.kleur, icoon: c.icoon })), ACTIVITEIT_LEGENDA, INITIATIEF_LEGENDA];
  const { items, totaal, pagina, paginas, herkomst, melding, bedoeldeU } = resultaten;

  const lijst = (
    <section aria-labelledby="resultaten-titel">
      <h2 id="resultaten-titel" tabIndex={-1}>
        {totaal === 0 ? "Geen resultaten" : `${totaal} ${totaal === 1 ? "resultaat" : "resultaten"}`}
        {herkomst ? <span className="text-base font-normal">, dichtbij {herkomst.label} eerst</span> : null}
      </h2>
      {totaal === 0 ? (
        <Alert>
          <p>We vonden niets dat past bij uw zoekopdracht.</p>
          {bedoeldeU ? (
            <p>
              Bedoelde u <Link href={`/kaart?${filtersToQuery(filters, { q: bedoeldeU, pagina: 1 })}`}>{bedoeldeU}</Link>?
            </p>
          ) : null}
          <ul className="mb-3 list-disc pl-6">
            <li>Gebruik minder filters of een ander woord.</li>
            <li>
              Kent u een plek die hier hoort? <Link href="/kaart/voorstellen">Stel een plek voor</Link>.
            </li>
          </ul>
        </Alert>
      ) : (
        <ol className="m-0 list-none p-0" aria-label="Resultaten" start={(pagina - 1) * 20 + 1}>
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
      <a href="#resultaten-titel" className="absolute -left-[999rem] focus:static focus:mb-2 focus:inline-block focus:bg-focus focus:px-3 focus:py-1.5 focus:text-black">
        Sla de kaart over en ga naar de lijst met resultaten
      </a>
      <KaartMetResultaten
        query={query}
        tileUrl={env().MAP_TILE_URL}
        attribution={env().MAP_ATTRIBUTION}
        boundary={wijk?.grens ?? null}
        origin={herkomst ?? null}
      />
      <noscript>
        <Alert>De kaart werkt alleen met JavaScript. Alle resultaten staan ook in de lijst.</Alert>
      </noscript>
      <Legenda items={legenda} />
    </section>
  );

  return (
    <>
      <h1>Sociale kaart</h1>
      {/* After a search, a phone shows the results sooner: the introduction is for the first visit. */}
      <p className={`text-xl max-w-3xl${hasActiveFilters(filters) ? " max-sm:hidden" : ""}`}>
        Ontmoetingsplekken, voorzieningen, activiteiten en initiatieven van inwoners in {e.gemeenteNaam}. Zoek op een woord, kies uw
        wijk of dorp, of zoek dichtbij uw postcode.
      </p>

      <Filters filters={filters} categorieen={categorieen} wijken={wijken} />

      {melding ? (
        <Alert type="warning" role="alert">
          {melding}
        </Alert>
      ) : null}

      <KaartTabs lijst={lijst} kaart={kaart} />

      <p>
        Mist u een plek, of klopt er iets niet? <Link href="/kaart/voorstellen">Stel een nieuwe plek voor</Link>.
      </p>
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
    item.verouderd ? VEROUDERD_LABEL : null,
  ].filter(Boolean);
  return (
    <li className="kaart-resultaat">
      <Pin kleur={pin.kleur} icoon={pin.icoon} />
      <div>
        <h3>
          {/* A plain link, not next/link: twenty client components (and twenty prefetches) fewer per page; a result
              opens its detail page with a normal page load. */}
          <a href={terug ? `${item.href}?terug=${encodeURIComponent(terug)}` : item.href}>{item.naam}</a>
        </h3>
        <p className="text-muted">
          {item.soort === "plek" ? item.categorie?.naam : item.soortNaam}
          {item.wijk ? <> · {item.wijk}</> : null}
          {item.afstandKm !== null ? <> · {afstand(item.afstandKm)}</> : null}
        </p>
        {item.adres ? <p className="text-muted">{item.adres}</p> : null}
        <p>{item.samenvatting}</p>
        {feiten.length ? (
          <ul>
            {feiten.map((f) => (
              <li key={f}>
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
  return <Pagination pagina={pagina} aantalPaginas={paginas} href={link} />;
}

function Select(props: { id: string; name: string; label: string; value?: string; options: readonly { value: string; label: string }[]; leeg: string }) {
  return (
    <div className="mb-4">
      <label htmlFor={props.id} className="mb-1 block font-bold">
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className={inputClass("full")}>
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

/** Filters folded away under "Meer filters" (open when one of them is in use). */
function meerFiltersActief(f: KaartFilters) {
  return !!(f.categorie || f.soort || f.doelgroep || f.sfeer || f.ligging || f.rolstoel || f.open || f.lat !== undefined);
}

function Filters({ filters, categorieen, wijken }: { filters: KaartFilters; categorieen: { slug: string; naam: string; groep: string | null; soort: string }[]; wijken: { slug: string; naam: string; soort: string }[] }) {
  return (
    <Card as="form" id="kaart-filters" action="/kaart" method="get" role="search" aria-labelledby="filters-titel" className="my-4 mb-6">
      <h2 id="filters-titel" className="mt-0 text-xl">
        Zoeken en filteren
      </h2>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-x-5">
        <div className="mb-4">
          <label htmlFor="kaart-q" className="mb-1 block font-bold">
            Zoekwoord
          </label>
          <p id="kaart-q-hint" className="mb-1.5 text-muted">
            Bijvoorbeeld: speeltuin, koffie, taalcafé
          </p>
          <input id="kaart-q" name="q" type="search" defaultValue={filters.q ?? ""} className={inputClass("full")} aria-describedby="kaart-q-hint" />
        </div>
        <Select id="kaart-wijk" name="wijk" label="Wijk of dorp" value={filters.wijk} leeg="Alle wijken en dorpen" options={wijken.map((w) => ({ value: w.slug, label: w.naam }))} />
        <div className="mb-4">
          <label htmlFor="kaart-postcode" className="mb-1 block font-bold">
            Uw postcode of woonplaats
          </label>
          <p id="kaart-postcode-hint" className="mb-1.5 text-muted">
            Bijvoorbeeld 1234 AB of een plaatsnaam.
          </p>
          <input id="kaart-postcode" name="postcode" defaultValue={filters.postcode ?? ""} maxLength={60} className={inputClass("full")} aria-describedby="kaart-postcode-hint" />
        </div>
      </div>
      <details className="mb-4" open={meerFiltersActief(filters)}>
        <summary className="cursor-pointer font-bold text-brand underline">Meer filters</summary>
        <div className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-x-5">
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
        <Select id="kaart-sfeer" name="sfeer" label={SFEER_VRAAG_BEWONER} value={filters.sfeer} leeg="Maakt niet uit" options={SFEREN_BEWONER} />
        <Select id="kaart-ligging" name="ligging" label="Binnen of buiten" value={filters.ligging} leeg="Maakt niet uit" options={LIGGINGEN} />
      </div>
      <fieldset className="mb-5">
        <legend className="mb-1 block font-bold">Toegankelijkheid en tijd</legend>
        <div className="grid gap-1.5">
          <div className="grid grid-cols-[auto_1fr] items-start gap-x-2.5 [&>input]:mt-0.5 [&>input]:size-5 [&>input]:accent-brand">
            <input type="checkbox" id="kaart-rolstoel" name="rolstoel" value="1" defaultChecked={!!filters.rolstoel} />
            <label htmlFor="kaart-rolstoel">Toegankelijk met een rolstoel</label>
          </div>
          <div className="grid grid-cols-[auto_1fr] items-start gap-x-2.5 [&>input]:mt-0.5 [&>input]:size-5 [&>input]:accent-brand">
            <input type="checkbox" id="kaart-open" name="open" value="1" defaultChecked={!!filters.open} aria-describedby="kaart-open-hint" />
            <label htmlFor="kaart-open">Nu open</label>
            <p id="kaart-open-hint" className="col-start-2 m-0 text-muted">
              Alleen plekken waarvan we de openingstijden kennen.
            </p>
          </div>
        </div>
      </fieldset>
      <fieldset className="mb-5">
        <legend className="mb-1 block font-bold">Dichtbij uw locatie</legend>
        {filters.lat !== undefined && filters.lng !== undefined ? (
          <div className="grid grid-cols-[auto_1fr] items-start gap-x-2.5 [&>input]:mt-0.5 [&>input]:size-5 [&>input]:accent-brand">
            <input type="checkbox" id="kaart-locatie" name="lat" value={String(filters.lat)} defaultChecked />
            <label htmlFor="kaart-locatie">Sorteer op afstand vanaf uw locatie</label>
            <input type="hidden" name="lng" value={String(filters.lng)} />
          </div>
        ) : null}
        <LocatieKnop formId="kaart-filters" />
      </fieldset>
      </details>
      <div className="my-5 flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")}>
          Zoeken
        </button>
        {hasActiveFilters(filters) ? <Link href="/kaart">Alle filters wissen</Link> : null}
      </div>
    </Card>
  );
}
