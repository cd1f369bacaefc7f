/**
 * Test-only route for tests/e2e/volgen.spec.ts: POST {"actie":"nieuws", wijk, activiteit, initiatief}
 * adds a published activity and an approved public initiative to a wijk; POST {"actie":"digest", email}
 * runs the wijk digest now. Without E2E_TEST_ROUTES=1 (set only by tests/e2e/server.mts), and always
 * when APP_ENV=production, 404.
 */
import { z } from "zod";
import { env } from "@/lib/env";
import { maakWijkNieuws, stuurDigestNu } from "@/lib/volgen/e2e";

const schema = z.discriminatedUnion("actie", [
  z.object({ actie: z.literal("nieuws"), wijk: z.string().min(1).max(100), activiteit: z.string().min(1).max(100), initiatief: z.string().min(1).max(100) }),
  z.object({ actie: z.literal("digest"), email: z.email().max(254) }),
]);

export async function POST(req: Request) {
  const e = env();
  if (!e.E2E_TEST_ROUTES || e.APP_ENV === "production") return new Response("Niet gevonden", { status: 404 });
  const r = schema.safeParse(await req.json().catch(() => null));
  if (!r.success) return Response.json({ fout: "Ongeldig verzoek" }, { status: 400 });
  if (r.data.actie === "digest") return Response.json(await stuurDigestNu(r.data.email));
  return Response.json(await maakWijkNieuws({ wijkSlug: r.data.wijk, activiteit: r.data.activiteit, initiatief: r.data.initiatief }));
}
