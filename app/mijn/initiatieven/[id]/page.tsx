import type { Metadata } from "next";
import { Fragment } from "react";
import { DataList } from "@/components/ui/data-list";
import Link from "next/link";
import { requireUserPage } from "@/lib/auth/session";
import { leesMijnInitiatief } from "@/lib/data/initiatief/eigenaar";
import { metToegang } from "@/lib/auth/pagina";
import { STATUS_LABELS, STATUS_UITLEG } from "@/lib/initiatief/labels";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AntwoordForm, IntrekForm, VerantwoordingForm, VerwijderForm } from "./forms";
import { routeParams } from "@/lib/route-params";
import { datum, euro } from "@/lib/format";
import { instellingen } from "@/lib/instellingen";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/classes";
import { zoekMijnUpdates } from "@/lib/data/initiatief/vertellen";
import { PUBLIEK } from "@/lib/data/initiatief/publiek";
import { env } from "@/lib/env";
import { UpdateForm, VerwijderUpdateForm } from "./vertellen-forms";

export const metadata: Metadata = { title: "Mijn initiatief" };


const GEDAAN: Record<string, string> = {
  antwoord: "Uw antwoord is verstuurd. De medewerker gaat verder met uw aanvraag.",
  ingetrokken: "Uw aanvraag is ingetrokken.",
  verantwoording: "Bedankt voor uw verhaal! Uw initiatief is afgerond.",
  update: "Uw update staat op de openbare pagina van uw initiatief.",
  "update-weg": "De update is verwijderd.",
};

async function laad(id: string) {
  const user = await requireUserPage(`/mijn/initiatieven/${id}`);
  const i = await metToegang("eigen", leesMijnInitiatief(user, id));
  const openbaar = i.openbaar && PUBLIEK.includes(i.status) && !!i.referentie;
  return { i, openbaar, updates: openbaar ? await zoekMijnUpdates(user, id) : [] };
}

