import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Pagina niet gevonden" };

export default function NotFound() {
  return (
    <div className="max-w-3xl">
      <h1>Deze pagina bestaat niet</h1>
      <p>Misschien is de pagina verplaatst of is het adres verkeerd getypt.</p>
      <p>
        <Link href="/">Naar de startpagina</Link>
      </p>
    </div>
  );
}
