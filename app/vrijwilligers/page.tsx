import type { Metadata } from "next";
import Link from "next/link";
import { listVacatures } from "@/lib/data/vacatures";
import { listOpenHulpvragen } from "@/lib/data/hulpvragen";
import { env } from "@/lib/env";
import { HULP_SOORTEN, labelVan } from "@/lib/validation/vrijwilligers";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Vrijwilligers en burenhulp" };

export default async function VrijwilligersPage() {
  const [vacatures, hulpvragen] = await Promise.all([listVacatures({}, 3), listOpenHulpvragen({}, 3)]);
  return (
    <>
      <h1>Vrijwilligers en burenhulp</h1>
      <p className="text-xl max-w-3xl">
        {env().GEMEENTE_NAAM} voor Elkaar: word vrijwilliger bij een club of initiatief, help een buurtgenoot met een klein klusje, of
        vraag zelf om hulp.
      </p>
      <ul className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0">
        <Card as="li">
          <h2 className="mt-0 text-xl">
            <Link href="/vrijwilligers/vacatures">Vrijwilligerswerk zoeken</Link>
          </h2>
          <p>Vacatures van organisaties en initiatieven in uw wijk of dorp. Eenmalig of regelmatig.</p>
        </Card>
        <Card as="li">
          <h2 className="mt-0 text-xl">
            <Link href="/vrijwilligers/hulpvragen">Een buurtgenoot helpen</Link>
          </h2>
          <p>Kleine hulpvragen van inwoners: boodschappen, vervoer, een klusje of gezelschap.</p>
        </Card>
        <Card as="li">
          <h2 className="mt-0 text-xl">
            <Link href="/vrijwilligers/hulpvragen/nieuw">Zelf hulp vragen</Link>
          </h2>
          <p>Vraag een buurtgenoot om hulp. Uw naam en contactgegevens blijven verborgen tot u zelf een aanbod aanneemt.</p>
        </Card>
        <Card as="li">
          <h2 className="mt-0 text-xl">
            <Link href="/mijn/vrijwilliger">Aanmelden als vrijwilliger</Link>
          </h2>
          <p>Vertel waar u goed in bent en wanneer u tijd heeft. U kiest zelf of organisaties u mogen vinden.</p>
        </Card>
      </ul>

      <section aria-labelledby="nieuwe-vacatures">
        <h2 id="nieuwe-vacatures">Nieuwe vacatures</h2>
        {vacatures.length ? (
          <ul>
            {vacatures.map((v) => (
              <li key={v.id}>
                <Link href={`/vrijwilligers/vacatures/${v.slug}`}>{v.titel}</Link> <span className="text-muted">({v.aanbieder}, {v.wijk.naam})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>Er zijn op dit moment geen vacatures.</p>
        )}
        <p>
          <Link href="/vrijwilligers/vacatures">Alle vacatures</Link>
        </p>
      </section>

      <section aria-labelledby="nieuwe-hulpvragen">
        <h2 id="nieuwe-hulpvragen">Nieuwe hulpvragen</h2>
        {hulpvragen.length ? (
          <ul>
            {hulpvragen.map((h) => (
              <li key={h.id}>
                <Link href={`/vrijwilligers/hulpvragen/${h.id}`}>{h.titel}</Link>{" "}
                <span className="text-muted">
                  ({labelVan(HULP_SOORTEN, h.soort)}, {h.wijk.naam})
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>Er zijn op dit moment geen open hulpvragen.</p>
        )}
        <p>
          <Link href="/vrijwilligers/hulpvragen">Alle hulpvragen</Link>
        </p>
      </section>
    </>
  );
}
