import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ActionButton } from "@/components/form/action-button";
import { requireUserPage } from "@/lib/auth/session";
import { leesMijnHulpvraag, type MijnHulpvraag } from "@/lib/data/hulpvragen";
import { zoekWijken } from "@/lib/data/wijken";
import { metToegang } from "@/lib/auth/pagina";
import { datum } from "@/lib/format";
import { HULP_SOORTEN, labelVan } from "@/lib/validation/vrijwilligers";
import { accepteerAanbodAction, sluitHulpvraagAction, wijsAanbodAfAction } from "../actions";
import { WijzigHulpvraagForm } from "../forms";
import { ContactGegevens, HulpvraagStatus } from "../status";
import { routeParams } from "@/lib/route-params";
import { gesprekPad } from "@/lib/data/berichten";
import { Alert } from "@/components/ui/alert";
import { DataBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Mijn hulpvraag" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const MELDINGEN: Record<string, string> = {
  geplaatst: "Uw hulpvraag staat online. U krijgt een e-mail als iemand hulp aanbiedt.",
  gewijzigd: "Uw wijzigingen zijn opgeslagen.",
  gesloten: "Uw hulpvraag is gesloten. Fijn dat u geholpen bent!",
  overgenomen: "U heeft de hulpvraag overgenomen. U krijgt nu zelf een e-mail als iemand hulp aanbiedt.",
  geaccepteerd: "U heeft het aanbod aangenomen. U ziet nu elkaars contactgegevens. Neem contact op om iets af te spreken.",
};
const GELUKT: Record<string, string> = {
  ja: "Fijn dat het gelukt is! Uw hulpvraag is gesloten.",
  nee: "Jammer dat het niet gelukt is. Uw hulpvraag blijft zoals hij was. U kunt de helper een bericht sturen of een nieuwe hulpvraag plaatsen.",
};

export default async function MijnHulpvraagPage({ params, searchParams }: Props) {
  const { id } = await routeParams(params, { id: "id" });
  const sp = await searchParams;
  const user = await requireUserPage(`/mijn/hulpvragen/${id}`);
  const h: MijnHulpvraag = await metToegang("eigen", leesMijnHulpvraag(user, id));
  const melding = Object.keys(MELDINGEN).find((k) => sp[k]);
  const gelukt = sp.gelukt ? GELUKT[sp.gelukt] : undefined;
  const actief = h.status === "OPEN" || h.status === "GEKOPPELD";
  const wijken = h.status === "OPEN" ? await zoekWijken() : [];
  return (
    <>
      <Breadcrumbs items={[{ href: "/mijn", label: "Mijn pagina" }, { href: "/mijn/hulpvragen", label: "Mijn hulpvragen" }, { label: h.titel }]} />
      <h1>{h.titel}</h1>
      {melding ? (
        <Alert type="ok" role="status">
          {MELDINGEN[melding]}
        </Alert>
      ) : null}
      {gelukt ? (
        <Alert type="ok" role="status">
          {gelukt}
        </Alert>
      ) : null}
      <p>
        <HulpvraagStatus status={h.status} /> <DataBadge>{labelVan(HULP_SOORTEN, h.soort)}</DataBadge>
        <DataBadge>{h.wijk.naam}</DataBadge>
      </p>
      {h.status === "VERLOPEN" ? (
        <Alert type="warning">
          Deze hulpvraag is verlopen op {datum(h.verlooptOp)} en staat niet meer online. Heeft u nog hulp nodig? Plaats dan een{" "}
          <Link href="/vrijwilligers/hulpvragen/nieuw">nieuwe hulpvraag</Link>.
        </Alert>
      ) : null}
      <p className="whitespace-pre-line">{h.beschrijving}</p>
      {h.status === "OPEN" ? (
        <p>
          Openbaar tot {datum(h.verlooptOp)}: <Link href={`/vrijwilligers/hulpvragen/${h.id}`}>bekijk hoe anderen uw vraag zien</Link>.
        </p>
      ) : null}

      <section aria-labelledby="aanbiedingen">
        <h2 id="aanbiedingen">Wie wil helpen?</h2>
        {h.aanbiedingen.length ? (
          <ul className="list-none p-0">
            {h.aanbiedingen.map((a) => (
              <Card as="li" key={a.id} className="mb-4">
                <h3 className="mt-0 text-[1.1rem]">
                  Aanbod {a.nummer} <span className="text-muted">({datum(a.createdAt)})</span>
                </h3>
                <p className="whitespace-pre-line">{a.bericht}</p>
                <p>
                  <Link href={gesprekPad(a.id)}>Berichten met de helper van aanbod {a.nummer}</Link>
                </p>
                {a.contact ? (
                  <ContactGegevens contact={a.contact} wie="uw helper" />
                ) : a.status === "AFGEWEZEN" ? (
                  <p className="text-muted">U heeft dit aanbod niet aangenomen.</p>
                ) : actief ? (
                  <>
                    <p>
                      Neemt u dit aanbod aan? Dan ziet u de naam, het e-mailadres en het telefoonnummer van deze buurtgenoot, en ziet die
                      de uwe.
                    </p>
                    <ActionButton action={accepteerAanbodAction} fields={{ id: a.id }} label={`Aanbod ${a.nummer} aannemen`} />
                    <ActionButton action={wijsAanbodAfAction} fields={{ id: a.id }} label={`Aanbod ${a.nummer} niet aannemen`} variant="secondary" />
                  </>
                ) : null}
              </Card>
            ))}
          </ul>
        ) : (
          <p>Er heeft nog niemand hulp aangeboden. U krijgt een e-mail als dat gebeurt.</p>
        )}
      </section>

      {actief ? (
        <section aria-labelledby="sluiten">
          <h2 id="sluiten">Bent u geholpen?</h2>
          <p>Sluit dan uw hulpvraag. Hij staat daarna niet meer online.</p>
          <ActionButton action={sluitHulpvraagAction} fields={{ id: h.id }} label="Hulpvraag sluiten" variant="secondary" />
        </section>
      ) : null}

      {h.status === "OPEN" ? (
        <section aria-labelledby="wijzigen" className="max-w-3xl">
          <h2 id="wijzigen">Hulpvraag wijzigen</h2>
          <WijzigHulpvraagForm
            id={h.id}
            wijken={wijken.map((w) => ({ value: w.id, label: w.naam }))}
            defaults={{ soort: h.soort, titel: h.titel, beschrijving: h.beschrijving, wijkId: h.wijkId }}
          />
        </section>
      ) : null}
    </>
  );
}
