import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionButton } from "@/components/form/action-button";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { bekijkIndeling } from "@/lib/data/gebieden";
import { getal } from "@/lib/format";
import { deelPlaatsenInAction } from "../actions";
import { Alert } from "@/components/ui/alert";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Plekken en gebieden" };

type Zoek = Record<string, string | undefined>;
const aantal = (v: string | undefined) => (v && /^\d{1,7}$/.test(v) ? Number(v) : 0);

export default async function IndelingPage({ searchParams }: { searchParams: Promise<Zoek> }) {
  const q = await searchParams;
  const user = await requireStaffPage("/beheer/gebieden/indeling");
  vereisPaginaPermissie(user, "wijken:manage");
  const nu = await metToegang("medewerker", bekijkIndeling(user));
  const klaar = q.import === "1" || q.klaar === "1";
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/gebieden", label: "Gebieden" }, { label: "Plekken en gebieden" }]} />
      <h1>Plekken en gebieden</h1>
      {klaar ? (
        <Alert type="ok" id="resultaat" role="status">
          {q.import === "1" ? (
            <p>
              <strong>
                De CBS-import is ingelezen: {aantal(q.nieuw)} nieuw, {aantal(q.bijgewerkt)} bijgewerkt.
              </strong>
            </p>
          ) : null}
          <p>
            Opnieuw ingedeeld: {aantal(q.plekken)} plekken, {aantal(q.activiteiten)} activiteiten en {aantal(q.initiatieven)} initiatieven zijn naar
            een ander gebied verhuisd. {aantal(q.buiten)} liggen buiten elke grens.
          </p>
          <p>
            <Link href="/wijken">Bekijk de wijken en dorpen</Link> of <Link href="/beheer/gebieden">ga terug naar de gebieden</Link>.
          </p>
        </Alert>
      ) : null}
      <p className="text-xl max-w-3xl">
        Elke plek en elk initiatief met een locatie hoort bij het gebied waar het in ligt. Een activiteit hoort bij het gebied van haar plek.
      </p>
      {nu.grenzen === 0 ? (
        <p>Er zijn nog geen grenzen ingelezen. Lees eerst de wijken in van CBS op de pagina Gebieden.</p>
      ) : (
        <>
          <p>
            {nu.grenzen} gebieden hebben een grens. Nu nog te verhuizen: {nu.verplaatst.plekken} plekken, {nu.verplaatst.activiteiten} activiteiten en{" "}
            {nu.verplaatst.initiatieven} initiatieven.
          </p>
          <ActionButton action={deelPlaatsenInAction} fields={{}} label="Plekken opnieuw indelen" variant="secondary" />
          <section aria-labelledby="buiten">
            <h2 id="buiten">Buiten elke grens ({nu.buiten.length})</h2>
            {nu.buiten.length ? (
              <>
                <p>
                  Deze plekken en initiatieven liggen in geen enkel gebied. Ze blijven bij hun huidige gebied. Kijk of de locatie klopt, of lees
                  een grens in die ze omvat.
                </p>
                <div className="overflow-x-auto">
                  <Table>
                    <thead>
                      <tr>
                        <th scope="col">Naam</th>
                        <th scope="col">Soort</th>
                        <th scope="col">Staat nu bij</th>
                        <th scope="col">Locatie</th>
                      </tr>
                    </thead>
                    <tbody>
                      {nu.buiten.slice(0, 200).map((b) => (
                        <tr key={`${b.soort}-${b.id}`}>
                          <td>{b.naam}</td>
                          <td>{b.soort}</td>
                          <td>{b.gebied ?? "geen gebied"}</td>
                          <td>
                            {getal(b.lat)} N, {getal(b.lng)} O
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                </div>
                {nu.buiten.length > 200 ? <p>De eerste 200 van {nu.buiten.length} staan hierboven.</p> : null}
              </>
            ) : (
              <p>Alles ligt binnen een grens.</p>
            )}
          </section>
        </>
      )}
    </>
  );
}
