/**
 * Tailwind class strings shared by the components in components/ui (NL Design System component
 * names). Pages use the components; a few (buttonClass, inputClass) are exported for elements that
 * must stay a Next.js <Link> or a native control. Colours come from the theme tokens (app/globals.css).
 */

export { buttonClass, type ButtonVariant } from "./knop.ts";

/** A button that looks like a link (for a form with one action inside running text). */
export const linkButtonClass = "cursor-pointer border-0 bg-transparent p-0 text-link underline [font:inherit] hover:text-link-hover";

export type InputWidth = "s" | "m" | "l" | "full";

const INPUT_WIDTH: Record<InputWidth, string> = { s: "w-32", m: "w-80", l: "w-xl", full: "w-full" };

/** NL Design System "Textbox" / "Select" / "Textarea". */
export function inputClass(width: InputWidth = "l", fout = false): string {
  // .invoer (app/globals.css): block max-w-full rounded-sm border-2 bg-white px-[0.55rem] py-[0.45rem] text-base
  return `invoer ${fout ? "border-error" : "border-ink"} ${INPUT_WIDTH[width]}`;
}

/** NL Design System "Form Field": spacing, and the red bar on the left when it has an error. */
export function formFieldClass(fout = false): string {
  return `mb-5 ${fout ? "border-l-4 border-error pl-[0.8rem]" : ""}`.trim();
}

export const formLabelClass = "mb-1 block font-bold";
export const formDescriptionClass = "mb-1.5 text-muted";
export const formErrorClass = "mb-1.5 font-bold text-error";
export const formOptionalClass = "font-normal text-muted";

/** One radio button or checkbox with its label (and hint underneath). */
export const choiceClass = "grid grid-cols-[auto_1fr] items-start gap-x-2.5 [&>input]:mt-0.5 [&>input]:size-5 [&>input]:accent-brand";
export const choiceHintClass = "col-start-2 m-0 text-muted";
export const choicesClass = "grid gap-1.5";

/** A row of buttons under a form. */
export const actionsClass = "my-5 flex flex-wrap items-center gap-3";

/** Running text with lists (NL Design System "Unordered List" / "Ordered List" inside content). */
export const proseClass = "[&_ol]:mb-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:mb-3 [&_ul]:list-disc [&_ul]:pl-6";

// Hook classes: the root of some components keeps a plain name without CSS (error-summary, card,
// facts, status) so tests and the print stylesheet can find them. Their look is the Tailwind classes.
