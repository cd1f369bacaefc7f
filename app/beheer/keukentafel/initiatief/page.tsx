import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { vereisPaginaPermissie } from "@/lib/auth/pagina";
import { canInWijk } from "@/lib/auth/permissions";
import { zoekWijken } from "@/lib/data/wijken";
import { InitiatiefNamensForm } from "../forms";

export const metadata: Metadata = { title: "Initiatief voor een inwoner" };

export default async function NieuwInitiatiefNamensPage() {
  const user = await requireStaffPage("/beheer/keukentafel/initiatief");
  vereisPaginaPermissie(user, "hulpvraag:namens:own", "hulpvraag:namens:any");
  const wijken = (await zoekWijken()).filter((w) => canInWijk(user, "hulpvraag:namens", w.id));
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/keukentafel", label: "Aan de keukentafel" }, { label: "Nieuw initiatief" }]} />
      <h1>Initiatief invullen voor een inwoner</h1>
      <p className="text-xl">
        Vraag eerst of de inwoner dit wil. Daarna vult u samen het gewone formulier voor een initiatief in, in de woorden van de inwoner, en
        dient u het in. Zonder toestemming vult u niets in.
      </p>
      <p>Heeft de inwoner geen e-mailadres? Dan staat uw eigen e-mailadres bij het initiatief, zodat de gemeente u kan bereiken.</p>
      <InitiatiefNamensForm wijken={wijken.map((w) => ({ value: w.id, label: w.naam }))} />
    </div>
  );
}
