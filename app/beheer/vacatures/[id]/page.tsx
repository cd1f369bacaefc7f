import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionButton } from "@/components/form/action-button";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { getVacatureBeheer, listOrganisaties } from "@/lib/data/vacatures";
import { listWijken } from "@/lib/data/wijken";
import { datum } from "@/lib/format";
import { wijzigVacature, zetVacatureStatus } from "../actions";
import { VacatureForm } from "../form";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Vacature beheren" };

export default async function VacatureBeheerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ opgeslagen?: string }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const { opgeslagen } = await searchParams;
  const user = await requireStaffPage(`/beheer/vacatures/${id}`);
  vereisPaginaPermissie(user, "vacature:publish");
  const v = await metToegang("medewerker", getVacatureBeheer(user, id));
  const [wijken, organisaties] = await Promise.all([listWijken(), listOrganisaties()]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/vacatures", label: "Vacatures en meldingen" }, { label: v.titel }]} />
      <h1>{v.titel}</h1>
      {opgeslagen ? (
        <Alert type="ok" role="status">
          De vacature is opgeslagen.
        </Alert>
      ) : null}
      {/* a div, not a p: ActionButton is a <form>, which the HTML parser does not allow inside a <p> (hydration error) */}
      <div className="mb-4">
        {v.status === "GEPUBLICEERD" ? (
          <>
            Deze vacature is openbaar: <Link href={`/vrijwilligers/vacatures/${v.slug}`}>bekijk de vacature</Link>.{" "}
            <ActionButton action={zetVacatureStatus} fields={{ id: v.id, status: "GEARCHIVEERD" }} label="Archiveren" variant="secondary" />
          </>
        ) : v.status === "TER_CONTROLE" ? (
          <>
            <strong>Deze vacature wacht op controle.</strong> Hij is nog niet openbaar. Controleer de tekst en publiceer hem als alles klopt.{" "}
            <ActionButton action={zetVacatureStatus} fields={{ id: v.id, status: "GEPUBLICEERD" }} label="Publiceren" />{" "}
            <ActionButton action={zetVacatureStatus} fields={{ id: v.id, status: "GEARCHIVEERD" }} label="Archiveren" variant="secondary" />
          </>
        ) : (
          <>
            Deze vacature is niet openbaar. <ActionButton action={zetVacatureStatus} fields={{ id: v.id, status: "GEPUBLICEERD" }} label="Publiceren" />
          </>
        )}
      </div>

      <section aria-labelledby="reacties">
        <h2 id="reacties">Reacties van vrijwilligers ({v.reacties.length})</h2>
        <p>Deze vrijwilligers gaven toestemming om hun gegevens met de contactpersoon te delen. Zij kregen ook een e-mail.</p>
        {v.reacties.length ? (
          <Table caption={<span className="sr-only">Reacties van vrijwilligers</span>}>
            <thead>
              <tr>
                <th scope="col">Wie</th>
                <th scope="col">Bericht</th>
                <th scope="col">Datum</th>
              </tr>
            </thead>
            <tbody>
              {v.reacties.map((r) => (
                <tr key={r.id}>
                  <td>
                    {r.user.naam ?? "(geen naam)"}
                    <br />
                    <a href={`mailto:${r.user.email}`}>{r.user.email}</a>
                    {r.user.telefoon ? (
                      <>
                        <br />
                        {r.user.telefoon}
                      </>
                    ) : null}
                  </td>
                  <td className="whitespace-pre-line">{r.bericht}</td>
                  <td>{datum(r.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p>Nog geen reacties.</p>
        )}
      </section>

      <section aria-labelledby="wijzigen" className="max-w-3xl">
        <h2 id="wijzigen">Vacature wijzigen</h2>
        <VacatureForm
          action={wijzigVacature}
          staff
          knop="Wijzigingen opslaan"
          wijken={wijken.map((w) => ({ value: w.id, label: w.naam }))}
          organisaties={organisaties.map((o) => ({ value: o.id, label: o.naam }))}
          initiatieven={[]}
          defaults={{
            id: v.id,
            titel: v.titel,
            beschrijving: v.beschrijving,
            wijkId: v.wijkId,
            organisatieId: v.organisatieId ?? "",
            initiatiefId: v.initiatiefId ?? "",
            soortWerk: v.soortWerk,
            tijdsbesteding: v.tijdsbesteding,
            eenmalig: v.eenmalig ? "eenmalig" : "regelmatig",
            wanneer: v.wanneer,
            voorWie: v.voorWie,
            vogNodig: String(v.vogNodig),
            contactNaam: v.contactNaam,
            contactEmail: v.contactEmail,
            status: v.status,
          }}
        />
      </section>
    </>
  );
}
