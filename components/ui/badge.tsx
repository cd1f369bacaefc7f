/**
 * NL Design System "Status Badge" and "Data Badge". Deliberately not like a button (issue 12 point 8):
 * no border box, no bold raised shape, no pointer; a coloured dot and plain text on a faint background.
 */
import type { ComponentPropsWithoutRef } from "react";

export type StatusTone = "neutraal" | "bezig" | "ok" | "let-op" | "fout";

const DOT: Record<StatusTone, string> = {
  neutraal: "bg-muted",
  bezig: "bg-brand",
  ok: "bg-ok",
  "let-op": "bg-accent",
  fout: "bg-error",
};

export function StatusBadge({ tone = "neutraal", className, children, ...rest }: { tone?: StatusTone } & ComponentPropsWithoutRef<"span">) {
  return (
    <span {...rest} className={`status inline-flex cursor-default items-center gap-1.5 text-[0.95rem] text-ink select-text${className ? ` ${className}` : ""}`}>
      <span aria-hidden="true" className={`inline-block size-2.5 shrink-0 rounded-full ${DOT[tone]}`} />
      <span>{children}</span>
    </span>
  );
}

/**
 * A fact label such as a theme or a category (not clickable). Its utilities are in app/globals.css
 * (`.data-badge`; the fact labels of a /kaart result get the same look from `.kaart-resultaat li`, without a class).
 */
export const dataBadgeClass = "data-badge";

export function DataBadge({ className, children, ...rest }: ComponentPropsWithoutRef<"span">) {
  return <span {...rest} className={`${dataBadgeClass}${className ? ` ${className}` : ""}`}>{children}</span>;
}
