import { datumTijd } from "@/lib/format";
import { Table } from "@/components/ui/table";

const ACTIES: Record<string, string> = { aangemaakt: "Toegevoegd", gewijzigd: "Gewijzigd", gearchiveerd: "Gearchiveerd", hersteld: "Teruggezet uit het archief", ongedaan_gemaakt: "Wijziging ongedaan gemaakt" };

/** The recorded changes (KaartWijziging) of one plek or activiteit. */
export function Geschiedenis({ rijen }: { rijen: { id: string; actie: string; createdAt: Date; actor: { naam: string | null; email: string } | null }[] }) {
  return (
    <section aria-labelledby="geschiedenis">
      <h2 id="geschiedenis">Wijzigingen</h2>
      {rijen.length ? (
        <Table caption={<span className="sr-only">Wijzigingen, nieuwste eerst</span>}>
          <thead>
            <tr>
              <th scope="col">Wanneer</th>
              <th scope="col">Wat</th>
              <th scope="col">Door</th>
            </tr>
          </thead>
          <tbody>
            {rijen.map((r) => (
              <tr key={r.id}>
                <td>{datumTijd(r.createdAt)}</td>
                <td>{ACTIES[r.actie] ?? r.actie}</td>
                <td>{r.actor ? (r.actor.naam ?? r.actor.email) : "Onbekend"}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p>Nog geen wijzigingen via dit scherm.</p>
      )}
    </section>
  );
}
