/**
 * One result type for every form action, and helpers so no action forgets a step:
 * parse with zod (all errors), keep the submitted values, map AppErrors to Dutch messages.
 */
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AppError, isAppError, userMessage, type AppErrorCode } from "./errors.ts";
import { hasPermission, type Actor, type Permission } from "./auth/permissions.ts";
import { hitRateLimit, type Limit } from "./rate-limit.ts";
import { currentUser } from "./auth/session.ts";
import { clientIp } from "./request.ts";

export type FormValues = Record<string, string | string[]>;

export type ActionState =
  | { ok: false; message: string; fieldErrors: Record<string, string[]>; values: FormValues; code?: AppErrorCode }
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
export const GEHEIME_VELDEN = ["wachtwoord", "herhaal", "code", "herstelcode", "token"] as const;

function zonderGeheimen(values: FormValues): FormValues {
  const out = { ...values };
  for (const veld of GEHEIME_VELDEN) delete out[veld];
  return out;
}

/** A failed form state: the message, every field error, and what was typed (minus secrets). */
export function failure(message: string, values: FormValues, fieldErrors: Record<string, string[]> = {}): ActionState {
  return { ok: false, message, fieldErrors, values: zonderGeheimen(values) };
}

/** Field errors carried by an AppError (lib/errors.ts) become field errors in the form state. */
export function appErrorFailure(e: unknown, values: FormValues): ActionState {
  if (!isAppError(e)) {
    console.error("Onverwachte fout in formulier:", e);
    return failure(userMessage(e), values);
  }
  // The code lets a caller (or a test) tell a refusal from a mistake in the form.
  if (e.fieldErrors && Object.keys(e.fieldErrors).length) {
    return { ...failure(e.samenvatting ?? "Er ging iets mis. Verbeter de fouten hieronder.", values, e.fieldErrors), code: e.code } as ActionState;
  }
  return { ...failure(e.message, values), code: e.code } as ActionState;
}

export function zodFailure(error: z.ZodError, values: FormValues): ActionState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return failure("Er ging iets mis. Verbeter de fouten hieronder.", values, fieldErrors);
}


// ---------------------------------------------------------------------------------------------
// The action builder. Every server action in the app is made with `actie(...)` (lint rule in
// eslint.config.mjs): it owns the pipeline so no action forgets a step.
//
//   export const bewaarThemaAction = actie({
//     schema: themaSchema,
//     toegang: "agenda:edit:own",          // second line of defence; lib/data checks again
//     limiet: ({ ip }) => [{ sleutel: `thema:${ip}` }],
//     uitvoeren: ({ data, actor }) => bewaarThema(actor, data),
//     revalideer: ["/beheer/wijken"],
//     naar: (_r, { data }) => `/beheer/wijken/${data.wijkId}?opgeslagen=1`,
//   });
// ---------------------------------------------------------------------------------------------

/** Who may call the action at all. The data layer checks again, with the wijk where that matters. */
export type Toegang = "publiek" | "ingelogd" | Permission | readonly Permission[];

export interface ActieContext<D> {
  data: D;
  /** Everything the form sent, as strings (for fields outside the schema, e.g. a draft key). */
  values: FormValues;
  actor: Actor | null;
  formData: FormData;
  ip: string;
}

export interface NamedLimit {
  /** Key in the RateLimit table, e.g. `magic:${email}`. */
  sleutel: string;
  /** Defaults to RATE_LIMIT_MAX per RATE_LIMIT_WINDOW_SECONDS. */
  limiet?: Limit;
}

/** What a schema that depends on stored data may read (e.g. a draft's requested amount). */
export interface SchemaContext {
  values: FormValues;
  actor: Actor | null;
}

