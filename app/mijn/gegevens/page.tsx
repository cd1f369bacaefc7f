import type { Metadata } from "next";
import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import { requireUserPage } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { leesMijnGegevens } from "@/lib/data/mijn-gegevens";
import { datum } from "@/lib/format";
import { STATUS_LABELS } from "@/lib/initiatief/labels";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";

export const metadata: Metadata = { title: "Mijn gegevens" };

function waarde(v: unknown): ReactNode {
  if (v === null || v === undefined || v === "") return <span className="text-muted">(leeg)</span>;
  if (v instanceof Date) return datum(v);
  if (typeof v === "boolean") return v ? "ja" : "nee";
  if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === "object" ? JSON.stringify(x) : String(x))).join(", ") : <span className="text-muted">(leeg)</span>;
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

function Velden({ rijen }: { rijen: [string, unknown][] }) {
  return (
    <DataList>
      {rijen.map(([k, v]) => (
        <Fragment key={k}>
          <dt>{k}</dt>
          <dd>{waarde(v)}</dd>
        </Fragment>
      ))}
    </DataList>
  );
}

function Sectie({ id, titel, leeg, children }: { id: string; titel: string; leeg: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{titel}</h2>
      {leeg ? <p>Hierover bewaren we niets van u.</p> : children}
    </section>
  );
}

