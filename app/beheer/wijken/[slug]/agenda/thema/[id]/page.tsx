import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaffPage } from "@/lib/auth/session";
import { getAgendaBeheer } from "@/lib/data/agenda";
import { ACTIE_STATUS_NAMEN } from "@/lib/agenda";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActieForm, ThemaForm, VerwijderForm } from "../../../../forms";
import { metToegang } from "@/lib/auth/pagina";
import { routeParams } from "@/lib/route-params";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Thema bewerken" };

const KLAAR: Record<string, string> = { thema: "Het thema is toegevoegd. Voeg nu acties toe.", actie: "De actie is opgeslagen in het concept.", verwijderd: "De actie is verwijderd uit het concept." };

export default async function ThemaPage({ params, searchParams }: { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ klaar?: string }> }) {
  const { slug, id } = await routeParams(params, { slug: "slug", id: "id" });
  const { klaar } = await searchParams;
  const user = await requireStaffPage(`/beheer/wijken/${slug}/agenda`);
  const a = await metToegang("medewerker", getAgendaBeheer(user, slug));
  const t = a.inhoud.themas.find((x) => x.id === id);
  if (!t) notFound();
  const terug = `/beheer/wijken/${a.wijk.slug}/agenda`;
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/wijken", label: "Wijken" }, { href: terug, label: `Agenda ${a.wijk.naam}` }, { label: t.titel }]} />
      <h1>Thema: {t.titel}</h1>
      {klaar && KLAAR[klaar] ? (
        <Alert type="ok" role="status">
          {KLAAR[klaar]}
        </Alert>
      ) : null}
      <p>
        Wijzigingen komen in het concept. <Link href={`${terug}#publiceren`}>Terug naar de agenda om te publiceren</Link>.
      </p>

      <section aria-labelledby="thema-kop" className="max-w-3xl">
        <h2 id="thema-kop">Thema aanpassen</h2>
        <ThemaForm slug={a.wijk.slug} thema={t} indicatoren={a.indicatoren} p="thema" />
      </section>

      <section aria-labelledby="acties-kop" className="max-w-3xl">
        <h2 id="acties-kop">Acties</h2>
        {t.acties.length ? (
          <ol className="list-none p-0">
            {t.acties.map((x, i) => (
              <Card as="li" key={x.id} className="mb-4">
                <h3 className="mt-0">
                  {x.wat} <StatusBadge>{ACTIE_STATUS_NAMEN[x.status]}</StatusBadge>
                </h3>
                <details>
                  <summary>Actie &apos;{x.wat}&apos; aanpassen</summary>
                  <ActieForm slug={a.wijk.slug} themaId={t.id} actie={x} p={`actie-${i}`} />
                </details>
                <VerwijderForm slug={a.wijk.slug} themaId={t.id} actieId={x.id} label={`Actie '${x.wat}' verwijderen`} />
              </Card>
            ))}
          </ol>
        ) : (
          <p>Nog geen acties.</p>
        )}
        <h3>Actie toevoegen</h3>
        <ActieForm slug={a.wijk.slug} themaId={t.id} p="nieuwe-actie" />
      </section>

      <section aria-labelledby="verwijder-kop">
        <h2 id="verwijder-kop">Thema verwijderen</h2>
        <p>Het thema verdwijnt uit het concept. Gepubliceerde versies blijven bewaard.</p>
        <VerwijderForm slug={a.wijk.slug} themaId={t.id} label="Thema verwijderen" />
      </section>
    </>
  );
}
