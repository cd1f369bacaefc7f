/**
 * Test-only route for tests/e2e/versheid.spec.ts: POST {"actie":"maak", naam, beschrijving, wijk, maandenOud}
 * makes a plek last checked months ago; POST {"actie":"herinner"} runs the versheid reminder now.
 * Without E2E_TEST_ROUTES=1 (set only by tests/e2e/server.mts), and always when APP_ENV=production, 404.
 */
import { z } from "zod";
import { env } from "@/lib/env";
import { herinnerNu, maakOudePlek } from "@/lib/versheid/e2e";

const schema = z.discriminatedUnion("actie", [
  z.object({ actie: z.literal("maak"), naam: z.string().min(1).max(100), beschrijving: z.string().max(500), wijk: z.string().min(1).max(100), maandenOud: z.number().int().min(0).max(60) }),
  z.object({ actie: z.literal("herinner") }),
]);

export async function POST(req: Request) {
  const e = env();
  if (!e.E2E_TEST_ROUTES || e.APP_ENV === "production") return new Response("Niet gevonden", { status: 404 });
  const r = schema.safeParse(await req.json().catch(() => null));
  if (!r.success) return Response.json({ fout: "Ongeldig verzoek" }, { status: 400 });
  if (r.data.actie === "herinner") return Response.json(await herinnerNu());
  const { naam, beschrijving, wijk, maandenOud } = r.data;
  return Response.json(await maakOudePlek({ naam, beschrijving, wijkSlug: wijk, maandenOud }));
}
