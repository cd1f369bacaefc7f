import type { Metadata } from "next";
import Link from "next/link";
import { requireUserPage } from "@/lib/auth/session";
import { isStaff } from "@/lib/auth/permissions";
import { VerwijderForm } from "./form";

export const metadata: Metadata = { title: "Account verwijderen" };

export default async function VerwijderenPage() {
  const user = await requireUserPage("/mijn/gegevens/verwijderen");
  return (
    <div className="max-w-3xl">
      <h1>Account verwijderen</h1>
      {isStaff(user) ? (
        <p>
          U bent medewerker. Een account van een medewerker kunt u niet zelf verwijderen. Vraag dit aan een beheerder.
        </p>
      ) : (
        <>
          <p>Als u uw account verwijdert:</p>
          <ul>
            <li>wissen we uw account, naam, e-mailadres en telefoonnummer, uw vrijwilligersprofiel, uw hulpvragen, uw aanbod aan anderen en uw reacties op vacatures;</li>
            <li>verwijderen we uw concepten en trekken we aanvragen in waarover nog geen besluit is;</li>
            <li>blijven ingediende initiatieven, verhalen, signalen en vacatures bestaan, maar zonder uw naam en contactgegevens.</li>
          </ul>
          <p>
            Wilt u eerst een kopie? <Link href="/mijn/gegevens">Bekijk of download uw gegevens</Link>.
          </p>
          <VerwijderForm />
        </>
      )}
      <p>
        <Link href="/mijn/gegevens">Terug naar mijn gegevens</Link>
      </p>
    </div>
  );
}
