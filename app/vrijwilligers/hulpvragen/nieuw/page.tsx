import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireUserPage } from "@/lib/auth/session";
import { zoekWijken } from "@/lib/data/wijken";
import { leesContactVan } from "@/lib/data/vrijwilligers";
import { HulpvraagForm } from "../../forms";
import { instellingen } from "@/lib/instellingen";
import { lieverBellen } from "@/components/ui/liever-bellen";

export const metadata: Metadata = { title: "Hulp vragen" };

export default async function NieuweHulpvraagPage() {
  const user = await requireUserPage("/vrijwilligers/hulpvragen/nieuw");
  const [wijken, contact] = await Promise.all([zoekWijken(), leesContactVan(user)]);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/vrijwilligers", label: "Vrijwilligers en burenhulp" }, { href: "/vrijwilligers/hulpvragen", label: "Hulpvragen" }, { label: "Hulp vragen" }]} />
      <h1>Hulp vragen aan een buurtgenoot</h1>
      <p className="text-xl">
        Voor kleine, gewone hulp: een boodschap, een ritje, een klusje of een kop koffie samen. Uw vraag staat {(await instellingen()).hulpvraagGeldigDagen}{" "}
        dagen online. Buurtgenoten zien alleen uw vraag en uw wijk, niet wie u bent.
      </p>
      <p>Heeft u zorg nodig? Neem dan contact op met het sociaal wijkteam.</p>
      <HulpvraagForm wijken={wijken.map((w) => ({ value: w.id, label: w.naam }))} naam={contact.naam} telefoon={contact.telefoon} />
      {await lieverBellen()}
    </div>
  );
}
