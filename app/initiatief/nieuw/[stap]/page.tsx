import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { leesConcept, type ConceptDTO } from "@/lib/data/initiatief/concept";
import { zoekWijken } from "@/lib/data/wijken";
import { DOEL_LABELS_BEWONER, type Doel } from "@/lib/initiatief/labels";
import { isPagina, isStap, PAGINA_TITELS, PAGINAS, paginasVoor, paginaVan, STAP_TITELS, stappenVoor, vorigePagina, type Stap } from "@/lib/initiatief/stappen";
import { conceptNaarWaarden, controleerConcept } from "@/lib/validation/initiatief";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CONCEPT_COOKIE } from "../../cookie";
import { IndienForm, StapForm } from "../forms";
import { routeParams } from "@/lib/route-params";
import { euro } from "@/lib/format";
import { instellingen } from "@/lib/instellingen";
import { lieverBellen } from "@/components/ui/liever-bellen";

export async function generateMetadata({ params }: { params: Promise<{ stap: string }> }): Promise<Metadata> {
  const { stap } = await routeParams(params, { stap: "slug" });
  return { title: isPagina(stap) ? `${PAGINA_TITELS[stap]} - Initiatief starten` : "Initiatief starten" };
}


function Rij({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(10rem,16rem)_1fr] gap-x-4 gap-y-1 py-[0.4rem] border-b border-line">
      <dt className="font-bold">{label}</dt>
      <dd className="m-0 whitespace-pre-line">{children || <span className="text-muted">Niet ingevuld</span>}</dd>
    </div>
  );
}

function Samenvatting({ c, stappen, fouten }: { c: ConceptDTO; stappen: Stap[]; fouten: Partial<Record<Stap, string[]>> }) {
  const nodig = [c.nodigGeld && "geld", c.nodigRuimte && "een ruimte", c.nodigMateriaal && "materiaal", c.nodigContact && "contact met anderen", c.nodigBekendheid && "bekendheid"].filter(Boolean).join(", ");
  const rijen: Partial<Record<Stap, React.ReactNode>> = {
    idee: (
      <>
        <Rij label="Naam">{c.titel}</Rij>
        <Rij label="Ik wil">{c.ikWil}</Rij>
      </>
    ),
    samen: (
      <>
        <Rij label="Ik kan">{c.ikKan}</Rij>
        <Rij label="Samen met">{c.samenMet}</Rij>
      </>
    ),
    nodig: (
      <>
        <Rij label="Ik heb nodig">{nodig || "Niets van de gemeente"}</Rij>
        <Rij label="Toelichting">{c.nodigToelichting}</Rij>
      </>
    ),
    geld: <Rij label="Bedrag">{c.bedragGevraagd !== null ? euro(c.bedragGevraagd) : ""}</Rij>,
    begroting: (
      <Rij label="Begroting">
        {c.begroting.length ? (
          <ul className="m-0 pl-[1.2rem] list-disc">
            {c.begroting.map((r, i) => (
              <li key={i}>
                {r.post}: {euro(r.bedrag)}
              </li>
            ))}
          </ul>
        ) : null}
      </Rij>
    ),
    waar: (
      <>
        <Rij label="Voor wie">{c.voorWie}</Rij>
        <Rij label="Wijk of dorp">{c.wijkNaam ?? ""}</Rij>
        <Rij label="Adres of plek">{c.locatie}</Rij>
      </>
    ),
    doelen: <Rij label="Doelen">{c.doelen.map((d) => DOEL_LABELS_BEWONER[d as Doel]).join(", ")}</Rij>,
    meedoen: (
      <>
        <Rij label="Meedoen">{c.meedoen}</Rij>
        <Rij label="Openbaar na goedkeuring">{c.openbaar ? "Ja" : "Nee"}</Rij>
      </>
    ),
    contact: (
      <>
        <Rij label="Naam">{c.contactNaam}</Rij>
        <Rij label="E-mailadres">{c.contactEmail}</Rij>
        <Rij label="Telefoonnummer">{c.contactTelefoon}</Rij>
      </>
    ),
  };
  // A small amount has its short explanation as the only budget line.
  if (c.nodigGeld && !stappen.includes("begroting") && c.begroting.length === 1) {
    rijen.geld = (
      <>
        {rijen.geld}
        <Rij label="Waaraan">{c.begroting[0].post}</Rij>
      </>
    );
  }
  return (
    <>
      {stappen
        .filter((s) => s !== "controleren")
        .map((s) => (
          <section className="mb-6" key={s} id={`sectie-${s}`} aria-labelledby={`kop-${s}`}>
            <div className="flex justify-between items-baseline gap-4 flex-wrap">
              <h2 className="text-xl m-0" id={`kop-${s}`}>
                {STAP_TITELS[s]}
              </h2>
              <Link href={`/initiatief/nieuw/${paginaVan(s)}#sectie-${s}`}>
                Wijzigen<span className="sr-only">: {STAP_TITELS[s].toLowerCase()}</span>
              </Link>
            </div>
            {fouten[s] ? <p className="mb-1.5 font-bold text-error">Nog niet compleet: {fouten[s]!.join(" ")}</p> : null}
            <dl className="m-0 mt-2">{rijen[s]}</dl>
          </section>
        ))}
    </>
  );
}

