import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth/session";
import { leesConcept } from "@/lib/data/initiatief/concept";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CONCEPT_COOKIE } from "../cookie";
import { StartForm, VerwijderConceptForm } from "./forms";
import { instellingen } from "@/lib/instellingen";
import { euro } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/classes";
import { lieverBellen } from "@/components/ui/liever-bellen";

export const metadata: Metadata = { title: "Uw aanvraag - Initiatief starten" };

export default async function NieuwPage({ searchParams }: { searchParams: Promise<{ verwijderd?: string }> }) {
  const { verwijderd } = await searchParams;
  const sleutel = (await cookies()).get(CONCEPT_COOKIE)?.value;
  const user = await currentUser();
  const concept = await leesConcept(user, sleutel);
  const e = await instellingen();
  const klein = e.kleinBedrag;
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
          <p className="text-xl">We stellen u een paar korte vragen. Vraagt u geen geld of tot en met {euro(klein)}? Dan zijn het 6 korte stappen.</p>
          <h2>Wat heeft u nodig?</h2>
          <ul className="mb-3 list-disc pl-6">
            <li>Een idee: wat wilt u doen, en wie doet er mee?</li>
            <li>Wat u nodig heeft: geld, een ruimte, materiaal, contact of bekendheid. Vraagt u meer dan {euro(klein)}? Dan maakt u ook een korte begroting.</li>
            <li>Voor wie het is, en in welke wijk of welk dorp.</li>
            <li>Uw naam en e-mailadres.</li>
          </ul>
          <h2>Hoe lang duurt het?</h2>
          <p>
            Ongeveer 10 minuten. U heeft geen account nodig. Alles wat u invult, bewaren we meteen{user ? "" : " in deze browser"}. U kunt stoppen met
            &quot;Opslaan en later verder&quot; en later terugkomen.
          </p>
          <h2>Wat gebeurt er daarna?</h2>
          <p>
            U krijgt een e-mail met uw nummer. Binnen {e.reactietermijnWerkdagen} werkdagen hoort u van ons. Op Mijn initiatieven ziet u wat u heeft
            ingediend en wat de gemeente besluit.
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