export interface ActieOpties<S extends z.ZodType, R> {
  /** The zod schema, or a function that builds it from stored data (may throw an AppError). */
  schema: S | ((ctx: SchemaContext) => S | Promise<S>);
  toegang: Toegang;
  /** Named rate limits, counted before the work (after validation). */
  limiet?: (ctx: ActieContext<z.infer<S>>) => NamedLimit[] | Promise<NamedLimit[]>;
  /** Runs when validation fails, before the failed state goes back (e.g. keep a draft's input). */
  bijOngeldig?: (ctx: Omit<ActieContext<unknown>, "data">) => Promise<void>;
  uitvoeren: (ctx: ActieContext<z.infer<S>>) => Promise<R>;
  /** Paths to revalidate after success (a path ending in "/layout" revalidates that layout). */
  revalideer?: readonly string[] | ((r: R, ctx: ActieContext<z.infer<S>>) => readonly string[]);
  /** Where to go after success. Without it the action returns { ok: true, message }. */
  naar?: (r: R, ctx: ActieContext<z.infer<S>>) => string;
  /** Message for an ok state without redirect. */
  melding?: string | ((r: R, ctx: ActieContext<z.infer<S>>) => string | undefined);
  /** Extra data for an ok state without redirect (e.g. a QR code to show). */
  gegevens?: (r: R, ctx: ActieContext<z.infer<S>>) => Record<string, unknown>;
}

export type Actie = (prev: ActionState, formData: FormData) => Promise<ActionState>;

function magToegang(actor: Actor | null, toegang: Toegang): boolean {
  if (toegang === "publiek") return true;
  if (toegang === "ingelogd") return !!actor;
  const lijst: readonly Permission[] = typeof toegang === "string" ? [toegang] : toegang;
  return lijst.some((p) => hasPermission(actor, p));
}

/**
 * Makes a server action: read the actor once, check access, parse with zod (all errors, values
 * kept), apply named rate limits, run, map AppError (with field errors) to ActionState, log
 * anything unexpected with console.error, never echo secrets, revalidate, redirect.
 */
export function actie<S extends z.ZodType, R>(opties: ActieOpties<S, R>): Actie {
  return async function serverActie(_prev: ActionState, formData: FormData): Promise<ActionState> {
    const values = formValues(formData);
    let ctx: ActieContext<z.infer<S>>;
    let result: R;
    try {
      const actor = await currentUser();
      if (!magToegang(actor, opties.toegang)) {
        throw new AppError(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
      }
      const ip = await clientIp();
      const schema = typeof opties.schema === "function" ? await opties.schema({ values, actor }) : opties.schema;
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        await opties.bijOngeldig?.({ values, actor, formData, ip });
        return zodFailure(parsed.error, values);
      }
      ctx = { data: parsed.data, values, actor, formData, ip };
      for (const l of (await opties.limiet?.(ctx)) ?? []) await hitRateLimit(l.sleutel, l.limiet);
      result = await opties.uitvoeren(ctx);
    } catch (e) {
      return appErrorFailure(e, values);
    }
    const paden = typeof opties.revalideer === "function" ? opties.revalideer(result, ctx) : (opties.revalideer ?? []);
    for (const pad of paden) {
      if (pad.endsWith("/layout")) revalidatePath(pad.slice(0, -"/layout".length) || "/", "layout");
      else revalidatePath(pad);
    }
    if (opties.naar) redirect(opties.naar(result, ctx));
    const message = typeof opties.melding === "function" ? opties.melding(result, ctx) : opties.melding;
    // Done: the form starts empty again (no values), as after a page load.
    return { ok: true, message, data: opties.gegevens?.(result, ctx) };
  };
}

/**
 * For a plain `<form action={...}>` without a form state (a sign-out or start button): the action
 * bound to an empty previous state. `.bind` keeps it a server action; its state (only on failure)
 * is not shown, so use it only for actions that end in a redirect.
 */
export function zonderStatus(a: Actie): (formData: FormData) => Promise<void> {
  return a.bind(null, null) as unknown as (formData: FormData) => Promise<void>;
}
