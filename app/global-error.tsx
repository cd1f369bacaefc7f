"use client";
/**
 * Shown when even the page frame (the root layout) crashes. It replaces the whole document, so it
 * brings its own <html>, <body> and styles. Plain Dutch, no technical details.
 */
import "./globals.css";

export default function GlobaleFout({ error }: { error: unknown }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <html lang="nl">
      <body>
        <title>Er ging iets mis</title>
        <main id="inhoud" className="mx-auto max-w-6xl px-4">
          <div className="max-w-3xl">
            <h1>Er ging iets mis</h1>
            <p>Sorry, de website werkt nu niet goed. Dat ligt niet aan u.</p>
            <p>Probeer het over een paar minuten nog een keer.</p>
            {digest ? (
              <p>
                Lukt het niet? Neem contact op met de gemeente en noem dit nummer: <strong className="font-mono">{digest}</strong>.
              </p>
            ) : null}
            <p>
              {/* A plain link: the app's router may be what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/">Naar de startpagina</a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
