import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Geen toegang" };

export default function GeenToegang() {
  return (
    <div className="max-w-3xl">
      <h1>U heeft geen toegang tot deze pagina</h1>
      <p>Deze pagina is alleen voor medewerkers van de gemeente en opbouwwerkers.</p>
      <p>
        <Link href="/">Naar de startpagina</Link>
      </p>
    </div>
  );
}
