"use server";
import { cookies } from "next/headers";
import { actie } from "@/lib/actions";
import { verwijderMijnAccount } from "@/lib/data/mijn-gegevens";
import { accountVerwijderenSchema } from "@/lib/validation/avg";

/** Deletes the signed-in resident's own account. Takes no id: it can only ever act on the caller. */
export const verwijderMijnAccountAction = actie({
  schema: accountVerwijderenSchema,
  toegang: "ingelogd",
  async uitvoeren({ actor }) {
    await verwijderMijnAccount(actor);
    // The session no longer works (loadActor finds no user); drop the cookie as well.
    const jar = await cookies();
    for (const name of ["next-auth.session-token", "__Secure-next-auth.session-token"]) jar.delete(name);
  },
  naar: () => "/account-verwijderd",
});
