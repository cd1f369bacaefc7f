/** Right of access: everything stored about the signed-in user, as a JSON download. Only ever the caller's own data. */
import { NextResponse } from "next/server";
import { currentUser } from "@/lib/auth/session";
import { leesMijnGegevens } from "@/lib/data/mijn-gegevens";
import { isAppError } from "@/lib/errors";

export async function GET() {
  try {
    const data = await leesMijnGegevens(await currentUser());
    return new NextResponse(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="mijn-gegevens-${data.uitgevoerdOp.slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) return NextResponse.json({ fout: e.message }, { status: e.status });
    throw e;
  }
}
