import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionButton } from "@/components/form/action-button";
import { requireStaffPage } from "@/lib/auth/session";
import { hasPermission } from "@/lib/auth/permissions";
import { zoekVacaturesBeheer } from "@/lib/data/vacatures";
import { zoekOpenMeldingen } from "@/lib/data/meldingen";
import { zoekHulpvragenVoorModeratie } from "@/lib/data/hulpvragen";
import { metHulpVan } from "@/lib/data/keukentafel";
import { zoekVindbareVrijwilligers } from "@/lib/data/vrijwilligers";
import { datum } from "@/lib/format";
import { env } from "@/lib/env";
import { HULP_SOORTEN, labelVan, WERK_SOORTEN } from "@/lib/validation/vrijwilligers";
import { handelMeldingAfAction, modereerHulpvraagAction, zetVacatureStatusAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/classes";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Vacatures, hulpvragen en meldingen" };

const STATUS: Record<string, string> = { TER_CONTROLE: "Wacht op controle", GEPUBLICEERD: "Gepubliceerd", CONCEPT: "Concept", GEARCHIVEERD: "Gearchiveerd", OPEN: "Open", GEKOPPELD: "Iemand helpt", VERBORGEN: "Verborgen", VERLOPEN: "Verlopen", GESLOTEN: "Gesloten" };

