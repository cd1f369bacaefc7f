import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getConcept } from "@/lib/data/initiatieven";
import { CONCEPT_COOKIE } from "../../cookie";
import { VerderLinkForm } from "../forms";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Uw aanvraag is bewaard" };

export default async function OpgeslagenPage() {
  const sleutel = (await cookies()).get(CONCEPT_COOKIE)?.value;
  const user = await currentUser();
  const concept = await getConcept(user, sleutel);
  if (!concept || !sleutel) redirect("/initiatief/nieuw");
  return (
    <div className="max-w-3xl">
      <h1>Uw aanvraag is bewaard</h1>
      <Alert type="ok" role="status">
        Alles wat u invulde, is bewaard. Uw aanvraag is nog niet verstuurd.
      </Alert>
      <p>
        <Link href={`/initiatief/nieuw/${concept.laatsteStap ?? "idee"}`}>Verder gaan met uw aanvraag</Link>
      </p>
      {user ? (
        <p>
          U vindt uw aanvraag ook op <Link href="/mijn/initiatieven">Mijn initiatieven</Link>.
        </p>
      ) : (
        <>
          <p>In deze browser kunt u 30 dagen later verder gaan via Initiatief starten.</p>
          <h2>Later verder op een ander apparaat?</h2>
          <VerderLinkForm sleutel={sleutel} email={concept.contactEmail} />
        </>
      )}
    </div>
  );
}
