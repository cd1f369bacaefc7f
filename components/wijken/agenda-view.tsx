/** Read-only view of a sociale agenda (themes, perspectives, linked figures, actions). */
import { ACTIE_STATUS_NAMEN, type AgendaInhoud } from "@/lib/agenda";
import { formatWaarde, type Cijfer } from "./wijkprofiel";

export function AgendaView({ inhoud, cijfers = [], kop = 3 }: { inhoud: AgendaInhoud; cijfers?: Cijfer[]; kop?: 3 | 2 }) {
  const H = kop === 2 ? "h2" : "h3";
  const laatste = (indicator: string) => cijfers.filter((c) => c.indicator === indicator).sort((a, b) => b.jaar - a.jaar)[0];
  if (!inhoud.themas.length) return <p>Deze agenda heeft nog geen thema&apos;s.</p>;
  return (
    <ol className="agenda" style={{ listStyle: "none", padding: 0 }}>
      {inhoud.themas.map((t) => (
        <li key={t.id} className="card" style={{ marginBottom: "1rem" }}>
          <H style={{ marginTop: 0 }}>{t.titel}</H>
          <p>{t.beschrijving}</p>
          {t.perspectiefInwoners || t.perspectiefProfessionals ? (
            <dl className="facts">
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
            </dl>
          ) : null}
          {t.cijfers.length ? (
            <>
              <p style={{ fontWeight: 700, marginBottom: "0.25rem" }}>Cijfers bij dit thema</p>
              <ul className="prose">
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
            <div style={{ overflowX: "auto" }}>
              <table className="table">
                <caption style={{ textAlign: "left", fontWeight: 700 }}>Acties bij {t.titel}</caption>
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
                        <span className="status">{ACTIE_STATUS_NAMEN[a.status]}</span>
                      </td>
                      <td>{a.wanneer || "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted">Nog geen acties.</p>
          )}
        </li>
      ))}
    </ol>
  );
}

export function WijzigingenLijst({ wijzigingen }: { wijzigingen: import("@/lib/agenda").Wijziging[] }) {
  if (!wijzigingen.length) return <p>Geen wijzigingen.</p>;
  return (
    <ul className="prose">
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
