import { env } from "../env.ts";

/** The JWT secret. In demo mode without NEXTAUTH_SECRET a fixed dev secret is used (never in production). */
export function authSecret(): string {
  const e = env();
  if (e.NEXTAUTH_SECRET) return e.NEXTAUTH_SECRET;
  if (e.APP_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET ontbreekt: verplicht als APP_ENV=production.");
  }
  return "demo-geheim-alleen-voor-lokaal-gebruik-niet-in-productie";
}

export function secureCookies(): boolean {
  return env().APP_URL.startsWith("https://");
}

export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
