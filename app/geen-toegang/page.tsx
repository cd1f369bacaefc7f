import type { Metadata } from "next";
import Link from "next/link";
import { redenTekst } from "@/lib/auth/weigering";

export const metadata: Metadata = { title: "Geen toegang" };

/** The reason comes as a short code (lib/auth/pagina.ts); only texts from the fixed table are shown. */
export default async function GeenToegang({ searchParams }: { searchParams: Promise<{ reden?: string | string[] }> }) {
  const { reden } = await searchParams;
  return (
    <div className="max-w-3xl">
      <h1>U heeft geen toegang tot deze pagina</h1>
      <p>{redenTekst(reden)}</p>
      <p>
        <Link href="/">Naar de startpagina</Link>
      </p>
    </div>
  );
}
