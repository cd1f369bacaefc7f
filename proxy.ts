/**
 * Runs before every page and API request (not for static files):
 * - security headers with a fresh CSP nonce per request (lib/security/headers.ts). Next.js reads the
 *   nonce from the CSP request header and puts it on its own scripts;
 * - optimistic redirect, only for /beheer and /mijn: no session cookie -> sign-in page.
 *   Real authorization happens in every page, server action and data function (lib/auth/guard.ts).
 */
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { maakNonce, securityHeaders } from "./lib/security/headers";

const BESCHERMD = /^\/(beheer|mijn)(\/|$)/;

export function proxy(req: NextRequest) {
  const headers = securityHeaders(env(), maakNonce());
  const hasSession = req.cookies.has("next-auth.session-token") || req.cookies.has("__Secure-next-auth.session-token");
  let res: NextResponse;
  if (BESCHERMD.test(req.nextUrl.pathname) && !hasSession && req.method === "GET") {
    const url = new URL("/inloggen", req.url);
    url.searchParams.set("terug", req.nextUrl.pathname + req.nextUrl.search);
    res = NextResponse.redirect(url);
  } else {
    const requestHeaders = new Headers(req.headers);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
    res = NextResponse.next({ request: { headers: requestHeaders } });
  }
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

export const config = {
  // Everything except build assets, image optimisation, the favicon and other files with an extension.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|.*\\.[a-zA-Z0-9]+$).*)"],
};
