/** NL Design System "Heading": the level is the document outline, `appearance` only the size. */
import type { ReactNode } from "react";

type Level = 1 | 2 | 3 | 4;

const SIZE: Record<Level, string> = {
  1: "mt-6 mb-4 text-[2rem] leading-tight font-bold",
  2: "mt-6 mb-3 text-2xl leading-tight font-bold",
  3: "mt-4 mb-2 text-[1.2rem] font-bold",
  4: "mt-4 mb-2 text-[1.05rem] font-bold",
};

export function Heading({ level, appearance, id, className, children }: { level: Level; appearance?: Level; id?: string; className?: string; children: ReactNode }) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={`${SIZE[appearance ?? level]}${className ? ` ${className}` : ""}`}>
      {children}
    </Tag>
  );
}
