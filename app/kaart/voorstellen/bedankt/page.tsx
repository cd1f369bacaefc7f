import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/classes";

export const metadata: Metadata = { title: "Bedankt voor uw voorstel" };

export default function BedanktPage() {
  return (
    <div className="max-w-3xl">
      <h1>Bedankt voor uw voorstel</h1>
      <Alert type="ok" role="status">
        <p>We hebben uw voorstel ontvangen.</p>
      </Alert>
      <h2>Wat gebeurt er nu?</h2>
      <ol className="mb-3 list-decimal pl-6">
        <li>Een opbouwwerker uit de wijk bekijkt uw voorstel, meestal binnen twee weken.</li>
        <li>Klopt alles? Dan komt de plek (of de wijziging) op de sociale kaart.</li>
        <li>Heeft u uw e-mailadres gegeven? Dan kunnen we u een vraag stellen als iets niet duidelijk is.</li>
      </ol>
      <p className="my-5 flex flex-wrap items-center gap-3">
        <Link href="/kaart" className={buttonClass("primary")}>
          Terug naar de sociale kaart
        </Link>
        <Link href="/kaart/voorstellen">Nog een plek voorstellen</Link>
      </p>
    </div>
  );
}
