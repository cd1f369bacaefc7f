/**
 * "Wat is er deze week?": every public activity per day (vandaag, deze week, deze maand), filtered by
 * wijk, doelgroep and "gratis" with a plain GET form (works without JavaScript). Each time links to
 * its place on the kaart and to an .ics file for the resident's own calendar.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { activiteitenAgenda, type AgendaKeer } from "@/lib/data/activiteiten";
import { zoekKaartWijken } from "@/lib/data/kaart/kaartdata";
import { PERIODES, activiteitenQuery, laatsteDag, leesActiviteitenFilters, periodeVenster, type ActiviteitenFilters } from "@/lib/kaart/activiteiten-agenda";
import { dagMaand } from "@/lib/format";
import { DOELGROEPEN } from "@/lib/validation/kaart";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { DataBadge } from "@/components/ui/badge";
import { buttonClass, inputClass } from "@/components/ui/classes";
import { tijden, verplaatstTekst, voorWie, waar } from "./weergave";

export const metadata: Metadata = {
  title: "Wat is er deze week?",
  description: "Alle activiteiten in uw wijk of dorp per dag: vandaag, deze week en deze maand. Zet een activiteit in uw agenda.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ActiviteitenPage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  const filters = leesActiviteitenFilters(sp);
  // A plain HTML form also sends the empty fields: redirect to the short, shareable address.
  if (Object.values(sp).some((v) => v === "" || (Array.isArray(v) && v.includes("")))) {
    const q = activiteitenQuery(filters);
    redirect(q ? `/activiteiten?${q}` : "/activiteiten");
  }
  const nu = new Date();
  const venster = periodeVenster(filters.periode, nu);
  const [agenda, wijken] = await Promise.all([activiteitenAgenda({ ...venster, wijk: filters.wijk, doelgroep: filters.doelgroep, gratis: filters.gratis }), zoekKaartWijken()]);
  const wijk = filters.wijk ? wijken.find((w) => w.slug === filters.wijk) : undefined;
  const periodeLabel = PERIODES.find((p) => p.value === filters.periode)!.label.toLowerCase();
  const bereik =
    venster.van === laatsteDag(venster) ? `vandaag, ${dagMaand(venster.van)}` : `van ${dagMaand(venster.van)} tot en met ${dagMaand(laatsteDag(venster))}`;

  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Activiteiten" }]} />
      <h1>Wat is er {periodeLabel}?</h1>
      <p className="max-w-3xl text-xl">
        Alle activiteiten in de wijken en dorpen, per dag. Kies uw wijk of dorp. Zet een activiteit in de agenda van uw telefoon of computer.
      </p>

      <nav aria-label="Kies de periode" className="my-4">
        <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
          {PERIODES.map((p) => {
            const q = activiteitenQuery(filters, { periode: p.value });
            const actief = p.value === filters.periode;
            return (
              <li key={p.value}>
                <Link href={q ? `/activiteiten?${q}` : "/activiteiten"} aria-current={actief ? "page" : undefined} className={buttonClass(actief ? "primary" : "secondary")}>
                  {p.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <Filters filters={filters} wijken={wijken} />

      <section aria-labelledby="resultaat-titel">
        <p id="resultaat-titel" className="mb-2 text-xl font-bold" data-testid="aantal">
          {agenda.aantal === 0 ? "Geen activiteiten gevonden" : `${agenda.aantal} ${agenda.aantal === 1 ? "activiteit" : "activiteiten"}`}
          <span className="block text-base font-normal">
            {bereik}
            {wijk ? ` in ${wijk.naam}` : ""}
          </span>
        </p>
        {wijk ? (
          <p>
            <Link href={`/activiteiten/week/${wijk.slug}`}>Weekoverzicht van {wijk.naam} om af te drukken</Link>
            <span className="block text-muted">Op A4, met grote letters. Voor het prikbord in het buurthuis.</span>
          </p>
        ) : (
          <p className="text-muted">Kies een wijk of dorp. Dan kunt u ook een weekoverzicht afdrukken, bijvoorbeeld voor het prikbord in het buurthuis.</p>
        )}
        {agenda.aantal === 0 ? (
          <Alert>
            <p>Er staan in deze periode geen activiteiten die passen bij uw keuze.</p>
            <ul className="mb-3 list-disc pl-6">
              <li>Kies een langere periode, bijvoorbeeld deze maand.</li>
              <li>Gebruik minder filters.</li>
              <li>
                Zoek ook op de <Link href="/kaart?soort=activiteit">sociale kaart</Link>.
              </li>
            </ul>
          </Alert>
        ) : (
          agenda.dagen.map((dag) => (
            <section key={dag.datum} aria-labelledby={`dag-${dag.datum}`} className="mb-6">
              <h2 id={`dag-${dag.datum}`} className="border-b-2 border-brand pb-1 text-xl first-letter:uppercase">
                {dag.datum === venster.van && filters.periode !== "vandaag" ? `Vandaag, ${dagMaand(dag.datum)}` : dagMaand(dag.datum)}
              </h2>
              <ul className="m-0 list-none p-0" aria-label={`Activiteiten op ${dagMaand(dag.datum)}`}>
                {dag.keren.map((k) => (
                  <Keer key={`${k.activiteit.id}-${k.start.toISOString()}`} k={k} />
                ))}
              </ul>
            </section>
          ))
        )}
      </section>

      {agenda.zonderDatum.length ? (
        <section aria-labelledby="zonder-datum">
          <h2 id="zonder-datum">Vaste activiteiten zonder datum in de agenda</h2>
          <p>Deze activiteiten zijn er vaak. De datums staan nog niet in de agenda. Vraag het na bij de organisator.</p>
          <ul className="mb-3 list-disc pl-6">
            {agenda.zonderDatum.map((a) => (
              <li key={a.id}>
                <Link href={`/kaart/activiteit/${a.slug}`}>{a.titel}</Link>: {a.herhaling}
                {a.plek ? `, ${a.plek.naam}` : `, ${a.wijk.naam}`}
                {a.gratis ? " (gratis)" : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function Keer({ k }: { k: AgendaKeer }) {
  const a = k.activiteit;
  const verplaatst = verplaatstTekst(k);
  return (
    <li className="border-b border-line py-3">
      <p className="m-0 font-bold">{tijden(k)}</p>
      <h3 className="m-0 mb-1 text-[1.15rem]">
        <Link href={`/kaart/activiteit/${a.slug}`}>{a.titel}</Link>
      </h3>
      <p className="m-0 mb-1 text-muted">
        {waar(k)}
        {a.plek ? <> · {a.wijk.naam}</> : null}
      </p>
      {verplaatst ? <p className="m-0 mb-1 font-bold text-accent-strong">{verplaatst}</p> : null}
      <p className="m-0 mb-1">
        {a.gratis ? <DataBadge>Gratis</DataBadge> : a.kosten ? <DataBadge>Kosten: {a.kosten}</DataBadge> : null}
        <DataBadge>Voor: {voorWie(a.doelgroepen)}</DataBadge>
        {k.herhaalt ? <DataBadge>Vaste activiteit</DataBadge> : null}
      </p>
      <ul className="m-0 flex list-none flex-wrap gap-x-5 gap-y-1 p-0">
        <li>
          <a href={`/api/agenda/activiteit/${a.slug}.ics`} download={`${a.slug}.ics`} aria-label={`Zet in mijn agenda: ${a.titel}`}>
            Zet in mijn agenda
          </a>
        </li>
        <li>
          <Link href={a.plek ? `/kaart/plek/${a.plek.slug}` : `/kaart/activiteit/${a.slug}`} aria-label={`Bekijk op de kaart: ${a.plek ? a.plek.naam : a.titel}`}>
            Bekijk op de kaart
          </Link>
        </li>
      </ul>
    </li>
  );
}

function Filters({ filters, wijken }: { filters: ActiviteitenFilters; wijken: { slug: string; naam: string }[] }) {
  return (
    <Card as="form" action="/activiteiten" method="get" role="search" aria-labelledby="filters-titel" className="my-4 mb-6">
      <h2 id="filters-titel" className="mt-0 text-xl">
        Filteren
      </h2>
      <input type="hidden" name="periode" value={filters.periode} />
      <div className="grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-x-5">
        <div className="mb-4">
          <label htmlFor="act-wijk" className="mb-1 block font-bold">
            Wijk of dorp
          </label>
          <select id="act-wijk" name="wijk" defaultValue={filters.wijk ?? ""} className={inputClass("full")}>
            <option value="">Alle wijken en dorpen</option>
            {wijken.map((w) => (
              <option key={w.slug} value={w.slug}>
                {w.naam}
              </option>
            ))}
          </select>
        </div>
        <div className="mb-4">
          <label htmlFor="act-doelgroep" className="mb-1 block font-bold">
            Voor wie
          </label>
          <select id="act-doelgroep" name="doelgroep" defaultValue={filters.doelgroep ?? ""} className={inputClass("full")}>
            <option value="">Maakt niet uit</option>
            {DOELGROEPEN.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mb-5 grid grid-cols-[auto_1fr] items-start gap-x-2.5 [&>input]:mt-0.5 [&>input]:size-5 [&>input]:accent-brand">
        <input type="checkbox" id="act-gratis" name="gratis" value="1" defaultChecked={!!filters.gratis} aria-describedby="act-gratis-hint" />
        <label htmlFor="act-gratis">Alleen gratis</label>
        <p id="act-gratis-hint" className="col-start-2 m-0 text-muted">
          Activiteiten waarbij staat dat ze gratis zijn.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass()}>
          Toon activiteiten
        </button>
        <Link href={filters.periode === "week" ? "/activiteiten" : `/activiteiten?periode=${filters.periode}`}>Wis de filters</Link>
      </div>
    </Card>
  );
}
