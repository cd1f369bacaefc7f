import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { vereisPaginaPermissie } from "@/lib/auth/pagina";
import { zoekOrganisaties } from "@/lib/data/vacatures";
import { zoekWijken } from "@/lib/data/wijken";
import { plaatsVacatureAction } from "../actions";
import { VacatureForm } from "../form";

export const metadata: Metadata = { title: "Nieuwe vacature" };

export default async function NieuweVacaturePage() {
  const user = await requireStaffPage("/beheer/vacatures/nieuw");
  vereisPaginaPermissie(user, "vacature:publish");
  const [wijken, organisaties] = await Promise.all([zoekWijken(), zoekOrganisaties()]);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/vacatures", label: "Vacatures en meldingen" }, { label: "Nieuwe vacature" }]} />
      <h1>Nieuwe vacature</h1>
      <VacatureForm
        action={plaatsVacatureAction}
        staff
        knop="Vacature opslaan"
        wijken={wijken.map((w) => ({ value: w.id, label: w.naam }))}
        organisaties={organisaties.map((o) => ({ value: o.id, label: o.naam }))}
        initiatieven={[]}
      />
    </div>
  );
}
