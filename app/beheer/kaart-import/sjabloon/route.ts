/** The CSV template of the kaart import: only the header row, Dutch column names (lib/import/kaart-import.ts). */
import { currentUser } from "@/lib/auth/session";
import { requirePermission } from "@/lib/auth/guard";
import { isAppError } from "@/lib/errors";
import { kaartImportSjabloon } from "@/lib/import/kaart-import";

export async function GET() {
  try {
    requirePermission(await currentUser(), "plek:moderate:any");
  } catch (e) {
    if (isAppError(e)) return new Response(e.message, { status: e.status === 401 ? 401 : 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw e;
  }
  return new Response(kaartImportSjabloon(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="sjabloon-sociale-kaart.csv"',
      "Cache-Control": "no-store",
    },
  });
}
