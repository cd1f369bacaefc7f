/** One-click unsubscribe (RFC 8058) for the updates of one initiative: see lib/volgen/one-click.ts. */
import { meldAfInitiatief } from "@/lib/data/initiatief/volgen";
import { afmeldRoute } from "@/lib/volgen/one-click";

const route = afmeldRoute({
  meldAf: (token) => meldAfInitiatief(token, "one-click"),
  beheerPad: (token) => `/volgen/initiatief/${token}`,
  gedaan: "U bent afgemeld. U krijgt geen e-mails meer over dit initiatief.",
});

export const POST = route.POST;
export const GET = route.GET;
