/** NL Design System "Card": a bordered block (a tile on the dashboard, an item in a list, a boxed form). */
import type { ComponentPropsWithoutRef, ElementType, ReactNode } from "react";

export const cardClass = "card rounded-lg border border-line bg-white p-4";

export function Card<T extends ElementType = "div">({ as, className, ...rest }: { as?: T; className?: string; children?: ReactNode } & Omit<ComponentPropsWithoutRef<T>, "as" | "className">) {
  const Tag: ElementType = as ?? "div";
  return <Tag className={`${cardClass}${className ? ` ${className}` : ""}`} {...rest} />;
}

/** Cards side by side, as many as fit (one column on a phone). */
export function CardGrid({ as: Tag = "ul", className, children }: { as?: "ul" | "div"; className?: string; children: ReactNode }) {
  return <Tag className={`m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(16rem,1fr))] gap-4 p-0${className ? ` ${className}` : ""}`}>{children}</Tag>;
}
