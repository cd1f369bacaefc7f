import { cookies } from "next/headers";
import { secureCookies } from "@/lib/auth/secret";

/** Name of the httpOnly cookie that holds the secret key of the draft in this browser. */
export const CONCEPT_COOKIE = "sb-initiatief-concept";

/** Keeps a draft's key in this browser (30 days, only sent to the form's pages). */
export async function bewaarConceptSleutel(sleutel: string) {
  const jar = await cookies();
  jar.set(CONCEPT_COOKIE, sleutel, { httpOnly: true, sameSite: "lax", path: "/initiatief", secure: secureCookies(), maxAge: 60 * 60 * 24 * 30 });
}
