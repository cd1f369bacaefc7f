import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { ROL_NAMEN } from "@/lib/auth/permissions";
import { gebruikerDetail } from "@/lib/data/gebruikers";
import { auditLabel } from "@/lib/audit";
import { datum, datumTijd } from "@/lib/format";
import { routeParams } from "@/lib/route-params";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionButton } from "@/components/form/action-button";
import { activeerGebruikerAction, deactiveerGebruikerAction, ontkoppelWijkAction } from "../actions";
import { RolForm, WijkToevoegenForm } from "../forms";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Gebruiker" };

const KLAAR: Record<string, string> = {
  uitgenodigd: "De uitnodiging is verstuurd. De link werkt 7 dagen en maar één keer.",
  "niet-verstuurd": "De uitnodiging is gemaakt, maar de e-mail kon niet worden verstuurd. Nodig dezelfde persoon later opnieuw uit op de pagina Gebruikers.",
  rol: "De rol is gewijzigd. De gebruiker is overal uitgelogd en heeft vanaf nu alleen de rechten van de nieuwe rol.",
  uit: "Het account is uitgezet. De gebruiker is overal uitgelogd en kan niet meer inloggen.",
  aan: "Het account is weer aangezet. De gebruiker kan weer inloggen.",
  "wijk-erbij": "De wijk is toegevoegd.",
  "wijk-eraf": "De wijk is weggehaald.",
};

function waarde(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") {
    return Object.entries(v as Record<string, unknown>)
      .map(([k, w]) => `${k}: ${Array.isArray(w) ? w.join(", ") || "geen" : String(w)}`)
      .join("; ");
  }
  return String(v);
}

export default async function GebruikerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ klaar?: string }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const { klaar } = await searchParams;
  const user = await requireStaffPage(`/beheer/gebruikers/${id}`);
  vereisPaginaPermissie(user, "gebruikers:manage");
  const { gebruiker: g, andereWijken, geschiedenis } = await metToegang("medewerker", gebruikerDetail(user, id));
  const melding = typeof klaar === "string" && Object.hasOwn(KLAAR, klaar) ? KLAAR[klaar] : null;
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/gebruikers", label: "Gebruikers" }, { label: g.naam ?? g.email }]} />
      <h1>{g.naam ?? g.email}</h1>
      {melding ? (
        <Alert type="ok" role="status">
          {melding}
        </Alert>
      ) : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">E-mailadres</dt>
        <dd className="m-0">{g.email}</dd>
        <dt className="font-semibold">Rol</dt>
        <dd className="m-0">{ROL_NAMEN[g.rol]}</dd>
        <dt className="font-semibold">Status</dt>
        <dd className="m-0" data-testid="status">
          {!g.actief ? "Uitgezet" : g.uitgenodigd ? `Uitgenodigd (de link werkt tot ${datumTijd(g.laatsteUitnodiging!.verlooptOp)})` : "Actief"}
        </dd>
        <dt className="font-semibold">Account sinds</dt>
        <dd className="m-0">{datum(g.createdAt)}</dd>
      </dl>

      <Card as="section" className="mt-6">
        <RolForm id={g.id} rol={g.rol} />
      </Card>

      {g.rol === "OPBOUWWERKER" ? (
        <Card as="section" className="mt-6" aria-labelledby="wijken-titel">
          <h2 id="wijken-titel">Wijken en dorpen</h2>
          <p>Een opbouwwerker kan alleen werken in deze wijken en dorpen.</p>
          {g.wijken.length ? (
            <ul className="list-none p-0">
              {g.wijken.map((w) => (
                <li key={w.id} className="mb-2 flex flex-wrap items-center gap-3">
                  <span>{w.naam}</span>
                  <ActionButton action={ontkoppelWijkAction} fields={{ id: g.id, wijkId: w.id }} label={`${w.naam} weghalen`} variant="secondary" />
                </li>
              ))}
            </ul>
          ) : (
            <p>
              <strong>Nog geen wijken.</strong> Voeg er een toe.
            </p>
          )}
          {andereWijken.length ? <WijkToevoegenForm id={g.id} wijken={andereWijken} /> : null}
        </Card>
      ) : null}

      <Card as="section" className="mt-6" aria-labelledby="account-titel">
        <h2 id="account-titel">Account aan of uit</h2>
        {g.actief ? (
          <>
            <p>Zet het account uit als iemand hier niet meer werkt. De gebruiker is dan meteen overal uitgelogd. De gegevens en het logboek blijven bewaard.</p>
            <ActionButton action={deactiveerGebruikerAction} fields={{ id: g.id }} label="Account uitzetten" variant="danger" />
          </>
        ) : (
          <>
            <p>Dit account staat uit. Zet het weer aan om de gebruiker weer te laten inloggen.</p>
            <ActionButton action={activeerGebruikerAction} fields={{ id: g.id }} label="Account weer aanzetten" />
          </>
        )}
      </Card>

      <section className="mt-6" aria-labelledby="geschiedenis-titel">
        <h2 id="geschiedenis-titel">Geschiedenis</h2>
        {geschiedenis.length ? (
          <div role="region" aria-label="Tabel met de geschiedenis" tabIndex={0} className="overflow-x-auto">
            <Table>
              <thead>
                <tr>
                  <th scope="col">Wanneer</th>
                  <th scope="col">Wat</th>
                  <th scope="col">Door</th>
                  <th scope="col">Voor</th>
                  <th scope="col">Na</th>
                </tr>
              </thead>
              <tbody>
                {geschiedenis.map((h) => (
                  <tr key={h.id}>
                    <td>{datumTijd(h.createdAt)}</td>
                    <td>{auditLabel(h.actie)}</td>
                    <td>{h.actor ? (h.actor.naam ?? h.actor.email) : "Systeem"}</td>
                    <td>{waarde(h.voor)}</td>
                    <td>{waarde(h.na)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        ) : (
          <p>Nog geen wijzigingen.</p>
        )}
      </section>
    </div>
  );
}
