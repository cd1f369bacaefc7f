import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { isVerdwenen } from "@/lib/data/kaart/verdwenen";
import { env } from "@/lib/env";
import { leesPlek } from "@/lib/data/kaart/detail";
import { DAGEN, schemaOpeningHours } from "@/lib/kaart/openingstijden";
import { dagDatumTijd, tijdTekst } from "@/lib/format";
import { wanneerMetRooster } from "@/lib/data/kaart/rooster";
import { DOELGROEP_NAMEN, SFEER_NAMEN_BEWONER, SFEER_VRAAG_BEWONER, jsonLd, terugNaarKaart } from "@/lib/validation/kaart";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { KleineKaart } from "@/components/map/lazy-map";
import { DeelLink } from "@/components/kaart/deel-link";
import { routeParams } from "@/lib/route-params";
import { DataBadge } from "@/components/ui/badge";
import { Versheid } from "@/components/kaart/versheid";
import { DataList } from "@/components/ui/data-list";
import { Table } from "@/components/ui/table";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await leesPlek((await routeParams(params, { slug: "slug" })).slug);
  return p ? { title: p.naam, description: p.beschrijving.slice(0, 160) } : { title: "Plek niet gevonden" };
}

export default async function PlekPage({ params, searchParams }: Props) {
  const [{ slug }, sp] = await Promise.all([routeParams(params, { slug: "slug" }), searchParams]);
  const p = await leesPlek(slug);
  // Archived: its URL answers 410 with similar places nearby (app/kaart/verdwenen).
  if (!p) {
    if (await isVerdwenen("plek", slug)) redirect(`/kaart/verdwenen/plek/${slug}`);
    notFound();
  }
  const e = env();
  const terug = terugNaarKaart(sp.terug);
  const url = `${e.APP_URL}/kaart/plek/${p.slug}`;
  const ld = {
    "@context": "https://schema.org",
    "@type": "Place",
    name: p.naam,
    description: p.beschrijving,
    url,
    address: p.adres ? { "@type": "PostalAddress", streetAddress: p.adres, postalCode: p.postcode ?? undefined, addressLocality: p.plaats ?? undefined, addressCountry: "NL" } : undefined,
    geo: { "@type": "GeoCoordinates", latitude: p.lat, longitude: p.lng },
    telephone: p.telefoon ?? undefined,
    email: p.email ?? undefined,
    sameAs: p.website ?? undefined,
    isAccessibleForFree: true,
    openingHours: p.openingstijden.length ? schemaOpeningHours(p.openingstijden) : undefined,
    amenityFeature: [
      { "@type": "LocationFeatureSpecification", name: "Rolstoeltoegankelijk", value: p.rolstoeltoegankelijk },
      { "@type": "LocationFeatureSpecification", name: "Aangepast toilet", value: p.aangepastToilet },
      { "@type": "LocationFeatureSpecification", name: "Ringleiding", value: p.ringleiding },
    ],
    containedInPlace: { "@type": "Place", name: p.wijk.naam },
  };
  const jaNee = (b: boolean) => (b ? "Ja" : "Nee");
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(ld) }} />
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: terug, label: "Sociale kaart" }, { label: p.naam }]} />
      <p>
        <Link href={terug}>← Terug naar de resultaten</Link>
      </p>
      <h1>{p.naam}</h1>
      <p className="text-xl">
        <DataBadge>{p.categorie.naam}</DataBadge>
        <DataBadge>{p.soort === "VOORZIENING" ? "Voorziening" : "Ontmoetingsplek"}</DataBadge>
        <DataBadge>{p.ligging === "BINNEN" ? "Binnen" : "Buiten"}</DataBadge>
        {p.nuOpen === true ? <DataBadge>Nu open</DataBadge> : p.nuOpen === false ? <DataBadge>Nu gesloten</DataBadge> : null}
      </p>
      <Versheid item={p} />
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 min-[55rem]:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <p className="max-w-3xl">{p.beschrijving}</p>

          <h2>Adres en contact</h2>
          <DataList>
            {p.adres ? (
              <>
                <dt>Adres</dt>
                <dd>{[p.adres, [p.postcode, p.plaats].filter(Boolean).join(" ")].filter(Boolean).join(", ")}</dd>
              </>
            ) : null}
            <dt>Wijk of dorp</dt>
            <dd>
              <Link href={`/wijken/${p.wijk.slug}`}>{p.wijk.naam}</Link>
            </dd>
            {p.contactNaam ? (
              <>
                <dt>Contactpersoon</dt>
                <dd>{p.contactNaam}</dd>
              </>
            ) : null}
            {p.telefoon ? (
              <>
                <dt>Telefoon</dt>
                <dd>
                  <a href={`tel:${p.telefoon.replace(/\s+/g, "")}`}>{p.telefoon}</a>
                </dd>
              </>
            ) : null}
            {p.email ? (
              <>
                <dt>E-mail</dt>
                <dd>
                  <a href={`mailto:${p.email}`}>{p.email}</a>
                </dd>
              </>
            ) : null}
            {p.website ? (
              <>
                <dt>Website</dt>
                <dd>
                  <a href={p.website} rel="noopener noreferrer">
                    {p.website.replace(/^https?:\/\//, "")}
                  </a>
                </dd>
              </>
            ) : null}
            {p.organisatie ? (
              <>
                <dt>Organisatie</dt>
                <dd>{p.organisatie.naam}</dd>
              </>
            ) : null}
            <dt>Voor wie</dt>
            <dd>{p.doelgroepen.map((d) => DOELGROEP_NAMEN[d] ?? d).join(", ")}</dd>
            <dt>{SFEER_VRAAG_BEWONER}</dt>
            <dd>{SFEER_NAMEN_BEWONER[p.sfeer]}</dd>
          </DataList>

          <h2>Openingstijden</h2>
          {p.openingstijden.length ? (
            <Table className="max-w-md">
              <caption className="sr-only">Openingstijden van {p.naam}</caption>
              <thead>
                <tr>
                  <th scope="col">Dag</th>
                  <th scope="col">Open</th>
                </tr>
              </thead>
              <tbody>
                {p.openingstijden.map((o, i) => (
                  <tr key={i}>
                    <th scope="row">{DAGEN[o.dag - 1]}</th>
                    <td>
                      {tijdTekst(o.van)} tot {tijdTekst(o.tot)} uur
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p>{p.ligging === "BUITEN" ? "Dit is een openbare plek buiten: altijd toegankelijk." : "De openingstijden zijn niet bekend. Neem contact op of kijk bij een activiteit."}</p>
          )}

          <h2>Toegankelijkheid</h2>
          <DataList>
            <dt>Toegankelijk met een rolstoel</dt>
            <dd>{jaNee(p.rolstoeltoegankelijk)}</dd>
            <dt>Aangepast toilet</dt>
            <dd>{jaNee(p.aangepastToilet)}</dd>
            <dt>Ringleiding</dt>
            <dd>{jaNee(p.ringleiding)}</dd>
            {p.toegankelijkheid ? (
              <>
                <dt>Meer informatie</dt>
                <dd>{p.toegankelijkheid}</dd>
              </>
            ) : null}
          </DataList>

          <h2>Activiteiten hier</h2>
          {p.activiteiten.length ? (
            <ul className="mb-3 list-disc pl-6">
              {p.activiteiten.map((a) => (
                <li key={a.slug}>
                  <Link href={`/kaart/activiteit/${a.slug}`}>{a.titel}</Link>
                  {a.rooster ? <> — {wanneerMetRooster(a.rooster)}</> : a.herhaling ? <> — {a.herhaling}</> : a.start ? <> — {dagDatumTijd(a.start)}</> : null}
                  {a.kosten ? <> ({a.kosten})</> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>Er staan hier nu geen activiteiten op de kaart.</p>
          )}
        </div>
        <aside aria-labelledby="ligging-titel">
          <h2 id="ligging-titel">Ligging</h2>
          <KleineKaart
            point={{ id: p.id, lat: p.lat, lng: p.lng, label: p.naam, categorie: p.categorie.naam, kleur: p.categorie.kleur, icoon: p.categorie.icoon, href: `/kaart/plek/${p.slug}` }}
            tileUrl={e.MAP_TILE_URL}
            attribution={e.MAP_ATTRIBUTION}
            label={`Kaart met de ligging van ${p.naam}`}
          />
          <p className="text-muted">{p.adres ? `${p.adres}, ${p.plaats ?? ""}` : `In ${p.wijk.naam}`}</p>
          <h2>Delen</h2>
          <DeelLink url={url} titel={p.naam} />
          <h2>Klopt er iets niet?</h2>
          <p>
            <Link href={`/kaart/voorstellen?plek=${p.slug}`}>Geef een correctie door</Link>. Een opbouwwerker kijkt ernaar voordat de wijziging zichtbaar wordt.
          </p>
        </aside>
      </div>
    </>
  );
}
