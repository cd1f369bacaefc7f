import type { Metadata } from "next";
import Link from "next/link";
import { requireUserPage } from "@/lib/auth/session";
import { zoekMijnInitiatieven } from "@/lib/data/initiatief/eigenaar";
import { STATUS_LABELS } from "@/lib/initiatief/labels";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { datum } from "@/lib/format";

export const metadata: Metadata = { title: "Mijn initiatieven" };


export default async function MijnInitiatievenPage({ searchParams }: { searchParams: Promise<{ verwijderd?: string }> }) {
  const { verwijderd } = await searchParams;
  const user = await requireUserPage("/mijn/initiatieven");
  const lijst = await zoekMijnInitiatieven(user);
  const concepten = lijst.filter((i) => i.status === "CONCEPT");
  const ingediend = lijst.filter((i) => i.status !== "CONCEPT");
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/mijn", label: "Mijn pagina" }, { label: "Mijn initiatieven" }]} />
      <h1>Mijn initiatieven</h1>
      {verwijderd ? (
        <div className="notice notice--success" role="status">
          Het initiatief is verwijderd.
        </div>
      ) : null}
      <p className="lead">Hier volgt u uw aanvragen, beantwoordt u vragen van de gemeente en vertelt u na afloop hoe het ging.</p>
      <p>
        <Link href="/initiatief/nieuw">Een nieuw initiatief starten</Link>
      </p>
      {ingediend.length === 0 && concepten.length === 0 ? <p>U heeft nog geen initiatieven.</p> : null}
      {ingediend.length ? (
        <>
          <h2>Verstuurd</h2>
          <ul style={{ listStyle: "none", padding: 0, display: "grid", gap: "0.75rem" }}>
            {ingediend.map((i) => (
              <li key={i.id} className="card">
                <h3 style={{ margin: 0, fontSize: "1.15rem" }}>
                  <Link href={`/mijn/initiatieven/${i.id}`}>{i.titel}</Link>
                </h3>
                <p style={{ margin: "0.3rem 0 0" }}>
                  <span className="status">{STATUS_LABELS[i.status]}</span> {i.referentie}
                  {i.ingediendOp ? <> · verstuurd op {datum(i.ingediendOp)}</> : null}
                </p>
                {i.openVraag ? <p style={{ margin: "0.3rem 0 0", fontWeight: 700 }}>De gemeente heeft een vraag aan u.</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {concepten.length ? (
        <>
          <h2>Nog niet verstuurd</h2>
          <ul style={{ listStyle: "none", padding: 0, display: "grid", gap: "0.75rem" }}>
            {concepten.map((i) => (
              <li key={i.id} className="card">
                <h3 style={{ margin: 0, fontSize: "1.15rem" }}>
                  <Link href={`/mijn/initiatieven/${i.id}`}>{i.titel || "Concept zonder naam"}</Link>
                </h3>
                <p style={{ margin: "0.3rem 0 0" }}>
                  <span className="status">{STATUS_LABELS[i.status]}</span> · laatst bewaard op {datum(i.updatedAt)} ·{" "}
                  <Link href={`/initiatief/nieuw/hervat/${i.id}`}>
                    Verder gaan<span className="sr-only"> met {i.titel || "concept zonder naam"}</span>
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
