/**
 * next-auth (v4) configuration: JWT sessions carrying the user id and role. Staff password sign-in
 * and the resident magic link are our own server actions (they work without JavaScript and write the
 * same next-auth session cookie, see lib/auth/login.ts); next-auth adds the generic OIDC provider,
 * enabled when OIDC_* is configured, and decodes the session everywhere.
 */
import type { NextAuthOptions } from "next-auth";
import { env } from "../env.ts";
import { db } from "../db.ts";
import { authSecret, secureCookies } from "./secret.ts";
import { createSessie, maxSessionSeconds, revokeSession } from "./sessie.ts";

export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions["providers"] = [];
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: e.OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? null };
      },
    });
  }
  return {
    secret: authSecret(),
    useSecureCookies: secureCookies(),
    // The JWT lives as long as the longest session; the Sessie row (lib/auth/sessie.ts) decides.
    session: { strategy: "jwt", maxAge: maxSessionSeconds() },
    providers,
    pages: { signIn: "/inloggen", error: "/inloggen" },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        // An identity provider must give an e-mail address; we link by e-mail.
        if (!user.email) return false;
        // Staff use the identity provider only with STAFF_LOGIN=oidc; otherwise it would skip their second step.
        if (e.STAFF_LOGIN !== "oidc") {
          const bestaand = await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { rol: true } });
          if (bestaand && bestaand.rol !== "INWONER") return false;
        }
        return true;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === "oidc" && user?.email) {
          const email = user.email.toLowerCase();
          const dbUser = await db.user.upsert({
            where: { email },
            create: { email, naam: user.name ?? null, emailVerified: new Date() },
            update: {},
            select: { id: true, rol: true, naam: true },
          });
          await db.account.upsert({
            where: { provider_providerAccountId: { provider: "oidc", providerAccountId: account.providerAccountId } },
            create: { userId: dbUser.id, type: "oauth", provider: "oidc", providerAccountId: account.providerAccountId },
            update: {},
          });
          // A server-side session, exactly like the password and magic-link sign-ins.
          const sessie = await createSessie(dbUser);
          token.sid = sessie.id;
          token.sub = dbUser.id;
          token.rol = dbUser.rol;
          token.name = dbUser.naam;
          token.email = email;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub, rol: token.rol } };
      },
    },
    events: {
      // next-auth's own sign-out route (the app's logout action revokes the session itself).
      async signOut({ token }) {
        if (typeof token?.sid === "string") await revokeSession(token.sid);
      },
    },
  };
}
