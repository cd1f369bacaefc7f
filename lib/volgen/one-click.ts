/**
 * One-click unsubscribe (RFC 8058), shared by the wijk digest (app/volgen/afmelden/[token]) and the
 * initiative updates (app/volgen/initiatief/afmelden/[token]). The List-Unsubscribe header points there.
 *  - POST with body "List-Unsubscribe=One-Click" (what a mail client sends): unsubscribes at once.
 *    No login, no CSRF token and no Origin check: the 256-bit token in the path is the only permission,
 *    for this one subscription, and the action only stops mail. The proxy (proxy.ts) lets POSTs through.
 *  - GET (someone opens the link): to the manage page, where a button unsubscribes. A GET changes
 *    nothing, so link scanners in mail filters cannot unsubscribe anyone.
 */
import { isVolgTokenVorm } from "./token.ts";

type Ctx = { params: Promise<{ token: string }> };

const tekst = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export function afmeldRoute(opties: {
  /** Unsubscribes; false for an unknown token. */
  meldAf: (token: string) => Promise<boolean>;
  /** The manage page of a token, as a path ("/volgen/<token>"). */
  beheerPad: (token: string) => string;
  gedaan: string;
}) {
  return {
    async POST(req: Request, { params }: Ctx): Promise<Response> {
      const { token } = await params;
      const body = await req.text().catch(() => "");
      // The body is form-encoded or multipart; either holds the pair.
      if (!/List-Unsubscribe=One-Click|name="List-Unsubscribe"\s+One-Click/i.test(body)) return tekst("Verwacht: List-Unsubscribe=One-Click", 400);
      if (!isVolgTokenVorm(token) || !(await opties.meldAf(token))) return tekst("Deze link klopt niet.", 404);
      return tekst(opties.gedaan, 200);
    },
    async GET(_req: Request, { params }: Ctx): Promise<Response> {
      const { token } = await params;
      // A relative Location: right behind a proxy too.
      return new Response(null, { status: 303, headers: { Location: opties.beheerPad(encodeURIComponent(token)) } });
    },
  };
}
