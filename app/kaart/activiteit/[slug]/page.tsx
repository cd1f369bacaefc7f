import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { isVerdwenen } from "@/lib/data/kaart/verdwenen";
import { env } from "@/lib/env";
import { ACTIVITEIT_LEGENDA } from "@/lib/data/kaart/kaartdata";
import { leesActiviteit } from "@/lib/data/kaart/detail";
import { dagDatumTijd, datum } from "@/lib/format";
import { keerTekst, leesRooster, roosterTekst, volgendeKerenVan } from "@/lib/data/kaart/rooster";
import { DOELGROEP_NAMEN, SFEER_NAMEN_BEWONER, SFEER_VRAAG_BEWONER, jsonLd, terugNaarKaart } from "@/lib/validation/kaart";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { KleineKaart } from "@/components/map/lazy-map";
import { DeelLink } from "@/components/kaart/deel-link";
import { routeParams } from "@/lib/route-params";
import { DataBadge } from "@/components/ui/badge";
import { Versheid } from "@/components/kaart/versheid";
import { DataList } from "@/components/ui/data-list";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const a = await leesActiviteit((await routeParams(params, { slug: "slug" })).slug);
  return a ? { title: a.titel, description: a.beschrijving.slice(0, 160) } : { title: "Activiteit niet gevonden" };
}

