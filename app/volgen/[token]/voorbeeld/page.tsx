/** Volg je wijk: the next digest in the browser (reached from the manage page by token). */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { digestVoorbeeld, leesVolging } from "@/lib/data/volgen";
import { datum } from "@/lib/format";
import { aantalOnderdelen, DIGEST_KOPJES, type DigestInhoud } from "@/lib/volgen/digest";

export const metadata: Metadata = { title: "Voorbeeld van de e-mail", robots: { index: false, follow: false } };

export default async function VoorbeeldPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!(await leesVolging(token))) notFound();
  const { volging, vanaf, inhoud } = await digestVoorbeeld(token);
  const soorten = (Object.keys(DIGEST_KOPJES) as (keyof DigestInhoud)[]).filter((k) => inhoud[k].length);
  return (
    <>
      <h1>Nieuw in {volging.wijk.naam}</h1>
      <p className="text-xl">Dit zou er nu in de volgende e-mail staan: wat er nieuw is sinds {datum(vanaf)}.</p>
      {aantalOnderdelen(inhoud) ? (
        soorten.map((k) => (
          <section key={k} aria-labelledby={`kop-${k}`}>
            <h2 id={`kop-${k}`}>{DIGEST_KOPJES[k]}</h2>
            <ul className="mb-3 list-disc pl-6">
              {inhoud[k].map((o) => (
                <li key={o.pad}>
                  <Link href={o.pad}>{o.titel}</Link>
                  {o.detail ? ` (${o.detail})` : null}
                </li>
              ))}
            </ul>
          </section>
        ))
      ) : (
        <p>Er is nog niets nieuws. Dan sturen we ook geen e-mail.</p>
      )}
      <p>
        <Link href={`/volgen/${token}`}>Terug: hoe vaak, of stoppen</Link>
      </p>
    </>
  );
}
