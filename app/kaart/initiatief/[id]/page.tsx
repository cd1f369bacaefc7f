import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { INITIATIEF_LEGENDA } from "@/lib/data/kaart/kaartdata";
import { leesKaartInitiatief } from "@/lib/data/kaart/detail";
import { jsonLd, terugNaarKaart } from "@/lib/validation/kaart";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { KleineKaart } from "@/components/map/lazy-map";
import { DeelLink } from "@/components/kaart/deel-link";
import { routeParams } from "@/lib/route-params";
import { DataBadge } from "@/components/ui/badge";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const i = await leesKaartInitiatief((await routeParams(params, { id: "id" })).id);
  return { title: i ? i.titel : "Initiatief niet gevonden" };
}

export default async function InitiatiefKaartPage({ params, searchParams }: Props) {
  const [{ id }, sp] = await Promise.all([routeParams(params, { id: "id" }), searchParams]);
  const i = await leesKaartInitiatief(id);
  if (!i) notFound();
  const e = env();
  const terug = terugNaarKaart(sp.terug);
  const url = `${e.APP_URL}/kaart/initiatief/${i.id}`;
  const ld = { "@context": "https://schema.org", "@type": "Project", name: i.titel, description: i.ikWil, url, location: i.wijk ? { "@type": "Place", name: i.wijk.naam } : undefined };
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(ld) }} />
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: terug, label: "Sociale kaart" }, { label: i.titel }]} />
      <p>
        <Link href={terug}>← Terug naar de resultaten</Link>
      </p>
      <h1>{i.titel}</h1>
      <p className="text-xl">
        <DataBadge>Initiatief van inwoners</DataBadge>
        <DataBadge>{i.status === "AFGEROND" ? "Afgerond" : "Loopt"}</DataBadge>
      </p>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 min-[55rem]:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          <h2>Wat willen de initiatiefnemers?</h2>
          <p>{i.ikWil}</p>
          {i.ikKan ? (
            <>
              <h2>Wat doen ze zelf?</h2>
              <p>{i.ikKan}</p>
            </>
          ) : null}
          {i.voorWie ? (
            <>
              <h2>Voor wie?</h2>
              <p>{i.voorWie}</p>
            </>
          ) : null}
          {i.meedoen ? (
            <>
              <h2>Meedoen</h2>
              <p>{i.meedoen}</p>
            </>
          ) : null}
          {i.wijk ? (
            <p>
              Wijk of dorp: <Link href={`/wijken/${i.wijk.slug}`}>{i.wijk.naam}</Link>
              {i.locatie ? <>, {i.locatie}</> : null}
            </p>
          ) : null}
        </div>
        <aside aria-labelledby="ligging-titel">
          {i.lat !== null && i.lng !== null ? (
            <>
              <h2 id="ligging-titel">Ligging</h2>
              <KleineKaart
                point={{ id: i.id, lat: i.lat, lng: i.lng, label: i.titel, categorie: INITIATIEF_LEGENDA.naam, kleur: INITIATIEF_LEGENDA.kleur, icoon: INITIATIEF_LEGENDA.icoon, href: `/kaart/initiatief/${i.id}` }}
                tileUrl={e.MAP_TILE_URL}
                attribution={e.MAP_ATTRIBUTION}
                label={`Kaart met de ligging van ${i.titel}`}
              />
            </>
          ) : (
            <h2 id="ligging-titel">Delen</h2>
          )}
          <DeelLink url={url} titel={i.titel} />
        </aside>
      </div>
    </>
  );
}
