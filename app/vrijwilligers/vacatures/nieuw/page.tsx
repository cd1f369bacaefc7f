import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requireUserPage } from "@/lib/auth/session";
import { hasPermission } from "@/lib/auth/permissions";
import { ActionButton } from "@/components/form/action-button";
import { eigenGoedgekeurdeInitiatieven, eigenVacatures } from "@/lib/data/vacatures";
import { listWijken } from "@/lib/data/wijken";
import { VacatureForm } from "@/app/beheer/vacatures/form";
import { plaatsVacatureAlsInitiatiefnemer, trekVacatureIn } from "../../actions";
import { Alert } from "@/components/ui/alert";

const EIGEN_STATUS: Record<string, string> = {
  TER_CONTROLE: "Wacht op controle",
  GEPUBLICEERD: "Staat online",
  GEARCHIVEERD: "Niet meer online",
  CONCEPT: "Concept",
};

export const metadata: Metadata = { title: "Vacature plaatsen voor uw initiatief" };

export default async function VacatureInitiatiefnemerPage({ searchParams }: { searchParams: Promise<{ geplaatst?: string; ingetrokken?: string }> }) {
  const user = await requireUserPage("/vrijwilligers/vacatures/nieuw");
  const { geplaatst, ingetrokken } = await searchParams;
  const [initiatieven, wijken, eigen] = await Promise.all([eigenGoedgekeurdeInitiatieven(user), listWijken(), eigenVacatures(user)]);
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/vrijwilligers", label: "Vrijwilligers en burenhulp" }, { href: "/vrijwilligers/vacatures", label: "Vacatures" }, { label: "Vacature plaatsen" }]} />
      <h1>Vacature plaatsen voor uw initiatief</h1>
      {geplaatst ? (
        <Alert type="ok" role="status">
          Uw vacature is ontvangen. Een medewerker van de gemeente controleert hem eerst. Daarna staat hij online.
        </Alert>
      ) : null}
      {ingetrokken ? (
        <Alert type="ok" role="status">
          Uw vacature is ingetrokken. Hij staat niet meer online.
        </Alert>
      ) : null}
      {eigen.length ? (
        <section aria-labelledby="eigen-vacatures">
          <h2 id="eigen-vacatures">Uw vacatures</h2>
          <ul>
            {eigen.map((v) => (
              <li key={v.id}>
                {v.status === "GEPUBLICEERD" ? <Link href={`/vrijwilligers/vacatures/${v.slug}`}>{v.titel}</Link> : v.titel}: <strong>{EIGEN_STATUS[v.status] ?? v.status}</strong>{" "}
                {v.status !== "GEARCHIVEERD" ? <ActionButton action={trekVacatureIn} fields={{ id: v.id }} label={`Intrekken: ${v.titel}`} variant="secondary" /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {hasPermission(user, "vacature:publish") ? (
        <p>
          U bent medewerker: plaats vacatures via <Link href="/beheer/vacatures/nieuw">Beheer</Link>.
        </p>
      ) : initiatieven.length ? (
        <>
          <p className="text-xl">Zoekt u vrijwilligers voor uw goedgekeurde initiatief? Plaats hier een vacature. Reacties krijgt u per e-mail.</p>
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
