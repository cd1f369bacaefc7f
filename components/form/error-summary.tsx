"use client";
/** Error summary at the top of a form, linking to each field (focus moves here after a failed submit). */
import { useEffect, useId, useRef } from "react";
import type { ActionState } from "@/lib/actions";

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
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className="error-summary__title">
        {entries.length ? "Er is een probleem" : state.message}
      </h2>
      {entries.length ? (
        <>
          <p>{state.message}</p>
          <ul>
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
    <div className="notice notice--success" role="status">
      {state.message}
    </div>
  );
}
