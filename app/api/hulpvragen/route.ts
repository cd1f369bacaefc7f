/**
 * Public JSON: open, unexpired hulpvragen (burenhulp) for the kaart and wijk pages.
 * Never contains anything about the requester. Filters: ?wijk=<slug>&soort=<soort>.
 */
import { NextResponse, type NextRequest } from "next/server";
import { zoekOpenHulpvragen } from "@/lib/data/hulpvragen";
import { hulpvraagFilterSchema, HULP_SOORTEN, labelVan } from "@/lib/validation/vrijwilligers";
import { env } from "@/lib/env";
import { geldigeQuery } from "@/lib/validation/params";
import { ongeldigeQueryAntwoord } from "@/lib/route-params";

export async function GET(req: NextRequest) {
  if (!geldigeQuery(req.nextUrl.searchParams)) return ongeldigeQueryAntwoord();
  const filter = hulpvraagFilterSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const rows = await zoekOpenHulpvragen(filter);
  const base = env().APP_URL;
  return NextResponse.json({
    hulpvragen: rows.map((h) => ({
      id: h.id,
      soort: h.soort,
      soortLabel: labelVan(HULP_SOORTEN, h.soort),
      titel: h.titel,
      beschrijving: h.beschrijving,
      wijk: h.wijk,
      geplaatst: h.createdAt.toISOString(),
      verlooptOp: h.verlooptOp.toISOString(),
      url: `${base}/vrijwilligers/hulpvragen/${h.id}`,
    })),
  });
}
