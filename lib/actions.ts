/**
 * One result type for every form action, and helpers so no action forgets a step:
 * parse with zod (all errors), keep the submitted values, map AppErrors to Dutch messages.
 */
import type { z } from "zod";
import { isAppError, userMessage } from "./errors.ts";

export type FormValues = Record<string, string | string[]>;

export type ActionState =
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: FormValues }
  | { ok: true; message?: string; values?: FormValues; data?: Record<string, unknown> }
  | null;

/** FormData -> plain values (repeated names become arrays); files and Next's internal fields are skipped. */
export function formValues(formData: FormData): FormValues {
  const out: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const prev = out[key];
    if (prev === undefined) out[key] = value;
    else out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** Fields whose value never goes back to the browser in a form state (passwords, one-time codes, tokens). */
export const GEHEIME_VELDEN = ["wachtwoord", "code", "herstelcode", "token"] as const;

function zonderGeheimen(values: FormValues): FormValues {
  const out = { ...values };
  for (const veld of GEHEIME_VELDEN) delete out[veld];
  return out;
}

/** A failed form state: the message, every field error, and what was typed (minus secrets). */
export function failure(message: string, values: FormValues, fieldErrors: Record<string, string[]> = {}): ActionState {
  return { ok: false, message, fieldErrors, values: zonderGeheimen(values) };
}

export function zodFailure(error: z.ZodError, values: FormValues): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return failure("Er ging iets mis. Verbeter de fouten hieronder.", values, fieldErrors);
}

/**
 * Parses the form with `schema` and runs `fn` with the data. Validation errors and AppErrors become a
 * failed ActionState that keeps the values; other errors are logged and shown as a general message.
 * `redirect()` must be called by the action after this returns ok (outside try/catch).
 */
export async function handleForm<S extends z.ZodType, R>(
  formData: FormData,
  schema: S,
  fn: (data: z.infer<S>, values: FormValues) => Promise<R>,
): Promise<{ state: ActionState; result?: R }> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { state: zodFailure(parsed.error, values) };
  try {
    const result = await fn(parsed.data, values);
    return { state: { ok: true, values }, result };
  } catch (e) {
    if (!isAppError(e)) console.warn("Onverwachte fout in formulier:", e);
    return { state: failure(userMessage(e), values) };
  }
}
