/** Download my data (right of access): everything stored about one of my initiatives, as JSON. Owner only. */
import { NextResponse } from "next/server";
import { currentUser } from "@/lib/auth/session";
import { exporteerInitiatiefGegevens } from "@/lib/data/initiatief/eigenaar";
import { isAppError } from "@/lib/errors";
import { ongeldigeParamsAntwoord } from "@/lib/route-params";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const p = await params;
  const ongeldig = ongeldigeParamsAntwoord(p, { id: "id" });
  if (ongeldig) return ongeldig;
  const { id } = p;
  try {
    const data = await exporteerInitiatiefGegevens(await currentUser(), id);
    const naam = (data.initiatief.referentie ?? "concept").toLowerCase();
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="mijn-gegevens-${naam}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ fout: e.message }, { status: e.status });
    throw e;
  }
}
