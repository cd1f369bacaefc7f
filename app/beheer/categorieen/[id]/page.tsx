import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionButton } from "@/components/form/action-button";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { getCategorieBeheer } from "@/lib/data/categorieen";
import { routeParams } from "@/lib/route-params";
import { archiveerCategorieAction, herstelCategorieAction, verwijderCategorieAction } from "../actions";
import { CategorieForm } from "../forms";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Categorie beheren" };

const MELDING: Record<string, string> = {
  "1": "De categorie is opgeslagen.",
  gearchiveerd: "De categorie is gearchiveerd. Ze staat niet meer in de filters van de kaart.",
  hersteld: "De categorie is teruggezet. Ze staat weer in de filters van de kaart.",
};

export default async function CategoriePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ opgeslagen?: string }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const { opgeslagen } = await searchParams;
  const user = await requireStaffPage(`/beheer/categorieen/${id}`);
  vereisPaginaPermissie(user, "categorieen:manage");
  const c = await metToegang("medewerker", getCategorieBeheer(user, id));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/categorieen", label: "Categorieën" }, { label: c.naam }]} />
      <h1>{c.naam}</h1>
      {opgeslagen && MELDING[opgeslagen] ? (
        <Alert type="ok" role="status">
          {MELDING[opgeslagen]}
        </Alert>
      ) : null}
      <p>
        {c.plekken} plekken hebben deze categorie. {c.gearchiveerdOp ? "Deze categorie is gearchiveerd." : null}
      </p>
      <div className="my-4 flex flex-wrap gap-4">
        {c.gearchiveerdOp ? (
          <ActionButton action={herstelCategorieAction} fields={{ id: c.id }} label="Terugzetten uit het archief" variant="secondary" />
        ) : (
          <ActionButton action={archiveerCategorieAction} fields={{ id: c.id }} label="Archiveren" variant="secondary" />
        )}
        {c.plekken === 0 ? <ActionButton action={verwijderCategorieAction} fields={{ id: c.id }} label="Verwijderen" variant="danger" /> : null}
      </div>
      <section aria-labelledby="wijzigen" className="max-w-3xl">
        <h2 id="wijzigen">Gegevens wijzigen</h2>
        <CategorieForm categorie={c} knop="Wijzigingen opslaan" />
      </section>
    </>
  );
}
