"use client";
/**
 * Shown when a page crashes. Plain Dutch, no technical details: the digest is the reference number
 * that lets the helpdesk find the error in the server log.
 */
import Link from "next/link";
import { buttonClass } from "@/components/ui/knop";

export default function Fout({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div className="max-w-3xl">
      <h1>Er ging iets mis</h1>
      <p>Sorry, deze pagina werkt nu niet. Dat ligt niet aan u.</p>
      <p>Probeer het over een paar minuten nog een keer. Lukt het dan nog niet? Neem contact met ons op.</p>
      {digest ? (
        <p>
          Noem dan dit nummer: <strong className="font-mono">{digest}</strong>. Zo kunnen wij de fout snel vinden.
        </p>
      ) : null}
      <div className="my-5 flex flex-wrap items-center gap-3">
        <button type="button" className={buttonClass("primary")} onClick={() => retry()}>
          Probeer het opnieuw
        </button>
        <Link href="/">Naar de startpagina</Link>
        <Link href="/contact">Contact</Link>
      </div>
    </div>
  );
}
