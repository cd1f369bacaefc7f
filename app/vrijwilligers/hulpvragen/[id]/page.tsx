import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { currentUser } from "@/lib/auth/session";
import { leesPubliekeHulpvraag, leesHulpvraagRelatie } from "@/lib/data/hulpvragen";
import { leesContactVan } from "@/lib/data/vrijwilligers";
import { HULP_SOORTEN, labelVan } from "@/lib/validation/vrijwilligers";
import { datum } from "@/lib/format";
import { AanbodForm, MeldForm } from "../../forms";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { DataBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { lieverBellen } from "@/components/ui/liever-bellen";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ aangeboden?: string; gemeld?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const h = await leesPubliekeHulpvraag((await routeParams(params, { id: "id" })).id);
  return { title: h ? `${h.titel} (hulpvraag)` : "Hulpvraag niet gevonden" };
}

export default async function HulpvraagPage({ params, searchParams }: Props) {
  const { id } = await routeParams(params, { id: "id" });
  const { aangeboden, gemeld } = await searchParams;
  const h = await leesPubliekeHulpvraag(id);
  if (!h) notFound();
  const user = await currentUser();
  const [relatie, contact] = await Promise.all([leesHulpvraagRelatie(user, h.id), user ? leesContactVan(user) : null]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/vrijwilligers", label: "Vrijwilligers en burenhulp" }, { href: "/vrijwilligers/hulpvragen", label: "Hulpvragen" }, { label: h.titel }]} />
      <h1>{h.titel}</h1>
      {aangeboden ? (
        <Alert type="ok" role="status">
          Bedankt! Uw aanbod is verstuurd. Neemt de vrager het aan, dan ziet u elkaars contactgegevens op{" "}
          <Link href="/mijn/hulpvragen">Mijn hulpvragen</Link>.
        </Alert>
      ) : null}
      {gemeld ? (
        <Alert type="ok" role="status">
          Bedankt voor uw melding. Een opbouwwerker kijkt ernaar.
        </Alert>
      ) : null}
      <p>
        <DataBadge>{labelVan(HULP_SOORTEN, h.soort)}</DataBadge>
        <DataBadge>{h.wijk.naam}</DataBadge>
      </p>
      <p className="text-xl max-w-3xl whitespace-pre-line">
        {h.beschrijving}
      </p>
      <DataList>
        <dt>Wijk of dorp</dt>
        <dd>{h.wijk.naam}</dd>
        <dt>Geplaatst op</dt>
        <dd>{datum(h.createdAt)}</dd>
        <dt>Open tot</dt>
        <dd>{datum(h.verlooptOp)}</dd>
      </DataList>

      <Card as="section" aria-labelledby="helpen" className="max-w-3xl mt-6">
        <h2 className="mt-0" id="helpen">
          Wilt u helpen?
        </h2>
        {!user ? (
          <p>
            <Link href={`/inloggen?terug=${encodeURIComponent(`/vrijwilligers/hulpvragen/${h.id}`)}`}>Log in</Link> om hulp aan te bieden.
            U krijgt een inloglink per e-mail; een wachtwoord is niet nodig.
          </p>
        ) : relatie.eigen ? (
          <p>
            Dit is uw eigen hulpvraag. Bekijk de aanbiedingen op <Link href={`/mijn/hulpvragen/${h.id}`}>uw pagina</Link>.
          </p>
        ) : relatie.aangeboden ? (
          <p>
            U heeft al hulp aangeboden. U ziet de reactie op <Link href="/mijn/hulpvragen">Mijn hulpvragen</Link>.
          </p>
        ) : (
          <AanbodForm hulpvraagId={h.id} naam={contact?.naam ?? ""} telefoon={contact?.telefoon ?? ""} />
        )}
      </Card>
      {await lieverBellen()}

      <div className="mt-6">
        <MeldForm entiteit="Hulpvraag" entiteitId={h.id} />
      </div>
    </>
  );
}
