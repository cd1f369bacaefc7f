"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { handleForm, type ActionState } from "@/lib/actions";
import { currentUser } from "@/lib/auth/session";
import { verwijderMijnAccount } from "@/lib/data/mijn-gegevens";
import { accountVerwijderenSchema } from "@/lib/validation/avg";

/** Deletes the signed-in resident's own account. Takes no id: it can only ever act on the caller. */
export async function verwijderAccount(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state } = await handleForm(formData, accountVerwijderenSchema, async () => verwijderMijnAccount(await currentUser()));
  if (!state?.ok) return state;
  // The session no longer works (loadActor finds no user); drop the cookie as well.
  const jar = await cookies();
  for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) jar.delete(name);
  redirect("/account-verwijderd");
}
