"use server";
/**
 * Review actions for ambtenaren. Thin: parse with zod, call lib/data/beoordeling (which checks the
 * permission itself), revalidate, redirect outside try/catch. Failed forms keep their values.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { failure, handleForm, type ActionState, type FormValues } from "@/lib/actions";
import { currentUser } from "@/lib/auth/session";
import {
  keurGoed,
  neemInBehandeling,
  slaBeoordelingOp,
  stelVraag,
  verwijsDoor,
  voegNotitieToe,
  wijsAf,
  VeldFout,
} from "@/lib/data/beoordeling";
import { CHECKLIST_KEYS } from "@/lib/initiatief/afbakening";
import {
  afwijzenSchema,
  beoordelingSchema,
  doorverwijzenSchema,
  goedkeurenSchema,
  initiatiefVersieSchema,
  notitieSchema,
  vraagSchema,
} from "@/lib/validation/beoordeling";

type Result = { veldFout?: { field: string; message: string } } | void;

/** Runs one review action; a VeldFout from the data layer becomes a field error next to that field. */
async function run<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  gedaan: string,
  fn: (data: z.infer<S>, values: FormValues) => Promise<Result | string>,
): Promise<ActionState> {
  const { state, result } = await handleForm(formData, schema, async (data, values) => {
    try {
      return await fn(data, values);
    } catch (e) {
      if (e instanceof VeldFout) return { veldFout: { field: e.field, message: e.message } };
      throw e;
    }
  });
  if (!state?.ok) return state;
  if (result && typeof result === "object" && result.veldFout) {
    return failure("Er ging iets mis. Verbeter de fouten hieronder.", state.values ?? {}, { [result.veldFout.field]: [result.veldFout.message] });
  }
  const id = String(formData.get("initiatiefId"));
  revalidatePath("/beheer/initiatieven");
  revalidatePath(`/beheer/initiatieven/${id}`);
  revalidatePath("/beheer/overzicht");
  revalidatePath("/mijn/initiatieven", "layout");
  const wat = typeof result === "string" ? result : gedaan;
  redirect(`/beheer/initiatieven/${encodeURIComponent(id)}?gedaan=${wat}`);
}

export async function neemInBehandelingAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, initiatiefVersieSchema, "in_behandeling", async (d) => neemInBehandeling(await currentUser(), d));
}

export async function vraagStellenAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, vraagSchema, "vraag", async (d) => stelVraag(await currentUser(), d));
}

export async function notitieAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, notitieSchema, "notitie", async (d) => voegNotitieToe(await currentUser(), d));
}

export async function beoordelingOpslaanAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, beoordelingSchema, "beoordeling", async (d) => {
    const checklist = Object.fromEntries(CHECKLIST_KEYS.map((k) => [k, { ja: d[k] === "on" || d[k] === "ja", notitie: String(d[`${k}_notitie`] ?? "") }]));
    await slaBeoordelingOp(await currentUser(), {
      initiatiefId: d.initiatiefId,
      versie: d.versie,
      checklist,
      betrokkenheid: d.betrokkenheid,
      legitimiteit: d.legitimiteit,
      rendement: d.rendement,
    });
  });
}

export async function goedkeurenAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, goedkeurenSchema, "goedgekeurd", async (d) => {
    const { resultaat } = await keurGoed(await currentUser(), d);
    return resultaat === "eerste_goedkeuring" ? "eerste_goedkeuring" : "goedgekeurd";
  });
}

export async function afwijzenAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, afwijzenSchema, "afgewezen", async (d) => wijsAf(await currentUser(), d));
}

export async function doorverwijzenAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return run(formData, doorverwijzenSchema, "doorverwezen", async (d) => verwijsDoor(await currentUser(), d));
}
