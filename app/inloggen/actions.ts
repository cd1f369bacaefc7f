"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { handleForm, failure, formValues, type ActionState } from "@/lib/actions";
import { consumeLinkSchema, magicLinkSchema, passwordLoginSchema } from "@/lib/validation/auth";
import { consumeMagicLink, safeReturnPath, sendMagicLink, sessionToken, verifyPassword, type SessionUser } from "@/lib/auth/login";
import { sessionCookieName, SESSION_MAX_AGE, secureCookies } from "@/lib/auth/secret";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientIp } from "@/lib/request";
import { PERMISSIONS } from "@/lib/auth/permissions";

async function startSession(user: SessionUser) {
  const jar = await cookies();
  jar.set(sessionCookieName(), await sessionToken(user), {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE,
  });
}

export async function loginWithPassword(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const { state, result } = await handleForm(formData, passwordLoginSchema, async (data) => {
    await hitRateLimit(`login:${data.email.toLowerCase()}`, { max: 10, windowSeconds: 900 });
    const user = await verifyPassword(data.email, data.wachtwoord);
    if (user) await startSession(user);
    return { user, terug: data.terug };
  });
  if (!state?.ok) return state;
  if (!result?.user) {
    const values = formValues(formData);
    delete values.wachtwoord;
    return failure("Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.", values);
  }
  const isStaff = PERMISSIONS[result.user.rol].includes("beheer:access");
  redirect(result.terug ? safeReturnPath(result.terug) : isStaff ? "/beheer" : "/mijn");
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
