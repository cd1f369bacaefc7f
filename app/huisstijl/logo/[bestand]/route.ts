/**
 * GET /huisstijl/logo/<hash>.<ext>: the logo the beheerder uploaded (stored in the database, so every
 * app instance serves the same one). The hash is part of the address: a new logo gets a new address,
 * so the current one may be cached for long. An SVG is served with a CSP that allows no script.
 */
import { leesLogo } from "@/lib/data/huisstijl";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ bestand: string }> }) {
  const { bestand } = await params;
  const logo = await leesLogo();
  if (!logo || !/^[0-9a-f]{16}\.(png|jpg|svg)$/.test(bestand)) return new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const actueel = bestand.startsWith(`${logo.hash}.`);
  return new Response(Buffer.from(logo.data), {
    headers: {
      "Content-Type": logo.mime,
      // An old address (a page cached before the change) gets the current logo, not cached.
      "Cache-Control": actueel ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
