"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { handleForm, type ActionState } from "@/lib/actions";
import { currentUser } from "@/lib/auth/session";
import { requireActor } from "@/lib/auth/guard";
import { limitPosting } from "@/lib/limits";
import { clientIp } from "@/lib/request";
import { createHulpvraag, offerHelp } from "@/lib/data/hulpvragen";
import { z } from "zod";
import { createVacature, respondToVacature, setVacatureStatus } from "@/lib/data/vacatures";
import { createMelding } from "@/lib/data/meldingen";
import { hulpAanbodSchema, hulpvraagSchema, meldingSchema, vacatureReactieSchema, vacatureSchema } from "@/lib/validation/vrijwilligers";

export async function plaatsHulpvraag(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, hulpvraagSchema, async (data) => {
    const user = requireActor(await currentUser());
    await limitPosting("hulpvraag", user.id);
    return createHulpvraag(user, data);
  });
  if (!state?.ok) return state;
  revalidatePath("/vrijwilligers/hulpvragen");
  redirect(`/mijn/hulpvragen/${result!.id}?geplaatst=1`);
}

export async function biedHulpAan(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, hulpAanbodSchema, async (data) => {
    const user = requireActor(await currentUser());
    await limitPosting("hulpaanbod", user.id);
    await offerHelp(user, data);
    return data.hulpvraagId;
  });
  if (!state?.ok) return state;
  revalidatePath("/mijn/hulpvragen");
  redirect(`/vrijwilligers/hulpvragen/${result}?aangeboden=1`);
}

export async function reageerOpVacature(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, vacatureReactieSchema, async (data) => {
    const user = requireActor(await currentUser());
    await limitPosting("vacature-reactie", user.id);
    return respondToVacature(user, data);
  });
  if (!state?.ok) return state;
  revalidatePath("/beheer/vacatures");
  redirect(`/vrijwilligers/vacatures/${result!.slug}?gereageerd=1`);
}

export async function meld(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, meldingSchema, async (data) => {
    const user = await currentUser();
    await limitPosting("melding", user?.id ?? null);
    return createMelding(data, { userId: user?.id ?? null, ip: await clientIp() });
  });
  if (!state?.ok) return state;
  revalidatePath("/beheer/vacatures");
  if (result!.verborgen) {
    // the item is offline now: back to its list, with the thank-you notice
    revalidatePath("/vrijwilligers/vacatures");
    revalidatePath("/vrijwilligers/hulpvragen");
    redirect(`${result!.pad.replace(/\/[^/]+$/, "")}?gemeld=1`);
  }
  redirect(`${result!.pad}?gemeld=1`);
}

/** An initiatiefnemer with an approved initiative places a vacature for it (staff use /beheer/vacatures). */
export async function plaatsVacatureAlsInitiatiefnemer(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, vacatureSchema, async (data) => {
    const user = requireActor(await currentUser());
    return createVacature(user, { ...data, organisatieId: "" });
  });
  if (!state?.ok) return state;
  revalidatePath("/beheer/vacatures");
  // not public yet: it waits for a staff member's check
  redirect(`/vrijwilligers/vacatures/nieuw?geplaatst=${encodeURIComponent(result!.id)}`);
}

/** The initiatiefnemer withdraws their own vacature (they can never publish it again themselves). */
export async function trekVacatureIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state } = await handleForm(formData, z.object({ id: z.string().min(1).max(64) }), async (data) => setVacatureStatus(await currentUser(), data.id, "GEARCHIVEERD", "vacature.ingetrokken"));
  if (!state?.ok) return state;
  revalidatePath("/vrijwilligers/vacatures");
  revalidatePath("/beheer/vacatures");
  redirect("/vrijwilligers/vacatures/nieuw?ingetrokken=1");
}
