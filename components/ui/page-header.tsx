/**
 * NL Design System "Page Header" with the main navigation. On a wide screen the menu is a row of
 * links; on a phone it folds into a <details> "Menu" (works without JavaScript) so the header stays
 * one line high (issue 12 point 9). Both are rendered; CSS shows one (the other is display:none,
 * so screen readers meet only one navigation).
 */
import Link from "next/link";
import type { ReactNode } from "react";
import { NavigationList, type NavItem } from "./navigation";

/**
 * `account`: sign-in link or "Ingelogd als ..." with the sign-out button, for the wide header;
 * `accountMenu`: the same for inside the phone menu (its own words, so a page has one "Ingelogd als").
 */
export function PageHeader({ titel, logoUrl, logoAlt = "", items, account, accountMenu }: { titel: string; logoUrl?: string | null; logoAlt?: string; items: NavItem[]; account: ReactNode; accountMenu: ReactNode }) {
  const logo = (
    <Link href="/" className="flex items-center gap-2 text-xl leading-tight font-bold text-on-brand no-underline visited:text-on-brand hover:text-on-brand">
      {logoUrl ? (
        // A logo set by the beheerder: any size, shown at a fixed height. next/image needs known sizes.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={logoUrl} alt={logoAlt} className="h-8 w-auto" />
      ) : null}
      <span>{titel}</span>
    </Link>
  );
  return (
    <header className="relative print:hidden bg-brand text-on-brand [&_a]:text-on-brand">
      {/* Phone: one line with the name and a "Menu" button that opens the navigation. */}
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2 md:hidden">
        {logo}
        <details className="group">
          <summary className="cursor-pointer list-none rounded-md border-2 border-on-brand px-3 py-1 font-bold [&::-webkit-details-marker]:hidden">
            <span className="group-open:hidden">Menu</span>
            <span className="hidden group-open:inline">Sluit menu</span>
          </summary>
          <div className="absolute inset-x-0 z-[1500] mt-2 border-t border-on-brand bg-brand px-4 pt-2 pb-4 shadow-lg">
            <nav aria-label="Hoofdmenu">
              <NavigationList items={items} className="grid gap-1" />
            </nav>
            <div className="mt-3 border-t border-on-brand pt-3">{accountMenu}</div>
          </div>
        </details>
      </div>
      {/* Wide screen: name and account on top, the menu as a row under it. */}
      <div className="hidden md:block">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          {logo}
          <div>{account}</div>
        </div>
        <div className="mx-auto max-w-6xl px-4">
          <nav aria-label="Hoofdmenu">
            <NavigationList items={items} className="flex flex-wrap gap-x-5 gap-y-1 pb-3" />
          </nav>
        </div>
      </div>
    </header>
  );
}
