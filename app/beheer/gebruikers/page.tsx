import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { ROL_NAMEN, type Rol } from "@/lib/auth/permissions";
import { listGebruikers } from "@/lib/data/gebruikers";
import { ALLE_ROLLEN } from "@/lib/validation/gebruikers";
import { heeftStuurtekens } from "@/lib/validation/velden";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { UitnodigingForm } from "./forms";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/classes";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Gebruikers" };

export default async function GebruikersPage({ searchParams }: { searchParams: Promise<{ zoek?: string | string[]; rol?: string | string[] }> }) {
  const sp = await searchParams;
  const zoekRuw = typeof sp.zoek === "string" ? sp.zoek.slice(0, 100) : "";
  const zoek = heeftStuurtekens(zoekRuw) ? "" : zoekRuw;
  const rol = typeof sp.rol === "string" && (ALLE_ROLLEN as readonly string[]).includes(sp.rol) ? (sp.rol as Rol) : "";
  const user = await requireStaffPage("/beheer/gebruikers");
  vereisPaginaPermissie(user, "gebruikers:manage");
  const { gebruikers, totaal } = await metToegang("medewerker", listGebruikers(user, { zoek, rol }));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Gebruikers" }]} />
      <h1>Gebruikers</h1>
      <p className="max-w-3xl">
        Medewerkers van de gemeente en het opbouwwerk. Nodig iemand uit, wijzig een rol, geef een opbouwwerker zijn wijken of zet
        een account uit. Elke wijziging komt in het logboek.
      </p>
      <Card as="form" method="get" action="/beheer/gebruikers" className="mb-6" role="search" aria-labelledby="zoek-titel">
        <h2 id="zoek-titel" className="mt-0 text-xl">
          Zoeken
        </h2>
        <div className="flex flex-wrap items-end gap-x-6">
          <div className="mb-5">
            <label className="mb-1 block font-bold" htmlFor="g-zoek">
              Naam of e-mailadres
            </label>
            <input id="g-zoek" name="zoek" type="search" defaultValue={zoek} className="block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-80" />
          </div>
          <div className="mb-5">
            <label className="mb-1 block font-bold" htmlFor="g-rol">
              Rol
            </label>
            <select id="g-rol" name="rol" defaultValue={rol} className="block max-w-full rounded-sm border-2 border-ink bg-white px-[0.55rem] py-[0.45rem] text-base w-80">
              <option value="">Alle medewerkers</option>
              {ALLE_ROLLEN.map((r) => (
                <option key={r} value={r}>
                  {ROL_NAMEN[r]}
                </option>
              ))}
            </select>
          </div>
          <div className="mb-5">
            <button type="submit" className={buttonClass("secondary")}>
              Zoeken
            </button>
          </div>
        </div>
      </Card>
      <p role="status">
        {totaal === 1 ? "1 gebruiker" : `${totaal} gebruikers`}
        {totaal > gebruikers.length ? `; de eerste ${gebruikers.length} staan hieronder. Zoek om er minder te zien.` : "."}
      </p>
      {gebruikers.length ? (
        <div role="region" aria-labelledby="gebruikers-titel" tabIndex={0} className="overflow-x-auto">
          <Table>
            <caption id="gebruikers-titel" className="sr-only">
              Gebruikers
            </caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">E-mailadres</th>
                <th scope="col">Rol</th>
                <th scope="col">Wijken</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {gebruikers.map((g) => (
                <tr key={g.id}>
                  <th scope="row" className="font-normal">
                    <Link href={`/beheer/gebruikers/${g.id}`}>{g.naam ?? g.email}</Link>
                  </th>
                  <td>{g.email}</td>
                  <td>{ROL_NAMEN[g.rol]}</td>
                  <td>{g.wijken.join(", ")}</td>
                  <td>{!g.actief ? "Uitgezet" : g.uitgenodigd ? "Uitgenodigd" : "Actief"}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      ) : (
        <p>Er zijn geen gebruikers die passen bij uw zoekopdracht.</p>
      )}
      <Card className="mt-8 max-w-3xl">
        <UitnodigingForm />
      </Card>
    </>
  );
}
