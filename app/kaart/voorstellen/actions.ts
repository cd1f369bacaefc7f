"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { handleForm, type ActionState } from "@/lib/actions";
import { suggestieSchema } from "@/lib/validation/kaart";
import { createSuggestie } from "@/lib/data/kaart";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request";
import { currentUser } from "@/lib/auth/session";

/** Honeypot: a field people never see; bots fill it in. */
const HONEYPOT = "homepage";

export async function stelPlekVoor(_prev: ActionState, formData: FormData): Promise<ActionState> {
  if (String(formData.get(HONEYPOT) ?? "").trim() !== "") {
    // Looks like success to the bot; nothing is stored.
    redirect("/kaart/voorstellen/bedankt");
  }
  const { state } = await handleForm(formData, suggestieSchema, async (data) => {
    await hitRateLimit(`plek-suggestie:${await clientIp()}`);
    return createSuggestie(await currentUser(), data);
  });
  if (!state?.ok) return state;
  revalidatePath("/beheer/suggesties");
  redirect("/kaart/voorstellen/bedankt");
}
