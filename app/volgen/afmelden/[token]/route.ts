/** One-click unsubscribe (RFC 8058) for the wijk digest: see lib/volgen/one-click.ts. */
import { meldAf } from "@/lib/data/volgen";
import { afmeldRoute } from "@/lib/volgen/one-click";

const route = afmeldRoute({
  meldAf: (token) => meldAf(token, "one-click"),
  beheerPad: (token) => `/volgen/${token}`,
  gedaan: "U bent afgemeld. U krijgt geen e-mails meer over deze wijk.",
});

export const POST = route.POST;
export const GET = route.GET;
