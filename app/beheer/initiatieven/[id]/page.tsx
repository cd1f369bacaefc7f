import type { Metadata } from "next";
import Link from "next/link";
import { requireStaffPage } from "@/lib/auth/session";
import { metToegang, vereisPaginaPermissie } from "@/lib/auth/pagina";
import { leesBeoordeling, ZELF_INGEDIEND, type ReviewDetail } from "@/lib/data/beoordeling";
import { DOEL_LABELS, STATUS_LABELS } from "@/lib/initiatief/labels";
import { CHECKLIST, SUGGESTIE_TEKST } from "@/lib/initiatief/afbakening";
import { datum, datumTijd, euro } from "@/lib/format";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AfwijzenForm, BeoordelingForm, DoorverwijzenForm, GoedkeurenForm, InBehandelingForm, NotitieForm, UpdateWegForm, VraagForm } from "./forms";
import { zoekUpdatesVoorBeheer } from "@/lib/data/initiatief/vertellen";
import { routeParams } from "@/lib/route-params";
import { auditLabel } from "@/lib/audit";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Initiatief beoordelen" };

const GEDAAN: Record<string, string> = {
  in_behandeling: "U heeft het initiatief in behandeling genomen. De initiatiefnemer heeft een e-mail gekregen.",
  vraag: "Uw vraag is verstuurd. De initiatiefnemer heeft een e-mail gekregen.",
  notitie: "De interne notitie is opgeslagen. De initiatiefnemer ziet deze niet.",
  beoordeling: "De beoordeling is opgeslagen.",
  eerste_goedkeuring: "Uw goedkeuring is opgeslagen. Voor dit bedrag moet nog een tweede ambtenaar goedkeuren.",
  goedgekeurd: "Het initiatief is goedgekeurd. De initiatiefnemer heeft een e-mail gekregen.",
  afgewezen: "Het initiatief is afgewezen. De initiatiefnemer heeft een e-mail met de reden gekregen.",
  doorverwezen: "Het initiatief is doorverwezen. De initiatiefnemer heeft een e-mail gekregen.",
  update_weg: "De update is van de website gehaald. De initiatiefnemer heeft een e-mail met de reden gekregen.",
};

function statusVan(json: unknown): string | null {
  const s = json && typeof json === "object" ? (json as { status?: unknown }).status : null;
  return typeof s === "string" && s in STATUS_LABELS ? STATUS_LABELS[s as keyof typeof STATUS_LABELS] : null;
}

const DETAIL_LABELS: Record<string, string> = {
  bedragToegekend: "toegekend",
  bedrag: "bedrag",
  vierOgenBedrag: "vier ogen boven",
  voorwaarden: "voorwaarden",
  motivatie: "motivatie",
  vierOgen: "vier ogen",
  vraag: "vraag",
  reden: "reden",
  doorverwezenNaar: "doorverwezen naar",
  toelichting: "toelichting",
  tekst: "tekst",
  suggestie: "suggestie",
  betrokkenheid: "betrokkenheid",
  legitimiteit: "legitimiteit",
  rendement: "rendement",
};
const BEDRAGEN = new Set(["bedragToegekend", "bedrag", "vierOgenBedrag"]);

function details(json: unknown): string {
  if (!json || typeof json !== "object") return "";
  return Object.entries(json as Record<string, unknown>)
    .filter(([k, v]) => k in DETAIL_LABELS && v !== null && v !== "" && v !== undefined)
    .map(([k, v]) => {
      const waarde =
        typeof v === "boolean" ? (v ? "ja" : "nee") : BEDRAGEN.has(k) && typeof v === "number" ? euro(v) : typeof v === "string" ? (v.length > 120 ? `${v.slice(0, 120)}…` : v) : JSON.stringify(v);
      return `${DETAIL_LABELS[k]}: ${waarde}`;
    })
    .join("; ");
}

function Ja({ v }: { v: boolean }) {
  return <>{v ? "Ja" : "Nee"}</>;
}

