"use server";
/** Actions for opbouwwerkers (own wijken) and beheerders: agenda, signals, stories, figures. Every data function checks the wijk again. */
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { failure, formValues, handleForm, type ActionState } from "@/lib/actions";
import { currentUser } from "@/lib/auth/session";
import {
  actieSchema,
  cijferImportSchema,
  cijferSchema,
  publiceerSchema,
  signaalBehandelSchema,
  themaSchema,
  verhaalModeratieSchema,
  verwijderSchema,
} from "@/lib/validation/wijken";
import { bewaarActie, bewaarThema, publiceerAgenda, verwijderActie, verwijderThema } from "@/lib/data/agenda";
import { behandelSignaal } from "@/lib/data/signalen";
import { modereerVerhaal } from "@/lib/data/verhalen";
import { bewaarCijfer, importCijfers } from "@/lib/data/cijfers";

const base = (slug: string) => `/beheer/wijken/${encodeURIComponent(slug)}`;

export async function saveThema(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, themaSchema, async (data) => {
    const id = await bewaarThema(await currentUser(), data.wijk, data);
    return { slug: data.wijk, id, nieuw: !data.themaId };
  });
  if (!state?.ok) return state;
  revalidatePath(`${base(result!.slug)}/agenda`);
  redirect(result!.nieuw ? `${base(result!.slug)}/agenda/thema/${result!.id}?klaar=thema` : `${base(result!.slug)}/agenda?klaar=thema`);
}

export async function deleteThema(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, verwijderSchema, async (data) => {
    await verwijderThema(await currentUser(), data.wijk, data.themaId);
    return data.wijk;
  });
  if (!state?.ok) return state;
  revalidatePath(`${base(result!)}/agenda`);
  redirect(`${base(result!)}/agenda?klaar=verwijderd`);
}

export async function saveActie(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, actieSchema, async (data) => {
    await bewaarActie(await currentUser(), data.wijk, data);
    return data;
  });
  if (!state?.ok) return state;
  revalidatePath(`${base(result!.wijk)}/agenda`);
  redirect(`${base(result!.wijk)}/agenda/thema/${result!.themaId}?klaar=actie`);
}

export async function deleteActie(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, verwijderSchema, async (data) => {
    if (!data.actieId) throw new AppError("INVALID", "Kies een actie.");
    await verwijderActie(await currentUser(), data.wijk, data.themaId, data.actieId);
    return data;
  });
  if (!state?.ok) return state;
  revalidatePath(`${base(result!.wijk)}/agenda`);
  redirect(`${base(result!.wijk)}/agenda/thema/${result!.themaId}?klaar=verwijderd`);
}

export async function publish(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, publiceerSchema, async (data) => {
    const versie = await publiceerAgenda(await currentUser(), data.wijk, data.toelichting);
    return { slug: data.wijk, versie };
  });
  if (!state?.ok) return state;
  revalidatePath(`/wijken/${result!.slug}`);
  revalidatePath(`${base(result!.slug)}/agenda`);
  redirect(`${base(result!.slug)}/agenda?gepubliceerd=${result!.versie}`);
}

export async function handleSignaal(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, signaalBehandelSchema, async (data) => {
    const r = await behandelSignaal(await currentUser(), data.wijk, data);
    return { slug: data.wijk, ...r };
  });
  if (!state?.ok) return state;
  revalidatePath(`${base(result!.slug)}/signalen`);
  redirect(`${base(result!.slug)}/signalen?klaar=${result!.status === "AFGEHANDELD" ? (result!.gemaild ? "gemaild" : "afgehandeld") : "gekoppeld"}`);
}

export async function moderateVerhaal(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, verhaalModeratieSchema, async (data) => {
    await modereerVerhaal(await currentUser(), data.wijk, data.verhaalId, data.besluit);
    return data;
  });
  if (!state?.ok) return state;
  revalidatePath(`/wijken/${result!.wijk}`);
  redirect(`${base(result!.wijk)}/verhalen?klaar=${result!.besluit === "GEPUBLICEERD" ? "gepubliceerd" : "afgewezen"}`);
}

export async function saveCijfer(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, cijferSchema, async (data) => {
    await bewaarCijfer(await currentUser(), data.wijk, data);
    return data.wijk;
  });
  if (!state?.ok) return state;
  revalidatePath(`/wijken/${result!}`);
  redirect(`${base(result!)}/cijfers?klaar=cijfer`);
}

export async function importCsv(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, cijferImportSchema, async (data) => {
    const r = await importCijfers(await currentUser(), data.csv);
    return { slug: data.wijk, r };
  });
  if (!state?.ok) return state;
  const { slug, r } = result!;
  if (!r.ok) {
    return failure(`Niets geïmporteerd: ${r.fouten.length === 1 ? "er is 1 fout" : `er zijn ${r.fouten.length} fouten`}. Verbeter het bestand en probeer het opnieuw.`, formValues(formData), {
      csv: r.fouten.map((f) => f.melding),
    });
  }
  revalidatePath("/wijken");
  redirect(`${base(slug)}/cijfers?klaar=import&aantal=${r.aantal}`);
}
