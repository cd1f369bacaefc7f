"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { handleForm, type ActionState } from "@/lib/actions";
import { moderatieSchema } from "@/lib/validation/kaart";
import { beslisSuggestie } from "@/lib/data/kaart";
import { currentUser } from "@/lib/auth/session";

export async function beslisOverSuggestie(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, moderatieSchema, async (d) => {
    const actor = await currentUser();
    const besluit =
      d.besluit === "afwijzen"
        ? ({ besluit: "afwijzen", reden: d.reden! } as const)
        : ({
            besluit: "goedkeuren",
            gegevens: {
              naam: d.naam, categorie: d.categorie, wijk: d.wijk, adres: d.adres, postcode: d.postcode, beschrijving: d.beschrijving, ligging: d.ligging,
              rolstoeltoegankelijk: d.rolstoeltoegankelijk, telefoon: d.telefoon, website: d.website, plekEmail: d.plekEmail, lat: d.lat, lng: d.lng,
            },
          } as const);
    const r = await beslisSuggestie(actor, d.id, besluit);
    return { ...r, besluit: d.besluit };
  });
  if (!state?.ok || !result) return state;
  revalidatePath("/beheer/suggesties");
  revalidatePath("/kaart");
  redirect(`/beheer/suggesties?klaar=${result.besluit === "afwijzen" ? "afgewezen" : "goedgekeurd"}${result.plekSlug ? `&plek=${result.plekSlug}` : ""}`);
}
