/**
 * NL Design System "Button" classes, in their own module so a client component that only needs a
 * button (the error page, in every page's first-load JS) does not carry all of classes.ts.
 */

export type ButtonVariant = "primary" | "secondary" | "danger" | "subtle";

const BUTTON_BASIS =
  "inline-block cursor-pointer rounded-md border-2 px-[1.1rem] py-[0.55rem] text-base leading-[1.3] font-bold no-underline hover:no-underline";

const BUTTON_VARIANT: Record<ButtonVariant, string> = {
  primary: "border-brand bg-brand text-on-brand hover:border-brand-dark hover:bg-brand-dark hover:text-on-brand visited:text-on-brand",
  secondary: "border-brand bg-white text-brand hover:bg-soft hover:text-brand-dark",
  danger: "border-error bg-error text-white hover:text-white",
  subtle: "border-transparent bg-transparent px-0 py-0 text-link underline font-normal hover:text-link-hover",
};

/** NL Design System "Button" (also for a link that looks like a button: "Button Link"). */
export function buttonClass(variant: ButtonVariant = "primary", klein = false): string {
  return `${BUTTON_BASIS} ${BUTTON_VARIANT[variant]}${klein ? " !px-3 !py-0.5" : ""}`;
}
