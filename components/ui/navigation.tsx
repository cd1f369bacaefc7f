"use client";
/** NL Design System "Navigation Bar" items, with aria-current on the page you are on. */
import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
}

export function NavigationList({ items, className }: { items: NavItem[]; className?: string }) {
  const pathname = usePathname() ?? "/";
  return (
    <ul className={`m-0 list-none p-0 ${className ?? ""}`}>
      {items.map((item) => {
        const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className="inline-block py-1 font-semibold text-on-brand no-underline visited:text-on-brand hover:text-on-brand hover:underline hover:decoration-[3px] aria-[current=page]:underline aria-[current=page]:decoration-[3px]"
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
