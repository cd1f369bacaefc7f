/**
 * Public JSON: published vacatures for the kaart and wijk pages. No contact e-mail.
 * Filters: ?wijk=<slug>&soort=<soort werk>&tijd=<tijdsbesteding>&vorm=eenmalig|regelmatig.
 */
import { NextResponse, type NextRequest } from "next/server";
import { zoekVacatures } from "@/lib/data/vacatures";
import { vacatureFilterSchema } from "@/lib/validation/vrijwilligers";
import { env } from "@/lib/env";
import { geldigeQuery } from "@/lib/validation/params";
import { ongeldigeQueryAntwoord } from "@/lib/route-params";

export async function GET(req: NextRequest) {
  if (!geldigeQuery(req.nextUrl.searchParams)) return ongeldigeQueryAntwoord();
  const filter = vacatureFilterSchema.parse(Object.fromEntries(req.nextUrl.searchParams));
  const rows = await zoekVacatures(filter);
  const base = env().APP_URL;
  return NextResponse.json({
    vacatures: rows.map((v) => ({
      id: v.id,
      slug: v.slug,
      titel: v.titel,
      beschrijving: v.beschrijving,
      aanbieder: v.aanbieder,
      wijk: v.wijk,
      soortWerk: v.soortWerk,
      soortWerkLabel: v.soortWerkLabel,
      tijdsbesteding: v.tijdsbesteding,
      tijdsbestedingLabel: v.tijdsbestedingLabel,
      eenmalig: v.eenmalig,
      wanneer: v.wanneer,
      voorWie: v.voorWie,
      vogNodig: v.vogNodig,
      geplaatst: v.createdAt.toISOString(),
      url: `${base}/vrijwilligers/vacatures/${v.slug}`,
    })),
  });
}
