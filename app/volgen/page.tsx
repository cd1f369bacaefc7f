/** Volg je wijk: what it is, and the wijken and dorpen to follow (the form is on each wijk page). */
import type { Metadata } from "next";
import Link from "next/link";
import { zoekWijken } from "@/lib/data/wijken";

export const metadata: Metadata = { title: "Volg je wijk" };

export default async function VolgJeWijkPage() {
  const wijken = await zoekWijken();
  return (
    <>
      <h1>Volg je wijk</h1>
      <p className="text-xl max-w-3xl">
        Wilt u weten wat er nieuw is in uw wijk of dorp? Dan krijgt u één e-mail per week (of per dag) met nieuwe activiteiten, initiatieven die hulp zoeken,
        nieuw vrijwilligerswerk en hulpvragen van buren. Alleen als er iets nieuws is.
      </p>
      <ul className="mb-3 list-disc pl-6 max-w-3xl">
        <li>U heeft geen account nodig. U krijgt eerst een e-mail om te bevestigen.</li>
        <li>Onder elke e-mail staat een link. Daarmee kiest u hoe vaak, of stopt u met één klik.</li>
        <li>We gebruiken uw e-mailadres alleen hiervoor.</li>
      </ul>
      <h2>Kies uw wijk of dorp</h2>
      <ul className="mb-3 grid list-none gap-2 p-0 sm:grid-cols-2 md:grid-cols-3">
        {wijken.map((w) => (
          <li key={w.slug}>
            <Link href={`/wijken/${w.slug}#volgen`}>{w.naam}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
