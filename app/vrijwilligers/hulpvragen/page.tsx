import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SelectField } from "@/components/form/fields";
import { zoekOpenHulpvragen } from "@/lib/data/hulpvragen";
import { zoekWijken } from "@/lib/data/wijken";
import { HULP_SOORTEN, hulpvraagFilterSchema, labelVan, opties } from "@/lib/validation/vrijwilligers";
import { datum } from "@/lib/format";

export const metadata: Metadata = { title: "Hulpvragen van buurtgenoten" };

export default async function HulpvragenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const filter = hulpvraagFilterSchema.parse({ wijk: one(raw.wijk), soort: one(raw.soort) });
  const [hulpvragen, wijken] = await Promise.all([zoekOpenHulpvragen(filter), zoekWijken()]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/vrijwilligers", label: "Vrijwilligers en burenhulp" }, { label: "Hulpvragen" }]} />
      <h1>Hulpvragen van buurtgenoten</h1>
      {raw.gemeld ? (
        <div className="notice notice--success" role="status">
          Bedankt voor uw melding. Een medewerker kijkt ernaar.
        </div>
      ) : null}
      <p className="lead max-w-3xl">
        Kleine vragen om hulp van inwoners. Wilt u helpen? Open een vraag en bied uw hulp aan. Pas als de vrager uw aanbod aanneemt,
        ziet u elkaars contactgegevens.
      </p>
      <p>
        <Link href="/vrijwilligers/hulpvragen/nieuw" className="button button--secondary">
          Zelf hulp vragen
        </Link>
      </p>
      <form method="get" action="/vrijwilligers/hulpvragen" role="search" aria-label="Hulpvragen filteren" className="card filters">
        <SelectField name="wijk" label="Wijk of dorp" state={null} placeholder="Alle wijken" defaultValue={filter.wijk ?? ""} options={wijken.map((w) => ({ value: w.slug, label: w.naam }))} />
        <SelectField name="soort" label="Soort hulp" state={null} placeholder="Alle soorten hulp" defaultValue={filter.soort ?? ""} options={opties(HULP_SOORTEN)} />
        <div className="actions" style={{ margin: "0 0 0.75rem" }}>
          <button type="submit" className="button button--primary">
            Filteren
          </button>
          {filter.wijk || filter.soort ? <Link href="/vrijwilligers/hulpvragen">Alle filters wissen</Link> : null}
        </div>
      </form>
      <h2 id="resultaten">{hulpvragen.length === 1 ? "1 open hulpvraag" : `${hulpvragen.length} open hulpvragen`}</h2>
      {hulpvragen.length ? (
        <ul className="card-grid" style={{ listStyle: "none", padding: 0 }} aria-labelledby="resultaten">
          {hulpvragen.map((h) => (
            <li key={h.id} className="card">
              <h3 style={{ marginTop: 0, fontSize: "1.15rem" }}>
                <Link href={`/vrijwilligers/hulpvragen/${h.id}`}>{h.titel}</Link>
              </h3>
              <p>
                <span className="tag">{labelVan(HULP_SOORTEN, h.soort)}</span>
                <span className="tag">{h.wijk.naam}</span>
              </p>
              <p className="muted">Geplaatst op {datum(h.createdAt)}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>Er zijn geen open hulpvragen die passen bij uw keuze.</p>
      )}
    </>
  );
}
