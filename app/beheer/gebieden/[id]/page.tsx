import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionButton } from "@/components/form/action-button";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { GEBIED_SOORTEN, getGebiedBeheer, listOuderGebieden } from "@/lib/data/gebieden";
import { ROL_NAMEN } from "@/lib/auth/permissions";
import { datum } from "@/lib/format";
import { routeParams } from "@/lib/route-params";
import { archiveerGebiedAction, herstelGebiedAction } from "../actions";
import { GebiedForm } from "../forms";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Gebied beheren" };

const MELDING: Record<string, string> = {
  "1": "Het gebied is opgeslagen.",
  nieuw: "Het gebied is toegevoegd.",
  gearchiveerd: "Het gebied is gearchiveerd. Het staat niet meer in de openbare lijsten.",
  hersteld: "Het gebied is teruggezet. Het staat weer in de openbare lijsten.",
};

export default async function GebiedPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ opgeslagen?: string }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const { opgeslagen } = await searchParams;
  const user = await requireStaffPage(`/beheer/gebieden/${id}`);
  vereisPaginaPermissie(user, "wijken:manage");
  const [g, ouders] = await Promise.all([metToegang("medewerker", getGebiedBeheer(user, id)), metToegang("medewerker", listOuderGebieden(user))]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/gebieden", label: "Gebieden" }, { label: g.naam }]} />
      <h1>{g.naam}</h1>
      {opgeslagen && MELDING[opgeslagen] ? (
        <Alert type="ok" role="status">
          {MELDING[opgeslagen]}
        </Alert>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 max-w-3xl">
        <dt>Soort</dt>
        <dd>{GEBIED_SOORTEN[g.soort]}</dd>
        <dt>Hoort bij</dt>
        <dd>{g.parent ? <Link href={`/beheer/gebieden/${g.parent.id}`}>{g.parent.naam}</Link> : "de gemeente"}</dd>
        <dt>CBS-code</dt>
        <dd>{g.cbsCode ?? "geen"}</dd>
        <dt>Grens</dt>
        <dd>{g.heeftGrens ? "ingelezen" : "nog niet ingelezen"}</dd>
        <dt>Openbare pagina</dt>
        <dd>
          <Link href={`/wijken/${g.slug}`}>/wijken/{g.slug}</Link>
          {g.oudeSlugs.length ? <> (oude adressen die doorsturen: {g.oudeSlugs.map((s) => `/wijken/${s.slug}`).join(", ")})</> : null}
        </dd>
        <dt>In dit gebied</dt>
        <dd>
          {g._count.plekken} plekken, {g._count.activiteiten} activiteiten, {g._count.initiatieven} initiatieven
        </dd>
        <dt>Status</dt>
        <dd>{g.gearchiveerdOp ? `Gearchiveerd op ${datum(g.gearchiveerdOp)}` : "In gebruik"}</dd>
      </dl>
      <div className="my-4">
        {g.gearchiveerdOp ? (
          <ActionButton action={herstelGebiedAction} fields={{ id: g.id }} label="Terugzetten uit het archief" variant="secondary" />
        ) : (
          <ActionButton action={archiveerGebiedAction} fields={{ id: g.id }} label="Archiveren" variant="danger" />
        )}
      </div>

      {g.kinderen.length ? (
        <section aria-labelledby="buurten">
          <h2 id="buurten">Buurten</h2>
          <ul>
            {g.kinderen.map((k) => (
              <li key={k.id}>
                <Link href={`/beheer/gebieden/${k.id}`}>{k.naam}</Link>
                {k.gearchiveerdOp ? " (gearchiveerd)" : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="opbouwwerkers">
        <h2 id="opbouwwerkers">Opbouwwerkers in dit gebied</h2>
        {g.opbouwwerkers.length ? (
          <ul>
            {g.opbouwwerkers.map((o) => (
              <li key={o.id}>
                {o.naam ?? o.email} ({o.email}, {ROL_NAMEN[o.rol].toLowerCase()}
                {o.actief ? "" : ", niet actief"})
              </li>
            ))}
          </ul>
        ) : (
          <p>Er werkt nog geen opbouwwerker in dit gebied.</p>
        )}
        <p>Opbouwwerkers koppelt u aan een gebied bij het beheer van gebruikers.</p>
      </section>

      <section aria-labelledby="wijzigen" className="max-w-3xl">
        <h2 id="wijzigen">Gegevens wijzigen</h2>
        <GebiedForm
          gebied={g}
          ouders={ouders.filter((o) => o.id !== g.id).map((o) => ({ value: o.id, label: o.naam }))}
          knop="Wijzigingen opslaan"
        />
      </section>
    </>
  );
}
