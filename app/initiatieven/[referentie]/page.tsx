import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { leesPubliekInitiatief } from "@/lib/data/initiatief/publiek";
import { DOEL_LABELS_BEWONER, STATUS_LABELS } from "@/lib/initiatief/labels";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { routeParams } from "@/lib/route-params";
import { DataBadge, StatusBadge } from "@/components/ui/badge";

export async function generateMetadata({ params }: { params: Promise<{ referentie: string }> }): Promise<Metadata> {
  const i = await leesPubliekInitiatief((await routeParams(params, { referentie: "referentie" })).referentie);
  return { title: i ? i.titel : "Initiatief niet gevonden" };
}

/** Public page of an approved initiative whose makers agreed to publication. No personal data. */
export default async function PubliekInitiatiefPage({ params }: { params: Promise<{ referentie: string }> }) {
  const i = await leesPubliekInitiatief((await routeParams(params, { referentie: "referentie" })).referentie);
  if (!i) notFound();
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, ...(i.wijk ? [{ href: `/wijken/${i.wijk.slug}`, label: i.wijk.naam }] : []), { label: i.titel }]} />
      <h1>{i.titel}</h1>
      <p>
        <StatusBadge>{STATUS_LABELS[i.status]}</StatusBadge> Een initiatief van inwoners{i.wijk ? <> in {i.wijk.naam}</> : null}.
      </p>
      <p>
        {i.doelen.map((d) => (
          <DataBadge key={d}>
            {DOEL_LABELS_BEWONER[d]}
          </DataBadge>
        ))}
      </p>
      <h2>Wat ze doen</h2>
      <p className="whitespace-pre-line">{i.ikWil}</p>
      {i.ikKan ? <p className="whitespace-pre-line">{i.ikKan}</p> : null}
      {i.voorWie ? (
        <>
          <h2>Voor wie</h2>
          <p className="whitespace-pre-line">{i.voorWie}</p>
        </>
      ) : null}
      {i.meedoen ? (
        <>
          <h2>Meedoen</h2>
          <p className="whitespace-pre-line">{i.meedoen}</p>
        </>
      ) : null}
      {i.verhaal ? (
        <section aria-labelledby="verhaal-kop">
          <h2 id="verhaal-kop">Hoe ging het?</h2>
          <p className="whitespace-pre-line">{i.verhaal.bereikt}</p>
          {i.verhaal.deelnemers !== null ? <p>Er deden ongeveer {i.verhaal.deelnemers} mensen mee.</p> : null}
          {i.verhaal.bijdragen ? <p className="whitespace-pre-line">{i.verhaal.bijdragen}</p> : null}
          {i.verhaal.citaten ? <blockquote className="whitespace-pre-line">{i.verhaal.citaten}</blockquote> : null}
        </section>
      ) : null}
      <p>
        Zelf een idee? <Link href="/initiatief">Start een initiatief</Link>.
      </p>
    </div>
  );
}
