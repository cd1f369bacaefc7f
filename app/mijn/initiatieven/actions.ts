"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { failure, formValues, handleForm, zodFailure, type ActionState } from "@/lib/actions";
import { currentUser } from "@/lib/auth/session";
import { isAppError, userMessage } from "@/lib/errors";
import { beantwoordVraag, deleteInitiatief, getMijnInitiatief, slaVerantwoordingOp, trekInitiatiefIn } from "@/lib/data/initiatieven";
import { meldAntwoordAanBehandelaar } from "@/lib/initiatief/mails";
import { antwoordSchema, verantwoordingSchema, zekerSchema } from "@/lib/validation/initiatief";
import { instellingen } from "@/lib/instellingen";

/** The owner answers the municipality's question (CONTRACT: "Uw antwoord" / "Antwoord versturen"). */
export async function beantwoord(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, antwoordSchema, async (data) => {
    const info = await beantwoordVraag(await currentUser(), data.initiatiefId, data.tekst);
    await meldAntwoordAanBehandelaar({ id: data.initiatiefId, ...info });
    return data.initiatiefId;
  });
  if (!state?.ok) return state;
  revalidatePath(`/mijn/initiatieven/${result}`);
  redirect(`/mijn/initiatieven/${result}?gedaan=antwoord`);
}

export async function trekIn(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, zekerSchema, async (data) => {
    await trekInitiatiefIn(await currentUser(), data.initiatiefId);
    return data.initiatiefId;
  });
  if (!state?.ok) return state;
  redirect(`/mijn/initiatieven/${result}?gedaan=ingetrokken`);
}

export async function verwijder(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state } = await handleForm(formData, zekerSchema, async (data) => {
    await deleteInitiatief(await currentUser(), data.initiatiefId);
  });
  if (!state?.ok) return state;
  redirect("/mijn/initiatieven?verwijderd=1");
}

/** The narrative report; the schema asks more when more money was granted. */
export async function verantwoord(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const id = typeof values.initiatiefId === "string" ? values.initiatiefId : "";
  try {
    const actor = await currentUser();
    const ini = await getMijnInitiatief(actor, id);
    const parsed = verantwoordingSchema(ini.bedragToegekend ?? 0, (await instellingen()).kleinBedrag).safeParse(values);
    if (!parsed.success) return zodFailure(parsed.error, values);
    const { initiatiefId, ...input } = parsed.data;
    await slaVerantwoordingOp(actor, initiatiefId, input);
  } catch (e) {
    if (!isAppError(e)) console.warn("Onverwachte fout bij verantwoording:", e);
    return failure(userMessage(e), values);
  }
  redirect(`/mijn/initiatieven/${id}?gedaan=verantwoording`);
}
