import type { Actor } from "../../lib/auth/permissions.ts";

/** Sets who is "signed in" for server actions called in integration tests. */
export function actAs(actor: Actor | null) {
  (globalThis as unknown as { __testActor: Actor | null }).__testActor = actor;
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
