import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { listVerhalenBeheer } from "@/lib/data/verhalen";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { VerhaalModeratieForm } from "../../forms";
import { metToegang } from "@/lib/auth/pagina";
import { datumTijd } from "@/lib/format";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Verhalen" };

const STATUS = { INGEDIEND: "Wacht op beoordeling", GEPUBLICEERD: "Gepubliceerd", AFGEWEZEN: "Afgewezen" } as const;

export default async function VerhalenPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ klaar?: string }> }) {
  const { slug } = await routeParams(params, { slug: "slug" });
  const { klaar } = await searchParams;
  const user = await requireStaffPage(`/beheer/wijken/${slug}/verhalen`);
  const { wijk, verhalen } = await metToegang("medewerker", listVerhalenBeheer(user, slug));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/wijken", label: "Wijken" }, { label: `Verhalen ${wijk.naam}` }]} />
      <h1>Verhalen uit {wijk.naam}</h1>
      {klaar ? (
        <Alert type="ok" role="status">
          Het verhaal is {klaar === "gepubliceerd" ? "gepubliceerd op de wijkpagina" : "afgewezen"}.
        </Alert>
      ) : null}
      <p>Inwoners gaven toestemming om hun verhaal met de gekozen naam te publiceren. Publiceer alleen wat past bij de wijkpagina.</p>
      {verhalen.length ? (
        <ol className="list-none p-0">
          {verhalen.map((v) => (
            <Card as="li" key={v.id} className="mb-4">
              <h2 className="mt-0 text-[1.2rem]">{v.titel}</h2>
              <p className="whitespace-pre-line">{v.tekst}</p>
              <p className="text-muted">
                {v.auteurNaam}, {datumTijd(v.createdAt)}
                {v.plek ? ` · over ${v.plek.naam}` : v.initiatief ? ` · over ${v.initiatief.titel}` : ""} · toestemming: {v.toestemming ? "ja" : "nee"}
              </p>
              <p>
                <StatusBadge>{STATUS[v.status]}</StatusBadge>
              </p>
              {v.status === "INGEDIEND" ? <VerhaalModeratieForm slug={wijk.slug} verhaalId={v.id} /> : null}
            </Card>
          ))}
        </ol>
      ) : (
        <p>Er zijn nog geen verhalen ingestuurd.</p>
      )}
    </>
  );
}
