import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SelectField } from "@/components/form/fields";
import { listOpenHulpvragen } from "@/lib/data/hulpvragen";
import { listWijken } from "@/lib/data/wijken";
import { HULP_SOORTEN, hulpvraagFilterSchema, labelVan, opties } from "@/lib/validation/vrijwilligers";
import { datum } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { DataBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/classes";

export const metadata: Metadata = { title: "Hulpvragen van buurtgenoten" };

export default async function HulpvragenPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const filter = hulpvraagFilterSchema.parse({ wijk: one(raw.wijk), soort: one(raw.soort) });
  const [hulpvragen, wijken] = await Promise.all([listOpenHulpvragen(filter), listWijken()]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/vrijwilligers", label: "Vrijwilligers en burenhulp" }, { label: "Hulpvragen" }]} />
      <h1>Hulpvragen van buurtgenoten</h1>
      {raw.gemeld ? (
        <Alert type="ok" role="status">
          Bedankt voor uw melding. Een medewerker kijkt ernaar.
        </Alert>
      ) : null}
      <p className="text-xl max-w-3xl">
        Kleine vragen om hulp van inwoners. Wilt u helpen? Open een vraag en bied uw hulp aan. Pas als de vrager uw aanbod aanneemt,
        ziet u elkaars contactgegevens.
      </p>
      <p>
        <Link href="/vrijwilligers/hulpvragen/nieuw" className={buttonClass("secondary")}>
          Zelf hulp vragen
        </Link>
      </p>
      <Card as="form" method="get" action="/vrijwilligers/hulpvragen" role="search" aria-label="Hulpvragen filteren" className="flex flex-wrap items-end gap-x-6">
        <SelectField name="wijk" label="Wijk of dorp" state={null} placeholder="Alle wijken" defaultValue={filter.wijk ?? ""} options={wijken.map((w) => ({ value: w.slug, label: w.naam }))} />
        <SelectField name="soort" label="Soort hulp" state={null} placeholder="Alle soorten hulp" defaultValue={filter.soort ?? ""} options={opties(HULP_SOORTEN)} />
        <div className="my-5 flex flex-wrap items-center gap-3 m-0 mb-3">
          <button type="submit" className={buttonClass("primary")}>
            Filteren
          </button>
          {filter.wijk || filter.soort ? <Link href="/vrijwilligers/hulpvragen">Alle filters wissen</Link> : null}
        </div>
      </Card>
      <h2 id="resultaten">{hulpvragen.length === 1 ? "1 open hulpvraag" : `${hulpvragen.length} open hulpvragen`}</h2>
      {hulpvragen.length ? (
        <ul className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0" aria-labelledby="resultaten">
          {hulpvragen.map((h) => (
            <Card as="li" key={h.id}>
              <h3 className="mt-0 text-[1.15rem]">
                <Link href={`/vrijwilligers/hulpvragen/${h.id}`}>{h.titel}</Link>
              </h3>
              <p>
                <DataBadge>{labelVan(HULP_SOORTEN, h.soort)}</DataBadge>
                <DataBadge>{h.wijk.naam}</DataBadge>
              </p>
              <p className="text-muted">Geplaatst op {datum(h.createdAt)}</p>
            </Card>
          ))}
        </ul>
      ) : (
        <p>Er zijn geen open hulpvragen die passen bij uw keuze.</p>
      )}
    </>
  );
}
