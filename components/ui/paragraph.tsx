/** NL Design System "Paragraph" (with the "lead" variant for an intro). */
import type { ReactNode } from "react";

export function Paragraph({ lead, muted, className, id, children }: { lead?: boolean; muted?: boolean; className?: string; id?: string; children: ReactNode }) {
  const cls = [lead ? "text-xl" : "", muted ? "text-muted" : "", className ?? ""].filter(Boolean).join(" ");
  return (
    <p id={id} className={cls || undefined}>
      {children}
    </p>
  );
}
