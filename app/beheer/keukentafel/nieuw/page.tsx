import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireStaffPage } from "@/lib/auth/session";
import { vereisPaginaPermissie } from "@/lib/auth/pagina";
import { canInWijk } from "@/lib/auth/permissions";
import { zoekWijken } from "@/lib/data/wijken";
import { NamensForm } from "../forms";

export const metadata: Metadata = { title: "Hulpvraag voor een inwoner" };

export default async function NieuweNamensPage() {
  const user = await requireStaffPage("/beheer/keukentafel/nieuw");
  vereisPaginaPermissie(user, "hulpvraag:namens:own", "hulpvraag:namens:any");
  const wijken = (await zoekWijken()).filter((w) => canInWijk(user, "hulpvraag:namens", w.id));
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/keukentafel", label: "Aan de keukentafel" }, { label: "Nieuwe hulpvraag" }]} />
      <h1>Hulpvraag plaatsen voor een inwoner</h1>
      <p className="text-xl">
        Vraag eerst of de inwoner dit wil. Leg uit dat de vraag voor iedereen te lezen is, maar de naam en contactgegevens niet. Zonder
        toestemming plaatst u niets.
      </p>
      <NamensForm wijken={wijken.map((w) => ({ value: w.id, label: w.naam }))} />
    </div>
  );
}
