"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { actie } from "@/lib/actions";
import { consumeLinkSchema, magicLinkSchema, passwordLoginSchema } from "@/lib/validation/auth";
import { consumeMagicLink, safeReturnPath, sendMagicLink, verifyPassword } from "@/lib/auth/login";
import { sessionCookieName } from "@/lib/auth/secret";
import { revokeSessionCookie, startSession } from "@/lib/auth/sessie";
import { afterPassword } from "@/lib/auth/tweede-stap";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { loginAttempt } from "@/lib/login-limit";
import { PERMISSIONS } from "@/lib/auth/permissions";

export const loginWithPasswordAction = actie({
  schema: passwordLoginSchema,
  toegang: "publiek",
  async uitvoeren({ data, ip }) {
    // Failed attempts are limited per account+address and per address over all accounts (not per
    // account alone, so nobody can lock a colleague out); a successful sign-in does not count.
    const attempt = await loginAttempt(data.email, ip);
    const user = await verifyPassword(data.email, data.wachtwoord);
    if (!user) throw new AppError("UNAUTHENTICATED", "Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.");
    await attempt.succeeded();
    const isStaff = PERMISSIONS[user.rol].includes("beheer:access");
    const terug = data.terug ? safeReturnPath(data.terug) : isStaff ? "/beheer" : "/mijn";
    // Staff with a second step get no session yet (lib/auth/tweede-stap.ts).
    const { next } = await afterPassword(user, terug);
    if (next === "alleen-oidc") throw new AppError("FORBIDDEN", `Medewerkers loggen niet in met een wachtwoord. Gebruik de knop '${env().OIDC_NAME}'.`);
    if (next === "sessie") await startSession(user);
    return { next, terug };
  },
  naar: ({ next, terug }) => (next === "tweede-stap" ? "/inloggen/tweede-stap" : next === "instellen" ? "/inloggen/tweestaps-instellen" : terug),
});

export const sendMagicLinkAction = actie({
  schema: magicLinkSchema,
  toegang: "publiek",
  limiet: ({ data, ip }) => [{ sleutel: `magic:${data.email.toLowerCase()}` }, { sleutel: `magic-ip:${ip}`, limiet: { max: env().INLOGLINK_LIMIT_PER_IP, windowSeconds: 600 } }],
  uitvoeren: ({ data }) => sendMagicLink(data.email, data.terug),
  naar: (_r, { data }) => `/inloggen/controleer-je-mail?email=${encodeURIComponent(data.email)}`,
});

export const consumeMagicLinkAction = actie({
  schema: consumeLinkSchema,
  toegang: "publiek",
  async uitvoeren({ data }) {
    const user = await consumeMagicLink(data.email, data.token);
    if (!user) throw new AppError("UNAUTHENTICATED", "Deze inloglink werkt niet meer. Hij is al gebruikt of verlopen. Vraag een nieuwe link aan.");
    await startSession(user);
  },
  naar: (_r, { data }) => safeReturnPath(data.terug),
});

/** Ends the session on the server (the old cookie no longer works anywhere) and removes the cookie. */
export const logoutAction = actie({
  schema: z.object({}),
  toegang: "publiek",
  async uitvoeren() {
    const jar = await cookies();
    await revokeSessionCookie(jar.get(sessionCookieName())?.value);
    jar.delete(sessionCookieName());
  },
  naar: () => "/",
});
