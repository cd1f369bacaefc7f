/** NL Design System "Data List": facts as <dl> with <dt> key and <dd> value; one column on a phone. */
import type { ComponentPropsWithoutRef } from "react";

export function DataList({ className, children, ...rest }: ComponentPropsWithoutRef<"dl">) {
  return (
    <dl {...rest} className={`facts grid grid-cols-1 gap-x-4 gap-y-1.5 sm:grid-cols-[minmax(8rem,14rem)_1fr] [&>dd]:mb-1.5 sm:[&>dd]:mb-0 [&>dt]:font-bold${className ? ` ${className}` : ""}`}>
      {children}
    </dl>
  );
}