export default async function MijnGegevensPage() {
  const user = await requireUserPage("/mijn/gegevens");
  const g = await leesMijnGegevens(user);
  const staff = isStaff(user);
  return (
    <div className="max-w-3xl">
      <h1>Mijn gegevens</h1>
      <p className="text-xl">{g.uitleg}</p>
      <p>
        <a href="/mijn/gegevens/download" download>
          Download al mijn gegevens als bestand
        </a>
        . Wilt u deze pagina op papier? Gebruik Afdrukken in uw browser.
      </p>

      <Sectie id="account" titel="Account" leeg={false}>
        <Velden
          rijen={[
            ["E-mailadres", g.account.email],
            ["Naam", g.account.naam],
            ["Telefoonnummer", g.account.telefoon],
            ["Rol", g.account.rol.toLowerCase()],
            ["Account gemaakt op", g.account.createdAt],
            ["E-mailadres bevestigd op", g.account.emailVerified],
            ["Inloggen via", g.account.inloggenVia.length ? g.account.inloggenVia : ["e-mail"]],
          ]}
        />
      </Sectie>

      <Sectie id="initiatieven" titel="Initiatieven" leeg={!g.initiatieven.length}>
        {g.initiatieven.map((i, n) => (
          <Card as="article" key={n}>
            <h3>{i.titel || "(nog zonder titel)"}</h3>
            <Velden
              rijen={[
                ["Referentie", i.referentie],
                ["Status", STATUS_LABELS[i.status]],
                ["Wijk", i.wijk?.naam],
                ["Ik wil", i.ikWil],
                ["Ik kan", i.ikKan],
                ["Samen met", i.samenMet],
                ["Voor wie", i.voorWie],
                ["Locatie", i.locatie],
                ["Gevraagd bedrag (euro)", i.bedragGevraagd],
                ["Contactpersoon", i.contactNaam],
                ["E-mailadres", i.contactEmail],
                ["Telefoonnummer", i.contactTelefoon],
                ["Openbaar na goedkeuring", i.openbaar],
                ["Ingediend op", i.ingediendOp],
                ["Besluit op", i.besluitOp],
              ]}
            />
            {i.berichten.length ? (
              <>
                <h4>Berichten</h4>
                <ul>
                  {i.berichten.map((b, k) => (
                    <li key={k}>
                      {datum(b.createdAt)}, {b.vanGemeente ? "van de gemeente" : "van u"}: {b.tekst}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Card>
        ))}
      </Sectie>

      <Sectie id="vrijwilliger" titel="Vrijwilligersprofiel" leeg={!g.vrijwilligersprofiel}>
        {g.vrijwilligersprofiel ? (
          <Velden
            rijen={[
              ["Wijk", g.vrijwilligersprofiel.wijk?.naam],
              ["Onderwerpen", g.vrijwilligersprofiel.interesses],
              ["Beschikbaarheid", g.vrijwilligersprofiel.beschikbaarheid],
              ["Wat u biedt", g.vrijwilligersprofiel.aanbod],
              ["Vindbaar voor organisaties", g.vrijwilligersprofiel.vindbaar],
            ]}
          />
        ) : null}
      </Sectie>

      <Sectie id="hulpvragen" titel="Hulpvragen" leeg={!g.hulpvragen.length}>
        <ul>
          {g.hulpvragen.map((h, n) => (
            <li key={n}>
              <strong>{h.titel}</strong> ({h.wijk.naam}, {h.status.toLowerCase()}, geplaatst {datum(h.createdAt)}): {h.beschrijving}.{" "}
              {h.aanbiedingen.length} aanbod van helpers.
            </li>
          ))}
        </ul>
      </Sectie>

      <Sectie id="hulpaanbod" titel="Uw aanbod om te helpen" leeg={!g.hulpAanbod.length}>
        <ul>
          {g.hulpAanbod.map((h, n) => (
            <li key={n}>
              Bij &lsquo;{h.hulpvraag.titel}&rsquo; ({h.status.toLowerCase()}, {datum(h.createdAt)}): {h.bericht}
            </li>
          ))}
        </ul>
      </Sectie>

      <Sectie id="berichten" titel="Uw berichten bij burenhulp" leeg={!g.berichtenBijBurenhulp.length}>
        <ul>
          {g.berichtenBijBurenhulp.map((b, n) => (
            <li key={n}>
              Over &lsquo;{b.hulpvraag}&rsquo; ({datum(b.createdAt)}): {b.soort === "TELEFOON" ? `u deelde uw telefoonnummer ${b.tekst}` : b.tekst}
            </li>
          ))}
        </ul>
      </Sectie>

      <Sectie id="vacatures" titel="Reacties op vacatures" leeg={!g.vacatureReacties.length}>
        <ul>
          {g.vacatureReacties.map((r, n) => (
            <li key={n}>
              Op &lsquo;{r.vacature.titel}&rsquo; ({datum(r.createdAt)}): {r.bericht}
            </li>
          ))}
        </ul>
      </Sectie>

      <Sectie id="geplaatst" titel="Vacatures die u plaatste" leeg={!g.geplaatsteVacatures.length}>
        <ul>
          {g.geplaatsteVacatures.map((v, n) => (
            <li key={n}>
              {v.titel} ({v.status.toLowerCase()}, contact: {v.contactNaam}, {v.contactEmail})
            </li>
          ))}
        </ul>
      </Sectie>

      <Sectie id="signalen" titel="Signalen over uw wijk" leeg={!g.signalen.length}>
        <ul>
          {g.signalen.map((s, n) => (
            <li key={n}>
              {s.wijk.naam}, {datum(s.createdAt)}: {s.tekst}
              {s.reactie ? ` (reactie: ${s.reactie})` : ""}
            </li>
          ))}
        </ul>
      </Sectie>

      <Sectie id="verhalen" titel="Verhalen" leeg={!g.verhalen.length}>
        <ul>
          {g.verhalen.map((v, n) => (
            <li key={n}>
              <strong>{v.titel}</strong> ({v.wijk.naam}, als &lsquo;{v.auteurNaam}&rsquo;, {datum(v.createdAt)}): {v.tekst}
            </li>
          ))}
        </ul>
      </Sectie>

      <Sectie id="voorstellen" titel="Voorstellen voor de kaart" leeg={!g.plekVoorstellen.length}>
        <ul>
          {g.plekVoorstellen.map((p, n) => (
            <li key={n}>
              {datum(p.createdAt)} ({p.status.toLowerCase()}): {JSON.stringify(p.gegevens)}
              {p.toelichting ? `, ${p.toelichting}` : ""}
            </li>
          ))}
        </ul>
      </Sectie>

      <Sectie id="volgen" titel="Wijken die u volgt" leeg={!g.wijkVolgen.length}>
        <ul>
          {g.wijkVolgen.map((v, n) => (
            <li key={n}>
              {v.wijk.naam} met {v.email}, {v.frequentie === "DAG" ? "elke dag" : "elke week"}:{" "}
              {v.afgemeldOp ? `gestopt op ${datum(v.afgemeldOp)}` : v.bevestigdOp ? `sinds ${datum(v.bevestigdOp)}` : "nog niet bevestigd"}
            </li>
          ))}
        </ul>
        <p>Hoe vaak, of stoppen? Gebruik de link onder elke e-mail met nieuws uit de wijk.</p>
      </Sectie>

      <Sectie id="volgen-initiatieven" titel="Initiatieven die u volgt" leeg={!g.initiatiefVolgen.length}>
        <ul>
          {g.initiatiefVolgen.map((v, n) => (
            <li key={n}>
              {v.initiatief.titel} met {v.email}:{" "}
              {v.afgemeldOp ? `gestopt op ${datum(v.afgemeldOp)}` : v.bevestigdOp ? `sinds ${datum(v.bevestigdOp)}` : "nog niet bevestigd"}
            </li>
          ))}
        </ul>
        <p>Stoppen? Gebruik de link onder elke e-mail met nieuws van het initiatief.</p>
      </Sectie>

      <section aria-labelledby="verwijderen">
        <h2 id="verwijderen">Account verwijderen</h2>
        {staff ? (
          <p>U bent medewerker. Een account van een medewerker kunt u niet zelf verwijderen. Vraag dit aan een beheerder.</p>
        ) : (
          <p>
            U kunt uw account en uw gegevens laten verwijderen. <Link href="/mijn/gegevens/verwijderen">Account verwijderen</Link>
          </p>
        )}
        <p>
          Hoe lang we gegevens bewaren, leest u in de <Link href="/privacy#bewaartermijnen">privacyverklaring</Link>.
        </p>
      </section>
    </div>
  );
}
