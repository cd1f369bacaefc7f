import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Bedankt voor uw voorstel" };

export default function BedanktPage() {
  return (
    <div className="max-w-3xl">
      <h1>Bedankt voor uw voorstel</h1>
      <div className="notice notice--success" role="status">
        <p>We hebben uw voorstel ontvangen.</p>
      </div>
      <h2>Wat gebeurt er nu?</h2>
      <ol className="prose">
        <li>Een opbouwwerker uit de wijk bekijkt uw voorstel, meestal binnen twee weken.</li>
        <li>Klopt alles? Dan komt de plek (of de wijziging) op de sociale kaart.</li>
        <li>Heeft u uw e-mailadres gegeven? Dan kunnen we u een vraag stellen als iets niet duidelijk is.</li>
      </ol>
      <p className="actions">
        <Link href="/kaart" className="button button--primary">
          Terug naar de sociale kaart
        </Link>
        <Link href="/kaart/voorstellen">Nog een plek voorstellen</Link>
      </p>
    </div>
  );
}
