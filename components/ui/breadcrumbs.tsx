/** NL Design System "Breadcrumb Navigation". */
import Link from "next/link";

export function Breadcrumbs({ items }: { items: { href?: string; label: string }[] }) {
  return (
    <nav aria-label="Kruimelpad">
      <ol className="m-0 mt-4 flex list-none flex-wrap gap-x-2 gap-y-1 p-0 text-[0.95rem] [&>li+li]:before:mr-2 [&>li+li]:before:text-muted [&>li+li]:before:content-['›']">
        {items.map((item, i) =>
          item.href && i < items.length - 1 ? (
            <li key={i}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ) : (
            <li key={i} aria-current="page">
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
