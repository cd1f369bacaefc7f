import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { leesConcept } from "@/lib/data/initiatief/concept";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CONCEPT_COOKIE } from "../cookie";
import { StartForm, VerwijderConceptForm } from "./forms";
import { instellingen } from "@/lib/instellingen";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/classes";
import { lieverBellen } from "@/components/ui/liever-bellen";

export const metadata: Metadata = { title: "Uw aanvraag - Initiatief starten" };

export default async function NieuwPage({ searchParams }: { searchParams: Promise<{ verwijderd?: string }> }) {
  const { verwijderd } = await searchParams;
  const sleutel = (await cookies()).get(CONCEPT_COOKIE)?.value;
  const user = await currentUser();
  const concept = await leesConcept(user, sleutel);
  const klein = (await instellingen()).kleinBedrag;
  return (
    <div className="max-w-3xl">
      <Breadcrumbs items={[{ href: "/", label: "Home" }, { href: "/initiatief", label: "Initiatief starten" }, { label: "Uw aanvraag" }]} />
      {verwijderd ? (
        <Alert type="ok" role="status">
          Uw concept is verwijderd.
        </Alert>
      ) : null}
      {concept && sleutel ? (
        <>
          <h1>U was al bezig</h1>
          <p className="text-xl">
            U was al bezig met {concept.titel ? <strong>{concept.titel}</strong> : "een aanvraag"}. Alles wat u invulde, is bewaard.
          </p>
          <p>
            <Link className={buttonClass("primary")} href={`/initiatief/nieuw/${concept.laatsteStap ?? "idee"}`}>
              Verder gaan
            </Link>
          </p>
          <VerwijderConceptForm sleutel={sleutel} />
        </>
      ) : (
        <>
          <h1>Uw initiatief aanvragen</h1>
          <p className="text-xl">We stellen u een paar korte vragen, één onderwerp per pagina. Het duurt ongeveer 10 minuten.</p>
          <ul className="mb-3 list-disc pl-6 list-disc pl-6">
            <li>Wat wilt u doen, en wie doet er mee?</li>
            <li>Wat heeft u nodig: geld, een ruimte, materiaal, contact of bekendheid?</li>
            <li>Voor wie is het, en waar?</li>
            <li>Hoe kunnen anderen meedoen, en hoe bereiken we u?</li>
          </ul>
          <p>
            Vraagt u geen geld of tot en met € {klein}? Dan is het formulier extra kort. U heeft geen account nodig. Alles wat u invult, bewaren we meteen
            {user ? "" : " in deze browser"}. Zo kunt u later verder gaan.
          </p>
          <StartForm label="Start uw aanvraag" />
          {!user ? (
            <p>
              Al eerder begonnen op een ander apparaat? <Link href="/inloggen?terug=/mijn/initiatieven">Log in</Link> om verder te gaan.
            </p>
          ) : null}
        </>
      )}
      {await lieverBellen()}
    </div>
  );
}
