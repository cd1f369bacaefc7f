/** "Verder gaan" from /mijn/initiatieven: puts the owner's draft key in this browser and opens the step. */
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { currentUser } from "@/lib/auth/session";
import { hervatConcept } from "@/lib/data/initiatief/concept";
import { secureCookies } from "@/lib/auth/secret";
import { isAppError } from "@/lib/errors";
import { ongeldigeParamsAntwoord } from "@/lib/route-params";
import { CONCEPT_COOKIE } from "../../../cookie";

/** Same-site redirect on the public address (behind a proxy the request URL may be an internal one). */
const naar = (pad: string) => new URL(pad, env().APP_URL);

export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const p = await params;
  const ongeldig = ongeldigeParamsAntwoord(p, { id: "id" });
  if (ongeldig) return ongeldig;
  const { id } = p;
  const user = await currentUser();
  if (!user) return NextResponse.redirect(naar(`/inloggen?terug=${encodeURIComponent(`/initiatief/nieuw/hervat/${id}`)}`), 303);
  try {
    const { sleutel, stap } = await hervatConcept(user, id);
    const res = NextResponse.redirect(naar(`/initiatief/nieuw/${stap}`), 303);
    res.cookies.set(CONCEPT_COOKIE, sleutel, { httpOnly: true, sameSite: "lax", path: "/initiatief", secure: secureCookies(), maxAge: 60 * 60 * 24 * 30 });
    return res;
  } catch (e) {
    if (isAppError(e)) return NextResponse.redirect(naar("/mijn/initiatieven"), 303);
    throw e;
  }
}