export default async function ReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ gedaan?: string }> }) {
  const { id } = await routeParams(params, { id: "id" });
  const { gedaan } = await searchParams;
  const user = await requireStaffPage(`/beheer/initiatieven/${id}`);
  vereisPaginaPermissie(user, "initiatief:review");
  const i: ReviewDetail = await metToegang("medewerker", leesBeoordeling(user, id));
  const updates = await zoekUpdatesVoorBeheer(user, i.id);
  const base = { initiatiefId: i.id, versie: i.versie };
  const eerste = i.goedkeuringen[0] ?? null;
  const nodig = [
    i.nodigGeld && "geld",
    i.nodigRuimte && "ruimte",
    i.nodigMateriaal && "materiaal",
    i.nodigContact && "contacten",
    i.nodigBekendheid && "bekendheid",
  ].filter(Boolean) as string[];
  const sug = SUGGESTIE_TEKST[i.suggestie];
  const besluitActies = i.acties.filter((a) => ["goedkeuren", "afwijzen", "doorverwijzen"].includes(a));

  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { href: "/beheer/initiatieven", label: "Initiatieven beoordelen" }, { label: i.titel || "Initiatief" }]} />
      <h1>{i.titel || "(zonder titel)"}</h1>
      <DataList>
        <dt>Referentie</dt>
        <dd>{i.referentie}</dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge data-testid="status">
            {STATUS_LABELS[i.status]}
          </StatusBadge>
        </dd>
        <dt>Behandelaar</dt>
        <dd>{i.behandelaar ?? "Nog niemand"}</dd>
        {i.metHulpVan ? (
          <>
            <dt>Aan de keukentafel</dt>
            <dd data-testid="met-hulp-van">Ingediend met hulp van {i.metHulpVan}</dd>
          </>
        ) : null}
        <dt>Ingediend</dt>
        <dd>
          {datum(i.ingediendOp)} ({i.werkdagen} {i.werkdagen === 1 ? "werkdag" : "werkdagen"} geleden
          {["INGEDIEND", "IN_BEHANDELING"].includes(i.status) && i.werkdagen > i.termijn ? (
            <>
              , <strong className="inline-block rounded-md border border-accent px-1.5 text-[0.9rem] text-accent-strong">over de reactietermijn van {i.termijn} werkdagen</strong>
            </>
          ) : null}
          )
        </dd>
      </DataList>

      {i.zelfIngediend ? (
        <Alert type="warning" role="status" data-testid="zelf-ingediend">
          <strong>{ZELF_INGEDIEND}</strong>
        </Alert>
      ) : null}

      {gedaan && GEDAAN[gedaan] ? (
        <Alert type="ok" role="status">
          {GEDAAN[gedaan]}
        </Alert>
      ) : null}

      {i.status === "IN_BEHANDELING" && eerste ? (
        <Alert type="warning">
          <strong>Vier ogen:</strong> {eerste.door} keurde op {datum(eerste.createdAt)} {euro(eerste.bedrag)} goed.{" "}
          {i.ikHebGoedgekeurd || i.zelfIngediend ? "Een andere ambtenaar moet nu ook goedkeuren." : "U kunt de tweede goedkeuring geven: keur hetzelfde bedrag goed."}
        </Alert>
      ) : null}

      {["GOEDGEKEURD", "AFGEWEZEN", "DOORVERWEZEN", "AFGEROND"].includes(i.status) ? (
        <Card as="section" aria-labelledby="besluit-titel" className="mb-4">
          <h2 className="mt-0" id="besluit-titel">
            Besluit
          </h2>
          <DataList>
            <dt>Besluit</dt>
            <dd>{STATUS_LABELS[i.status]}</dd>
            <dt>Datum</dt>
            <dd>{datum(i.besluitOp)}</dd>
            {i.bedragToegekend !== null ? (
              <>
                <dt>Toegekend</dt>
                <dd>{euro(i.bedragToegekend)}</dd>
              </>
            ) : null}
            {i.voorwaarden ? (
              <>
                <dt>Voorwaarden</dt>
                <dd className="whitespace-pre-line">{i.voorwaarden}</dd>
              </>
            ) : null}
            {i.doorverwezenNaar ? (
              <>
                <dt>Doorverwezen naar</dt>
                <dd>{i.doorverwezenNaar}</dd>
              </>
            ) : null}
            {i.besluitReden ? (
              <>
                <dt>Reden of motivatie</dt>
                <dd className="whitespace-pre-line">{i.besluitReden}</dd>
              </>
            ) : null}
          </DataList>
        </Card>
      ) : null}

      <section aria-labelledby="aanvraag-titel">
        <h2 id="aanvraag-titel">De aanvraag</h2>
        <DataList>
          <dt>Wijk</dt>
          <dd>{i.wijk ?? "–"}</dd>
          <dt>Waar</dt>
          <dd>{i.locatie || "–"}</dd>
          <dt>Wat willen ze doen?</dt>
          <dd className="whitespace-pre-line">{i.ikWil || "–"}</dd>
          <dt>Wat doen ze zelf?</dt>
          <dd className="whitespace-pre-line">{i.ikKan || "–"}</dd>
          <dt>Samen met</dt>
          <dd className="whitespace-pre-line">{i.samenMet || "–"}</dd>
          <dt>Voor wie?</dt>
          <dd className="whitespace-pre-line">{i.voorWie || "–"}</dd>
          <dt>Hoe kunnen anderen meedoen?</dt>
          <dd className="whitespace-pre-line">{i.meedoen || "–"}</dd>
          <dt>Doelen volgens de aanvrager</dt>
          <dd>{i.doelen.length ? i.doelen.map((d) => DOEL_LABELS[d]).join(", ") : "–"}</dd>
          <dt>Nodig</dt>
          <dd>
            {nodig.length ? nodig.join(", ") : "–"}
            {i.nodigToelichting ? <span className="block whitespace-pre-line">{i.nodigToelichting}</span> : null}
          </dd>
          <dt>Gevraagd bedrag</dt>
          <dd>{euro(i.bedragGevraagd)}</dd>
          <dt>Mag openbaar</dt>
          <dd>
            <Ja v={i.openbaar} />
          </dd>
          <dt>Contact</dt>
          <dd>
            {i.contactNaam || i.indiener || "–"}
            {i.contactEmail ? <>, {i.contactEmail}</> : null}
            {i.contactTelefoon ? <>, {i.contactTelefoon}</> : null}
          </dd>
        </DataList>
        {i.begroting.length ? (
          <Table className="max-w-xl">
            <caption className="text-left font-bold">Begroting</caption>
            <thead>
              <tr>
                <th scope="col">Post</th>
                <th scope="col" className="tabular-nums sm:text-right">
                  Bedrag
                </th>
              </tr>
            </thead>
            <tbody>
              {i.begroting.map((b, n) => (
                <tr key={n}>
                  <td>{b.post}</td>
                  <td className="tabular-nums sm:text-right">{euro(b.bedrag)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null}
      </section>

      <section aria-labelledby="berichten-titel">
        <h2 id="berichten-titel">Berichten</h2>
        {i.berichten.length ? (
          <ol className="m-0 mb-4 grid list-none gap-3 p-0" aria-labelledby="berichten-titel">
            {i.berichten.map((b) => (
              <li key={b.id} className={`rounded-md border border-l-[6px] border-line px-[0.9rem] py-2.5 ${b.intern ? "border-dashed border-l-accent bg-info-soft" : b.vanGemeente ? "border-l-brand" : "border-l-ok"}`}>
                <p className="m-0 mb-1 text-[0.9rem] text-muted">
                  <strong>{b.intern ? "Interne notitie (niet zichtbaar voor de initiatiefnemer)" : b.vanGemeente ? "Gemeente" : "Initiatiefnemer"}</strong>
                  {b.auteur ? <>, {b.auteur}</> : null}, {datumTijd(b.createdAt)}
                </p>
                <p className="whitespace-pre-line m-0">{b.tekst}</p>
              </li>
            ))}
          </ol>
        ) : (
          <p>Nog geen berichten.</p>
        )}
      </section>

      <section aria-labelledby="beoordeling-titel">
        <h2 id="beoordeling-titel">Beoordeling</h2>
        {i.checklistBewerkbaar || i.beoordeling ? (
          <Alert data-testid="suggestie">
            <p className="m-0">
              <strong>Suggestie van het portaal: {sug.titel}.</strong> {sug.uitleg}
            </p>
            <p className="m-0">Dit is alleen een hulpmiddel. U beslist zelf.</p>
          </Alert>
        ) : null}
        <p className="text-muted">
          Afbakeningskader sociale basis (bron: Beleidsvisie sociale basis Vijfheerenlanden, bijlage 2) en de waardendriehoek (bron: Wmo-beleid
          Oss, hoofdstuk 2).
        </p>
        {i.checklistBewerkbaar ? (
          <BeoordelingForm
            {...base}
            checklist={i.beoordeling?.checklist ?? null}
            betrokkenheid={i.beoordeling?.betrokkenheid ?? ""}
            legitimiteit={i.beoordeling?.legitimiteit ?? ""}
            rendement={i.beoordeling?.rendement ?? ""}
          />
        ) : i.beoordeling ? (
          <>
            <ul>
              {CHECKLIST.map((c) => (
                <li key={c.key}>
                  {c.nummer}. {c.label}: <strong>{i.beoordeling!.checklist[c.key]?.ja ? "ja" : "nee"}</strong>
                  {i.beoordeling!.checklist[c.key]?.notitie ? ` (${i.beoordeling!.checklist[c.key].notitie})` : ""}
                </li>
              ))}
            </ul>
            <DataList>
              <dt>Betrokkenheid</dt>
              <dd>{i.beoordeling.betrokkenheid || "–"}</dd>
              <dt>Legitimiteit</dt>
              <dd>{i.beoordeling.legitimiteit || "–"}</dd>
              <dt>Maatschappelijk rendement</dt>
              <dd>{i.beoordeling.rendement || "–"}</dd>
            </DataList>
          </>
        ) : (
          <p>Er is geen beoordeling ingevuld.</p>
        )}
      </section>

      {i.acties.length ? (
        <section aria-labelledby="acties-titel">
          <h2 id="acties-titel">Wat wilt u doen?</h2>
          {i.acties.includes("in_behandeling_nemen") ? (
            <Card className="mb-4">
              <h3 className="mt-0">In behandeling nemen</h3>
              <InBehandelingForm {...base} />
            </Card>
          ) : null}
          {i.acties.includes("vraag_stellen") ? (
            <Card className="mb-4">
              <h3 className="mt-0">Een vraag stellen</h3>
              <VraagForm {...base} />
            </Card>
          ) : null}
          {besluitActies.includes("goedkeuren") ? (
            <Card className="mb-4">
              <h3 className="mt-0">Goedkeuren</h3>
              {i.ikHebGoedgekeurd ? (
                <p>U heeft al goedgekeurd. Een andere ambtenaar moet de tweede goedkeuring geven.</p>
              ) : (
                <GoedkeurenForm
                  {...base}
                  bedragGevraagd={i.bedragGevraagd}
                  voorstel={eerste?.bedrag ?? i.bedragGevraagd}
                  vierOgenBedrag={i.vierOgenBedrag}
                  eersteBedrag={eerste?.bedrag ?? null}
                />
              )}
            </Card>
          ) : null}
          {besluitActies.includes("afwijzen") ? (
            <Card className="mb-4">
              <h3 className="mt-0">Afwijzen</h3>
              <AfwijzenForm {...base} />
            </Card>
          ) : null}
          {besluitActies.includes("doorverwijzen") ? (
            <Card className="mb-4">
              <h3 className="mt-0">Doorverwijzen</h3>
              <DoorverwijzenForm {...base} />
            </Card>
          ) : null}
        </section>
      ) : i.status === "AANVULLING_GEVRAAGD" && !i.zelfIngediend ? (
        <Alert>We wachten op een antwoord van de initiatiefnemer. Daarna kunt u verder.</Alert>
      ) : null}

      {updates.length ? (
        <section aria-labelledby="updates-titel">
          <h2 id="updates-titel">Updates op de website</h2>
          <p>De initiatiefnemer plaatst deze updates zelf. Staat er iets in dat niet op de website hoort, haal de update dan weg.</p>
          <ul className="list-none p-0">
            {updates.map((u) => (
              <Card as="li" key={u.id} className="mb-3" data-testid="update">
                <h3 className="mt-0">{u.titel}</h3>
                <p className="text-muted">
                  {datum(u.datum)}
                  {u.foto ? " · met foto" : ""}
                </p>
                <p className="whitespace-pre-line">{u.tekst}</p>
                <UpdateWegForm initiatiefId={i.id} updateId={u.id} titel={u.titel} />
              </Card>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="notitie-titel">
        <h2 id="notitie-titel">Interne notitie toevoegen</h2>
        <NotitieForm initiatiefId={i.id} />
      </section>

      <section aria-labelledby="geschiedenis-titel">
        <h2 id="geschiedenis-titel">Geschiedenis</h2>
        <div role="region" aria-label="Geschiedenis, tabel" tabIndex={0}>
          <Table>
            <caption className="sr-only">Alle stappen: wie deed wat, wanneer, en wat veranderde</caption>
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Wie</th>
                <th scope="col">Wat</th>
                <th scope="col">Voor</th>
                <th scope="col">Na</th>
              </tr>
            </thead>
            <tbody>
              {i.audit.map((a) => (
                <tr key={a.id}>
                  <td>{datumTijd(a.createdAt)}</td>
                  <td>{a.actor}</td>
                  <td>{auditLabel(a.actie)}</td>
                  <td>{[statusVan(a.voor), details(a.voor)].filter(Boolean).join(" – ") || "–"}</td>
                  <td>{[statusVan(a.na), details(a.na)].filter(Boolean).join(" – ") || "–"}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </section>

      <p>
        <Link href="/beheer/initiatieven">Terug naar de lijst</Link>
      </p>
    </>
  );
}
