/**
 * "Inloggen via de gemeente" (OIDC). A plain form POST starts next-auth's OIDC sign-in, so the button
 * works without JavaScript: next-auth wants a CSRF token in a cookie and in the body, which a server
 * component cannot set; this handler sets both (the same format as next-auth) and hands over.
 */
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { authSecret, secureCookies } from "@/lib/auth/secret";
import { safeReturnPath } from "@/lib/auth/login";
import { env } from "@/lib/env";

export async function POST(req: NextRequest) {
  const e = env();
  const origin = req.headers.get("origin");
  if (!e.OIDC_ISSUER || (origin && origin !== new URL(e.APP_URL).origin)) {
    return new Response("Niet toegestaan", { status: 403 });
  }
  const form = await req.formData().catch(() => null);
  const terug = safeReturnPath(typeof form?.get("terug") === "string" ? (form.get("terug") as string) : null);

  const token = randomBytes(32).toString("hex");
  const hash = createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
  const jar = await cookies();
  jar.set(`${secureCookies() ? "__Host-" : ""}next-auth.csrf-token`, `${token}|${hash}`, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies(),
  });
  const inner = new NextRequest(new URL("/api/auth/signin/oidc", e.APP_URL), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken: token, callbackUrl: new URL(terug, e.APP_URL).toString() }).toString(),
  });
  return NextAuth(authOptions())(inner, { params: Promise.resolve({ nextauth: ["signin", "oidc"] }) });
}
