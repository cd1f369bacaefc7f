/** Read-only view of a sociale agenda (themes, perspectives, linked figures, actions). */
import { ACTIE_STATUS_NAMEN, type AgendaInhoud } from "@/lib/agenda";
import { formatWaarde, type Cijfer } from "./wijkprofiel";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { Table } from "@/components/ui/table";

export function AgendaView({ inhoud, cijfers = [], kop = 3 }: { inhoud: AgendaInhoud; cijfers?: Cijfer[]; kop?: 3 | 2 }) {
  const H = kop === 2 ? "h2" : "h3";
  const laatste = (indicator: string) => cijfers.filter((c) => c.indicator === indicator).sort((a, b) => b.jaar - a.jaar)[0];
  if (!inhoud.themas.length) return <p>Deze agenda heeft nog geen thema&apos;s.</p>;
  return (
    <ol className="list-none p-0">
      {inhoud.themas.map((t) => (
        <Card as="li" key={t.id} className="mb-4">
          <H className="mt-0">{t.titel}</H>
          <p>{t.beschrijving}</p>
          {t.perspectiefInwoners || t.perspectiefProfessionals ? (
            <DataList>
              {t.perspectiefInwoners ? (
                <>
                  <dt>Wat inwoners zeggen</dt>
                  <dd>{t.perspectiefInwoners}</dd>
                </>
              ) : null}
              {t.perspectiefProfessionals ? (
                <>
                  <dt>Wat professionals zeggen</dt>
                  <dd>{t.perspectiefProfessionals}</dd>
                </>
              ) : null}
            </DataList>
          ) : null}
          {t.cijfers.length ? (
            <>
              <p className="font-bold mb-1">Cijfers bij dit thema</p>
              <ul className="mb-3 list-disc pl-6">
                {t.cijfers.map((i) => {
                  const c = laatste(i);
                  return (
                    <li key={i}>
                      {i}
                      {c ? `: ${formatWaarde(c)} (${c.jaar}, ${c.demo ? "demowaarde" : c.bron})` : ""}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
          {t.acties.length ? (
            <div>
              <Table>
                <caption className="text-left font-bold">Acties bij {t.titel}</caption>
                <thead>
                  <tr>
                    <th scope="col">Wat</th>
                    <th scope="col">Wie</th>
                    <th scope="col">Status</th>
                    <th scope="col">Wanneer</th>
                  </tr>
                </thead>
                <tbody>
                  {t.acties.map((a) => (
                    <tr key={a.id}>
                      <td>{a.wat}</td>
                      <td>{a.wie}</td>
                      <td>
                        <StatusBadge>{ACTIE_STATUS_NAMEN[a.status]}</StatusBadge>
                      </td>
                      <td>{a.wanneer || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          ) : (
            <p className="text-muted">Nog geen acties.</p>
          )}
        </Card>
      ))}
    </ol>
  );
}

export function WijzigingenLijst({ wijzigingen }: { wijzigingen: import("@/lib/agenda").Wijziging[] }) {
  if (!wijzigingen.length) return <p>Geen wijzigingen.</p>;
  return (
    <ul className="mb-3 list-disc pl-6">
      {wijzigingen.map((w, i) => (
        <li key={i}>
          {w.soort === "toegevoegd" ? (
            <>
              Thema <strong>{w.thema}</strong> toegevoegd
            </>
          ) : w.soort === "verwijderd" ? (
            <>
              Thema <strong>{w.thema}</strong> verwijderd
            </>
          ) : (
            <>
              Thema <strong>{w.thema}</strong> gewijzigd: {w.details.join("; ")}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
