/**
 * Optimistic redirect only: no session cookie on a personal or staff page -> sign-in page.
 * Real authorization happens in every page, server action and data function (lib/auth/guard.ts).
 */
import { NextResponse, type NextRequest } from "next/server";

export function proxy(req: NextRequest) {
  const hasSession = req.cookies.has("next-auth.session-token") || req.cookies.has("__Secure-next-auth.session-token");
  if (!hasSession && req.method === "GET") {
    const url = new URL("/inloggen", req.url);
    url.searchParams.set("terug", req.nextUrl.pathname + req.nextUrl.search);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/beheer/:path*", "/mijn/:path*"] };
