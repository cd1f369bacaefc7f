import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { kaartImportCategorieen } from "@/lib/data/kaart-import";
import { KAART_IMPORT_KOPPEN, KOLOM_UITLEG, MAX_IMPORT_BYTES } from "@/lib/import/kaart-import";
import { Table } from "@/components/ui/table";
import { KaartUploadForm } from "./forms";

export const metadata: Metadata = { title: "Sociale kaart inlezen" };

export default async function KaartImportPage() {
  const user = await requireStaffPage("/beheer/kaart-import");
  vereisPaginaPermissie(user, "plek:moderate:any");
  const categorieen = await metToegang("medewerker", kaartImportCategorieen(user));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Sociale kaart inlezen" }]} />
      <h1>Sociale kaart inlezen</h1>
      <p className="text-xl max-w-3xl">
        Heeft de gemeente al een sociale kaart? Lees die hier in: als CSV-bestand (het sjabloon hieronder) of als Open Referral HSDS-bestand.
        Eerst ziet u per rij wat er niet klopt en wat er verandert. Pas als alles klopt, leest u alles in één keer in.
      </p>

      <section aria-labelledby="sjabloon" className="max-w-3xl">
        <h2 id="sjabloon">1. Sjabloon downloaden</h2>
        <p>
          <a href="/beheer/kaart-import/sjabloon" download>
            Download het sjabloon (CSV)
          </a>{" "}
          en vul per plek of activiteit één rij in. U kunt het openen in Excel of LibreOffice. Bewaar het weer als CSV.
        </p>
      </section>

      <section aria-labelledby="inlezen" className="max-w-3xl">
        <h2 id="inlezen">2. Bestand controleren</h2>
        <KaartUploadForm categorieen={categorieen} maxMb={MAX_IMPORT_BYTES / 1024 / 1024} />
      </section>

      <section aria-labelledby="kolommen">
        <h2 id="kolommen">De kolommen van het sjabloon</h2>
        <div className="overflow-x-auto">
          <Table>
            <thead>
              <tr>
                <th scope="col">Kolom</th>
                <th scope="col">Wat vult u in?</th>
              </tr>
            </thead>
            <tbody>
              {KAART_IMPORT_KOPPEN.map((k) => (
                <tr key={k}>
                  <td>{k}</td>
                  <td>{KOLOM_UITLEG[k] || "mag leeg blijven"}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
        <p className="max-w-3xl">
          HSDS: het portaal leest organizations, services, locations, service_at_locations en schedules (HSDS 3.0 en 3.1). Een location wordt een
          plek, een andere service een activiteit op die plek. Het bestand dat het portaal zelf publiceert (<a href="/api/open-data/hsds.json">hsds.json</a>)
          kan zo weer worden ingelezen.
        </p>
      </section>
    </>
  );
}
