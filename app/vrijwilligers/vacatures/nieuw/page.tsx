import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireUserPage } from "@/lib/auth/session";
import { hasPermission } from "@/lib/auth/permissions";
import { eigenGoedgekeurdeInitiatieven } from "@/lib/data/vacatures";
import { listWijken } from "@/lib/data/wijken";
import { VacatureForm } from "@/app/beheer/vacatures/form";
import { plaatsVacatureAlsInitiatiefnemer } from "../../actions";

export const metadata: Metadata = { title: "Vacature plaatsen voor uw initiatief" };

export default async function VacatureInitiatiefnemerPage() {
  const user = await requireUserPage("/vrijwilligers/vacatures/nieuw");
  const [initiatieven, wijken] = await Promise.all([eigenGoedgekeurdeInitiatieven(user), listWijken()]);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/vrijwilligers", label: "Vrijwilligers en burenhulp" }, { href: "/vrijwilligers/vacatures", label: "Vacatures" }, { label: "Vacature plaatsen" }]} />
      <h1>Vacature plaatsen voor uw initiatief</h1>
      {hasPermission(user, "vacature:publish") ? (
        <p>
          U bent medewerker: plaats vacatures via <Link href="/beheer/vacatures/nieuw">Beheer</Link>.
        </p>
      ) : initiatieven.length ? (
        <>
          <p className="lead">Zoekt u vrijwilligers voor uw goedgekeurde initiatief? Plaats hier een vacature. Reacties krijgt u per e-mail.</p>
          <VacatureForm
            action={plaatsVacatureAlsInitiatiefnemer}
            staff={false}
            knop="Vacature plaatsen"
            wijken={wijken.map((w) => ({ value: w.id, label: w.naam }))}
            organisaties={[]}
            initiatieven={initiatieven.map((i) => ({ value: i.id, label: i.titel }))}
            defaults={{ wijkId: initiatieven[0].wijkId ?? "", contactNaam: user.naam ?? "", contactEmail: user.email }}
          />
        </>
      ) : (
        <p>
          U kunt een vacature plaatsen zodra uw <Link href="/initiatief">initiatief</Link> is goedgekeurd. Organisaties plaatsen vacatures via
          het opbouwwerk of de gemeente.
        </p>
      )}
    </div>
  );
}
