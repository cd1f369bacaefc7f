import type { Actor } from "../../lib/auth/permissions.ts";

/** Sets who is "signed in" for server actions and pages called in integration tests (for the rest of the file). */
export function actAs(actor: Actor | null) {
  (globalThis as unknown as { __testActor: Actor | null | undefined }).__testActor = actor;
}

/** From now on the signed-in user comes from the session cookie in the test's cookie jar, as in a browser. */
export function useSessionCookie() {
  (globalThis as unknown as { __testActor: Actor | null | undefined }).__testActor = undefined;
}

export interface TestCookie {
  name: string;
  value: string;
  path?: string;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: unknown;
  maxAge?: number;
}

/** The cookies the code under test wrote in this test (cleared before every test). */
export function cookieJar(): ReadonlyMap<string, TestCookie> {
  return (globalThis as unknown as { __testCookies: Map<string, TestCookie> }).__testCookies;
}

export function fromIp(ip: string) {
  (globalThis as unknown as { __testIp: string }).__testIp = ip;
}

export function form(values: Record<string, string | string[] | boolean | number | undefined>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === false) continue;
    if (Array.isArray(v)) v.forEach((x) => fd.append(k, x));
    else fd.append(k, v === true ? "on" : String(v));
  }
  return fd;
}

/** Runs a server action that is expected to redirect; returns the redirect target. */
export async function expectRedirect(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    const digest = (e as { digest?: string }).digest;
    if (digest?.startsWith("NEXT_REDIRECT")) return digest.split(";")[2];
    throw e;
  }
  throw new Error("De actie stuurde niet door (geen redirect)");
}
