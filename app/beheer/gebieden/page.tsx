import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionButton } from "@/components/form/action-button";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { GEBIED_SOORTEN, listGebiedenBeheer, listOuderGebieden } from "@/lib/data/gebieden";
import { gemeentecode } from "@/lib/gemeente";
import { deelPlaatsenInAction } from "./actions";
import { GebiedForm, UploadForm } from "./forms";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Gebieden" };

export default async function GebiedenPage() {
  const user = await requireStaffPage("/beheer/gebieden");
  vereisPaginaPermissie(user, "wijken:manage");
  const [gebieden, ouders] = await Promise.all([metToegang("medewerker", listGebiedenBeheer(user)), metToegang("medewerker", listOuderGebieden(user))]);
  const boven = gebieden.filter((g) => !g.parentId || !gebieden.some((o) => o.id === g.parentId));
  const kinderen = (id: string) => gebieden.filter((g) => g.parentId === id);
  const rij = (g: (typeof gebieden)[number], buurt = false) => (
    <tr key={g.id}>
      <td>
        {buurt ? <span aria-hidden="true">└ </span> : null}
        <Link href={`/beheer/gebieden/${g.id}`}>{g.naam}</Link>
        {g.gearchiveerdOp ? <strong> (gearchiveerd)</strong> : null}
      </td>
      <td>{GEBIED_SOORTEN[g.soort]}</td>
      <td>{g.cbsCode ?? "geen"}</td>
      <td>{g.heeftGrens ? "ja" : "nee"}</td>
      <td className="tabular-nums sm:text-right">{g._count.plekken}</td>
      <td className="tabular-nums sm:text-right">{g._count.opbouwwerkers}</td>
    </tr>
  );
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Gebieden" }]} />
      <h1>Gebieden</h1>
      <p className="text-xl max-w-3xl">
        De wijken, dorpen en buurten van de gemeente. Een buurt hoort bij een wijk of dorp. Een gearchiveerd gebied staat niet meer in de
        openbare lijsten en filters, maar de geschiedenis blijft bewaard.
      </p>

      <section aria-labelledby="lijst">
        <h2 id="lijst">Alle gebieden ({gebieden.length})</h2>
        <div className="overflow-x-auto">
          <Table>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Soort</th>
                <th scope="col">CBS-code</th>
                <th scope="col">Grens</th>
                <th scope="col" className="tabular-nums sm:text-right">Plekken</th>
                <th scope="col" className="tabular-nums sm:text-right">Opbouwwerkers</th>
              </tr>
            </thead>
            <tbody>{boven.flatMap((g) => [rij(g), ...kinderen(g.id).map((k) => rij(k, true))])}</tbody>
          </Table>
        </div>
      </section>

      <section aria-labelledby="cbs" className="max-w-3xl">
        <h2 id="cbs">Wijken en buurten inlezen van CBS</h2>
        <UploadForm gemeentecode={gemeentecode()} />
      </section>

      <section aria-labelledby="indelen" className="max-w-3xl">
        <h2 id="indelen">Plekken bij de juiste wijk zetten</h2>
        <p>
          Na een nieuwe grens zet het portaal elke plek, activiteit en elk initiatief met een locatie bij het gebied waar het in ligt. Dat
          gebeurt vanzelf na een CBS-import. U kunt het ook zelf starten. <Link href="/beheer/gebieden/indeling">Bekijk eerst wat er buiten elke grens ligt</Link>.
        </p>
        <ActionButton action={deelPlaatsenInAction} fields={{}} label="Plekken opnieuw indelen" variant="secondary" />
      </section>

      <section aria-labelledby="nieuw" className="max-w-3xl">
        <h2 id="nieuw">Nieuw gebied</h2>
        <GebiedForm ouders={ouders.map((o) => ({ value: o.id, label: o.naam }))} knop="Gebied toevoegen" />
      </section>
    </>
  );
}