export default async function BeheerVacaturesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireStaffPage("/beheer/vacatures");
  const sp = await searchParams;
  const magVacatures = hasPermission(user, "vacature:publish");
  const magModereren = hasPermission(user, "hulpvraag:moderate:own") || hasPermission(user, "hulpvraag:moderate:any");
  if (!magVacatures && !magModereren) {
    return (
      <>
        <h1>Vacatures en meldingen</h1>
        <p>U heeft geen toegang tot dit onderdeel.</p>
      </>
    );
  }
  const [vacatures, meldingen, hulpvragen, vrijwilligers] = await Promise.all([
    magVacatures ? zoekVacaturesBeheer(user) : [],
    zoekOpenMeldingen(user),
    magModereren ? zoekHulpvragenVoorModeratie(user) : [],
    magVacatures ? zoekVindbareVrijwilligers(user) : [],
  ]);
  const namens = await metHulpVan(user, hulpvragen.map((h) => h.id));
  const drempel = env().MELDINGEN_DREMPEL;
  const teControleren = vacatures.filter((v) => v.status === "TER_CONTROLE");
  const bericht = sp.gecontroleerd ? "De vacature staat nu online." : sp.afgehandeld ? "De melding is afgehandeld." : sp.gemodereerd ? "De hulpvraag is aangepast." : null;
  return (
    <>
      <Breadcrumbs items={[{ href: "/beheer", label: "Beheer" }, { label: "Vacatures en meldingen" }]} />
      <h1>Vacatures, hulpvragen en meldingen</h1>
      {bericht ? (
        <Alert type="ok" role="status">
          {bericht}
        </Alert>
      ) : null}

      {magVacatures ? (
        <section aria-labelledby="controle">
          <h2 id="controle">Vacatures die wachten op controle ({teControleren.length})</h2>
          <p>Vacatures van inwoners staan pas online als een medewerker ze heeft gecontroleerd.</p>
          {teControleren.length ? (
            <Table caption={<span className="sr-only">Vacatures die wachten op controle</span>}>
              <thead>
                <tr>
                  <th scope="col">Vacature</th>
                  <th scope="col">Wijk</th>
                  <th scope="col">Geplaatst</th>
                  <th scope="col">Actie</th>
                </tr>
              </thead>
              <tbody>
                {teControleren.map((v) => (
                  <tr key={v.id}>
                    <td>
                      <Link href={`/beheer/vacatures/${v.id}`}>{v.titel}</Link>
                    </td>
                    <td>{v.wijk}</td>
                    <td>{datum(v.createdAt)}</td>
                    <td>
                      <ActionButton action={zetVacatureStatusAction} fields={{ id: v.id, status: "GEPUBLICEERD", terug: "lijst" }} label={`Publiceren: ${v.titel}`} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p>Er wachten geen vacatures op controle.</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="meldingen">
        <h2 id="meldingen">Meldingen ({meldingen.length})</h2>
        <p>Melden {drempel} verschillende mensen hetzelfde bericht, dan gaat het vanzelf offline tot u ernaar kijkt. De eigenaar krijgt een e-mail.</p>
        {meldingen.length ? (
          <Table caption={<span className="sr-only">Meldingen</span>}>
            <thead>
              <tr>
                <th scope="col">Wat</th>
                <th scope="col">Wijk</th>
                <th scope="col">Reden</th>
                <th scope="col">Gemeld op</th>
                <th scope="col">Actie</th>
              </tr>
            </thead>
            <tbody>
              {meldingen.map((m) => (
                <tr key={m.id}>
                  <td>
                    {m.entiteit === "Gesprek" ? "Gesprek bij hulpvraag" : m.entiteit}: <Link href={m.href}>{m.titel}</Link> <span className="text-muted">({STATUS[m.status] ?? m.status})</span>
                  </td>
                  <td>{m.wijk}</td>
                  <td>{m.reden}</td>
                  <td>{datum(m.createdAt)}</td>
                  <td>
                    {m.status === "VERBORGEN" || m.status === "TER_CONTROLE" ? (
                      <ActionButton action={handelMeldingAfAction} fields={{ id: m.id, actie: "terugzetten" }} label={`In orde, weer online: ${m.titel}`} variant="secondary" />
                    ) : (
                      <ActionButton action={handelMeldingAfAction} fields={{ id: m.id, actie: "afgehandeld" }} label="In orde, afhandelen" variant="secondary" />
                    )}
                    <ActionButton action={handelMeldingAfAction} fields={{ id: m.id, actie: "verbergen" }} label={m.entiteit === "Vacature" ? "Vacature archiveren" : "Hulpvraag verbergen"} variant="danger" />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p>Er zijn geen open meldingen.</p>
        )}
      </section>

      {magVacatures ? (
        <section aria-labelledby="vacatures">
          <h2 id="vacatures">Vacatures</h2>
          <p>
            <Link href="/beheer/vacatures/nieuw" className={buttonClass("primary")}>
              Nieuwe vacature
            </Link>
          </p>
          {vacatures.length ? (
            <Table caption={<span className="sr-only">Vacatures</span>}>
              <thead>
                <tr>
                  <th scope="col">Vacature</th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">Wijk</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="tabular-nums sm:text-right">
                    Reacties
                  </th>
                </tr>
              </thead>
              <tbody>
                {vacatures.map((v) => (
                  <tr key={v.id}>
                    <td>
                      <Link href={`/beheer/vacatures/${v.id}`}>{v.titel}</Link>
                    </td>
                    <td>{v.organisatie ?? "Inwonersinitiatief"}</td>
                    <td>{v.wijk}</td>
                    <td>{STATUS[v.status]}</td>
                    <td className="tabular-nums sm:text-right">{v.reacties}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p>Er zijn nog geen vacatures.</p>
          )}
        </section>
      ) : null}

      {magModereren ? (
        <section aria-labelledby="hulpvragen">
          <h2 id="hulpvragen">Hulpvragen in uw wijken</h2>
          <p>U ziet geen namen of contactgegevens van inwoners. Verberg een vraag als die niet past bij burenhulp.</p>
          {hulpvragen.length ? (
            <Table caption={<span className="sr-only">Hulpvragen in uw wijken</span>}>
              <thead>
                <tr>
                  <th scope="col">Hulpvraag</th>
                  <th scope="col">Soort</th>
                  <th scope="col">Wijk</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actie</th>
                </tr>
              </thead>
              <tbody>
                {hulpvragen.map((h) => (
                  <tr key={h.id}>
                    <td>
                      {h.status === "OPEN" ? <Link href={`/vrijwilligers/hulpvragen/${h.id}`}>{h.titel}</Link> : h.titel}
                      {namens.has(h.id) ? <p className="text-base">Ingediend met hulp van {namens.get(h.id)}</p> : null}
                    </td>
                    <td>{labelVan(HULP_SOORTEN, h.soort)}</td>
                    <td>{h.wijk.naam}</td>
                    <td>{STATUS[h.status]}</td>
                    <td>
                      {h.status === "VERBORGEN" ? (
                        <ActionButton action={modereerHulpvraagAction} fields={{ id: h.id, actie: "tonen" }} label={`Weer tonen: ${h.titel}`} variant="secondary" />
                      ) : (
                        <ActionButton action={modereerHulpvraagAction} fields={{ id: h.id, actie: "verbergen" }} label={`Verbergen: ${h.titel}`} variant="danger" />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p>Er zijn geen hulpvragen in uw wijken.</p>
          )}
        </section>
      ) : null}

      {magVacatures ? (
        <section aria-labelledby="vrijwilligers">
          <h2 id="vrijwilligers">Vrijwilligers die gevonden willen worden</h2>
          {vrijwilligers.length ? (
            <Table caption={<span className="sr-only">Vrijwilligers die gevonden willen worden</span>}>
              <thead>
                <tr>
                  <th scope="col">Naam</th>
                  <th scope="col">Wijk</th>
                  <th scope="col">Onderwerpen</th>
                  <th scope="col">Wanneer</th>
                </tr>
              </thead>
              <tbody>
                {vrijwilligers.map((v) => (
                  <tr key={v.id}>
                    <td>
                      {v.naam ?? "(geen naam)"} <br />
                      <a href={`mailto:${v.email}`}>{v.email}</a>
                    </td>
                    <td>{v.wijk ?? "Maakt niet uit"}</td>
                    <td>{v.interesses.map((i) => labelVan(WERK_SOORTEN, i)).join(", ")}</td>
                    <td>{v.beschikbaarheid}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p>Er zijn nog geen vrijwilligers die gevonden willen worden.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
