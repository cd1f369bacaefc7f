/**
 * NL Design System "Skip Link" from the candidate package (@nl-design-system-candidate/skip-link-react,
 * EUPL-1.2): a plain <a>, no JavaScript, its CSS is a normal stylesheet (CSP style-src 'self').
 * Its look comes from our tokens (--nl-skip-link-*, set in app/globals.css).
 */
// The CSS comes from @nl-design-system-candidate/skip-link-css, imported in app/globals.css (the
// package's own "/css" entry loses its CSS import to tree shaking).
import { SkipLink as NlSkipLink } from "@nl-design-system-candidate/skip-link-react";

export function SkipLink({ href = "#inhoud", children = "Direct naar de inhoud" }: { href?: string; children?: string }) {
  return (
    <NlSkipLink href={href} className="z-[2000] font-bold">
      {children}
    </NlSkipLink>
  );
}
