import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { vereisPaginaPermissie } from "@/lib/auth/pagina";
import { zoekWerkvoorraad } from "@/lib/data/beoordeling";
import { zoekWijken } from "@/lib/data/wijken";
import { STATUS_LABELS } from "@/lib/initiatief/labels";
import { datum, euro } from "@/lib/format";
import { leesWerkvoorraadFilter, STATUS_FILTERS } from "@/lib/validation/beoordeling";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

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
  const filter = leesWerkvoorraadFilter(await searchParams);
  const [{ rows, termijn, afgekapt }, wijken] = await Promise.all([zoekWerkvoorraad(user, filter), zoekWijken()]);
  const teLaat = rows.filter((r) => r.teLaat).length;

  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Initiatieven beoordelen" }]} />
      <h1>Initiatieven beoordelen</h1>
      <p className="lead">
        Aanvragen van inwoners. De reactietermijn is {termijn} werkdagen (maandag tot en met vrijdag; feestdagen tellen we niet mee).
      </p>

      <form method="get" action="/beheer/initiatieven" className="card" aria-labelledby="filter-titel" style={{ marginBottom: "1.5rem" }}>
        <h2 id="filter-titel" style={{ marginTop: 0, fontSize: "1.2rem" }}>
          Filteren
        </h2>
        <div style={{ display: "flex", flexWrap: "wrap", gap: "0 1.5rem" }}>
          <div className="field">
            <label className="field__label" htmlFor="f-status">
              Status
            </label>
            <select id="f-status" name="status" defaultValue={filter.status} className="input input--m" style={{ width: "14rem" }}>
              {STATUS_FILTERS.map((s) => (
                <option key={s} value={s}>
                  {STATUS_OPTIE[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="f-wijk">
              Wijk of dorp
            </label>
            <select id="f-wijk" name="wijk" defaultValue={filter.wijk ?? ""} className="input input--m" style={{ width: "14rem" }}>
              <option value="">Alle wijken</option>
              {wijken.map((w) => (
                <option key={w.slug} value={w.slug}>
                  {w.naam}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="f-van">
              Gevraagd bedrag vanaf (€)
            </label>
            <input id="f-van" name="bedragVan" inputMode="numeric" className="input input--s" defaultValue={filter.bedragVan ?? ""} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="f-tot">
              Gevraagd bedrag tot en met (€)
            </label>
            <input id="f-tot" name="bedragTot" inputMode="numeric" className="input input--s" defaultValue={filter.bedragTot ?? ""} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="f-wacht">
              Wachttijd
            </label>
            <select id="f-wacht" name="wachttijd" defaultValue={filter.wachttijd} className="input input--m" style={{ width: "16rem" }}>
              <option value="">Alle</option>
              <option value="5">Meer dan 5 werkdagen</option>
              <option value="termijn">Meer dan {termijn} werkdagen (over de termijn)</option>
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="f-sort">
              Volgorde
            </label>
            <select id="f-sort" name="sort" defaultValue={filter.sort} className="input input--m" style={{ width: "14rem" }}>
              <option value="langst">Langst wachtend eerst</option>
              <option value="kortst">Kortst wachtend eerst</option>
            </select>
          </div>
        </div>
        <div className="actions" style={{ margin: 0 }}>
          <button type="submit" className="button button--primary">
            Filteren
          </button>
          <Link href="/beheer/initiatieven">Filters wissen</Link>
        </div>
      </form>

      <p role="status">
        {rows.length === 1 ? "1 initiatief" : `${rows.length} initiatieven`}
        {teLaat ? `, waarvan ${teLaat} over de reactietermijn` : ""}.
        {afgekapt ? " Alleen de eerste 500 worden getoond; gebruik de filters." : ""}
      </p>

      {rows.length ? (
        <div role="region" aria-labelledby="wachtrij-titel" tabIndex={0} style={{ overflowX: "auto" }}>
          <table className="table">
            <caption id="wachtrij-titel" className="sr-only">
              Initiatieven om te beoordelen, {filter.sort === "kortst" ? "kortst" : "langst"} wachtend eerst
            </caption>
            <thead>
              <tr>
                <th scope="col">Referentie</th>
                <th scope="col">Initiatief</th>
                <th scope="col">Wijk</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Gevraagd
                </th>
                <th scope="col">Ingediend</th>
                <th scope="col">Wachttijd</th>
                <th scope="col">Behandelaar</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className={r.teLaat ? "rij--te-laat" : undefined}>
                  <td>{r.referentie}</td>
                  <th scope="row" style={{ background: "transparent", fontWeight: 400 }}>
                    <Link href={`/beheer/initiatieven/${r.id}`}>{r.titel || "(zonder titel)"}</Link>
                  </th>
                  <td>{r.wijk ?? "–"}</td>
                  <td>
                    <span className="status">{STATUS_LABELS[r.status]}</span>
                  </td>
                  <td className="num">{euro(r.bedragGevraagd)}</td>
                  <td>{datum(r.ingediendOp)}</td>
                  <td>
                    {r.werkdagen} {r.werkdagen === 1 ? "werkdag" : "werkdagen"}
                    {r.teLaat ? (
                      <>
                        {" "}
                        <strong className="te-laat">Over de termijn</strong>
                      </>
                    ) : null}
                  </td>
                  <td>{r.behandelaar ?? "Nog niemand"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="notice">Er zijn geen initiatieven die bij deze filters passen.</p>
      )}
    </>
  );
}
