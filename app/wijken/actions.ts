"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { handleForm, type ActionState } from "@/lib/actions";
import { signaalSchema, verhaalSchema } from "@/lib/validation/wijken";
import { createSignaal } from "@/lib/data/signalen";
import { createVerhaal } from "@/lib/data/verhalen";
import { clientIp } from "@/lib/request";

/** Public: a resident sends an idea, worry or wish for the wijk's agenda (no account needed). */
export async function sendSignaal(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, signaalSchema, async (data) => {
    // Honeypot filled in: a robot. Act as if it worked, store nothing.
    if (data.website) return data.wijk;
    await createSignaal(data.wijk, { soort: data.soort, tekst: data.tekst, email: data.email }, await clientIp());
    return data.wijk;
  });
  if (!state?.ok) return state;
  revalidatePath("/beheer/wijken");
  redirect(`/wijken/${encodeURIComponent(result!)}?verstuurd=signaal#bedankt`);
}

/** Public: a resident submits a story; it waits for moderation. */
export async function sendVerhaal(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, verhaalSchema, async (data) => {
    if (data.website) return data.wijk;
    await createVerhaal(data.wijk, { titel: data.titel, tekst: data.tekst, auteurNaam: data.auteurNaam, over: data.over, email: data.email, toestemming: true }, await clientIp());
    return data.wijk;
  });
  if (!state?.ok) return state;
  redirect(`/wijken/${encodeURIComponent(result!)}?verstuurd=verhaal#bedankt`);
}
