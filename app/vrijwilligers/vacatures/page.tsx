import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SelectField } from "@/components/form/fields";
import { listVacatures } from "@/lib/data/vacatures";
import { listWijken } from "@/lib/data/wijken";
import { opties, TIJDSBESTEDING, vacatureFilterSchema, WERK_SOORTEN } from "@/lib/validation/vrijwilligers";
import { Alert } from "@/components/ui/alert";
import { DataBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/classes";

export const metadata: Metadata = { title: "Vacatures voor vrijwilligers" };

export default async function VacaturesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const filter = vacatureFilterSchema.parse({ wijk: first(raw.wijk) || undefined, soort: first(raw.soort) || undefined, tijd: first(raw.tijd) || undefined, vorm: first(raw.vorm) || undefined });
  const [vacatures, wijken] = await Promise.all([listVacatures(filter), listWijken()]);
  const gefilterd = Object.values(filter).some(Boolean);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/vrijwilligers", label: "Vrijwilligers en burenhulp" }, { label: "Vacatures" }]} />
      <h1>Vacatures voor vrijwilligers</h1>
      {raw.gemeld ? (
        <Alert type="ok" role="status">
          Bedankt voor uw melding. Een medewerker kijkt ernaar.
        </Alert>
      ) : null}
      <p className="text-xl max-w-3xl">Vrijwilligerswerk bij organisaties en initiatieven in de buurt. Kies wat bij u past.</p>

      <Card as="form" method="get" action="/vrijwilligers/vacatures" role="search" aria-label="Vacatures filteren" className="flex flex-wrap items-end gap-x-6">
        <SelectField name="wijk" label="Wijk of dorp" state={null} placeholder="Alle wijken" defaultValue={filter.wijk ?? ""} options={wijken.map((w) => ({ value: w.slug, label: w.naam }))} />
        <SelectField name="soort" label="Soort werk" state={null} placeholder="Alle soorten werk" defaultValue={filter.soort ?? ""} options={opties(WERK_SOORTEN)} />
        <SelectField name="tijd" label="Hoeveel tijd" state={null} placeholder="Maakt niet uit" defaultValue={filter.tijd ?? ""} options={opties(TIJDSBESTEDING)} />
        <SelectField name="vorm" label="Eenmalig of regelmatig" state={null} placeholder="Maakt niet uit" defaultValue={filter.vorm ?? ""} options={[{ value: "eenmalig", label: "Eenmalig" }, { value: "regelmatig", label: "Regelmatig" }]} />
        <div className="my-5 flex flex-wrap items-center gap-3 m-0 mb-3">
          <button type="submit" className={buttonClass("primary")}>
            Filteren
          </button>
          {gefilterd ? <Link href="/vrijwilligers/vacatures">Alle filters wissen</Link> : null}
        </div>
      </Card>

      <h2 id="resultaten" aria-live="polite">
        {vacatures.length === 1 ? "1 vacature" : `${vacatures.length} vacatures`}
      </h2>
      {vacatures.length ? (
        <ul className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0" aria-labelledby="resultaten">
          {vacatures.map((v) => (
            <Card as="li" key={v.id}>
              <h3 className="mt-0 text-[1.15rem]">
                <Link href={`/vrijwilligers/vacatures/${v.slug}`}>{v.titel}</Link>
              </h3>
              <p className="text-muted mb-2">
                {v.aanbieder} · {v.wijk.naam}
              </p>
              <p>
                <DataBadge>{v.soortWerkLabel}</DataBadge>
                <DataBadge>{v.tijdsbestedingLabel}</DataBadge>
                <DataBadge>{v.eenmalig ? "Eenmalig" : "Regelmatig"}</DataBadge>
                {v.vogNodig ? <DataBadge>VOG nodig</DataBadge> : null}
              </p>
            </Card>
          ))}
        </ul>
      ) : (
        <p>Er zijn geen vacatures die passen bij uw keuze. Probeer een andere wijk of minder filters.</p>
      )}
    </>
  );
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
