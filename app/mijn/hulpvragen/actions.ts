"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleForm, type ActionState } from "@/lib/actions";
import { currentUser } from "@/lib/auth/session";
import { acceptAanbod, declineAanbod, sluitHulpvraag, updateHulpvraag } from "@/lib/data/hulpvragen";
import { hulpvraagWijzigSchema, idSchema } from "@/lib/validation/vrijwilligers";

export async function wijzigHulpvraag(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, hulpvraagWijzigSchema, async (data) => {
    await updateHulpvraag(await currentUser(), data.id, data);
    return data.id;
  });
  if (!state?.ok) return state;
  revalidatePath("/vrijwilligers/hulpvragen");
  redirect(`/mijn/hulpvragen/${result}?gewijzigd=1`);
}

export async function sluitMijnHulpvraag(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, idSchema, async (data) => {
    await sluitHulpvraag(await currentUser(), data.id);
    return data.id;
  });
  if (!state?.ok) return state;
  revalidatePath("/vrijwilligers/hulpvragen");
  redirect(`/mijn/hulpvragen/${result}?gesloten=1`);
}

export async function accepteerAanbod(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, idSchema, async (data) => acceptAanbod(await currentUser(), data.id));
  if (!state?.ok) return state;
  revalidatePath("/vrijwilligers/hulpvragen");
  redirect(`/mijn/hulpvragen/${result!.hulpvraagId}?geaccepteerd=1`);
}

export async function wijsAanbodAf(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, idSchema, async (data) => declineAanbod(await currentUser(), data.id));
  if (!state?.ok) return state;
  redirect(`/mijn/hulpvragen/${result!.hulpvraagId}`);
}