export default async function StapPage({ params }: { params: Promise<{ stap: string }> }) {
  const { stap } = await routeParams(params, { stap: "slug" });
  if (!isStap(stap) && !isPagina(stap)) notFound();
  const sleutel = (await cookies()).get(CONCEPT_COOKIE)?.value;
  const concept = await leesConcept(await currentUser(), sleutel);
  if (!concept || !sleutel) redirect("/initiatief/nieuw");
  // A step that is part of a page (a saved place, an old link) opens that page.
  if (!isPagina(stap)) redirect(`/initiatief/nieuw/${paginaVan(stap)}`);
  const klein = (await instellingen()).kleinBedrag;
  const stappen = stappenVoor(concept, klein);
  const paginas = paginasVoor(concept, klein);
  if (!paginas.includes(stap)) {
    const terug = concept.laatsteStap && isStap(concept.laatsteStap) ? paginaVan(concept.laatsteStap) : "idee";
    redirect(`/initiatief/nieuw/${paginas.includes(terug) ? terug : "idee"}`);
  }
  const nummer = paginas.indexOf(stap) + 1;
  const vorige = vorigePagina(stap, concept, klein);
  // The money step is shown on "Wat heeft u nodig?" even before "Geld" is chosen (works without JavaScript).
  const delen = PAGINAS[stap].filter((s): s is Exclude<Stap, "controleren"> => s !== "controleren");
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/initiatief", label: "Initiatief starten" }, { label: PAGINA_TITELS[stap] }]} />
      {vorige ? (
        <p className="mt-4">
          <Link href={`/initiatief/nieuw/${vorige}`}>Vorige stap</Link>
        </p>
      ) : null}
      <p className="text-muted mb-0">
        Stap {nummer} van {paginas.length}
      </p>
      <h1 className="mt-1">{PAGINA_TITELS[stap]}</h1>
      {stap === "controleren" ? (
        <>
          <p className="text-xl">Kijk of alles klopt. Wilt u iets veranderen? Kies dan Wijzigen.</p>
          <IndienForm sleutel={sleutel} stappen={stappen}>
            <Samenvatting c={concept} stappen={stappen} fouten={controleerConcept(concept, klein)} />
            <h2 className="text-xl">Wat gebeurt er met uw gegevens?</h2>
            <p>
              De gemeente gebruikt uw aanvraag alleen om hem te beoordelen en contact met u op te nemen. We bewaren hem tot 2 jaar na het besluit. Uw naam en
              contactgegevens laten we nooit openbaar zien. Lees meer in de <Link href="/privacy">privacyverklaring</Link>.
            </p>
          </IndienForm>
        </>
      ) : (
        <StapForm
          pagina={stap}
          delen={delen}
          sleutel={sleutel}
          waarden={Object.assign({}, ...delen.map((d) => conceptNaarWaarden(concept, d, klein)))}
          wijken={delen.includes("waar") ? (await zoekWijken()).map((w) => ({ value: w.id, label: w.naam })) : []}
          kleinBedrag={klein}
          bedragGevraagd={concept.bedragGevraagd}
        />
      )}
      {await lieverBellen()}
    </div>
  );
}
