"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { handleForm, type ActionState } from "@/lib/actions";
import { currentUser } from "@/lib/auth/session";
import { createVacature, setVacatureStatus, updateVacature } from "@/lib/data/vacatures";
import { handleMelding } from "@/lib/data/meldingen";
import { setHulpvraagVerborgen } from "@/lib/data/hulpvragen";
import { meldingAfhandelSchema, vacatureSchema, vacatureWijzigSchema } from "@/lib/validation/vrijwilligers";

function revalidateLists() {
  revalidatePath("/vrijwilligers/vacatures");
  revalidatePath("/vrijwilligers/hulpvragen");
  revalidatePath("/beheer/vacatures");
}

export async function nieuweVacature(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, vacatureSchema, async (data) => createVacature(await currentUser(), data));
  if (!state?.ok) return state;
  revalidateLists();
  redirect(`/beheer/vacatures/${result!.id}?opgeslagen=1`);
}

export async function wijzigVacature(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, vacatureWijzigSchema, async (data) => {
    await updateVacature(await currentUser(), data.id, data);
    return data.id;
  });
  if (!state?.ok) return state;
  revalidateLists();
  redirect(`/beheer/vacatures/${result}?opgeslagen=1`);
}

const statusSchema = z.object({ id: z.string().min(1).max(64), status: z.enum(["GEPUBLICEERD", "GEARCHIVEERD"]), terug: z.enum(["lijst"]).optional() });

export async function zetVacatureStatus(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, statusSchema, async (data) => {
    await setVacatureStatus(await currentUser(), data.id, data.status);
    return data;
  });
  if (!state?.ok) return state;
  revalidateLists();
  redirect(result!.terug === "lijst" ? "/beheer/vacatures?gecontroleerd=1#controle" : `/beheer/vacatures/${result!.id}?opgeslagen=1`);
}

export async function handelMeldingAf(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state } = await handleForm(formData, meldingAfhandelSchema, async (data) => handleMelding(await currentUser(), data.id, data.actie));
  if (!state?.ok) return state;
  revalidateLists();
  redirect("/beheer/vacatures?afgehandeld=1#meldingen");
}

const verbergSchema = z.object({ id: z.string().min(1), actie: z.enum(["verbergen", "tonen"]) });

export async function modereerHulpvraag(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state } = await handleForm(formData, verbergSchema, async (data) => setHulpvraagVerborgen(await currentUser(), data.id, data.actie === "verbergen"));
  if (!state?.ok) return state;
  revalidateLists();
  redirect("/beheer/vacatures?gemodereerd=1#hulpvragen");
}
