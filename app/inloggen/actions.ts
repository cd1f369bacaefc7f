"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { handleForm, failure, formValues, type ActionState } from "@/lib/actions";
import { consumeLinkSchema, magicLinkSchema, passwordLoginSchema } from "@/lib/validation/auth";
import { consumeMagicLink, safeReturnPath, sendMagicLink, verifyPassword } from "@/lib/auth/login";
import { sessionCookieName } from "@/lib/auth/secret";
import { revokeSessionCookie, startSession } from "@/lib/auth/sessie";
import { afterPassword } from "@/lib/auth/tweede-stap";
import { env } from "@/lib/env";
import { hitRateLimit } from "@/lib/rate-limit";
import { loginAttempt } from "@/lib/login-limit";
import { clientIp } from "@/lib/request";
import { PERMISSIONS } from "@/lib/auth/permissions";

export async function loginWithPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, passwordLoginSchema, async (data) => {
    // Failed attempts are limited per account+address and per address over all accounts (not per
    // account alone, so nobody can lock a colleague out); a successful sign-in does not count.
    const attempt = await loginAttempt(data.email, await clientIp());
    const user = await verifyPassword(data.email, data.wachtwoord);
    if (user) await attempt.succeeded();
    const isStaff = !!user && PERMISSIONS[user.rol].includes("beheer:access");
    const terug = data.terug ? safeReturnPath(data.terug) : isStaff ? "/beheer" : "/mijn";
    // Staff with a second step get no session yet (lib/auth/tweede-stap.ts).
    const next = user ? (await afterPassword(user, terug)).next : null;
    if (user && next === "sessie") await startSession(user);
    return { user, next, terug };
  });
  if (!state?.ok) return state;
  const values = formValues(formData); // failure() never sends the password back
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

/** Ends the session on the server (the old cookie no longer works anywhere) and removes the cookie. */
export async function logout(): Promise<void> {
  const jar = await cookies();
  await revokeSessionCookie(jar.get(sessionCookieName())?.value);
  jar.delete(sessionCookieName());
  redirect("/");
}
