import type { Metadata } from "next";
import Link from "next/link";
import { listWijkenOverzicht, listWijkenVoorKaart } from "@/lib/data/wijken";
import { env } from "@/lib/env";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { WijkenMapLazy } from "@/components/wijken/wijken-map-lazy";
import { datum, getal } from "@/lib/format";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Wijken en dorpen" };

const SOORT: Record<string, string> = { WIJK: "Wijk", DORP: "Dorp", KERN: "Kern", BUURT: "Buurt" };

export default async function WijkenPage() {
  const [wijken, kaart] = await Promise.all([listWijkenOverzicht(), listWijkenVoorKaart()]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { label: "Wijken en dorpen" }]} />
      <h1>Wijken en dorpen</h1>
      <p className="text-xl max-w-3xl">
        {env().GEMEENTE_NAAM} heeft {wijken.length} wijken en dorpen. Elke wijk of dorp heeft een eigen pagina met de sociale agenda,
        cijfers, verhalen van inwoners en wat er te doen is. U kunt daar ook zelf een idee, zorg of wens doorgeven.
      </p>

      <section aria-labelledby="lijst-titel">
        <h2 id="lijst-titel">Alle wijken en dorpen</h2>
        <ul className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0">
          {wijken.map((w) => (
            <Card as="li" key={w.id}>
              <h3 className="mt-0 text-[1.15rem]">
                <Link href={`/wijken/${w.slug}`}>{w.naam}</Link>
              </h3>
              <p className="text-muted m-0 mb-[0.4rem]">
                {SOORT[w.soort] ?? w.soort}
                {w.inwoners ? ` · ${getal(w.inwoners)} inwoners` : ""}
              </p>
              {w.portret ? <p className="m-0 mb-[0.4rem]">{w.portret}</p> : null}
              <p className="m-0">
                {w.agenda ? `Sociale agenda: versie ${w.agenda.versie}, ${datum(w.agenda.createdAt)}` : "Nog geen sociale agenda gepubliceerd"}
              </p>
            </Card>
          ))}
        </ul>
      </section>

      <section aria-labelledby="kaart-titel">
        <h2 id="kaart-titel">Op de kaart</h2>
        <p>De kaart toont dezelfde wijken en dorpen als de lijst hierboven. Klik op een wijk voor een link naar de pagina.</p>
        <WijkenMapLazy
          wijken={kaart.map((w) => ({ id: w.id, naam: w.naam, slug: w.slug, lat: w.lat, lng: w.lng, grens: w.grens }))}
          tileUrl={env().MAP_TILE_URL}
          attribution={env().MAP_ATTRIBUTION}
        />
      </section>
    </>
  );
}
