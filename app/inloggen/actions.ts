"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { handleForm, failure, formValues, type ActionState } from "@/lib/actions";
import { consumeLinkSchema, magicLinkSchema, passwordLoginSchema } from "@/lib/validation/auth";
import { consumeMagicLink, safeReturnPath, sendMagicLink, verifyPassword } from "@/lib/auth/login";
import { sessionCookieName } from "@/lib/auth/secret";
import { startSession } from "@/lib/auth/start-session";
import { afterPassword } from "@/lib/auth/tweede-stap";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request";
import { PERMISSIONS } from "@/lib/auth/permissions";

export async function loginWithPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, passwordLoginSchema, async (data) => {
    await hitRateLimit(`login:${data.email.toLowerCase()}`, { max: 10, windowSeconds: 900 });
    const user = await verifyPassword(data.email, data.wachtwoord);
    const isStaff = !!user && PERMISSIONS[user.rol].includes("beheer:access");
    const terug = data.terug ? safeReturnPath(data.terug) : isStaff ? "/beheer" : "/mijn";
    // Staff with a second step get no session yet (lib/auth/tweede-stap.ts).
    const next = user ? (await afterPassword(user, terug)).next : null;
    if (user && next === "sessie") await startSession(user);
    return { user, next, terug };
  });
  if (!state?.ok) return state;
  const values = formValues(formData);
  delete values.wachtwoord;
  if (!result?.user) {
    return failure("Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.", values);
  }
  if (result.next === "alleen-oidc") {
    return failure(`Medewerkers loggen niet in met een wachtwoord. Gebruik de knop '${env().OIDC_NAME}'.`, values);
  }
  if (result.next === "tweede-stap") redirect("/inloggen/tweede-stap");
  if (result.next === "instellen") redirect("/inloggen/tweestaps-instellen");
  redirect(result.terug);
}

export async function requestMagicLink(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, magicLinkSchema, async (data) => {
    await hitRateLimit(`magic:${data.email.toLowerCase()}`);
    await hitRateLimit(`magic-ip:${await clientIp()}`, { max: 30, windowSeconds: 600 });
    await sendMagicLink(data.email, data.terug);
    return data.email;
  });
  if (!state?.ok) return state;
  redirect(`/inloggen/controleer-je-mail?email=${encodeURIComponent(result!)}`);
}

export async function redeemMagicLink(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, consumeLinkSchema, async (data) => {
    const user = await consumeMagicLink(data.email, data.token);
    if (user) await startSession(user);
    return { user, terug: data.terug };
  });
  if (!state?.ok) return state;
  if (!result?.user) {
    return failure("Deze inloglink werkt niet meer. Hij is al gebruikt of verlopen. Vraag een nieuwe link aan.", {});
  }
  redirect(safeReturnPath(result.terug));
}

export async function logout(): Promise<void> {
  const jar = await cookies();
  jar.delete(sessionCookieName());
  redirect("/");
}