export default async function MijnInitiatiefPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ gedaan?: string }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const { gedaan } = await searchParams;
  const { i, openbaar, updates } = await laad(id);
  const besluit = i.bedragToegekend !== null || i.voorwaarden || i.besluitReden || i.doorverwezenNaar;
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/mijn", label: "Mijn pagina" }, { href: "/mijn/initiatieven", label: "Mijn initiatieven" }, { label: i.titel || "Concept" }]} />
      {gedaan && GEDAAN[gedaan] ? (
        <Alert type="ok" role="status">
          {GEDAAN[gedaan]}
        </Alert>
      ) : null}
      <h1>{i.titel || "Concept zonder naam"}</h1>
      <p>
        {i.referentie ? <>Nummer: <strong>{i.referentie}</strong> · </> : null}
        Status: <StatusBadge>{STATUS_LABELS[i.status]}</StatusBadge>
      </p>
      <p className="text-xl">{STATUS_UITLEG[i.status]}</p>

      <section aria-labelledby="ingediend-kop" className="my-6">
        <h2 id="ingediend-kop">{i.status === "CONCEPT" ? "Wat u tot nu toe invulde" : "Wat u heeft ingediend"}</h2>
        <DataList>
          {i.ingediendOp ? (
            <>
              <dt>Ingediend op</dt>
              <dd>{datum(i.ingediendOp)}</dd>
            </>
          ) : null}
          <dt>Uw idee</dt>
          <dd className="whitespace-pre-line">{i.ikWil || "Nog niet ingevuld"}</dd>
          <dt>Wijk of dorp</dt>
          <dd>{i.wijkNaam ?? "Geen wijk gekozen"}</dd>
          <dt>Gevraagd bedrag</dt>
          <dd>{i.bedragGevraagd !== null ? euro(i.bedragGevraagd) : "Geen geld gevraagd"}</dd>
        </DataList>
        {i.begroting.length ? (
          <>
            <h3 className="text-lg">Uw begroting</h3>
            <DataList>
              {i.begroting.map((b, n) => (
                <Fragment key={n}>
                  <dt>{b.post}</dt>
                  <dd>{euro(b.bedrag)}</dd>
                </Fragment>
              ))}
            </DataList>
          </>
        ) : null}
        <p className="text-muted print:hidden">Wilt u dit op papier? Gebruik Afdrukken in uw browser.</p>
      </section>

      {i.status === "CONCEPT" ? (
        <p>
          <Link className={buttonClass("primary")} href={`/initiatief/nieuw/hervat/${i.id}`}>
            Verder gaan
          </Link>
        </p>
      ) : null}

      {i.status === "AANVULLING_GEVRAAGD" ? (
        <Card as="section" aria-labelledby="vraag-kop" className="my-6">
          <h2 className="mt-0" id="vraag-kop">
            Beantwoord de vraag van de gemeente
          </h2>
          {i.berichten.filter((b) => b.vanGemeente).slice(-1).map((b) => (
            <blockquote className="whitespace-pre-line border-l-4 border-brand pl-[0.8rem] m-0 mb-4" key={b.id}>
              {b.tekst}
            </blockquote>
          ))}
          <AntwoordForm id={i.id} />
        </Card>
      ) : null}

      {besluit ? (
        <section aria-labelledby="besluit-kop">
          <h2 id="besluit-kop">Besluit{i.besluitOp ? <> van {datum(i.besluitOp)}</> : null}</h2>
          <dl>
            {i.bedragToegekend !== null ? (
              <>
                <dt className="font-bold">Toegekend bedrag</dt>
                <dd className="m-0 mb-2">{euro(i.bedragToegekend)}{i.bedragGevraagd !== null ? <> (u vroeg {euro(i.bedragGevraagd)})</> : null}</dd>
              </>
            ) : null}
            {i.voorwaarden ? (
              <>
                <dt className="font-bold">Voorwaarden</dt>
                <dd className="m-0 mb-2 whitespace-pre-line">{i.voorwaarden}</dd>
              </>
            ) : null}
            {i.besluitReden ? (
              <>
                <dt className="font-bold">Toelichting</dt>
                <dd className="m-0 mb-2 whitespace-pre-line">{i.besluitReden}</dd>
              </>
            ) : null}
            {i.doorverwezenNaar ? (
              <>
                <dt className="font-bold">Doorverwezen naar</dt>
                <dd className="m-0 mb-2 whitespace-pre-line">{i.doorverwezenNaar}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {i.acties.includes("afronden") ? (
        <Card as="section" aria-labelledby="verhaal-kop" className="my-6">
          <h2 className="mt-0" id="verhaal-kop">
            Vertel hoe het ging
          </h2>
          <p>Is uw initiatief gebeurd? Vertel ons kort wat er is bereikt, wie meehielp en wat de deelnemers ervan vonden. Foto&apos;s zijn niet nodig.</p>
          <VerantwoordingForm id={i.id} groot={(i.bedragToegekend ?? 0) > (await instellingen()).kleinBedrag} />
        </Card>
      ) : null}

      {i.verantwoording ? (
        <section aria-labelledby="verslag-kop">
          <h2 id="verslag-kop">Uw verhaal</h2>
          <p className="whitespace-pre-line">{i.verantwoording.bereikt}</p>
          {i.verantwoording.deelnemers !== null ? <p>Ongeveer {i.verantwoording.deelnemers} deelnemers.</p> : null}
          {i.verantwoording.bijdragen ? <p className="whitespace-pre-line">{i.verantwoording.bijdragen}</p> : null}
          {i.verantwoording.citaten ? <blockquote className="whitespace-pre-line">{i.verantwoording.citaten}</blockquote> : null}
        </section>
      ) : null}

      {openbaar ? (
        <Card as="section" aria-labelledby="updates-kop" className="my-6">
          <h2 className="mt-0" id="updates-kop">
            Vertel wat uw initiatief oplevert
          </h2>
          <p>
            Laat zien hoe het gaat. Uw update komt op de <Link href={`/initiatieven/${i.referentie}`}>openbare pagina van uw initiatief</Link>. Zet er
            geen namen, adressen of telefoonnummers in.
          </p>
          <UpdateForm id={i.id} maxMb={env().UPLOAD_MAX_MB} />
          {updates.length ? (
            <>
              <h3>Uw updates</h3>
              <ul className="list-none p-0 grid gap-3">
                {updates.map((u) => (
                  <li key={u.id} className="border-b border-line pb-3">
                    <p className="m-0 font-bold">
                      {u.titel} · {datum(u.datum)}
                      {u.foto ? " · met foto" : ""}
                    </p>
                    <VerwijderUpdateForm id={i.id} updateId={u.id} titel={u.titel} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>
      ) : null}

      <section aria-labelledby="berichten-kop">
        <h2 id="berichten-kop">Berichten</h2>
        {i.berichten.length ? (
          <ol className="list-none p-0 grid gap-3">
            {i.berichten.map((b) => (
              <Card as="li" key={b.id}>
                <p className="m-0 font-bold">
                  {b.vanGemeente ? "Gemeente" : "U"} · {datum(b.datum)}
                </p>
                <p className="m-0 mt-[0.3rem] whitespace-pre-line">{b.tekst}</p>
              </Card>
            ))}
          </ol>
        ) : (
          <p>Er zijn nog geen berichten.</p>
        )}
      </section>

      <section aria-labelledby="geschiedenis-kop">
        <h2 id="geschiedenis-kop">Geschiedenis</h2>
        {i.geschiedenis.length ? (
          <ol className="mb-3 list-decimal pl-6">
            {i.geschiedenis.map((g, n) => (
              <li key={n}>
                {datum(g.datum)}: {STATUS_LABELS[g.status]}
              </li>
            ))}
          </ol>
        ) : (
          <p>Nog niet verstuurd.</p>
        )}
      </section>

      {i.acties.includes("intrekken") && i.status !== "CONCEPT" ? (
        <section aria-labelledby="intrekken-kop">
          <h2 id="intrekken-kop">Aanvraag intrekken</h2>
          <p>Gaat uw initiatief niet door? Dan kunt u uw aanvraag intrekken.</p>
          <IntrekForm id={i.id} />
        </section>
      ) : null}

      <section aria-labelledby="gegevens-kop">
        <h2 id="gegevens-kop">Uw gegevens</h2>
        <p>
          <a href={`/mijn/initiatieven/${i.id}/gegevens`} download>
            Download al mijn gegevens als bestand
          </a>
        </p>
        {i.magVerwijderen ? (
          <>
            <p>U kunt dit {i.status === "CONCEPT" ? "concept" : "ingetrokken initiatief"} verwijderen. Dit kunt u niet ongedaan maken.</p>
            <VerwijderForm id={i.id} />
          </>
        ) : (
          <p className="text-muted">
            Een verstuurde aanvraag bewaren we tot 2 jaar na het besluit. Wilt u dat we hem eerder verwijderen? Trek hem dan eerst in.
          </p>
        )}
      </section>
    </div>
  );
}
