/** NL Design System "Button" and "Button Link". */
import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { buttonClass, type ButtonVariant } from "./classes";

export function Button({ variant = "primary", klein, className, type = "button", ...rest }: ComponentProps<"button"> & { variant?: ButtonVariant; klein?: boolean }) {
  return <button type={type} className={`${buttonClass(variant, klein)}${className ? ` ${className}` : ""}`} {...rest} />;
}

/** A link that looks like a button (a start or next step, not an action on data). */
export function ButtonLink({ variant = "primary", className, ...rest }: ComponentProps<typeof Link> & { variant?: ButtonVariant; children: ReactNode }) {
  return <Link className={`${buttonClass(variant)}${className ? ` ${className}` : ""}`} {...rest} />;
}
