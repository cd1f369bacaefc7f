/**
 * GET /initiatieven/fotos/<random>.<jpg|png|webp>: a photo of an update of a public initiative, from the
 * file store (UPLOAD_DIR). The name is random and never reused, so the photo may be cached for long;
 * a removed update (or an initiative that is no longer public) gives 404.
 */
import { leesPubliekeFoto } from "@/lib/data/initiatief/vertellen";

export const dynamic = "force-dynamic";

const NIET_GEVONDEN = { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } };

export async function GET(_request: Request, { params }: { params: Promise<{ naam: string }> }) {
  const { naam } = await params;
  const foto = await leesPubliekeFoto(naam);
  if (!foto) return new Response("Niet gevonden", NIET_GEVONDEN);
  return new Response(Buffer.from(foto.bytes), {
    headers: {
      "Content-Type": foto.mime,
      "Content-Length": String(foto.bytes.length),
      // Public but not "immutable": when an update is removed, caches may keep it for at most a day.
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Content-Disposition": `inline; filename="${naam}"`,
    },
  });
}
