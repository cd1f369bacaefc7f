import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { leesWijkPagina, zoekVerhaalOnderwerpen } from "@/lib/data/wijken";
import { huidigeSlug } from "@/lib/data/gebieden";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AgendaView } from "@/components/wijken/agenda-view";
import { Wijkprofiel } from "@/components/wijken/wijkprofiel";
import { SignaalForm, VerhaalForm } from "./forms";
import { VolgForm } from "@/app/volgen/forms";
import { zoekVacatures } from "@/lib/data/vacatures";
import { telGelukteHulpvragen, zoekOpenHulpvragen } from "@/lib/data/hulpvragen";
import { routeParams } from "@/lib/route-params";
import { datum, getal } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { lieverBellen } from "@/components/ui/liever-bellen";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ verstuurd?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await leesWijkPagina((await routeParams(params, { slug: "slug" })).slug);
  return { title: p ? p.wijk.naam : "Niet gevonden" };
}

const SOORT: Record<string, string> = { WIJK: "wijk", DORP: "dorp", KERN: "kern", BUURT: "buurt" };
const DIT: Record<string, string> = { WIJK: "deze wijk", DORP: "dit dorp", KERN: "deze kern", BUURT: "deze buurt" };

export default async function WijkPage({ params, searchParams }: Props) {
  const { slug } = await routeParams(params, { slug: "slug" });
  const { verstuurd } = await searchParams;
  const p = await leesWijkPagina(slug);
  if (!p) {
    // A renamed gebied: the old address keeps working (308 to the new one).
    const nieuw = await huidigeSlug(slug);
    if (nieuw) permanentRedirect(`/wijken/${nieuw}`);
    notFound();
  }
  const { wijk } = p;
  const [onderwerpen, vacatures, hulpvragen, gelukt] = await Promise.all([
    zoekVerhaalOnderwerpen(wijk.id),
    zoekVacatures({ wijk: wijk.slug }, 5),
    zoekOpenHulpvragen({ wijk: wijk.slug }, 5),
    telGelukteHulpvragen(wijk.id),
  ]);
  const raad = wijk.soort === "WIJK" ? "wijkraad" : "dorpsraad";
  const klaar = (p.agenda?.inhoud.themas ?? []).flatMap((t) => t.acties.filter((a) => a.status === "KLAAR").map((a) => ({ ...a, thema: t.titel })));
  const ontmoeting = p.plekken.filter((x) => x.soort === "ONTMOETINGSPLEK");
  const voorzieningen = p.plekken.filter((x) => x.soort !== "ONTMOETINGSPLEK");
  return (
    <>
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/wijken", label: "Wijken en dorpen" }, { label: wijk.naam }]} />
      <h1>{wijk.naam}</h1>
      {verstuurd ? (
        <Alert type="ok" id="bedankt" role="status" tabIndex={-1}>
          {verstuurd === "volgen" ? (
            <>
              <strong>Kijk in uw mailbox.</strong> We stuurden een e-mail met een link. Bevestig daarmee dat u {wijk.naam} wilt volgen. Pas daarna sturen we
              nieuws.
            </>
          ) : verstuurd === "volgen-account" ? (
            <>
              <strong>U volgt {wijk.naam} nu.</strong> U krijgt een e-mail op het adres van uw account als er iets nieuws is.
            </>
          ) : verstuurd === "verhaal" ? (
            <>
              <strong>Dank u wel voor uw verhaal.</strong> De opbouwwerker leest het. Daarna komt het op deze pagina.
            </>
          ) : (
            <>
              <strong>Dank u wel. Uw bericht is verstuurd.</strong> De opbouwwerker van {wijk.naam} neemt het mee voor de sociale agenda. Gaf
              u uw e-mailadres? Dan hoort u wat er mee gebeurt.
            </>
          )}
        </Alert>
      ) : null}
      {wijk.gearchiveerdOp ? (
        <Alert role="note">
          Dit gebied is gearchiveerd. De gemeente gebruikt het niet meer; deze pagina blijft bestaan voor wat er eerder gebeurde.
        </Alert>
      ) : null}
      {wijk.parent ? (
        <p>
          Deze buurt hoort bij <Link href={`/wijken/${wijk.parent.slug}`}>{wijk.parent.naam}</Link>.
        </p>
      ) : null}
      <p className="text-xl max-w-3xl">{wijk.portret ?? `Een ${SOORT[wijk.soort] ?? "wijk"} in de gemeente.`}</p>
      {wijk.inwoners ? <p>{getal(wijk.inwoners)} inwoners.</p> : null}
      {p.buurten.length ? (
        <p>
          Buurten:{" "}
          {p.buurten.map((b, i) => (
            <span key={b.slug}>
              {i ? ", " : ""}
              <Link href={`/wijken/${b.slug}`}>{b.naam}</Link>
            </span>
          ))}
          .
        </p>
      ) : null}

      <Card as="nav" aria-label="Op deze pagina" className="my-4">
        <ul className="mb-3 list-disc pl-6 columns-[2_14rem] m-0">
          <li><a href="#agenda">Sociale agenda</a></li>
          <li><a href="#cijfers">Wijkprofiel in cijfers</a></li>
          <li><a href="#verhalen">Verhalen uit de {SOORT[wijk.soort] ?? "wijk"}</a></li>
          <li><a href="#plekken">Ontmoetingsplekken</a></li>
          <li><a href="#activiteiten">Activiteiten</a></li>
          <li><a href="#initiatieven">Initiatieven</a></li>
          <li><a href="#gebeurd">Wat er gebeurde</a></li>
          <li><a href="#contact">Contact</a></li>
          <li><a href="#meedenken">Geef een idee, zorg of wens</a></li>
        </ul>
      </Card>

      <section aria-labelledby="agenda">
        <h2 id="agenda">Sociale agenda</h2>
        <p className="max-w-3xl">
          In de sociale agenda staan de belangrijkste vraagstukken van {wijk.naam}, wat inwoners en professionals erover zeggen en wat er
          aan gebeurt. De opbouwwerker maakt de agenda samen met inwoners en de {raad}.
        </p>
        {p.agenda ? (
          <>
            <p>
              <strong>Versie {p.agenda.versie}</strong>, gepubliceerd op {datum(p.agenda.createdAt)}
              {p.agenda.auteurNaam ? ` door ${p.agenda.auteurNaam}` : ""}.{" "}
              {p.agenda.toelichting ? <>Wat is er nieuw: {p.agenda.toelichting}</> : null}
            </p>
            <AgendaView inhoud={p.agenda.inhoud} cijfers={p.cijfers} />
            <p>
              <Link href={`/wijken/${wijk.slug}/agenda/versies`}>
                Alle versies van de agenda ({p.aantalVersies}) en wat er veranderde
              </Link>
            </p>
          </>
        ) : (
          <p>Er is nog geen sociale agenda gepubliceerd. Denk mee: geef hieronder uw idee, zorg of wens door.</p>
        )}
      </section>

      <section aria-labelledby="cijfers">
        <h2 id="cijfers">Wijkprofiel in cijfers</h2>
        <Wijkprofiel cijfers={p.cijfers} wijkNaam={wijk.naam} />
        <p id="burenhulp-gelukt">
          Burenhulp via dit portaal: <strong>{gelukt === 1 ? "1 hulpvraag" : `${gelukt} hulpvragen`}</strong> in {wijk.naam} gelukt (de vrager
          zei: het is gelukt).
        </p>
        <p className="text-muted">
          Ter vergelijking: in Vijfheerenlanden was de gemiddelde score voor Sociale Kracht in 2024 een 7,4 (Monitor Sociale Kracht 2024,
          voorlopige uitkomsten).
        </p>
      </section>

      <section aria-labelledby="verhalen">
        <h2 id="verhalen">Verhalen uit de {SOORT[wijk.soort] ?? "wijk"}</h2>
        {p.verhalen.length ? (
          <ul className="list-none p-0">
            {p.verhalen.map((v) => (
              <Card as="li" key={v.id} className="mb-4">
                <h3 className="mt-0">{v.titel}</h3>
                <p className="whitespace-pre-line">{v.tekst}</p>
                <p className="text-muted mb-0">
                  {v.auteurNaam}, {datum(v.createdAt)}
                  {v.plek ? ` · over ${v.plek.naam}` : v.initiatief ? ` · over ${v.initiatief.titel}` : ""}
                </p>
              </Card>
            ))}
          </ul>
        ) : (
          <p>Er zijn nog geen verhalen. Schrijf hieronder het eerste verhaal.</p>
        )}
      </section>

      <section aria-labelledby="plekken">
        <h2 id="plekken">Ontmoetingsplekken en voorzieningen</h2>
        {p.plekken.length ? (
          <>
            {[["Ontmoetingsplekken", ontmoeting], ["Voorzieningen", voorzieningen]].map(([kop, lijst]) =>
              (lijst as typeof p.plekken).length ? (
                <div key={kop as string}>
                  <h3>{kop as string}</h3>
                  <ul className="mb-3 list-disc pl-6">
                    {(lijst as typeof p.plekken).map((x) => (
                      <li key={x.id}>
                        <strong>{x.naam}</strong> ({x.categorie.naam.toLowerCase()}){x.adres ? `, ${x.adres}` : ""}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null,
            )}
            <p>
              <Link href={`/kaart?wijk=${wijk.slug}`}>Bekijk de plekken in {wijk.naam} op de sociale kaart</Link>
            </p>
          </>
        ) : (
          <p>Er staan nog geen plekken op de kaart voor {wijk.naam}.</p>
        )}
      </section>

      <section aria-labelledby="activiteiten">
        <h2 id="activiteiten">Activiteiten</h2>
        {p.activiteiten.length ? (
          <ul className="mb-3 list-disc pl-6">
            {p.activiteiten.map((a) => (
              <li key={a.id}>
                <strong>{a.titel}</strong>
                {a.plek ? ` in ${a.plek.naam}` : ""}
                {a.herhaling ? `. ${a.herhaling}` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p>Er staan nog geen activiteiten voor {wijk.naam}.</p>
        )}
        <p>
          <a href={`/api/agenda/wijk/${wijk.slug}.ics`}>Zet in mijn agenda</a>
          <span className="block text-sm">Activiteiten met een datum komen dan vanzelf in de agenda op uw telefoon of computer (iCalendar).</span>
        </p>
        <p>
          <Link href={`/activiteiten?wijk=${wijk.slug}`}>Wat is er deze week in {wijk.naam}?</Link>
        </p>
      </section>

      <section aria-labelledby="initiatieven">
        <h2 id="initiatieven">Initiatieven van inwoners</h2>
        {p.initiatieven.length ? (
          <ul className="mb-3 list-disc pl-6">
            {p.initiatieven.map((i) => (
              <li key={i.id}>
                {i.referentie ? <Link href={`/initiatieven/${i.referentie}`}><strong>{i.titel}</strong></Link> : <strong>{i.titel}</strong>}: {i.ikWil}
              </li>
            ))}
          </ul>
        ) : (
          <p>Er zijn nog geen openbare initiatieven in {wijk.naam}.</p>
        )}
        <p>
          <Link href="/initiatief">Heeft u zelf een idee? Start een initiatief</Link>
        </p>
      </section>

      <section aria-labelledby="gebeurd">
        <h2 id="gebeurd">Wat er gebeurde in de {SOORT[wijk.soort] ?? "wijk"}</h2>
        {p.afgerond.length || klaar.length ? (
          <>
            {p.afgerond.length ? (
              <>
                <h3>Initiatieven die klaar zijn</h3>
                <ul className="list-none p-0 grid gap-3">
                  {p.afgerond.map((a) => (
                    <Card as="li" key={a.referentie}>
                      <h4 className="mt-0 text-lg">
                        <Link href={`/initiatieven/${a.referentie}`}>{a.titel}</Link>
                      </h4>
                      <p className="whitespace-pre-line">{a.bereikt}</p>
                      {a.deelnemers !== null ? <p>Er deden ongeveer {getal(a.deelnemers)} mensen mee.</p> : null}
                      {a.bijdragen ? <p className="whitespace-pre-line">{a.bijdragen}</p> : null}
                      {a.citaten ? <blockquote className="whitespace-pre-line">{a.citaten}</blockquote> : null}
                    </Card>
                  ))}
                </ul>
              </>
            ) : null}
            {klaar.length ? (
              <>
                <h3>Acties uit de sociale agenda die klaar zijn</h3>
                <ul className="mb-3 list-disc pl-6">
                  {klaar.map((k) => (
                    <li key={k.id}>
                      <strong>{k.wat}</strong> ({k.thema}){k.wie ? <>, door {k.wie}</> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <p>Hier komt te staan wat initiatieven en de acties uit de sociale agenda opleverden. Er is nog niets klaar.</p>
        )}
      </section>

      <section aria-labelledby="helpen">
        <h2 id="helpen">Helpen en hulp vragen</h2>
        {vacatures.length ? (
          <>
            <h3>Vrijwilligerswerk in {wijk.naam}</h3>
            <ul className="mb-3 list-disc pl-6">
              {vacatures.map((v) => (
                <li key={v.id}>
                  <Link href={`/vrijwilligers/vacatures/${v.slug}`}>{v.titel}</Link> ({v.aanbieder})
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>Er staan nu geen vacatures voor vrijwilligers in {wijk.naam}.</p>
        )}
        {hulpvragen.length ? (
          <>
            <h3>Buren vragen om hulp</h3>
            <ul className="mb-3 list-disc pl-6">
              {hulpvragen.map((h) => (
                <li key={h.id}>
                  <Link href={`/vrijwilligers/hulpvragen/${h.id}`}>{h.titel}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p>
          <Link href={`/vrijwilligers/vacatures?wijk=${wijk.slug}`}>Alle vacatures in {wijk.naam}</Link> ·{" "}
          <Link href={`/vrijwilligers/hulpvragen?wijk=${wijk.slug}`}>Alle hulpvragen in {wijk.naam}</Link>
        </p>
      </section>

      <section aria-labelledby="contact">
        <h2 id="contact">Contact</h2>
        <DataList>
          <dt>{raad === "wijkraad" ? "Wijkraad" : "Dorpsraad"}</dt>
          <dd>
            {wijk.wijkraadNaam ?? `Er is nog geen ${raad} bekend.`}
            {wijk.wijkraadEmail ? (
              <>
                {" "}
                <a href={`mailto:${wijk.wijkraadEmail}`}>{wijk.wijkraadEmail}</a>
              </>
            ) : null}
            {wijk.wijkraadWebsite ? (
              <>
                {" "}
                <a href={wijk.wijkraadWebsite}>website van de {raad}</a>
              </>
            ) : null}
          </dd>
          <dt>Opbouwwerker</dt>
          <dd>
            {p.opbouwwerkers.length
              ? p.opbouwwerkers.map((o, i) => (
                  <span key={o.email}>
                    {i ? ", " : ""}
                    {o.naam ?? "Opbouwwerker"} (<a href={`mailto:${o.email}`}>{o.email}</a>
                    {o.telefoon ? `, ${o.telefoon}` : ""})
                  </span>
                ))
              : "Nog geen opbouwwerker gekoppeld."}
          </dd>
        </DataList>
      </section>

      {wijk.gearchiveerdOp ? null : (
        <section aria-labelledby="volgen" className="max-w-3xl">
          <h2 id="volgen">Volg {DIT[wijk.soort] ?? "deze wijk"}</h2>
          <p>
            Wilt u weten wat er nieuw is in {wijk.naam}? Nieuwe activiteiten, initiatieven die hulp zoeken, vrijwilligerswerk en hulpvragen van buren. U krijgt
            het in één e-mail, één keer per week of per dag. Alleen als er iets nieuws is. U heeft geen account nodig en u kunt altijd stoppen.
          </p>
          <VolgForm slug={wijk.slug} wijkNaam={wijk.naam} knop={`Volg ${DIT[wijk.soort] ?? "deze wijk"}`} />
        </section>
      )}

      <section aria-labelledby="meedenken" className="max-w-3xl">
        <h2 id="meedenken">Geef een idee, zorg of wens door</h2>
        <p>
          Wat moet er volgens u op de sociale agenda van {wijk.naam}? U heeft geen account nodig. De opbouwwerker leest elk bericht.
        </p>
        <SignaalForm slug={wijk.slug} wijkNaam={wijk.naam} />
        {await lieverBellen(3)}
      </section>

      <section aria-labelledby="vertellen" className="max-w-3xl">
        <h2 id="vertellen">Vertel uw verhaal</h2>
        <p>Wat betekent uw wijk, een plek of een initiatief voor u? Cijfers zeggen niet alles: verhalen vertellen de rest.</p>
        <VerhaalForm
          slug={wijk.slug}
          onderwerpen={[
            ...onderwerpen.plekken.map((x) => ({ value: `plek:${x.id}`, label: x.naam })),
            ...onderwerpen.initiatieven.map((x) => ({ value: `initiatief:${x.id}`, label: `Initiatief: ${x.titel}` })),
          ]}
        />
      </section>
    </>
  );
}
