import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { versheidOverzicht } from "@/lib/data/versheid";
import { datum, getal, procent } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { StatusBadge } from "@/components/ui/badge";
import { Table } from "@/components/ui/table";
import { VEROUDERD_LABEL } from "@/lib/versheid/periode";

export const metadata: Metadata = { title: "Versheid van de sociale kaart" };

export default async function VersheidPage() {
  const user = await requireStaffPage("/beheer/versheid");
  vereisPaginaPermissie(user, "versheid:view:own", "versheid:view:any");
  const o = await metToegang("medewerker", versheidOverzicht(user));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Versheid van de sociale kaart" }]} />
      <h1>Versheid van de sociale kaart</h1>
      <p className="text-xl">
        Klopt wat er op de sociale kaart staat nog? Is een plek of activiteit {o.maanden} maanden niet gecontroleerd, dan krijgt de opbouwwerker van de wijk
        een e-mail. Komt er een maand later nog geen antwoord, dan staat er &quot;Mogelijk verouderd&quot; bij en staat het lager in de zoekresultaten.
      </p>

      <h2>Gecontroleerd per wijk</h2>
      {o.wijken.length ? (
        <Table>
          <caption className="sr-only">Per wijk het deel van de plekken en activiteiten dat in de laatste {o.maanden} maanden is gecontroleerd</caption>
          <thead>
            <tr>
              <th scope="col">Wijk of dorp</th>
              <th scope="col">Plekken en activiteiten</th>
              <th scope="col">Gecontroleerd in de laatste {o.maanden} maanden</th>
              <th scope="col">Deel</th>
            </tr>
          </thead>
          <tbody>
            {o.wijken.map((w) => (
              <tr key={w.id}>
                <th scope="row">{w.naam}</th>
                <td>{getal(w.totaal)}</td>
                <td>{getal(w.gecontroleerd)}</td>
                <td>{procent(w.aandeel)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p>U werkt nog niet in een wijk. Een beheerder kan wijken aan u toewijzen.</p>
      )}

      <h2>Verouderd</h2>
      {o.verouderd.length ? (
        <Table>
          <caption className="sr-only">Plekken en activiteiten die mogelijk verouderd zijn of gemeld als niet meer bestaand</caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">Wijk of dorp</th>
              <th scope="col">Laatst gecontroleerd</th>
              <th scope="col">Herinnering</th>
              <th scope="col">Wat nu</th>
            </tr>
          </thead>
          <tbody>
            {o.verouderd.map((v) => (
              <tr key={`${v.soort}:${v.id}`}>
                <th scope="row">
                  <Link href={v.href}>{v.naam}</Link>
                  <br />
                  <span className="text-muted">{v.soort === "plek" ? "Plek" : "Activiteit"}</span>
                </th>
                <td>{v.wijk}</td>
                <td>{datum(v.laatstGecontroleerd)}</td>
                <td>{v.herinneringVerstuurdOp ? `Verstuurd op ${datum(v.herinneringVerstuurdOp)}` : "Nog niet verstuurd"}</td>
                <td>
                  {v.gemeldNietMeerOp ? (
                    <>
                      <StatusBadge tone="fout">Gemeld als niet meer bestaand</StatusBadge> op {datum(v.gemeldNietMeerOp)}. Archiveer het.
                    </>
                  ) : (
                    <StatusBadge tone="let-op">{VEROUDERD_LABEL}</StatusBadge>
                  )}
                  <br />
                  <Link href={v.bewerkHref}>
                    Controleren of aanpassen<span className="sr-only">: {v.naam}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <p>Er is niets verouderd. Alles is in de laatste {o.maanden + 1} maanden gecontroleerd.</p>
      )}
    </>
  );
}
