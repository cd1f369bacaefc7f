/** CSV download of the overview per wijk: the same cells as the table on /beheer/overzicht. */
import { currentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { maakOverzichtCsv } from "@/lib/data/overzicht";

export async function GET(req: Request) {
  const jaarParam = new URL(req.url).searchParams.get("jaar");
  const jaar = jaarParam && /^\d{4}$/.test(jaarParam) ? Number(jaarParam) : new Date().getUTCFullYear();
  try {
    const csv = await maakOverzichtCsv(await currentUser(), jaar);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="overzicht-initiatieven-${jaar}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (e) {
    if (isAppError(e)) return new Response(e.message, { status: e.status === 401 ? 401 : 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
