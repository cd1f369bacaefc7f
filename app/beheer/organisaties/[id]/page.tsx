import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { leesOrganisatie } from "@/lib/data/organisaties";
import { routeParams } from "@/lib/route-params";
import { datum } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Alert } from "@/components/ui/alert";
import { LidToevoegenForm, LidVerwijderenForm } from "../forms";

export const metadata: Metadata = { title: "Leden van een organisatie" };

export default async function OrganisatiePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ klaar?: string | string[] }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const user = await requireStaffPage(`/beheer/organisaties/${id}`);
  vereisPaginaPermissie(user, "kaart:edit:any");
  const { klaar } = await searchParams;
  const o = await metToegang("medewerker", leesOrganisatie(user, id));
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/organisaties", label: "Aanbieders" }, { label: o.naam }]} />
      <h1>{o.naam}</h1>
      {klaar === "toegevoegd" ? (
        <Alert type="ok" role="status">
          Het lid is toegevoegd.
        </Alert>
      ) : klaar === "verwijderd" ? (
        <Alert type="ok" role="status">
          Het lid is weggehaald.
        </Alert>
      ) : null}
      <h2>Leden</h2>
      {o.leden.length === 0 ? <p>Deze organisatie heeft nog geen leden.</p> : null}
      <ul className="list-none p-0">
        {o.leden.map((l) => (
          <li key={l.id} className="mb-4">
            <p className="mb-1">
              <strong>{l.naam ?? l.email}</strong> ({l.email}), lid sinds {datum(l.sinds)}
              {l.actief ? "" : " (account staat uit)"}
            </p>
            <LidVerwijderenForm organisatieId={o.id} userId={l.id} naam={l.naam ?? l.email} />
          </li>
        ))}
      </ul>
      <LidToevoegenForm organisatieId={o.id} />
    </div>
  );
}
