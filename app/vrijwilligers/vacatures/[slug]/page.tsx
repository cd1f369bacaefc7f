import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { currentUser } from "@/lib/auth/session";
import { leesPubliekeVacature, heeftGereageerd } from "@/lib/data/vacatures";
import { leesContactVan } from "@/lib/data/vrijwilligers";
import { MeldForm, VacatureReactieForm } from "../../forms";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { lieverBellen } from "@/components/ui/liever-bellen";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ gereageerd?: string; gemeld?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const v = await leesPubliekeVacature((await routeParams(params, { slug: "slug" })).slug);
  return { title: v ? `${v.titel} (vacature)` : "Vacature niet gevonden" };
}

export default async function VacaturePage({ params, searchParams }: Props) {
  const { slug } = await routeParams(params, { slug: "slug" });
  const { gereageerd, gemeld } = await searchParams;
  const v = await leesPubliekeVacature(slug);
  if (!v) notFound();
  const user = await currentUser();
  const [al, contact] = await Promise.all([heeftGereageerd(user, v.id), user ? leesContactVan(user) : null]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/vrijwilligers", label: "Vrijwilligers en burenhulp" }, { href: "/vrijwilligers/vacatures", label: "Vacatures" }, { label: v.titel }]} />
      <h1>{v.titel}</h1>
      {gereageerd ? (
        <Alert type="ok" role="status">
          Bedankt! Uw reactie is verstuurd naar {v.contactNaam}. U hoort van de organisatie.
        </Alert>
      ) : null}
      {gemeld ? (
        <Alert type="ok" role="status">
          Bedankt voor uw melding. Een medewerker kijkt ernaar.
        </Alert>
      ) : null}
      <p className="text-xl max-w-3xl whitespace-pre-line">
        {v.beschrijving}
      </p>
      <DataList>
        <dt>Organisatie of initiatief</dt>
        <dd>{v.organisatieWebsite ? <a href={v.organisatieWebsite}>{v.aanbieder}</a> : v.aanbieder}</dd>
        <dt>Waar</dt>
        <dd>
          <Link href={`/wijken/${v.wijk.slug}`}>{v.wijk.naam}</Link>
        </dd>
        <dt>Soort werk</dt>
        <dd>{v.soortWerkLabel}</dd>
        <dt>Wanneer</dt>
        <dd>{v.wanneer}</dd>
        <dt>Hoe vaak</dt>
        <dd>
          {v.eenmalig ? "Eenmalig" : "Regelmatig"}, {v.tijdsbestedingLabel.toLowerCase()}
        </dd>
        {v.voorWie ? (
          <>
            <dt>Voor wie</dt>
            <dd>{v.voorWie}</dd>
          </>
        ) : null}
        <dt>Verklaring Omtrent Gedrag (VOG)</dt>
        <dd>{v.vogNodig ? "Ja, een VOG is nodig. De organisatie helpt u bij de aanvraag; die is gratis voor vrijwilligers." : "Niet nodig"}</dd>
        <dt>Contactpersoon</dt>
        <dd>{v.contactNaam}</dd>
      </DataList>

      <Card as="section" aria-labelledby="reageren" className="max-w-3xl mt-6">
        <h2 className="mt-0" id="reageren">
          Reageren
        </h2>
        {!user ? (
          <p>
            <Link href={`/inloggen?terug=${encodeURIComponent(`/vrijwilligers/vacatures/${v.slug}`)}`}>Log in</Link> om te reageren. U
            krijgt een inloglink per e-mail; een wachtwoord is niet nodig.
          </p>
        ) : al ? (
          <p>U heeft al gereageerd op deze vacature. De organisatie neemt contact met u op.</p>
        ) : (
          <VacatureReactieForm vacatureId={v.id} naam={contact?.naam ?? ""} telefoon={contact?.telefoon ?? ""} />
        )}
      </Card>
      {await lieverBellen()}

      <div className="mt-6">
        <MeldForm entiteit="Vacature" entiteitId={v.id} />
      </div>
    </>
  );
}
