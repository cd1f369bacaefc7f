import type { Metadata } from "next";
import { requireStaffPage } from "@/lib/auth/session";
import { zoekVerhalenBeheer } from "@/lib/data/verhalen";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { VerhaalModeratieForm } from "../../forms";
import { metToegang } from "@/lib/auth/pagina";
import { datumTijd } from "@/lib/format";
import { routeParams } from "@/lib/route-params";

export const metadata: Metadata = { title: "Verhalen" };

const STATUS = { INGEDIEND: "Wacht op beoordeling", GEPUBLICEERD: "Gepubliceerd", AFGEWEZEN: "Afgewezen" } as const;

export default async function VerhalenPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ klaar?: string }> }) {
  const { slug } = await routeParams(params, { slug: "slug" });
  const { klaar } = await searchParams;
  const user = await requireStaffPage(`/beheer/wijken/${slug}/verhalen`);
  const { wijk, verhalen } = await metToegang("medewerker", zoekVerhalenBeheer(user, slug));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/wijken", label: "Wijken" }, { label: `Verhalen ${wijk.naam}` }]} />
      <h1>Verhalen uit {wijk.naam}</h1>
      {klaar ? (
        <div className="notice notice--success" role="status">
          Het verhaal is {klaar === "gepubliceerd" ? "gepubliceerd op de wijkpagina" : "afgewezen"}.
        </div>
      ) : null}
      <p>Inwoners gaven toestemming om hun verhaal met de gekozen naam te publiceren. Publiceer alleen wat past bij de wijkpagina.</p>
      {verhalen.length ? (
        <ol style={{ listStyle: "none", padding: 0 }}>
          {verhalen.map((v) => (
            <li key={v.id} className="card" style={{ marginBottom: "1rem" }}>
              <h2 style={{ marginTop: 0, fontSize: "1.2rem" }}>{v.titel}</h2>
              <p style={{ whiteSpace: "pre-line" }}>{v.tekst}</p>
              <p className="muted">
                {v.auteurNaam}, {datumTijd(v.createdAt)}
                {v.plek ? ` · over ${v.plek.naam}` : v.initiatief ? ` · over ${v.initiatief.titel}` : ""} · toestemming: {v.toestemming ? "ja" : "nee"}
              </p>
              <p>
                <span className="status">{STATUS[v.status]}</span>
              </p>
              {v.status === "INGEDIEND" ? <VerhaalModeratieForm slug={wijk.slug} verhaalId={v.id} /> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>Er zijn nog geen verhalen ingestuurd.</p>
      )}
    </>
  );
}
