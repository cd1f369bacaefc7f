import type { Metadata } from "next";
import Link from "next/link";
import { requireUserPage } from "@/lib/auth/session";
import { listMijnInitiatieven } from "@/lib/data/initiatieven";
import { STATUS_LABELS } from "@/lib/initiatief/labels";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { datum } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Mijn initiatieven" };


export default async function MijnInitiatievenPage({ searchParams }: { searchParams: Promise<{ verwijderd?: string }> }) {
  const { verwijderd } = await searchParams;
  const user = await requireUserPage("/mijn/initiatieven");
  const lijst = await listMijnInitiatieven(user);
  const concepten = lijst.filter((i) => i.status === "CONCEPT");
  const ingediend = lijst.filter((i) => i.status !== "CONCEPT");
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/mijn", label: "Mijn pagina" }, { label: "Mijn initiatieven" }]} />
      <h1>Mijn initiatieven</h1>
      {verwijderd ? (
        <Alert type="ok" role="status">
          Het initiatief is verwijderd.
        </Alert>
      ) : null}
      <p className="text-xl">Hier volgt u uw aanvragen, beantwoordt u vragen van de gemeente en vertelt u na afloop hoe het ging.</p>
      <p>
        <Link href="/initiatief/nieuw">Een nieuw initiatief starten</Link>
      </p>
      {ingediend.length === 0 && concepten.length === 0 ? <p>U heeft nog geen initiatieven.</p> : null}
      {ingediend.length ? (
        <>
          <h2>Verstuurd</h2>
          <ul className="list-none p-0 grid gap-3">
            {ingediend.map((i) => (
              <Card as="li" key={i.id}>
                <h3 className="m-0 text-[1.15rem]">
                  <Link href={`/mijn/initiatieven/${i.id}`}>{i.titel}</Link>
                </h3>
                <p className="m-0 mt-[0.3rem]">
                  <StatusBadge>{STATUS_LABELS[i.status]}</StatusBadge> {i.referentie}
                  {i.ingediendOp ? <> · verstuurd op {datum(i.ingediendOp)}</> : null}
                </p>
                {i.openVraag ? <p className="m-0 mt-[0.3rem] font-bold">De gemeente heeft een vraag aan u.</p> : null}
              </Card>
            ))}
          </ul>
        </>
      ) : null}
      {concepten.length ? (
        <>
          <h2>Nog niet verstuurd</h2>
          <ul className="list-none p-0 grid gap-3">
            {concepten.map((i) => (
              <Card as="li" key={i.id}>
                <h3 className="m-0 text-[1.15rem]">
                  <Link href={`/mijn/initiatieven/${i.id}`}>{i.titel || "Concept zonder naam"}</Link>
                </h3>
                <p className="m-0 mt-[0.3rem]">
                  <StatusBadge>{STATUS_LABELS[i.status]}</StatusBadge> · laatst bewaard op {datum(i.updatedAt)} ·{" "}
                  <Link href={`/initiatief/nieuw/hervat/${i.id}`}>
                    Verder gaan<span className="sr-only"> met {i.titel || "concept zonder naam"}</span>
                  </Link>
                </p>
              </Card>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
