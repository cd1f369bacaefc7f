import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { lijstTaken } from "@/lib/data/taken";
import { datumTijd } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";

export const metadata: Metadata = { title: "Geplande taken" };

const STATUS: Record<string, string> = { WACHT: "Wacht", BEZIG: "Bezig", GELUKT: "Gelukt", MISLUKT: "Mislukt" };

export default async function TakenPage() {
  const user = await requireStaffPage("/beheer/taken");
  vereisPaginaPermissie(user, "gebruikers:manage");
  const taken = await metToegang("medewerker", lijstTaken(user));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Geplande taken" }]} />
      <h1>Geplande taken</h1>
      <p className="text-xl">
        Werk dat de portal zelf op de achtergrond doet, zoals elke nacht oude gegevens verwijderen. Elke taak draait één keer, ook als de portal
        op meer servers draait. Mislukt een taak, dan probeert de portal het later opnieuw. Lukt het dan nog niet, dan staat hier de fout.
      </p>
      {taken.length === 0 ? (
        <p>Er zijn nog geen taken uitgevoerd.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">De laatste {taken.length} taken, nieuwste eerst</caption>
            <thead>
              <tr className="border-b-2 border-gray-400">
                <th scope="col" className="p-2">Taak</th>
                <th scope="col" className="p-2">Status</th>
                <th scope="col" className="p-2">Pogingen</th>
                <th scope="col" className="p-2">Gepland</th>
                <th scope="col" className="p-2">Klaar</th>
                <th scope="col" className="p-2">Fout</th>
              </tr>
            </thead>
            <tbody>
              {taken.map((t) => (
                <tr key={t.id} className="border-b border-gray-300 align-top">
                  <td className="p-2">
                    {t.omschrijving}
                    <br />
                    <span className="text-sm text-gray-700">{t.sleutel}</span>
                  </td>
                  <td className="p-2">
                    <strong className={t.status === "MISLUKT" ? "text-red-800" : undefined}>{STATUS[t.status]}</strong>
                    {t.status === "WACHT" && t.pogingen > 0 ? <span className="block text-sm">Volgende poging: {datumTijd(t.volgendePoging)}</span> : null}
                  </td>
                  <td className="p-2">
                    {t.pogingen} van {t.maxPogingen}
                  </td>
                  <td className="p-2">{datumTijd(t.createdAt)}</td>
                  <td className="p-2">{datumTijd(t.klaarOp)}</td>
                  <td className="p-2 break-words">{t.fout ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
