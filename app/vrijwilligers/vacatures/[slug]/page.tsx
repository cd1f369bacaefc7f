import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { currentUser } from "@/lib/auth/session";
import { leesPubliekeVacature, heeftGereageerd } from "@/lib/data/vacatures";
import { leesContactVan } from "@/lib/data/vrijwilligers";
import { MeldForm, VacatureReactieForm } from "../../forms";
import { routeParams } from "@/lib/route-params";

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
        <div className="notice notice--success" role="status">
          Bedankt! Uw reactie is verstuurd naar {v.contactNaam}. U hoort van de organisatie.
        </div>
      ) : null}
      {gemeld ? (
        <div className="notice notice--success" role="status">
          Bedankt voor uw melding. Een medewerker kijkt ernaar.
        </div>
      ) : null}
      <p className="lead max-w-3xl" style={{ whiteSpace: "pre-line" }}>
        {v.beschrijving}
      </p>
      <dl className="facts">
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
      </dl>

      <section aria-labelledby="reageren" className="card max-w-3xl" style={{ marginTop: "1.5rem" }}>
        <h2 id="reageren" style={{ marginTop: 0 }}>
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
      </section>

      <div style={{ marginTop: "1.5rem" }}>
        <MeldForm entiteit="Vacature" entiteitId={v.id} />
      </div>
    </>
  );
}
