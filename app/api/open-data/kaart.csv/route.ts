/** /api/open-data/kaart.csv: the public sociale kaart as CSV with Dutch headers (lib/csv.ts: ; separated, UTF-8 with BOM). */
import { openKaartGegevens } from "@/lib/data/open-data";
import { kaartCsvRijen } from "@/lib/open-data/hsds";
import { naarCsvTekst } from "@/lib/csv";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return new Response(naarCsvTekst(kaartCsvRijen(await openKaartGegevens())), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="sociale-kaart.csv"',
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=300",
    },
  });
}
