/** NL Design System "Card": a bordered block (a tile on the dashboard, an item in a list). */
import type { ReactNode } from "react";

type Tag = "div" | "li" | "article" | "section";

export function Card({ as: Tag = "div", id, className, children, "aria-labelledby": labelledBy }: { as?: Tag; id?: string; className?: string; children: ReactNode; "aria-labelledby"?: string }) {
  return (
    <Tag id={id} aria-labelledby={labelledBy} className={`card rounded-lg border border-line bg-white p-4${className ? ` ${className}` : ""}`}>
      {children}
    </Tag>
  );
}

/** Cards side by side, as many as fit (one column on a phone). */
export function CardGrid({ as: Tag = "ul", className, children }: { as?: "ul" | "div"; className?: string; children: ReactNode }) {
  return <Tag className={`m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0${className ? ` ${className}` : ""}`}>{children}</Tag>;
}
