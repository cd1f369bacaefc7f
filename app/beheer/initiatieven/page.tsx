import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { vereisPaginaPermissie } from "@/lib/auth/pagina";
import { listReviewQueue } from "@/lib/data/beoordeling";
import { listWijken } from "@/lib/data/wijken";
import { STATUS_LABELS } from "@/lib/initiatief/labels";
import { datum, euro } from "@/lib/format";
import { parseQueueFilter, STATUS_FILTERS } from "@/lib/validation/beoordeling";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/classes";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Initiatieven beoordelen" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const STATUS_OPTIE: Record<(typeof STATUS_FILTERS)[number], string> = {
  open: "Nog geen besluit",
  alle: "Alle statussen",
  ...STATUS_LABELS,
};

export default async function BeoordelenQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireStaffPage("/beheer/initiatieven");
  vereisPaginaPermissie(user, "initiatief:review");
  const filter = parseQueueFilter(await searchParams);
  const [{ rows, termijn, afgekapt }, wijken] = await Promise.all([listReviewQueue(user, filter), listWijken()]);
  const teLaat = rows.filter((r) => r.teLaat).length;

  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Initiatieven beoordelen" }]} />
      <h1>Initiatieven beoordelen</h1>
      <p className="text-xl">
        Aanvragen van inwoners. De reactietermijn is {termijn} werkdagen (maandag tot en met vrijdag; feestdagen tellen we niet mee).
      </p>

      <Card as="form" method="get" action="/beheer/initiatieven" className="mb-6" aria-labelledby="filter-titel">
        <h2 className="mt-0 text-[1.2rem]" id="filter-titel">
          Filteren
        </h2>
        <div className="flex flex-wrap gap-x-6">
          <div className="mb-5">
            <label className="mb-1 block font-bold" htmlFor="f-status">
              Status
            </label>
            <select id="f-status" name="status" defaultValue={filter.status} className="block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-80 w-56">
              {STATUS_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {STATUS_OPTIE[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="mb-5">
            <label className="mb-1 block font-bold" htmlFor="f-wijk">
              Wijk of dorp
            </label>
            <select id="f-wijk" name="wijk" defaultValue={filter.wijk ?? ""} className="block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-80 w-56">
              <option value="">Alle wijken</option>
              {wijken.map((w) => (
                <option key={w.slug} value={w.slug}>
                  {w.naam}
                </option>
              ))}
            </select>
          </div>
          <div className="mb-5">
            <label className="mb-1 block font-bold" htmlFor="f-van">
              Gevraagd bedrag vanaf (€)
            </label>
            <input id="f-van" name="bedragVan" inputMode="numeric" className="block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-32" defaultValue={filter.bedragVan ?? ""} />
          </div>
          <div className="mb-5">
            <label className="mb-1 block font-bold" htmlFor="f-tot">
              Gevraagd bedrag tot en met (€)
            </label>
            <input id="f-tot" name="bedragTot" inputMode="numeric" className="block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-32" defaultValue={filter.bedragTot ?? ""} />
          </div>
          <div className="mb-5">
            <label className="mb-1 block font-bold" htmlFor="f-wacht">
              Wachttijd
            </label>
            <select id="f-wacht" name="wachttijd" defaultValue={filter.wachttijd} className="block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-80 w-64">
              <option value="">Alle</option>
              <option value="5">Meer dan 5 werkdagen</option>
              <option value="termijn">Meer dan {termijn} werkdagen (over de termijn)</option>
            </select>
          </div>
          <div className="mb-5">
            <label className="mb-1 block font-bold" htmlFor="f-sort">
              Volgorde
            </label>
            <select id="f-sort" name="sort" defaultValue={filter.sort} className="block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-80 w-56">
              <option value="langst">Langst wachtend eerst</option>
              <option value="kortst">Kortst wachtend eerst</option>
            </select>
          </div>
        </div>
        <div className="my-5 flex flex-wrap items-center gap-3 m-0">
          <button type="submit" className={buttonClass("primary")}>
            Filteren
          </button>
          <Link href="/beheer/initiatieven">Filters wissen</Link>
        </div>
      </Card>

      <p role="status">
        {rows.length === 1 ? "1 initiatief" : `${rows.length} initiatieven`}
        {teLaat ? `, waarvan ${teLaat} over de reactietermijn` : ""}.
        {afgekapt ? " Alleen de eerste 500 worden getoond; gebruik de filters." : ""}
      </p>

      {rows.length ? (
        <div role="region" aria-labelledby="wachtrij-titel" tabIndex={0}>
          <Table>
            <caption id="wachtrij-titel" className="sr-only">
              Initiatieven om te beoordelen, {filter.sort === "kortst" ? "kortst" : "langst"} wachtend eerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Referentie</th>
                <th scope="col">Initiatief</th>
                <th scope="col">Wijk</th>
                <th scope="col">Status</th>
                <th scope="col" className="tabular-nums sm:text-right">
                  Gevraagd
                </th>
                <th scope="col">Ingediend</th>
                <th scope="col">Wachttijd</th>
                <th scope="col">Behandelaar</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className={r.teLaat ? "bg-accent-soft [&>td:first-child]:shadow-[inset_4px_0_0_var(--color-accent)]" : undefined}>
                  <td>{r.referentie}</td>
                  <th className="bg-transparent font-normal" scope="row">
                    <Link href={`/beheer/initiatieven/${r.id}`}>{r.titel || "(zonder titel)"}</Link>
                  </th>
                  <td>{r.wijk ?? "–"}</td>
                  <td>
                    <StatusBadge>{STATUS_LABELS[r.status]}</StatusBadge>
                  </td>
                  <td className="tabular-nums sm:text-right">{euro(r.bedragGevraagd)}</td>
                  <td>{datum(r.ingediendOp)}</td>
                  <td>
                    {r.werkdagen} {r.werkdagen === 1 ? "werkdag" : "werkdagen"}
                    {r.teLaat ? (
                      <>
                        {" "}
                        <strong className="inline-block rounded-md border border-accent px-1.5 text-[0.9rem] text-accent-strong">Over de termijn</strong>
                      </>
                    ) : null}
                  </td>
                  <td>{r.behandelaar ?? "Nog niemand"}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      ) : (
        <Alert>Er zijn geen initiatieven die bij deze filters passen.</Alert>
      )}
    </>
  );
}
