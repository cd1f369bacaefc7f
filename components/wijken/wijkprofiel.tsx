/** Wijkprofiel ('tellen'): a table of figures with year and source, and per indicator with several years a small chart plus a trend sentence. */
import { getal } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { DataBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";

export interface Cijfer {
  indicator: string;
  jaar: number;
  waarde: number;
  eenheid: string | null;
  bron: string;
  demo: boolean;
}

export function formatWaarde(c: { waarde: number; eenheid: string | null }) {
  const n = getal(c.waarde, 2);
  return c.eenheid === "%" ? `${n}%` : c.eenheid && c.eenheid !== "cijfer" ? `${n} ${c.eenheid}` : n;
}

function groepeer(cijfers: Cijfer[]) {
  const m = new Map<string, Cijfer[]>();
  for (const c of cijfers) m.set(c.indicator, [...(m.get(c.indicator) ?? []), c]);
  for (const list of m.values()) list.sort((a, b) => a.jaar - b.jaar);
  return m;
}

function trendZin(list: Cijfer[]) {
  const eerst = list[0];
  const laatst = list[list.length - 1];
  const richting = laatst.waarde > eerst.waarde ? "gestegen" : laatst.waarde < eerst.waarde ? "gedaald" : "gelijk gebleven";
  return `${richting === "gelijk gebleven" ? "Gelijk gebleven" : richting === "gestegen" ? "Gestegen" : "Gedaald"}: van ${formatWaarde(eerst)} in ${eerst.jaar} naar ${formatWaarde(laatst)} in ${laatst.jaar}.`;
}

/** A tiny line chart; decorative (aria-hidden) because the table and the trend sentence carry the same information. */
function Lijn({ list }: { list: Cijfer[] }) {
  const w = 160;
  const h = 48;
  const min = Math.min(...list.map((c) => c.waarde));
  const max = Math.max(...list.map((c) => c.waarde));
  const span = max - min || 1;
  const pts = list.map((c, i) => [8 + (i * (w - 16)) / Math.max(1, list.length - 1), h - 8 - ((c.waarde - min) / span) * (h - 16)] as const);
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" focusable="false">
      <polyline points={pts.map((p) => p.join(",")).join(" ")} fill="none" stroke="currentColor" strokeWidth={2} />
      {pts.map(([x, y], i) => (
        <circle key={i} cx={x} cy={y} r={3} fill="currentColor" />
      ))}
    </svg>
  );
}

export function Wijkprofiel({ cijfers, wijkNaam }: { cijfers: Cijfer[]; wijkNaam: string }) {
  if (!cijfers.length) return <p>Er zijn nog geen cijfers voor {wijkNaam}.</p>;
  const groepen = groepeer(cijfers);
  const heeftDemo = cijfers.some((c) => c.demo);
  return (
    <>
      {heeftDemo ? (
        <Alert type="warning">
          <strong>Let op:</strong> cijfers met het label <DataBadge>demowaarde</DataBadge> zijn verzonnen voor de demonstratie. Het
          zijn geen echte metingen.
        </Alert>
      ) : null}
      <div>
        <Table>
          <caption className="sr-only">Cijfers over {wijkNaam}, met jaar en bron</caption>
          <thead>
            <tr>
              <th scope="col">Onderwerp</th>
              <th scope="col" className="tabular-nums sm:text-right">
                Jaar
              </th>
              <th scope="col" className="tabular-nums sm:text-right">
                Waarde
              </th>
              <th scope="col">Bron</th>
            </tr>
          </thead>
          <tbody>
            {cijfers.map((c) => (
              <tr key={`${c.indicator}-${c.jaar}`}>
                <th scope="row">{c.indicator}</th>
                <td className="tabular-nums sm:text-right">{c.jaar}</td>
                <td className="tabular-nums sm:text-right">{formatWaarde(c)}</td>
                <td>
                  {c.bron}
                  {c.demo ? (
                    <>
                      {" "}
                      <DataBadge>demowaarde</DataBadge>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      {[...groepen.entries()].some(([, l]) => l.length > 1) ? (
        <>
          <h3>Ontwikkeling door de jaren</h3>
          <ul className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0">
            {[...groepen.entries()]
              .filter(([, l]) => l.length > 1)
              .map(([indicator, list]) => (
                <Card as="li" key={indicator}>
                  <p className="font-bold mt-0">{indicator}</p>
                  <Lijn list={list} />
                  <p className="mb-0">
                    {trendZin(list)}
                    {list.some((c) => c.demo) ? " (demowaarde)" : ""}
                  </p>
                </Card>
              ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
