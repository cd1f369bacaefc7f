"use client";
/** NL Design System "Error Summary" at the top of a form, linking to each field (focus moves here after a failed submit). */
import { useEffect, useId, useRef } from "react";
import type { ActionState } from "@/lib/actions";
import { alertClass } from "./alert";

/** `labels`: field name -> label shown in the summary; `ids`: field name -> element id when it differs. */
export function ErrorSummary({ state, labels, ids }: { state: ActionState; labels?: Record<string, string>; ids?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (state && !state.ok) ref.current?.focus();
  }, [state]);
  if (!state || state.ok) return null;
  const entries = Object.entries(state.fieldErrors);
  return (
    <div ref={ref} className="error-summary my-4 mb-6 border-4 border-error px-5 py-4 focus:outline-3 focus:outline-focus [&_a]:font-bold [&_a]:text-error" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="mt-0 text-[1.3rem]">
        {entries.length ? "Er is een probleem" : state.message}
      </h2>
      {entries.length ? (
        <>
          <p>{state.message}</p>
          <ul className="m-0 list-none p-0">
            {entries.map(([field, msgs]) => (
              <li key={field}>
                <a href={`#${ids?.[field] ?? field}`}>
                  {labels?.[field] ? `${labels[field]}: ` : ""}
                  {msgs.join(" ")}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

export function SuccessMessage({ state }: { state: ActionState }) {
  if (!state?.ok || !state.message) return null;
  return (
    <div className={alertClass("ok")} role="status">
      {state.message}
    </div>
  );
}
