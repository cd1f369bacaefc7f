import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { listSignalen, SIGNAAL_STATUS_NAMEN, SOORT_NAMEN } from "@/lib/data/signalen";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SignaalBehandelForm } from "../../forms";
import { metToegang } from "@/lib/auth/pagina";
import { datumTijd } from "@/lib/format";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";

export const metadata: Metadata = { title: "Signalen" };

const KLAAR: Record<string, string> = {
  gekoppeld: "Het signaal is gekoppeld aan de agenda.",
  afgehandeld: "Het signaal is afgehandeld.",
  gemaild: "Het signaal is afgehandeld. De inwoner heeft uw reactie per e-mail gekregen.",
};

export default async function SignalenPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ klaar?: string }> }) {
  const { slug } = await routeParams(params, { slug: "slug" });
  const { klaar } = await searchParams;
  const user = await requireStaffPage(`/beheer/wijken/${slug}/signalen`);
  const { wijk, signalen, opties } = await metToegang("medewerker", listSignalen(user, slug));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/wijken", label: "Wijken" }, { label: `Signalen ${wijk.naam}` }]} />
      <h1>Signalen uit {wijk.naam}</h1>
      {klaar && KLAAR[klaar] ? (
        <Alert type="ok" role="status">
          {KLAAR[klaar]}
        </Alert>
      ) : null}
      <p>
        Ideeën, zorgen en wensen van inwoners voor de sociale agenda. Koppel ze aan een thema of actie en laat weten wat ermee gebeurt.{" "}
        {opties.length ? null : (
          <>
            De agenda heeft nog geen thema&apos;s: <Link href={`/beheer/wijken/${wijk.slug}/agenda`}>voeg eerst een thema toe</Link>.
          </>
        )}
      </p>
      {signalen.length ? (
        <ol className="list-none p-0">
          {signalen.map((s, i) => (
            <Card as="li" key={s.id} className="mb-4">
              <h2 className="mt-0 text-[1.2rem]">
                {SOORT_NAMEN[s.soort][0].toUpperCase() + SOORT_NAMEN[s.soort].slice(1)} van {datumTijd(s.createdAt)}
              </h2>
              <p className="whitespace-pre-line">{s.tekst}</p>
              <DataList>
                <dt>Status</dt>
                <dd>
                  <StatusBadge>{SIGNAAL_STATUS_NAMEN[s.status]}</StatusBadge>
                </dd>
                <dt>Gekoppeld aan</dt>
                <dd>{s.koppelingLabel ?? "—"}</dd>
                <dt>Reactie</dt>
                <dd>{s.reactie ?? "—"}</dd>
                <dt>E-mailadres</dt>
                <dd>{s.heeftEmail ? "Ja, de inwoner wil een reactie" : "Nee (anoniem)"}</dd>
              </DataList>
              {s.status !== "AFGEHANDELD" ? (
                <>
                  <h3 className="text-[1.05rem]">Signaal behandelen</h3>
                  <SignaalBehandelForm slug={wijk.slug} signaalId={s.id} opties={opties} huidig={s.themaId} p={`signaal-${i}`} />
                </>
              ) : null}
            </Card>
          ))}
        </ol>
      ) : (
        <p>Er zijn nog geen signalen.</p>
      )}
    </>
  );
}
