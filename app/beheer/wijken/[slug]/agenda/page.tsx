import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { getAgendaBeheer } from "@/lib/data/agenda";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { WijzigingenLijst } from "@/components/wijken/agenda-view";
import { PubliceerForm, ThemaForm } from "../../forms";
import { metToegang } from "@/lib/auth/pagina";
import { datumTijd } from "@/lib/format";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sociale agenda bewerken" };

const KLAAR: Record<string, string> = { thema: "Het thema is opgeslagen in het concept.", verwijderd: "Verwijderd uit het concept." };

export default async function AgendaBeheerPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ gepubliceerd?: string; klaar?: string }> }) {
  const { slug } = await routeParams(params, { slug: "slug" });
  const { gepubliceerd, klaar } = await searchParams;
  const user = await requireStaffPage(`/beheer/wijken/${slug}/agenda`);
  const a = await metToegang("medewerker", getAgendaBeheer(user, slug));
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/wijken", label: "Wijken" }, { label: `Agenda ${a.wijk.naam}` }]} />
      <h1>Sociale agenda van {a.wijk.naam}</h1>
      {gepubliceerd ? (
        <Alert type="ok" role="status">
          Versie {gepubliceerd} is gepubliceerd. <Link href={`/wijken/${a.wijk.slug}#agenda`}>Bekijk de wijkpagina</Link>.
        </Alert>
      ) : klaar && KLAAR[klaar] ? (
        <Alert type="ok" role="status">
          {KLAAR[klaar]}
        </Alert>
      ) : null}
      <p>
        U werkt in een concept. Inwoners zien pas iets als u publiceert.{" "}
        {a.laatsteVersie ? (
          <>
            Laatst gepubliceerd: versie {a.laatsteVersie.versie} op {datumTijd(a.laatsteVersie.createdAt)}.{" "}
            <Link href={`/wijken/${a.wijk.slug}/agenda/versies`}>Alle versies</Link>
          </>
        ) : (
          "Deze agenda is nog niet gepubliceerd."
        )}
      </p>

      <h2>Thema&apos;s in het concept</h2>
      {a.inhoud.themas.length ? (
        <ol className="list-none p-0">
          {a.inhoud.themas.map((t) => (
            <Card as="li" key={t.id} className="mb-3">
              <h3 className="mt-0">{t.titel}</h3>
              <p>{t.beschrijving}</p>
              <p className="text-muted">
                {t.acties.length === 1 ? "1 actie" : `${t.acties.length} acties`}
                {t.cijfers.length ? ` · ${t.cijfers.length} gekoppelde cijfers` : ""}
              </p>
              <Link href={`/beheer/wijken/${a.wijk.slug}/agenda/thema/${t.id}`}>Thema &apos;{t.titel}&apos; en acties bewerken</Link>
            </Card>
          ))}
        </ol>
      ) : (
        <p>Het concept heeft nog geen thema&apos;s.</p>
      )}

      <section aria-labelledby="nieuw-thema" className="max-w-3xl">
        <h2 id="nieuw-thema">Thema toevoegen</h2>
        <ThemaForm slug={a.wijk.slug} indicatoren={a.indicatoren} p="nieuw-thema" />
      </section>

      <section aria-labelledby="publiceren" className="max-w-3xl">
        <h2 id="publiceren">Publiceren</h2>
        <p>{a.laatsteVersie ? `Wijzigingen sinds versie ${a.laatsteVersie.versie}:` : "Dit wordt versie 1 met:"}</p>
        <WijzigingenLijst wijzigingen={a.wijzigingen} />
        <p>De vorige versies blijven bewaard en zichtbaar voor iedereen.</p>
        <PubliceerForm slug={a.wijk.slug} />
      </section>
    </>
  );
}
