/**
 * The week overview of one wijk or dorp to print for the notice board of the buurthuis: Monday to
 * Sunday, large type, A4 (print CSS in app/globals.css, `.weekoverzicht`). ?week=YYYY-MM-DD picks the
 * week of that day; without it, this week.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { activiteitenAgenda, agendaWijk } from "@/lib/data/activiteiten";
import { andereWeek, dagenVan, laatsteDag, weekVenster } from "@/lib/kaart/activiteiten-agenda";
import { env } from "@/lib/env";
import { dagMaand, datum } from "@/lib/format";
import { routeParams } from "@/lib/route-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { tijden, verplaatstTekst, waar } from "../../weergave";

type Props = { params: Promise<{ wijk: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const w = await agendaWijk((await routeParams(params, { wijk: "slug" })).wijk);
  return { title: w ? `Weekoverzicht ${w.naam}` : "Wijk niet gevonden" };
}

function weekParam(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
}

export default async function WeekoverzichtPage({ params, searchParams }: Props) {
  const [{ wijk: slug }, sp] = await Promise.all([routeParams(params, { wijk: "slug" }), searchParams]);
  const wijk = await agendaWijk(slug);
  if (!wijk) notFound();
  const venster = weekVenster(weekParam(sp.week));
  const agenda = await activiteitenAgenda({ ...venster, wijk: wijk.slug });
  const perDag = new Map(agenda.dagen.map((d) => [d.datum, d.keren]));
  const adres = `${env().APP_URL}/activiteiten?wijk=${wijk.slug}`;

  return (
    <>
      <div className="print:hidden">
        <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: `/activiteiten?wijk=${wijk.slug}`, label: "Activiteiten" }, { label: `Weekoverzicht ${wijk.naam}` }]} />
        <Alert>
          <p>
            Dit overzicht past op een A4. Druk het af met <strong>Afdrukken</strong> in uw browser (Ctrl + P, of Cmd + P op een Mac). De knoppen en het menu komen niet
            op papier.
          </p>
        </Alert>
        <nav aria-label="Kies de week">
          <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-1 p-0">
            <li>
              <Link href={`/activiteiten/week/${wijk.slug}?week=${andereWeek(venster.van, -1)}`}>← Vorige week</Link>
            </li>
            <li>
              <Link href={`/activiteiten/week/${wijk.slug}`}>Deze week</Link>
            </li>
            <li>
              <Link href={`/activiteiten/week/${wijk.slug}?week=${andereWeek(venster.van, 1)}`}>Volgende week →</Link>
            </li>
          </ul>
        </nav>
      </div>

      <article className="weekoverzicht text-lg" aria-labelledby="week-titel">
        <h1 id="week-titel" className="text-4xl">
          Wat is er te doen in {wijk.naam}?
        </h1>
        <p className="text-2xl font-bold">
          Week van {dagMaand(venster.van)} tot en met {datum(laatsteDag(venster))}
        </p>
        {dagenVan(venster).map((d) => {
          const keren = perDag.get(d) ?? [];
          return (
            <section key={d} aria-labelledby={`dag-${d}`} className="weekoverzicht-dag">
              <h2 id={`dag-${d}`} className="mb-2 border-b-2 border-ink pb-1 text-2xl first-letter:uppercase">
                {dagMaand(d)}
              </h2>
              {keren.length ? (
                <ul className="m-0 list-none p-0">
                  {keren.map((k) => (
                    <li key={`${k.activiteit.id}-${k.start.toISOString()}`} className="mb-2 grid grid-cols-[minmax(9rem,auto)_1fr] gap-x-4">
                      <span className="font-bold">{tijden(k)}</span>
                      <span>
                        <strong>{k.activiteit.titel}</strong>
                        {k.activiteit.gratis ? " (gratis)" : k.activiteit.kosten ? ` (${k.activiteit.kosten})` : ""}
                        <span className="block">{waar(k)}</span>
                        {verplaatstTekst(k) ? <span className="block font-bold">{verplaatstTekst(k)}</span> : null}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-muted">Geen activiteiten.</p>
              )}
            </section>
          );
        })}
        {agenda.zonderDatum.length ? (
          <section aria-labelledby="ook-vaak" className="weekoverzicht-dag">
            <h2 id="ook-vaak" className="mb-2 border-b-2 border-ink pb-1 text-2xl">
              Ook vaak te doen
            </h2>
            <ul className="m-0 list-disc pl-6">
              {agenda.zonderDatum.map((a) => (
                <li key={a.id}>
                  <strong>{a.titel}</strong>: {a.herhaling}
                  {a.plek ? `, ${a.plek.naam}` : ""}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <p className="mt-6">
          Alle activiteiten en meer informatie: <span className="break-all">{adres}</span>
        </p>
      </article>
    </>
  );
}
