"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleForm, type ActionState } from "@/lib/actions";
import { currentUser } from "@/lib/auth/session";
import { saveProfiel } from "@/lib/data/vrijwilligers";
import { vrijwilligerSchema } from "@/lib/validation/vrijwilligers";

export async function bewaarProfiel(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state } = await handleForm(formData, vrijwilligerSchema, async (data) => saveProfiel(await currentUser(), data));
  if (!state?.ok) return state;
  revalidatePath("/mijn/vrijwilliger");
  redirect("/mijn/vrijwilliger?opgeslagen=1");
}
