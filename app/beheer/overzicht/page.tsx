import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { vereisPaginaPermissie } from "@/lib/auth/pagina";
import { overzichtJaren, overzichtPerWijk, overzichtTabel, indicatorKop } from "@/lib/data/overzicht";
import { euro } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { buttonClass } from "@/components/ui/classes";
import { numClass, Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Overzicht per wijk" };

export default async function OverzichtPage({ searchParams }: { searchParams: Promise<{ jaar?: string }> }) {
  const user = await requireStaffPage("/beheer/overzicht");
  vereisPaginaPermissie(user, "overzicht:view");
  const jaren = await overzichtJaren(user);
  const { jaar: jaarParam } = await searchParams;
  const jaar = jaarParam && jaren.includes(Number(jaarParam)) ? Number(jaarParam) : jaren[0];
  const o = await overzichtPerWijk(user, jaar);
  const t = overzichtTabel(o);

  // Chart: wijken ordered by their social strength figure (lowest first), so ongelijk investeren is visible.
  const krachtIdx = o.indicatoren.findIndex((i) => /sociale kracht/i.test(i.indicator));
  const kracht = krachtIdx >= 0 ? o.indicatoren[krachtIdx] : null;
  const chart = [...o.rows].sort((a, b) => (krachtIdx >= 0 ? (a.cijfers[krachtIdx] ?? 99) - (b.cijfers[krachtIdx] ?? 99) : 0) || a.wijk.localeCompare(b.wijk, "nl"));
  const max = Math.max(1, ...o.rows.map((r) => Math.max(r.gevraagd, r.toegekend)));
  const demo = o.indicatoren.some((i) => i.demo);

  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Overzicht per wijk" }]} />
      <h1>Overzicht per wijk</h1>
      <p className="text-xl">
        Initiatieven die in {jaar} zijn ingediend: aantallen, bedragen en hoe lang een besluit duurde. Daarnaast de cijfers van de wijk, zodat u
        ziet of de steun gaat naar waar die het meest nodig is (ongelijk investeren).
      </p>

      <form method="get" action="/beheer/overzicht" className="my-5 flex flex-wrap items-center gap-3">
        <label htmlFor="jaar" className="mb-1 block font-bold m-0">
          Jaar
        </label>
        <select id="jaar" name="jaar" defaultValue={String(jaar)} className="block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-32">
          {jaren.map((j) => (
            <option key={j} value={j}>
              {j}
            </option>
          ))}
        </select>
        <button type="submit" className={buttonClass("secondary")}>
          Toon jaar
        </button>
        <a href={`/beheer/overzicht/csv?jaar=${jaar}`} className={buttonClass("primary")} download>
          Download als CSV
        </a>
      </form>

      <h2 id="grafiek-titel">Gevraagd en toegekend per wijk</h2>
      <figure className="m-0" aria-labelledby="grafiek-titel">
        <div className="flex flex-wrap gap-5 text-[0.9rem]" aria-hidden="true">
          <span>
            <span className="mr-1.5 inline-block h-3 w-4 align-middle bg-brand/40" />
            Gevraagd
          </span>
          <span>
            <span className="mr-1.5 inline-block h-3 w-4 align-middle bg-brand" />
            Toegekend
          </span>
        </div>
        <div className="my-2 mb-4 grid gap-2">
          {chart.map((r) => (
            <div key={r.wijk} className="grid grid-cols-[minmax(8rem,12rem)_1fr] items-center gap-3">
              <span>{r.wijk}</span>
              <div>
                <div className="grid gap-0.5" aria-hidden="true">
                  {/* eslint-disable-next-line no-restricted-syntax -- the bar length is the amount (data) */}
                  <div className="h-[0.9rem] min-w-px bg-brand/40" style={{ width: `${(r.gevraagd / max) * 100}%` }} />
                  {/* eslint-disable-next-line no-restricted-syntax -- the bar length is the amount (data) */}
                  <div className="h-[0.9rem] min-w-px bg-brand" style={{ width: `${(r.toegekend / max) * 100}%` }} />
                </div>
                <span className="text-[0.85rem] text-muted">
                  gevraagd {euro(r.gevraagd)}, toegekend {euro(r.toegekend)}
                  {kracht && r.cijfers[krachtIdx] !== null ? `, sociale kracht ${String(r.cijfers[krachtIdx]).replace(".", ",")}` : ""}
                </span>
              </div>
            </div>
          ))}
        </div>
        <figcaption className="text-muted">
          {kracht ? `Gesorteerd op ${kracht.indicator.toLowerCase()} (${kracht.jaar}), laagste eerst. ` : ""}Dezelfde cijfers staan in de tabel
          hieronder.
        </figcaption>
      </figure>

      <h2 id="tabel-titel">Tabel</h2>
      <div role="region" aria-labelledby="tabel-titel" tabIndex={0}>
        <Table data-testid="overzicht-tabel">
          <caption className="sr-only">Initiatieven per wijk in {jaar}, met wijkcijfers</caption>
          <thead>
            <tr>
              {t.kop.map((k, n) => (
                <th key={k} scope="col" className={n > 0 ? numClass : undefined}>
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rijen.map((r) => (
              <tr key={r[0]}>
                {r.map((c, n) =>
                  n === 0 ? (
                    <th key={n} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={n} className="tabular-nums sm:text-right">
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              {t.totaal.map((c, n) =>
                n === 0 ? (
                  <th key={n} scope="row">
                    {c}
                  </th>
                ) : (
                  <td key={n} className="tabular-nums sm:text-right">
                    <strong>{c}</strong>
                  </td>
                ),
              )}
            </tr>
          </tfoot>
        </Table>
      </div>
      <h2>Uitleg</h2>
      <ul className="mb-3 list-disc pl-6 list-disc pl-6">
        <li>Aanvragen: initiatieven die in {jaar} zijn ingediend (zonder concepten). Gevraagd: het totaal van de gevraagde bedragen.</li>
        <li>Toegekend en Goedgekeurd: het bedrag en het aantal van de goedgekeurde (en afgeronde) initiatieven.</li>
        <li>Mediaan dagen tot besluit: kalenderdagen van indienen tot besluit, bij initiatieven met een besluit.</li>
        <li>Doelen: hoe vaak goedgekeurde initiatieven een doel uit het afbakeningskader dienen (één initiatief kan meer doelen hebben).</li>
        {o.indicatoren.map((ind) => (
          <li key={ind.indicator}>
            {indicatorKop(ind)}: bron {ind.bronnen.join(", ")}.
          </li>
        ))}
        {demo ? <li>Cijfers met (demo) zijn voorbeeldwaarden, geen echte metingen.</li> : null}
      </ul>
    </>
  );
}