export default async function ActiviteitPage({ params, searchParams }: Props) {
  const [{ slug }, sp] = await Promise.all([routeParams(params, { slug: "slug" }), searchParams]);
  const a = await leesActiviteit(slug);
  // Archived: its URL answers 410 with similar places nearby (app/kaart/verdwenen).
  if (!a) {
    if (await isVerdwenen("activiteit", slug)) redirect(`/kaart/verdwenen/activiteit/${slug}`);
    notFound();
  }
  const e = env();
  const terug = terugNaarKaart(sp.terug);
  const url = `${e.APP_URL}/kaart/activiteit/${a.slug}`;
  // A recurring activity: its schedule in words and the next times (lib/kaart/rooster.ts).
  const rooster = a.rooster ? leesRooster(a.rooster) : null;
  const nu = new Date();
  const volgende = a.rooster ? volgendeKerenVan(a.rooster, nu, 5) : [];
  const uitgevallen = rooster ? rooster.uitgevallen.filter((d) => d >= nu.toISOString().slice(0, 10)).slice(0, 5) : [];
  const lat = a.plek?.lat ?? a.wijk.lat;
  const lng = a.plek?.lng ?? a.wijk.lng;
  const ld = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: a.titel,
    description: a.beschrijving,
    url,
    startDate: (volgende[0]?.start ?? a.start)?.toISOString(),
    endDate: (volgende[0]?.eind ?? a.eind)?.toISOString(),
    eventSchedule: rooster
      ? {
          "@type": "Schedule",
          description: roosterTekst(rooster),
          startDate: rooster.vanaf,
          endDate: rooster.totEnMet ?? undefined,
          startTime: rooster.startTijd,
          endTime: rooster.eindTijd,
          scheduleTimezone: "Europe/Amsterdam",
          exceptDate: rooster.uitgevallen.length ? rooster.uitgevallen : undefined,
        }
      : a.herhaling && !a.start
        ? { "@type": "Schedule", description: a.herhaling }
        : undefined,
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    isAccessibleForFree: a.kosten ? /gratis/i.test(a.kosten) : undefined,
    location: {
      "@type": "Place",
      name: a.plek?.naam ?? a.wijk.naam,
      address: a.plek?.adres ? { "@type": "PostalAddress", streetAddress: a.plek.adres, postalCode: a.plek.postcode ?? undefined, addressLocality: a.plek.plaats ?? undefined, addressCountry: "NL" } : undefined,
      geo: { "@type": "GeoCoordinates", latitude: lat, longitude: lng },
    },
    organizer: a.organisatie ? { "@type": "Organization", name: a.organisatie.naam, url: a.organisatie.website ?? undefined } : undefined,
  };
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(ld) }} />
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: terug, label: "Sociale kaart" }, { label: a.titel }]} />
      <p>
        <Link href={terug}>← Terug naar de resultaten</Link>
      </p>
      <h1>{a.titel}</h1>
      <p className="text-xl">
        <DataBadge>Activiteit</DataBadge>
        {a.kosten ? <DataBadge>{a.kosten}</DataBadge> : null}
      </p>
      <Versheid item={a} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 min-[55rem]:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <p className="max-w-3xl">{a.beschrijving}</p>
          <h2>Wanneer en waar</h2>
          <DataList>
            <dt>Wanneer</dt>
            <dd>{rooster ? roosterTekst(rooster) : (a.herhaling ?? (a.start ? dagDatumTijd(a.start) : "Vraag het na bij de organisator"))}</dd>
            {rooster ? (
              <>
                <dt>Volgende keren</dt>
                <dd>
                  {volgende.length ? (
                    <ul className="m-0 list-disc pl-6" data-testid="volgende-keren">
                      {volgende.map((k) => (
                        <li key={`${k.datum}-${k.verplaatstVan ?? ""}`}>
                          {keerTekst(k)}
                          {k.verplaatstVan ? <> (verplaatst, was {datum(k.verplaatstVan)})</> : null}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    "Er staan geen nieuwe keren meer gepland."
                  )}
                </dd>
                {uitgevallen.length ? (
                  <>
                    <dt>Gaat niet door op</dt>
                    <dd>{uitgevallen.map((d) => datum(d)).join(", ")}</dd>
                  </>
                ) : null}
              </>
            ) : null}
            <dt>Waar</dt>
            <dd>
              {a.plek ? (
                <>
                  <Link href={`/kaart/plek/${a.plek.slug}`}>{a.plek.naam}</Link>
                  {a.plek.adres ? `, ${a.plek.adres}` : ""}
                  {a.plek.plaats ? `, ${a.plek.plaats}` : ""}
                </>
              ) : (
                a.wijk.naam
              )}
            </dd>
            <dt>Wijk of dorp</dt>
            <dd>
              <Link href={`/wijken/${a.wijk.slug}`}>{a.wijk.naam}</Link>
            </dd>
            <dt>Voor wie</dt>
            <dd>{a.doelgroepen.map((d) => DOELGROEP_NAMEN[d] ?? d).join(", ")}</dd>
            <dt>{SFEER_VRAAG_BEWONER}</dt>
            <dd>{SFEER_NAMEN_BEWONER[a.sfeer]}</dd>
            {a.plek ? (
              <>
                <dt>Toegankelijk met een rolstoel</dt>
                <dd>{a.plek.rolstoeltoegankelijk ? "Ja" : "Nee"}</dd>
              </>
            ) : null}
            {a.aanmelden ? (
              <>
                <dt>Aanmelden</dt>
                <dd>{a.aanmelden}</dd>
              </>
            ) : null}
            {a.organisatie ? (
              <>
                <dt>Organisator</dt>
                <dd>{a.organisatie.naam}</dd>
              </>
            ) : null}
          </DataList>
        </div>
        <aside aria-labelledby="ligging-titel">
          <h2 id="ligging-titel">Ligging</h2>
          <KleineKaart
            point={{ id: a.id, lat, lng, label: a.plek?.naam ?? a.wijk.naam, categorie: ACTIVITEIT_LEGENDA.naam, kleur: ACTIVITEIT_LEGENDA.kleur, icoon: ACTIVITEIT_LEGENDA.icoon, href: `/kaart/activiteit/${a.slug}` }}
            tileUrl={e.MAP_TILE_URL}
            attribution={e.MAP_ATTRIBUTION}
            label={`Kaart met de plek van ${a.titel}`}
          />
          <h2>In uw agenda</h2>
          <p>
            <a href={`/api/agenda/activiteit/${a.slug}.ics`} download={`${a.slug}.ics`}>
              Zet in mijn agenda
            </a>{" "}
            (een bestand voor uw agenda op telefoon of computer{rooster ? ", met alle keren" : ""})
          </p>
          <h2>Delen</h2>
          <DeelLink url={url} titel={a.titel} />
        </aside>
      </div>
    </>
  );
}
