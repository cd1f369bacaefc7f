/**
 * One-click unsubscribe (RFC 8058) for the wijk digest: the List-Unsubscribe header points here.
 *  - POST with body "List-Unsubscribe=One-Click" (what a mail client sends): unsubscribes at once.
 *    No login, no CSRF token and no Origin check: the 256-bit token in the path is the only permission,
 *    for this one subscription, and the action only stops mail. The proxy (proxy.ts) lets POSTs through.
 *  - GET (someone opens the link): to the manage page, where a button unsubscribes. A GET changes
 *    nothing, so link scanners in mail filters cannot unsubscribe anyone.
 */
import { meldAf } from "@/lib/data/volgen";
import { isVolgTokenVorm } from "@/lib/volgen/token";

type Ctx = { params: Promise<{ token: string }> };

export async function POST(req: Request, { params }: Ctx) {
  const { token } = await params;
  const body = await req.text().catch(() => "");
  // The body is form-encoded or multipart; either holds the pair.
  if (!/List-Unsubscribe=One-Click|name="List-Unsubscribe"\s+One-Click/i.test(body)) {
    return new Response("Verwacht: List-Unsubscribe=One-Click", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  if (!isVolgTokenVorm(token) || !(await meldAf(token, "one-click"))) {
    return new Response("Deze link klopt niet.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response("U bent afgemeld. U krijgt geen e-mails meer over deze wijk.", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

export async function GET(_req: Request, { params }: Ctx) {
  const { token } = await params;
  // A relative Location: right behind a proxy too.
  return new Response(null, { status: 303, headers: { Location: `/volgen/${encodeURIComponent(token)}` } });
}
