import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { huidigeSlug } from "@/lib/data/gebieden";
import { getAgendaVersie } from "@/lib/data/agenda";
import { isAppError } from "@/lib/errors";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AgendaView, WijzigingenLijst } from "@/components/wijken/agenda-view";
import { routeParams } from "@/lib/route-params";
import { datumTijd } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { DataList } from "@/components/ui/data-list";

type Props = { params: Promise<{ slug: string; versie: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Sociale agenda, versie ${(await routeParams(params, { slug: "slug", versie: "getal" })).versie}` };
}

async function load(slug: string, versie: string) {
  const n = Number(versie);
  if (!Number.isInteger(n) || n < 1) return null;
  try {
    return await getAgendaVersie(slug, n);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  }
}

export default async function VersiePage({ params }: Props) {
  const { slug, versie } = await routeParams(params, { slug: "slug", versie: "getal" });
  const v = await load(slug, versie);
  if (!v) {
    const nieuw = await huidigeSlug(slug); // a renamed gebied
    if (nieuw) permanentRedirect(`/wijken/${nieuw}/agenda/versies/${versie}`);
    notFound();
  }
  const base = `/wijken/${v.wijk.slug}/agenda/versies`;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/", label: "Home" },
          { href: "/wijken", label: "Wijken en dorpen" },
          { href: `/wijken/${v.wijk.slug}`, label: v.wijk.naam },
          { href: base, label: "Versies van de agenda" },
          { label: `Versie ${v.versie}` },
        ]}
      />
      <h1>
        Sociale agenda van {v.wijk.naam}, versie {v.versie}
      </h1>
      {v.versie < v.nieuwsteVersie ? (
        <Alert type="warning">
          Dit is een oudere versie. <Link href={`/wijken/${v.wijk.slug}#agenda`}>Bekijk de nieuwste versie (versie {v.nieuwsteVersie})</Link>.
        </Alert>
      ) : (
        <Alert>Dit is de nieuwste versie.</Alert>
      )}
      <DataList>
        <dt>Gepubliceerd op</dt>
        <dd>{datumTijd(v.createdAt)}</dd>
        <dt>Door</dt>
        <dd>{v.auteurNaam ?? "onbekend"}</dd>
        <dt>Toelichting</dt>
        <dd>{v.toelichting || "—"}</dd>
      </DataList>
      <h2>Wat veranderde {v.vorigeVersie ? `ten opzichte van versie ${v.vorigeVersie}` : "(eerste versie)"}</h2>
      <WijzigingenLijst wijzigingen={v.wijzigingen} />
      <h2>Thema&apos;s en acties</h2>
      <AgendaView inhoud={v.inhoud} />
      <nav aria-label="Andere versies" className="my-5 flex flex-wrap items-center gap-3">
        {v.vorigeVersie ? <Link href={`${base}/${v.vorigeVersie}`}>Vorige versie ({v.vorigeVersie})</Link> : null}
        {v.versie < v.nieuwsteVersie ? <Link href={`${base}/${v.versie + 1}`}>Volgende versie ({v.versie + 1})</Link> : null}
        <Link href={base}>Alle versies</Link>
      </nav>
    </>
  );
}
