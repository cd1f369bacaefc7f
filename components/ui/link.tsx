/** NL Design System "Link": the theme's link colour (token --basis-color-accent-2-color-default), always underlined. */
import NextLink from "next/link";
import type { ComponentProps } from "react";

export function Link({ className, ...rest }: ComponentProps<typeof NextLink>) {
  return <NextLink className={`text-link underline underline-offset-2 hover:text-link-hover hover:decoration-2${className ? ` ${className}` : ""}`} {...rest} />;
}
