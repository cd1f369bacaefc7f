/** NL Design System "Alert": a notice in the page (info, ok, warning, error). */
import type { ComponentPropsWithoutRef } from "react";

export type AlertType = "info" | "ok" | "warning" | "error";

const RAND: Record<AlertType, string> = {
  info: "border-brand",
  ok: "border-ok",
  warning: "border-accent",
  error: "border-error",
};

export function alertClass(type: AlertType = "info"): string {
  return `my-4 border-l-[6px] bg-soft px-4 py-[0.8rem] [&>:last-child]:mb-0 ${RAND[type]}`;
}

export function Alert({ type = "info", className, ...rest }: { type?: AlertType } & ComponentPropsWithoutRef<"div">) {
  return <div {...rest} className={`${alertClass(type)}${className ? ` ${className}` : ""}`} />;
}
