/** NL Design System "Page Footer". */
import Link from "next/link";
import type { ReactNode } from "react";

/** `children`: more about the gemeente under the text (the contact details from the settings). */
export function PageFooter({ gemeente, children }: { gemeente: string; children?: ReactNode }) {
  return (
    <footer className="mt-12 print:hidden bg-brand-dark py-6 text-on-brand [&_a]:text-on-brand">
      <div className="mx-auto max-w-6xl px-4">
        <h2 className="sr-only">Over deze website</h2>
        <ul className="m-0 mb-3 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
          <li>
            <Link href="/privacy">Privacyverklaring</Link>
          </li>
          <li>
            <Link href="/toegankelijkheid">Toegankelijkheidsverklaring</Link>
          </li>
          <li>
            <Link href="/contact">Contact</Link>
          </li>
          <li>
            <Link href="/volgen">Volg je wijk</Link>
          </li>
        </ul>
        <p>Een website van de gemeente {gemeente}, samen met inwoners, vrijwilligers en opbouwwerkers.</p>
        {children}
      </div>
    </footer>
  );
}
